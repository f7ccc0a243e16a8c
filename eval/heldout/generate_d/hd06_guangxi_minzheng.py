"""hd06 · 广西 邕岭县民政局 2024: an XLSX export of one department-wide table (单位名称 | 项目名称 |
预算数（元） | 年度目标 | 一级 | 二级 | 三级 | 指标性质 | 符号 | 值 | 单位 | 权重 | 指标方向性) with
two unit subtotal lines; amounts in 元 as real numbers."""

from __future__ import annotations

from deptwide import Group, amount, dept_wide
from frame import CB, MY, SH, SL, SX, ZL, E, P, S, wan
from kit import V401
from office import new_xlsx, xlsx_bytes, xlsx_grid
from spec import Doc, R, Row, Table

UNIT = "邕岭县民政局"
HOME = "邕岭县社会福利院"


def v(
    l1: str,
    l2: str,
    l3: str,
    parts: tuple[str, str, str],
    w: int,
    spec: int,
    d: str = "正向",
    **kw: object,
) -> Row:
    nature = "定量" if parts[0] else "定性"
    x = {"parts": list(parts), "nature": nature, "weight": w, "direction": d}
    return R(l1, l2, l3, "".join(parts), spec, x=x, **kw)


def proj(name: str, unit: str, yuan: str, goal: str, rows: list[Row]) -> Table:
    return Table(
        "project",
        name,
        wan(amount(yuan)),
        goal,
        rows,
        title="邕岭县民政局2024年项目支出绩效目标表",
        unit_line=unit,
        extra={"budget_source": f"{yuan}元"},
    )


T1 = proj(
    "城乡最低生活保障资金",
    UNIT,
    "12,864,000.00",
    "保障全县城乡低保对象基本生活，城市低保标准不低于每人每月780元，农村低保标准不低于每人每年5400元，按月足额发放。",
    [
        v(P, SL, "城乡低保保障人数", ("≥", "9850", "人"), 15, 4),
        v(P, ZL, "低保对象动态管理认定准确率", ("≥", "98", "%"), 10, 4),
        v(P, SX, "低保金按月发放率", ("=", "100", "%"), 10, 4),
        v(P, CB, "农村低保标准", ("≥", "5400", "元/人·年"), 10, 4),
        v(E, SH, "困难群众基本生活", ("", "得到有效保障", ""), 20, 2, c=V401),
        v(S, MY, "低保对象满意度", ("≥", "90", "%"), 10, 4),
    ],
)
T2 = proj(
    "特困人员救助供养资金",
    UNIT,
    "9,864,000.00",
    "为全县1320名特困人员提供基本生活和照料护理，分散供养特困人员基本生活标准每人每年7020元。",
    [
        v(P, SL, "特困人员救助供养人数", ("≥", "1320", "人"), 10, 4),
        v(
            P,
            SL,
            "集中供养特困人员人数",
            ("≥", "180", "个"),
            10,
            3,
            c={"U301": "people counted in 个"},
        ),
        v(P, ZL, "失能半失能特困人员集中供养率", ("≥", "60", "%"), 10, 4),
        v(
            P,
            SX,
            "救助供养金发放及时率",
            ("≥", "100", "%"),
            10,
            3,
            c={"U302": "lower bound of 100 % on a proportion"},
        ),
        v(
            P,
            CB,
            "分散供养基本生活标准",
            ("=", "7020", "元"),
            10,
            3,
            c={"U301": "a per-person yearly standard given in bare 元, no denominator in the name"},
        ),
        v(E, SH, "特困人员基本生活保障率", ("=", "100", "%"), 20, 4),
        v(S, MY, "特困人员满意度", ("≥", "90", "%"), 10, 4),
    ],
)
T3 = proj(
    "临时救助资金",
    UNIT,
    "600,000.00",
    "对遭遇突发性、紧迫性、临时性生活困难的家庭和个人实施临时救助，全年救助不少于400人次。",
    [
        v(P, SL, "临时救助人次", ("≥", "400", "人次"), 15, 4),
        v(P, ZL, "救助对象审核准确率", ("≥", "95", "%"), 10, 4),
        v(P, SX, "急难型救助审批时限", ("≤", "24", "小时"), 10, 4, d="反向"),
        v(
            P,
            CB,
            "人均救助金额",
            ("=", "3000", "元"),
            10,
            3,
            c={"B501": "400 人次 × 3000 元 = 120 万元, twice the budget of 60 万元"},
        ),
        v(E, SH, "群众急难问题", ("", "及时解决", ""), 20, 2, c=V401),
        v(S, MY, "受助群众满意度", ("≥", "85", "%"), 10, 4),
    ],
)
T4 = proj(
    "福利院运转及护理经费",
    HOME,
    "1,180,000.00",
    "保障福利院86名供养对象全年日常生活和护理服务，院内不发生安全责任事故。",
    [
        v(P, SL, "院内供养人数", ("≥", "86", "人"), 15, 4),
        v(P, ZL, "院内安全责任事故", ("=", "0", "起"), 10, 4, d="反向"),
        v(P, SX, "护理服务提供天数", ("=", "365", "天"), 10, 4),
        v(P, CB, "人均月护理成本", ("≤", "1140", "元"), 10, 4, d="反向"),
        v(E, SH, "入住老人生活质量", ("", "明显提高", ""), 20, 2, c=V401),
        v(
            S,
            MY,
            "入住老人及家属满意度",
            ("≥", "75", "%"),
            10,
            3,
            c={"V405": "satisfaction target below 80 %"},
        ),
    ],
)

GROUPS = [
    Group(
        "801-邕岭县民政局",
        "23,328,000.00",
        [(T1, "12,864,000.00"), (T2, "9,864,000.00"), (T3, "600,000.00")],
    ),
    Group("802-邕岭县社会福利院", "1,180,000.00", [(T4, "1,180,000.00")]),
]
HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "值",
    "单位",
    "权重",
    "指标方向性",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]


def render_doc(doc: Doc) -> bytes:
    f, numbers = dept_wide(HEAD, KEYS, GROUPS)
    wb = new_xlsx()
    ws = wb.active
    ws.title = "项目绩效目标"
    ws.cell(row=1, column=1, value="邕岭县民政局2024年项目支出绩效目标表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=13)
    ws.cell(row=2, column=1, value="金额单位：元")
    xlsx_grid(ws, f.grid, 3, numbers)
    return xlsx_bytes(wb)


DOC = Doc(
    "hd06_guangxi_minzheng",
    "hd06_guangxi_minzheng.xlsx",
    UNIT,
    2024,
    {
        "format": "xlsx",
        "province": "广西",
        "sector": "民政",
        "framework": "产出/效益/满意度",
        "layout_patterns": "department-wide yuan split-value extra-columns unit-year-framing",
    },
    [T1, T2, T3, T4],
    extra={
        "subtotal_rows": [
            {"label": "801-邕岭县民政局", "amount": "23,328,000.00", "unit": "元"},
            {"label": "802-邕岭县社会福利院", "amount": "1,180,000.00", "unit": "元"},
        ]
    },
    render=render_doc,
)
