"""hk16 四川 · 马边河县民政局: legacy XLS, a department-wide table for two units' projects with
amounts in 元 and subtotal lines per unit; the table has no 三级 column (the 二级 is followed by
the target text) and a 权重 column."""

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, xls_file
from kit import tags
from spec import Doc, Table

DEPT = "马边河县民政局"
COLS = "l1 l2 value weight spec codes"

A = rows(
    """
产出指标 | 数量指标 | 全年实施临时救助不少于1100人次 | 20 | 4 |
 | 质量指标 | 救助对象认定准确率100% | 20 | 4 |
 | 时效指标 | 急难型救助24小时内先行救助 | 15 | 4 |
效益指标 | 社会效益指标 | 困难群众突发性基本生活困难得到及时解决 | 25 | 2 | V401
满意度指标 | 服务对象满意度指标 | 救助对象满意度≥90% | 20 | 4 |
""",
    COLS,
)

B = rows(
    """
产出指标 | 数量指标 | 为经济困难失能老年人提供居家上门服务不少于380人 | 20 | 4 |
 | 质量指标 | 服务质量抽查合格率不低于95% | 20 | 4 |
 | 成本指标 | 服务补贴标准每人每月不超过600元 | 15 | 4 |
效益指标 | 社会效益指标 | 老年人生活质量提高 | 25 | 2 | V401
满意度指标 | 服务对象满意度指标 | 服务对象满意度达到85%以上 | 20 | 4 |
""",
    COLS,
)
for r in A + B:
    r.note = "no 三级 column: the 二级 is followed directly by the target text"

TA = Table(
    "project",
    "临时救助资金",
    136.0,
    "1.及时救助遭遇突发性、紧迫性、临时性生活困难的群众，全年救助1100人次以上。2.及时救助遭遇突发性、紧迫性、临时性生活困难的群众，全年救助1100人次以上。",
    A,
    unit_line="308001-马边河县民政局（本级）",
    codes={"T103": "the goal's two items are the same sentence"},
    extra={"budget_source": "预算数（元） 1,360,000.00", "budget_unit": "元", "no_level3": True},
)
TB = Table(
    "project",
    "居家养老上门服务补贴",
    273.6,
    "为380名经济困难失能老年人提供居家上门服务，按每人每月不超过600元给予补贴。",
    B,
    unit_line="308002-马边河县社会福利中心",
    extra={"budget_source": "预算数（元） 2,736,000.00", "budget_unit": "元", "no_level3": True},
)

HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "项目目标",
    "一级指标",
    "二级指标",
    "指标值",
    "权重",
]
F, NUMBERS = dept_wide(
    HEAD,
    ["l1", "l2", "value", "weight"],
    [
        Group("308001-马边河县民政局（本级）", "1,360,000.00", [(TA, "1,360,000.00")]),
        Group("308002-马边河县社会福利中心", "2,736,000.00", [(TB, "2,736,000.00")]),
    ],
)


def render(doc: Doc) -> bytes:
    return xls_file(
        [
            (
                "绩效目标",
                ["马边河县民政局2025年部门项目绩效目标表", "单位：元", Tab(F, numbers=NUMBERS)],
            )
        ]
    )


DOC = Doc(
    "hk16_sichuan_minzheng",
    "hk16_四川马边河县民政局_2025.xls",
    DEPT,
    2025,
    tags(
        "xls",
        "",
        "四川",
        "民政",
        "department-wide yuan no-level3 extra-columns level1-once unit-year-framing",
    ),
    [TA, TB],
    render,
    extra={
        "subtotal_rows": [
            {"label": "308001-马边河县民政局（本级）", "amount_yuan": 1360000.0},
            {"label": "308002-马边河县社会福利中心", "amount_yuan": 2736000.0},
        ]
    },
)
