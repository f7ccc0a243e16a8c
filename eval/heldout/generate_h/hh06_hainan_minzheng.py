"""hh06 — 海南 琼屿县民政局, 2024, an XLSX export of the budget system: one department-wide table
for two units (单位名称 | 项目名称 | 预算数（元） | 年度目标 | indicators), amounts in 元 as
numbers, subtotal lines per unit; the 部门整体 table on a second sheet; the spare empty sheets of a new
workbook."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, xlsx_file
from frame import wan
from hframe import lined_table
from kit import tags
from spec import Doc, Table

DEPT = "琼屿县民政局"
COLS = "l1 l2 l3 nature value weight spec codes"
KEYS = ["l1", "l2", "l3", "nature", "value", "weight"]
HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "权重",
]
U1 = "801001-琼屿县民政局（本级）"
U2 = "801002-琼屿县社会福利院"

T1 = Table(
    "project",
    "城乡最低生活保障资金",
    wan(18426000),
    "保障城乡低保对象4380人基本生活，城市低保标准不低于每人每月720元、农村低保标准不低于每人每月600元，按月足额发放。",
    rows(
        """
产出指标 | 数量指标 | 城乡低保保障人数 | 定量 | ≥4380人 | 20 | 4 |
 | 质量指标 | 低保资金足额发放率 | 定量 | 100% | 15 | 4 |
 | | 低保对象动态管理 | 定性 | 规范 | 10 | 2 | V401
 | 时效指标 | 低保金发放时间 | 定性 | 每月10日前 | 10 | 4 |
 | 成本指标 | 城市低保标准 | 定量 | ≥720元/人·月 | 10 | 4 |
 | | 农村低保标准 | 定量 | ≥600元 | 5 | 3 | U301:a per-person monthly standard in bare 元
效益指标 | 社会效益指标 | 困难群众基本生活 | 定性 | 得到保障 | 15 | 2 | V401
满意度指标 | 服务对象满意度指标 | 低保对象满意度 | 定量 | ≥90% | 15 | 4 |
""",
        COLS,
    ),
    unit_line=U1,
    extra={"budget_source": "18426000.00 元"},
)
T2 = Table(
    "project",
    "临时救助资金",
    wan(1650000),
    "对遭遇突发性、紧迫性、临时性生活困难的群众及时实施救助，全年救助不少于900人次。",
    rows(
        """
产出指标 | 数量指标 | 临时救助人次 | 定量 | ≥900人次 | 25 | 4 |
 | 质量指标 | 救助对象认定准确率 | 定量 | ≥98% | 15 | 4 |
 | 时效指标 | 急难型救助审批时限 | 定量 | ≤3个工作日 | 15 | 4 |
 | 成本指标 | 单次救助最高额度 | 定量 | ≤5000元 | 10 | 4 |
效益指标 | 社会效益指标 | 困难群众基本生活 | 定性 | 得到保障 | 20 | 2 | V401
满意度指标 | 服务对象满意度指标 | 救助对象满意度 | 定量 | ≥90% | 15 | 4 |
""",
        COLS,
    ),
    unit_line=U1,
    extra={"budget_source": "1650000.00 元"},
)
T3 = Table(
    "project",
    "特困人员集中供养经费",
    wan(2316000),
    "为福利院集中供养的193名特困人员提供吃、穿、住、医、葬保障，护理型床位占比达到55%。",
    rows(
        """
产出指标 | 数量指标 | 集中供养特困人员 | 定量 | 193人 | 20 | 4 |
 | | 护理型床位占比 | 定量 | ≥55% | 10 | 4 | C202:a share of nursing beds is a quality measure, not a quantity
 | 质量指标 | 供养服务安全事故 | 定量 | 0起 | 15 | 4 |
 | 时效指标 | 供养经费拨付 | 定性 | 及时 | 10 | 2 | V401
 | 成本指标 | 集中供养基本生活标准 | 定量 | ≥1000元/人·月 | 10 | 4 |
效益指标 | 社会效益指标 | 特困人员生活质量 | 定性 | 明显提高 | 20 | 2 | V401
满意度指标 | 服务对象满意度指标 | 供养对象满意度 | 定量 | ≥92% | 15 | 4 |
""",
        COLS,
    ),
    unit_line=U2,
    extra={"budget_source": "2316000.00 元"},
)
T4 = Table(
    "overall",
    DEPT,
    2465.6,
    "兜牢民生底线，保障城乡低保、特困供养、临时救助对象基本生活，救助资金按月足额发放。",
    rows(
        """
产出指标 | 数量指标 | 城乡低保、特困供养对象保障人数 | ≥4570人 | 4 |
 | 质量指标 | 救助资金足额发放率 | 100% | 4 |
 | 时效指标 | 救助资金发放时间 | 每月10日前 | 4 |
 | 成本指标 | 部门预算执行率 | ≥95% | 4 | C202:a fund-execution rate under 成本
效益指标 | 社会效益指标 | 兜底保障水平 | 稳步提高 | 2 | V401
满意度指标 | 服务对象满意度指标 | 救助对象满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="琼屿县民政局2024年部门整体绩效目标表",
)
SUBTOTALS = [
    ["801001-琼屿县民政局（本级）", "20,076,000.00"],
    ["801002-琼屿县社会福利院", "2,316,000.00"],
]


def render(doc: Doc) -> bytes:
    f, numbers = dept_wide(
        HEAD,
        KEYS,
        [
            Group(SUBTOTALS[0][0], SUBTOTALS[0][1], [(T1, "18,426,000.00"), (T2, "1,650,000.00")]),
            Group(SUBTOTALS[1][0], SUBTOTALS[1][1], [(T3, "2,316,000.00")]),
        ],
    )
    blocks: list[object] = [
        "琼屿县民政局2024年项目支出绩效目标表",
        "金额单位：元",
        Tab(f, numbers=numbers),
        "注：本表数据来源于预算管理一体化系统。",
    ]
    f4 = lined_table(
        [("部门名称", DEPT), ("年度预算总额（万元）", "2465.60"), ("年度履职目标", T4.goal or "")],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T4.rows,
        ["l1", "l2", "l3", "value"],
    )
    sheet2: list[object] = [T4.title, Tab(f4)]
    return xlsx_file([("项目绩效目标", blocks), ("部门整体绩效目标", sheet2)], spare=True)  # type: ignore[list-item]


DOC = Doc(
    "hh06_hainan_minzheng",
    "hh06_海南琼屿县民政局_2024.xlsx",
    DEPT,
    2024,
    tags(
        "xlsx",
        "",
        "海南",
        "民政",
        "department-wide yuan extra-columns unit-year-framing several-tables",
    ),
    [T1, T2, T3, T4],
    render=render,
    extra={"subtotal_rows": SUBTOTALS},
)
