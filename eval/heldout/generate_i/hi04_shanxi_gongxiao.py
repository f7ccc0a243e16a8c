"""hi04 山西 · 汾源县供销合作社联合社 2024: GB18030 text with CRLF, as a county portal's "text
version" offers it. Table 1 in pipe rows with outer pipes and padded empty cells, the 二级 not
printed on its first two rows; table 2 on one long line, cut off inside its last row where the
excerpt ends."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table
from textual import render_one_line

COLS = "l1 l2 l3 value spec codes"
UNIT = "汾源县供销合作社联合社"
NO_L2 = "二级 not printed on this row (empty cell in the source)"

T1 = Table(
    "project",
    "农村综合服务社提升改造补助",
    60.0,
    "对全县20个村级综合服务社进行门店改造和配送设施提升，扩大日用品、农资统一配送，方便群众就近购物。",
    rows(
        f"""
产出指标 | - | 改造提升农村综合服务社数量 | ≥20个 | 4 | | {NO_L2}
         | - | 新增日用品统一配送品种 | ≥300种 | 4 | | {NO_L2}
         | 质量指标 | 改造项目验收合格率 | ≥80% | 3 | V405:a building-work acceptance rate below 100%
         | 时效指标 | 补助资金拨付时间 | 验收合格后30日内 | 4 |
         | 成本指标 | 单个服务社补助标准 | ≤3万元/个 | 4 |
效益指标 | 经济效益指标 | 服务社年均销售额增长率 | ≥8% | 4 |
         | 社会效益指标 | 带动农村就业人数 | ≥40人 | 4 |
         |              | 农村居民购物便利程度 | 明显改善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 农村居民满意度 | ≥90% | 4 |
""",
        COLS + " note",
    ),
    title="汾源县供销合作社联合社2024年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "供销社系统农资保供储备贴息",
    15.0,
    "春耕期间承储化肥5000吨、农药50吨，对承储企业给予贴息，保障全县农资供应和价格稳定。",
    rows(
        """
产出指标 | 数量指标 | 化肥储备数量 | ≥5000吨 | 4 |
         |          | 农药储备数量 | ≥50吨 | 4 |
         | 质量指标 | 储备农资质量抽检合格率 | 100% | 4 |
         | 时效指标 | 储备时间 | 3月1日至6月30日 | 4 |
         | 成本指标 | 贴息资金 | ≤15万元 | 4 |
效益指标 | 社会效益指标 | 春耕农资供应保障 | 保障有力 | 2 | V401
         | 经济效益指标 | 农资价格 | 基本稳定 | 2 | V401
""",
        COLS,
    ),
    title="汾源县供销合作社联合社2024年项目支出绩效目标表",
    extra={
        "cut_off": "the excerpt ends inside the next row: 满意度指标 服务对象满意度指标 承储企业满"
    },
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "资金总额（万元）", "60", "年度绩效目标")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "资金总额（万元）", "15", "年度绩效目标")
    f2.grid.add("满意度指标", "服务对象满意度指标", "承储企业满")
    return text_file(
        [
            "当前位置：首页 > 信息公开 > 财政资金 > 部门预算",
            "汾源县供销合作社联合社2024年部门预算公开说明",
            "发布日期：2024-02-06  浏览次数：312",
            "",
            "七、项目支出绩效目标情况",
            T1.title,
            Tab(f1, {"style": "pipe", "pad": 4, "outer": True}),
            "",
            "项目二：",
            lambda t: render_one_line(t, f2),
        ],
        encoding="gb18030",
        newline="\r\n",
    )


DOC = Doc(
    id="hi04_shanxi_gongxiao",
    file="hi04_山西汾源县供销合作社联合社_2024.txt",
    unit=UNIT,
    year=2024,
    tags=tags(
        "txt",
        "gb18030 crlf",
        "山西",
        "供销社",
        "pipe-padded level2-missing-or-repeated one-line cut-off several-tables level1-once",
    ),
    tables=[T1, T2],
    render=render,
)
