"""Inner Mongolia, banner civil affairs bureau, 2024: an XLSX export of one department-wide table
(amounts in 元, merged project cells, department subtotal lines), value split into 符号 / 值 /
单位, with 指标性质, 权重 and 方向 columns."""

from __future__ import annotations

from deptwide import Group, dept_wide
from frame import CB, MY, SH, SL, SX, ZL, E, P, S
from office import new_xlsx, xlsx_bytes, xlsx_grid
from spec import Doc, R, Row, Table

DEPT = "查干旗民政局"
U1 = "301001-查干旗民政局本级"
U2 = "302001-查干旗社会福利院"


def v(
    l1: str, l2: str, l3: str, nature: str, parts: list[str], w: int, spec: int, **kw: object
) -> Row:
    x = {"nature": nature, "parts": parts, "weight": w, "direction": kw.pop("d", "正向")}
    return R(l1, l2, l3, "".join(parts), spec, x=x, **kw)


TA = Table(
    "project",
    "城乡居民最低生活保障资金",
    368.0,
    "按时足额发放城乡低保金，保障全旗约4300名低保对象基本生活，城市低保标准不低于每人每月880元，农村低保标准不低于每人每年7800元。",
    [
        v(P, SL, "城乡低保保障人数", "定量", ["≥", "4300", "人"], 20, 4),
        v(P, ZL, "低保对象认定准确率", "定量", ["≥", "98", "%"], 15, 4),
        v(P, SX, "低保金按月发放率", "定量", ["=", "100", "%"], 15, 4),
        v(P, CB, "城市低保标准", "定量", ["不低于", "880", "元/人·月"], 15, 4),
        v(
            E,
            SH,
            "低保对象基本生活保障情况",
            "定性",
            ["", "得到有效保障", ""],
            20,
            2,
            c={"V401": "得到有效保障 with no criterion"},
        ),
        v(S, MY, "低保对象满意度", "定量", ["≥", "90", "%"], 15, 4),
    ],
    unit_line=U1,
    extra={"budget_source": "3,680,000.00元"},
)

TB = Table(
    "project",
    "特困人员救助供养资金",
    124.64,
    "为全旗326名特困人员提供基本生活、照料护理等救助供养服务，基本生活标准不低于当地低保标准的1.3倍。",
    [
        v(P, SL, "特困人员救助供养人数", "定量", ["≥", "326", "人"], 25, 4),
        v(P, ZL, "失能特困人员集中供养率", "定量", ["≥", "60", "%"], 20, 4),
        v(P, SX, "救助供养金发放时间", "定性", ["", "每月10日前", ""], 15, 4),
        v(
            P,
            CB,
            "特困人员基本生活标准",
            "定量",
            ["≥", "11440", "元"],
            20,
            3,
            c={
                "U301": "a per-person standard in bare 元 (per year not stated, no denominator in the name)"
            },
        ),
        v(
            E,
            SH,
            "特困人员生活质量",
            "定性",
            ["", "逐步提高", ""],
            10,
            2,
            c={"V401": "逐步提高 with no criterion"},
        ),
        v(
            S,
            MY,
            "特困人员满意度",
            "定量",
            ["≥", "75", "%"],
            10,
            3,
            c={"V405": "satisfaction target below 80%"},
        ),
    ],
    unit_line=U1,
    extra={"budget_source": "1,246,400.00元"},
)

TD = Table(
    "project",
    "临时救助资金",
    50.0,
    "对遭遇突发事件、意外伤害、重大疾病等导致基本生活陷入困境的群众及时给予临时救助，全年救助约800人次。",
    [
        v(P, SL, "临时救助人次", "定量", ["≥", "800", "人次"], 30, 4),
        v(P, ZL, "救助对象符合政策率", "定量", ["=", "100", "%"], 20, 4),
        v(P, SX, "救助审批时限", "定量", ["≤", "15", "个工作日"], 15, 4),
        v(
            P,
            CB,
            "人均救助金额",
            "定量",
            ["=", "1200", "元"],
            15,
            3,
            c={"B501": "800 人次 × 1200 元 = 96 万元, above the 50 万元 budget"},
        ),
        v(
            E,
            SH,
            "困难群众急难问题解决情况",
            "定性",
            ["", "及时解决", ""],
            10,
            2,
            c={"V401": "及时解决 with no criterion"},
        ),
        v(S, MY, "受助群众满意度", "定量", ["≥", "90", "%"], 10, 4),
    ],
    unit_line=U1,
    extra={"budget_source": "500,000.00元"},
)

TC = Table(
    "project",
    "社会福利院运转及设施维护",
    90.0,
    "保障福利院正常运转。",
    [
        v(P, SL, "集中供养老人数", "定量", ["≥", "120", "人"], 30, 4),
        v(P, ZL, "院内安全责任事故", "定量", ["=", "0", "起"], 20, 4, d="反向"),
        v(P, SX, "设施维修完成时间", "定性", ["", "2024年9月底前", ""], 15, 4),
        v(P, CB, "福利院运转经费", "定量", ["≤", "90", "万元"], 15, 4, d="反向"),
        v(
            E,
            SH,
            "开展文体娱乐活动次数",
            "定量",
            ["≥", "24", "次"],
            10,
            4,
            c={"C206": "an activity count under 社会效益"},
        ),
        v(S, MY, "入住老人满意度", "定量", ["≥", "90", "%"], 10, 4),
    ],
    unit_line=U2,
    codes={"G702": "slogan goal: no scope, quantity or time"},
    extra={"budget_source": "900,000.00元"},
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
    "值",
    "单位",
    "权重",
    "方向",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]
GROUPS = [
    Group(
        "301-查干旗民政局",
        "5,426,400.00",
        [(TA, "3,680,000.00"), (TB, "1,246,400.00"), (TD, "500,000.00")],
    ),
    Group("302-查干旗社会福利院", "900,000.00", [(TC, "900,000.00")]),
]


def render_doc(doc: Doc) -> bytes:
    wb = new_xlsx()
    ws = wb.active
    ws.title = "项目绩效目标"
    ws.cell(row=1, column=1, value="查干旗民政局2024年部门项目支出绩效目标表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=13)
    ws.cell(row=2, column=13, value="单位：元")
    f, numbers = dept_wide(HEAD, KEYS, GROUPS)
    xlsx_grid(ws, f.grid, 3, numbers)
    for col, width in zip("ABCDEFGHIJKLM", (18, 22, 14, 40, 10, 14, 24, 8, 6, 8, 10, 6, 6)):
        ws.column_dimensions[col].width = width
    return xlsx_bytes(wb)


DOC = Doc(
    id="hc05_neimenggu_minzheng",
    file="hc05_neimenggu_minzheng.xlsx",
    unit=DEPT,
    year=2024,
    tags={
        "format": "xlsx",
        "province": "内蒙古",
        "sector": "民政",
        "layout_patterns": "department-wide yuan split-value extra-columns unit-year-framing",
    },
    tables=[TA, TB, TD, TC],
    render=render_doc,
    extra={
        "subtotal_rows": [
            {"text": "301-查干旗民政局", "amount_yuan": 5426400.0, "before_table": 1},
            {"text": "302-查干旗社会福利院", "amount_yuan": 900000.0, "before_table": 4},
        ]
    },
)
