"""hn08 — 云南 勐旺县乡村振兴局: text copied out of a PDF and a Word file (GB18030): the county's
allocation of the 衔接资金 transfer with one target column per township printed one cell per line
ending in a pipe, an industry project whose table has no 三级 column with its cells run together,
and a project copied with the hierarchy shown by indentation (prefixed names, a 其中 sub-row)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, indented_table, text_file
from nkit import framed, tags
from spec import Doc, Table

UNIT = "勐旺县乡村振兴局"
PLACES = ["勐旺镇", "南朗乡", "曼洒乡"]

T1 = Table(
    "transfer",
    "2025年财政衔接推进乡村振兴补助资金",
    5120.0,
    "巩固拓展脱贫攻坚成果，支持3个乡镇实施产业、就业和基础设施项目，守住不发生规模性返贫底线。",
    rows(
        """
产出指标 | 数量指标 | 实施产业发展项目 | ≥18个 | 8个 | 6个 | 4个 | 4 |
         |          | 新建（改建）农村道路 | ≥42公里 | 20公里 | 12公里 | 10公里 | 4 |
         | 质量指标 | 项目验收合格率 | 100% | 100% | 100% | 100% | 4 |
         | 时效指标 | 资金支出进度 | 11月底前达到100% | 11月底前达到100% | 11月底前达到100% | 11月底前达到100% | 4 |
效益指标 | 经济效益指标 | 脱贫户人均纯收入增长 | ≥8% | ≥8% | ≥8% | ≥8% | 4 |
         | 社会效益指标 | 返贫致贫人口 | 0人 | 0人 | 0人 | 0人 | 4 |
满意度指标 | 服务对象满意度指标 | 脱贫群众满意度 | ≥95% | ≥95% | ≥95% | ≥95% | 4 |
""",
        "l1 l2 l3 value place:勐旺镇 place:南朗乡 place:曼洒乡 spec codes",
    ),
    extra={"value_column": "全县", "budget_source": "中央3800万元、省级960万元、县级360万元"},
)
T2 = Table(
    "project",
    "咖啡精品庄园提质增效",
    280.0,
    "改造低产咖啡园3500亩，建设初加工厂1座，带动脱贫户增收。",
    rows(
        """
产出指标 | 数量指标 | | 改造低产咖啡园3500亩 | 4 |
         | 质量指标 | | 鲜果精品率达到30%以上 | 4 |
         | 时效指标 | | 2025年12月底前完成 | 4 |
         | 成本指标 | | 每亩改造补助不超过800元 | 4 |
效益指标 | 经济效益指标 | | 带动脱贫户户均增收 | 2 | V401:an effect named without the amount
满意度指标 | 服务对象满意度指标 | | 受益户满意度95%以上 | 4 |
""",
        "l1 l2 l3 value spec codes",
        note="no 三级 column: the 二级 name is followed directly by the target text",
    ),
    extra={"no_level3": True},
)
T3 = Table(
    "project",
    "脱贫劳动力稳岗就业补助",
    96.0,
    "对跨省务工脱贫劳动力给予一次性交通补助，开发乡村公益性岗位安置弱劳力。",
    rows(
        """
产出指标 | 数量指标 | 指标1：一次性交通补助人数 | ≥2400人 | 4 |
         |          | 指标2：乡村公益性岗位 | 300个 | 3 | U301:posts filled by people, counted in 个 (people)
         |          | 其中：护林防火岗位 | 120个 | 3 | U301:posts filled by people, counted in 个 (people)
         | 成本指标 | 指标3：一次性交通补助标准 | 500元 | 3 | U301:a per-person standard in bare 元
效益指标 | 社会效益指标 | 指标1：脱贫劳动力务工规模 | 不低于上年 | 3 |
满意度指标 | 满意度指标 | 指标1：补助对象满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    extra={"sub_rows": ["其中：护林防火岗位"]},
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        7,
        [("资金名称", T1.project), ("资金规模（万元）", "5120"), ("总体目标", T1.goal or "")],
        [["一级指标", "二级指标", "三级指标", "全县"] + PLACES],
        T1.rows,
        ["l1", "l2", "l3", "value"] + [f"place:{p}" for p in PLACES],
    )
    f2 = framed(
        3,
        [("项目名称", T2.project), ("资金（万元）", "280"), ("年度目标", T2.goal or "")],
        [["一级指标", "二级指标", "指标值"]],
        T2.rows,
        ["l1", "l2", "value"],
    )
    indented = indented_table(
        "勐旺县脱贫劳动力稳岗就业补助项目绩效目标表",
        [("项目名称", T3.project), ("资金总额", "96万元"), ("年度目标", T3.goal or "")],
        T3.rows,
    )
    blocks = [
        "勐旺县2025年财政衔接资金项目绩效目标",
        "表一　" + T1.project + "分乡镇绩效目标",
        Tab(f1, {"style": "cell_pipe"}),
        "— 3 —",
        "表二　" + T2.project + "绩效目标表",
        Tab(f2, {"style": "together"}),
        "表三",
        indented,
        "勐旺县乡村振兴局　2025年4月",
    ]
    return text_file(blocks, encoding="gb18030")


DOC = Doc(
    "hn08_yunnan_xiangcun",
    "hn08_勐旺县乡村振兴局_衔接资金绩效目标_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "gb18030",
        "云南",
        "乡村振兴（衔接资金、转移支付）",
        """cell-per-line-pipe run-together indentation per-place transfer no-level3
        prefixes-placeholders sub-rows level1-once several-tables goal-heading unit-year-framing""",
    ),
    [T1, T2, T3],
    render,
)
