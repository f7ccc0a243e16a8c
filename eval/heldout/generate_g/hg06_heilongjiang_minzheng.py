"""hg06 — 黑龙江 · 兴凯县民政局, 2024: an XLSX department-wide table (unit | project | budget in 元 |
goal | 一级 | 二级 | 三级 | 指标性质 | 符号 | 值 | 单位 | 权重 | 方向) with department subtotal lines;
amounts and the numeric target values stored as numbers, an empty spare sheet."""

from __future__ import annotations

from typing import Any

from deptwide import Group, dept_wide
from emit import Tab, xlsx_file
from frame import CB, MY, SH, SL, SX, ZL, E, P, S, wan
from kit import U301, U305, V401, split, tags
from spec import Doc, Row, Table

UNIT = "兴凯县民政局"
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


def q(
    l1: str, l2: str, l3: str, cmp: str, num: str, unit: str, w: int, d: str, spec: int, **kw: Any
) -> Row:
    x = {"nature": "定量" if num[:1].isdigit() else "定性", "weight": str(w), "direction": d}
    return split(l1, l2, l3, cmp, num, unit, spec, x=x, **kw)


def proj(unit_line: str, name: str, yuan: float, goal: str, rows: list[Row]) -> Table:
    return Table(
        "project",
        name,
        wan(yuan),
        goal,
        rows,
        unit_line=unit_line,
        extra={"budget_source": f"预算数 {yuan:,.2f} 元"},
    )


T1 = proj(
    "401001-兴凯县民政局",
    "城乡最低生活保障资金",
    18_640_000.0,
    "保障全县约5200名城乡低保对象基本生活，城市低保标准不低于每人每月760元、农村低保标准不低于每人每年6200元，按月足额发放。",
    [
        q(P, SL, "城市低保保障人数", "≥", "1350", "人", 15, "正向", 4),
        q(P, SL, "农村低保保障人数", "≥", "3850", "人", 15, "正向", 4),
        q(P, ZL, "低保对象认定准确率", "≥", "98", "%", 10, "正向", 4),
        q(P, SX, "低保金按月发放率", "=", "100", "%", 10, "正向", 4),
        q(P, CB, "城市低保标准", "≥", "760", "元", 10, "正向", 3, c=U301),
        q(P, CB, "农村低保标准", "≥", "6200", "元/人·年", 10, "正向", 4),
        q(E, SH, "困难群众基本生活", "", "有效保障", "", 20, "正向", 2, c=V401),
        q(S, MY, "低保对象满意度", "≥", "90", "%", 10, "正向", 4),
    ],
)
T2 = proj(
    "401001-兴凯县民政局",
    "特困人员救助供养",
    4_320_000.0,
    "为全县约610名特困人员提供基本生活、照料护理和疾病治疗等救助供养服务，集中供养率达到40%。",
    [
        q(P, SL, "特困供养人数", "≥", "610", "人", 20, "正向", 4),
        q(P, ZL, "集中供养率", "≥", "40", "%", 15, "正向", 4),
        q(P, ZL, "失能特困人员集中照护率", "≥", "60", "%", 15, "正向", 4),
        q(P, SX, "供养金发放及时率", "≥", "100", "%", 10, "正向", 4),
        q(E, SH, "特困人员意外死亡事件", "≥", "0", "起", 20, "反向", 3, c=U305),
        q(S, MY, "特困供养对象满意度", "≥", "90", "%", 20, "正向", 4),
    ],
)
T3 = proj(
    "402001-兴凯县社会福利中心",
    "社会福利中心运转经费",
    865_000.0,
    "保障社会福利中心正常运转，为入住的孤寡老人和孤残儿童提供生活照料服务，确保全市养老机构安全运行。",
    [
        q(P, SL, "入住服务对象人数", "≥", "86", "人", 20, "正向", 4),
        q(P, ZL, "消防安全检查合格率", "=", "100", "%", 20, "正向", 4),
        q(P, SX, "运转经费支付进度", "", "按月支付", "", 20, "正向", 3),
        q(E, SH, "服务对象生活质量", "", "稳步提高", "", 20, "正向", 2, c=V401),
        q(S, MY, "入住老人满意度", "≥", "85", "%", 20, "正向", 4),
    ],
)

T3.codes = {"T105": "goal names another level (全市养老机构) in a county unit's table"}

GROUPS = [
    Group("401-兴凯县民政局", "22,960,000.00", [(T1, "18,640,000.00"), (T2, "4,320,000.00")]),
    Group("402-兴凯县社会福利中心", "865,000.00", [(T3, "865,000.00")]),
]


def _sheet() -> Tab:
    f, numbers = dept_wide(HEAD, KEYS, GROUPS)
    col = 4 + KEYS.index("p1")
    for i, row in f.rows.items():
        num = str(row.x["parts"][1])
        if num.replace(".", "").isdigit():
            numbers[(i, col)] = float(num)
    return Tab(f, numbers=numbers)


def render(doc: Doc) -> bytes:
    return xlsx_file(
        [("项目绩效目标", ["2024年兴凯县民政局项目支出绩效目标表", "金额单位：元", _sheet()])],
        spare=True,
    )


DOC = Doc(
    "hg06_heilongjiang_minzheng",
    "hg06_heilongjiang_minzheng.xlsx",
    UNIT,
    2024,
    tags(
        "xlsx",
        "",
        "黑龙江",
        "民政",
        "department-wide yuan split-value extra-columns unit-year-framing",
    ),
    [T1, T2, T3],
    render=render,
    extra={
        "subtotal_rows": [
            {"label": "401-兴凯县民政局", "amount_yuan": 22960000.0},
            {"label": "402-兴凯县社会福利中心", "amount_yuan": 865000.0},
        ]
    },
)
