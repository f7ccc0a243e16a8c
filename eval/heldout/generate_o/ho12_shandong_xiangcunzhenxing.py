"""山东 · 小清河县乡村振兴局: an XLSX exported from the budget system, one sheet per unit of the
department, each a department-wide table (单位名称 | 项目名称 | 预算数 | 年度目标 | indicator
columns) in 元 with the unit's subtotal line a SUM formula saved with its cached value, 二级
names marked `(必选)`, 填报日期 as a serial date."""

from __future__ import annotations

import datetime as dt

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, xlsx_file
from frame import E, P, S, wan
from kit import parts3, tags
from spec import Doc, Table

DEPT = "小清河县乡村振兴局"
CENTRE = "小清河县乡村振兴服务中心"
COLS = "l1 l2 l3 value nature weight direction spec codes"
SX, ZL, SJ, CB, MY = (
    "数量指标(必选)",
    "质量指标(必选)",
    "时效指标(必选)",
    "成本指标(必选)",
    "服务对象满意度指标(必选)",
)


def _t(project: str, yuan: float, goal: str, unit: str, body: str) -> Table:
    return Table(
        kind="project",
        project=project,
        budget_wan=wan(yuan),
        goal=goal,
        unit_line=unit,
        rows=parts3(rows(body, COLS)),
    )


T1 = _t(
    "脱贫人口小额信贷贴息",
    800000,
    "对400户以上脱贫户和监测户的小额信贷按季给予全额贴息，带动户均增收3000元以上。",
    DEPT,
    f"""
{P} | {SX} | 享受贴息脱贫户数 | ≥400户 | 定量 | 20 | 正向 | 4 |
    | {ZL} | 贴息对象精准率 | 100% | 定量 | 20 | 正向 | 4 |
    | {SJ} | 贴息资金按季拨付率 | 100% | 定量 | 10 | 正向 | 4 |
    | {CB} | 户均贴息金额 | ≤2000元 | 定量 | 10 | 反向 | 4 |
{E} | 经济效益指标 | 脱贫户户均增收 | ≥3000元 | 定量 | 20 | 正向 | 4 |
    | 社会效益指标 | 新增返贫致贫人口 | ＝0人 | 定量 | 10 | 反向 | 4 |
{S} | {MY} | 贴息户满意度 | ≥90% | 定量 | 10 | 正向 | 4 |
""",
)
T2 = _t(
    "雨露计划职业教育补助",
    430000,
    "对就读中高职的脱贫家庭学生每学期补助1500元，资助280人次以上。",
    DEPT,
    f"""
{P} | {SX} | 资助脱贫家庭学生人次 | ≥280人次 | 定量 | 20 | 正向 | 4 |
    | {ZL} | 资助对象识别准确率 | 100% | 定量 | 20 | 正向 | 4 |
    | {SJ} | 补助资金发放时间 | 每学期结束前 | 定性 | 10 | 正向 | 3 |
    | {CB} | 每生每学期补助标准 | 1500元 | 定量 | 10 | 反向 | 4 |
{E} | 社会效益指标 | 受助学生毕业就业率 | ≥90% | 定量 | 20 | 正向 | 4 |
    | 可持续影响指标 | 阻断贫困代际传递 | 有效阻断 | 定性 | 10 | 正向 | 2 | V401
{S} | {MY} | 受助学生满意度 | ≥95% | 定量 | 10 | 正向 | 4 |
""",
)
T3 = _t(
    "防止返贫动态监测帮扶",
    260000,
    "对全县186个行政村开展防止返贫动态监测，落实帮扶措施，守住不发生规模性返贫底线。",
    CENTRE,
    f"""
{P} | {SX} | 监测排查覆盖行政村 | 186个 | 定量 | 20 | 正向 | 4 |
    | {ZL} | 监测对象识别纳入准确率 | ≥98% | 定量 | 20 | 正向 | 4 |
    | {SJ} | 风险消除时限 | ≤6个月 | 定量 | 10 | 反向 | 4 |
    | {CB} | 村级信息员补助标准 | ≤300元 | 定量 | 10 | 反向 | 3 | U301:a per-person standard in bare 元 (per month not said)
{E} | 社会效益指标 | 防止规模性返贫 | 守住底线 | 定性 | 10 | 正向 | 2 | V402
    | 社会效益指标 | 监测对象帮扶措施落实率 | 100% | 定量 | 20 | 正向 | 4 |
{S} | {MY} | 监测对象满意度 | ≥80% | 定量 | 10 | 正向 | 4 |
""",
)

HEAD = [
    "单位名称",
    "项目名称",
    "预算数",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "指标值",
    "计量单位",
    "权重",
    "指标方向",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]
TOP = 3  # sheet row of the table's header (title and unit lines above it)
DAY_FMT = "yyyy/m/d"


def _sheet(label: str, amount: str, projects: list[tuple[Table, str]]) -> tuple[Tab, int]:
    f, numbers = dept_wide(HEAD, KEYS, [Group(label, amount, projects)])
    firsts = [r for (r, c) in numbers if c == 2 and r != 1]
    refs = "+".join(f"C{TOP + r}" for r in sorted(firsts))
    cached = amount.replace(",", "").split(".")[0]
    opts = {"formulas": {(1, 2): (f"={refs}", cached)}, "text_numbers": True}
    tab = Tab(f, opts, numbers=numbers)
    return tab, TOP + len(f.grid.rows)


def render(doc: Doc) -> bytes:
    s1, end1 = _sheet(f"501001-{DEPT}", "1,230,000.00", [(T1, "800,000.00"), (T2, "430,000.00")])
    s2, end2 = _sheet(f"501002-{CENTRE}", "260,000.00", [(T3, "260,000.00")])
    head = ["2025年部门项目支出绩效目标表", "单位：元"]
    return xlsx_file(
        [
            ("局本级", [*head, s1, "填报日期："]),
            ("乡村振兴服务中心", [*head, s2, "填报日期："]),
        ],
        hidden=("lists", ["定量", "定性"]),
        empty=["Sheet3"],
        dates=[
            ("局本级", f"B{end1 + 1}", dt.date(2025, 1, 22), DAY_FMT),
            ("乡村振兴服务中心", f"B{end2 + 1}", dt.date(2025, 1, 22), DAY_FMT),
        ],
    )


DOC = Doc(
    id="ho12_shandong_xiangcunzhenxing",
    file="ho12_山东小清河县乡村振兴局_2025.xlsx",
    unit=DEPT,
    year=2025,
    tags=tags(
        "xlsx",
        "",
        "山东",
        "乡村振兴",
        "department-wide yuan label-notes split-value extra-columns several-tables",
        noise="sheet per unit, amounts as text, subtotal as a formula with cached value, hidden list sheet, empty sheet, serial date",
    ),
    tables=[T1, T2, T3],
    render=render,
    extra={
        "subtotal_rows": [
            f"501001-{DEPT} | 1,230,000.00 (formula =C5+C12)",
            f"501002-{CENTRE} | 260,000.00 (formula =C5)",
        ]
    },
)
