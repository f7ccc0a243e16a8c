"""hf06 · Shanxi, 晋峪县民政局, 2024: one wide XLSX sheet for the whole department (单位名称 |
项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 | 指标性质 | 符号 | 值 | 单位 | 权重 | 方向), amounts in
元 as numbers, subtotal lines per budget unit, spare empty sheets."""

from __future__ import annotations

from deptwide import Group, dept_wide
from emit import Tab, xlsx_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, wan
from kit import U301, U305, V401, codes, tags
from spec import Doc, R, Table

UNIT = "晋峪县民政局"
U1 = "301001-晋峪县民政局（本级）"
U2 = "301002-晋峪县社会福利中心"


def q(sym: str, num: str, unit: str, nature: str, w: str, d: str = "正向") -> dict[str, object]:
    return {"parts": [sym, num, unit], "nature": nature, "weight": w, "direction": d}


T1 = Table(
    "project",
    "城乡最低生活保障资金",
    wan(21_360_000),
    "保障全县城乡低保对象6840人基本生活，城市低保标准每人每月720元、农村低保标准每人每年6000元，"
    "做到应保尽保、按月足额发放。",
    [
        R(P, SL, "城乡低保保障人数", "≥6840人", 4, x=q("≥", "6840", "人", "定量", "15")),
        R(P, ZL, "低保对象认定准确率", "≥98%", 4, x=q("≥", "98", "%", "定量", "15")),
        R(P, SX, "低保金发放时间", "每月10日前", 4, x=q("", "每月10日前", "", "定性", "10")),
        R(P, CB, "城市低保标准", "720元", 3, c=codes(U301), x=q("", "720", "元", "定量", "10")),
        R(P, CB, "农村低保标准", "≥6000元/人·年", 4, x=q("≥", "6000", "元/人·年", "定量", "10")),
        R(
            E,
            SH,
            "困难群众基本生活保障",
            "有效保障",
            2,
            c=codes(V401),
            x=q("", "有效保障", "", "定性", "20"),
        ),
        R(S, MY, "低保对象满意度", "≥90%", 4, x=q("≥", "90", "%", "定量", "20")),
    ],
    unit_line=U1,
    extra={"budget_source": "21,360,000.00元"},
)
T2 = Table(
    "project",
    "临时救助资金",
    wan(1_850_000),
    "对遭遇突发性、紧急性、临时性困难的家庭和个人及时给予临时救助，全年救助约1200人次。",
    [
        R(P, SL, "临时救助人次", "≥1200人次", 4, x=q("≥", "1200", "人次", "定量", "20")),
        R(P, ZL, "救助对象审核准确率", "100%", 4, x=q("", "100", "%", "定量", "20")),
        R(
            P,
            SX,
            "急难型救助审批时限",
            "≤3个工作日",
            4,
            x=q("≤", "3", "个工作日", "定量", "10", "反向"),
        ),
        R(P, CB, "人均救助金额", "≤1500元", 4, x=q("≤", "1500", "元", "定量", "10", "反向")),
        R(
            E,
            SH,
            "因灾因病返贫致贫人数",
            "≥0人",
            3,
            c=codes(U305),
            x=q("≥", "0", "人", "定量", "20"),
        ),
        R(S, MY, "救助对象满意度", "≥90%", 4, x=q("≥", "90", "%", "定量", "20")),
    ],
    unit_line=U1,
    extra={"budget_source": "1,850,000.00元"},
)
T3 = Table(
    "project",
    "特困人员集中供养运转经费",
    wan(3_264_000),
    "保障社会福利中心集中供养特困人员272人的日常生活和照料护理，供养机构安全运转。",
    [
        R(P, SL, "集中供养特困人员人数", "272人", 4, x=q("", "272", "人", "定量", "15")),
        R(P, SL, "护理员配备人数", "≥34人", 4, x=q("≥", "34", "人", "定量", "10")),
        R(P, ZL, "失能特困人员照护率", "100%", 4, x=q("", "100", "%", "定量", "15")),
        R(P, ZL, "供养机构安全责任事故", "0起", 4, x=q("", "0", "起", "定量", "10", "反向")),
        R(P, SX, "供养经费拨付及时性", "及时", 2, c=codes(V401), x=q("", "及时", "", "定性", "10")),
        R(P, CB, "人均年供养经费", "≤1.2万元", 4, x=q("≤", "1.2", "万元", "定量", "10", "反向")),
        R(
            E,
            SH,
            "特困人员生活质量",
            "提升特困人员生活质量",
            2,
            c=codes(V401),
            x=q("", "提升特困人员生活质量", "", "定性", "10"),
        ),
        R(E, KC, "供养机构持续运转", "长期", 2, c=codes(V401), x=q("", "长期", "", "定性", "10")),
        R(S, MY, "供养对象满意度", "≥90%", 4, x=q("≥", "90", "%", "定量", "10")),
    ],
    unit_line=U2,
    extra={"budget_source": "3,264,000.00元"},
)

HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值符号",
    "指标值",
    "计量单位",
    "权重",
    "指标方向",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]
GROUPS = [
    Group(U1, "23,210,000.00", [(T1, "21,360,000.00"), (T2, "1,850,000.00")]),
    Group(U2, "3,264,000.00", [(T3, "3,264,000.00")]),
]
SUBTOTALS = [
    {"text": g.label, "amount": g.amount, "before_table": i}
    for g, i in zip(GROUPS, (1, 3), strict=True)
]


def render(doc: Doc) -> bytes:
    f, numbers = dept_wide(HEAD, KEYS, GROUPS)
    return xlsx_file(
        [
            (
                "项目绩效目标",
                [
                    "晋峪县民政局2024年部门项目支出绩效目标表",
                    "金额单位：元",
                    Tab(f, numbers=numbers),
                ],
            )
        ],
        spare=True,
    )


DOC = Doc(
    "hf06_shanxi_minzheng",
    "hf06_shanxi_minzheng.xlsx",
    UNIT,
    2024,
    tags(
        "xlsx",
        "",
        "山西",
        "民政",
        "department-wide yuan split-value extra-columns unit-year-framing",
    ),
    [T1, T2, T3],
    render=render,
    extra={"subtotal_rows": SUBTOTALS},
)
