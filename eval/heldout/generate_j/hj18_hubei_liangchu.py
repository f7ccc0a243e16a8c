"""湖北 · 蕲阳县粮食和物资储备局 2025: GB18030 text; the first table one cell per line with blank
lines between cells and no 二级 on its first two rows, the second one cell per line ending in a
pipe (a lone `|` for each empty or merged cell), with glossed 二级 names (`数量指标（含规模）`, `时效指标（进度）`), `效果指标` and a 三级 name
used twice."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table

UNIT = "蕲阳县粮食和物资储备局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
NOTE = "二级 not printed on the first rows of the table"

T1 = Table(
    "project",
    "县级储备粮轮换费用补贴",
    95.0,
    "完成县级储备粮轮换0.6万吨，保证储备粮数量真实、质量良好、储存安全。",
    rows(
        f"""
产出指标 | - | 县级储备粮轮换数量 | ≥0.6万吨 | {NOTE} | 4 |
         |   | 县级储备粮油承储库点 | 4个 | {NOTE} | 4 |
         | 质量指标 | 轮换入库粮食质量达标率 | 100% | | 4 |
         |          | 储备粮油账实相符率 | 100％% | | 1 | U303
         | 时效指标 | 轮换完成时间 | 2025年11月底前 | | 4 |
         | 成本指标 | 每吨轮换费用补贴标准 | ≤150元/吨 | | 4 |
效益指标 | 社会效益指标 | 县级储备粮规模 | 稳定 | | 2 | V401
         |              | 粮食应急保供能力 | 有效保障 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 承储企业满意度 | ≥90% | | 4 |
""",
        "l1 l2 l3 value note spec codes",
    ),
    title="蕲阳县粮食和物资储备局2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "县级应急物资储备购置",
    38.0,
    "购置折叠床300张、棉被600床、应急照明设备100台，6月底前入库，满足灾后24小时内基本生活救助需要。",
    rows(
        """
产出指标 | 数量指标（含规模） | 购置折叠床 | ≥300张 | 4 |
         |                    | 购置棉被 | ≥600床 | 4 |
         |                    | 购置应急照明设备 | ≥100台 | 4 |
         | 质量指标 | 物资验收合格率 | 100% | 4 |
         |          | 物资验收合格率 | ≥98% | 4 |
         | 时效指标（进度） | 物资入库时间 | 2025年6月30日前 | 4 |
         | 成本指标 | 棉被采购单价 | ≤260元/床 | 4 |
效益指标 | 效果指标 | 灾后物资调拨到位时间 | ≤12小时 | 4 |
         |          | 受灾群众基本生活 | 有效保障 | 2 | V401
满意度指标 | 服务对象满意度指标 | 受灾群众满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="蕲阳县粮食和物资储备局2025年项目支出绩效目标表",
    codes={"C204": "物资验收合格率 twice in the table (100% and ≥98%)"},
    extra={"duplicate_rows": {"物资验收合格率": [4, 5]}},
)


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "95.00")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "38.00")
    blocks = [
        "蕲阳县粮食和物资储备局",
        "2025年部门预算项目支出绩效目标表",
        "",
        Tab(f1, {"style": "cell_blank"}),
        "",
        T2.title,
        Tab(f2, {"style": "lone_pipe"}),
        "",
        "说明：项目绩效目标已经县财政局审核。",
        "联系人：XXX　联系电话：0713-XXXXXXX",
    ]
    return text_file(blocks, encoding="gb18030")  # type: ignore[arg-type]


DOC = Doc(
    id="hj18_hubei_liangchu",
    file="hj18_湖北蕲阳县粮食和物资储备局_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "gb18030",
        "湖北",
        "粮食和物资储备",
        "cell-per-line-blank cell-per-line-pipe lone-pipes level2-missing-or-repeated:missing-first-rows "
        "nonstandard-names:gloss+效果 level1-once:first several-tables goal-heading:年度绩效目标 "
        "unit-year-framing:text",
        framework="产出/效益/满意度",
    ),
    tables=[T1, T2],
    render=render,
    codes={"T107": "XX placeholders left in the contact line after the tables"},
    extra={"text_leftovers": ["联系人：XXX　联系电话：0713-XXXXXXX"]},
)
