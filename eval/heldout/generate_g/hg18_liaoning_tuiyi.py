"""hg18 — 辽宁 · 太子河县退役军人事务局, 2024: an XLSX with the fund allocation table on the first
sheet, then the 绩效目标批复表 (一级 column present but never filled, no 三级 column: the 二级 is
followed by the target text, value header with a gloss) and a table with mid-term and annual
values side by side whose 三级 names carry `指标1：` prefixes."""

from __future__ import annotations

from typing import Any

from emit import Tab, xlsx_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body, project_block
from grid import Grid
from kit import V401, V402, tags
from spec import Doc, R, Row, Table

DEPT = "太子河县退役军人事务局"
EMPTY_L1 = "一级 column printed but empty: implied from the 二级"
PRE = "三级 printed with its number prefix, kept as printed"
ALLOC = [
    ["序号", "资金用途", "分配对象", "金额（万元）"],
    ["1", "重点优抚对象定期抚恤补助", "在乡老复员军人、伤残军人等3260人", "1386.00"],
    ["2", "义务兵家庭优待金", "2023年度入伍义务兵家庭186户", "251.10"],
    ["3", "退役军人关爱帮扶", "困难退役军人", "60.00"],
    ["", "合计", "", "1697.10"],
]


def n(l1: str, l2: str, value: str, spec: int, **kw: Any) -> Row:
    return R(l1, l2, "", value, spec, note=EMPTY_L1, x={"printed_l1": ""}, **kw)


T1 = Table(
    "project",
    "重点优抚对象抚恤补助及义务兵家庭优待金",
    1637.1,
    "按时足额发放重点优抚对象定期抚恤补助和义务兵家庭优待金，落实国家提标政策，保障优抚对象生活水平与当地经济社会发展相适应。",
    [
        n(P, SL, "重点优抚对象定期抚恤补助发放人数不少于3260人", 4),
        n(P, SL, "义务兵家庭优待金发放户数186户", 4),
        n(P, ZL, "抚恤补助对象身份核准率100%", 4),
        n(P, SX, "抚恤补助按季度发放，优待金于2024年8月底前发放", 4),
        n(P, CB, "义务兵家庭优待金标准1.35万元/户·年", 4),
        n(E, SH, "优抚对象生活水平进一步提高", 2, c=V401),
        n(E, KC, "拥军优属氛围长期保持", 2, c=V401),
        n(S, MY, "优抚对象满意度达到90%以上", 4),
    ],
    title="太子河县2024年项目支出绩效目标批复表",
    extra={"approval": True, "allocation_table": {"title": "2024年优抚资金分配表", "rows": ALLOC}},
)


def m(l1: str, l2: str, l3: str, mid: str, year: str, spec: int, **kw: Any) -> Row:
    return R(
        l1,
        l2,
        l3,
        year,
        spec,
        note=PRE,
        x={"mid_term": {"level2": l2, "level3": l3, "value": mid}},
        **kw,
    )


T2 = Table(
    "project",
    "退役军人关爱帮扶",
    60.0,
    "对生活困难的退役军人及其家庭开展帮扶援助，年度帮扶不少于240人次，走访慰问覆盖全部在册困难对象。",
    [
        m(P, SL, "指标1：帮扶援助人次", "≥720人次", "≥240人次", 4),
        m(P, SL, "指标2：走访慰问困难对象覆盖率", "100%", "100%", 4),
        m(P, ZL, "指标1：帮扶对象认定准确率", "100%", "100%", 4),
        m(P, SX, "指标1：帮扶资金发放时间", "每年12月底前", "2024年12月底前", 4),
        m(P, CB, "指标1：人均帮扶金额", "≤2500元", "≤2500元", 4),
        m(E, SH, "指标1：困难退役军人生活状况", "按计划完成", "按计划完成", 2, c=V402),
        m(S, MY, "指标1：帮扶对象满意度", "≥90%", "≥90%", 4),
    ],
    title="退役军人关爱帮扶项目绩效目标表（2024—2026年）",
    extra={
        "mid_term_goal": "2024—2026年累计帮扶困难退役军人720人次以上，建立困难退役军人动态帮扶台账。",
        "mid_term_budget_wan": 180.0,
    },
)


def _alloc() -> Tab:
    f = Framed(Grid(4))
    for line in ALLOC:
        f.grid.add(*line)
    f.grid.header_rows = 1
    return Tab(f, numbers={(i, 3): float(r[3]) for i, r in enumerate(ALLOC) if i})


def _approval() -> Tab:
    f = Framed(Grid(3))
    project_block(f.grid, T1, DEPT, "批复金额（万元）", "1637.10", goal_label="年度绩效目标")
    header(f.grid, "一级指标", "二级指标", "指标值（年度目标）")
    indicator_body(f, T1.rows, ["l1", "l2", "value"], merge=("l2",))
    return Tab(f)


def _midterm() -> Tab:
    f = Framed(Grid(5))
    g = f.grid
    project_block(g, T2, DEPT, "资金总额（万元）", "中期：180.00　年度：60.00")
    g.wide("中期目标", str(T2.extra["mid_term_goal"]))
    header(g, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicator_body(f, T2.rows, ["l1", "l2", "l3", "mid_value", "value"])
    return Tab(f)


def render(doc: Doc) -> bytes:
    return xlsx_file(
        [
            ("资金分配", ["2024年优抚资金分配表", "单位：万元", _alloc()]),
            ("批复表", [T1.title, "批复单位：太子河县财政局", _approval()]),
            ("关爱帮扶", [T2.title, _midterm()]),
        ]
    )


DOC = Doc(
    "hg18_liaoning_tuiyi",
    "hg18_liaoning_tuiyi.xlsx",
    DEPT,
    2024,
    tags(
        "xlsx",
        "",
        "辽宁",
        "退役军人",
        "allocation-before approval level1-missing-or-unfilled no-level3 value-header-gloss midterm-annual prefixes-placeholders several-tables",
    ),
    [T1, T2],
    render=render,
)
