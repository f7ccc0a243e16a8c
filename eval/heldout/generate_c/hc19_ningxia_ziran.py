"""Ningxia, county natural resources bureau, 2024: text exported by a page converter (UTF-8,
CRLF). A department-wide table in 元 for three projects, one cell per line with a lone `|` for
every empty (merged) cell and a subtotal line for the department; then the department's overall
table as pipe rows padded with empty cells."""

from __future__ import annotations

from deptwide import Group, dept_wide
from frame import CB, KC, MY, SH, SL, ST, SX, ZL, E, Framed, P, S, header, indicator_body
from grid import Grid, Text
from spec import Doc, R, Table
from textual import render

DEPT = "宁川县自然资源局"
U1 = "501001-宁川县自然资源局本级"
U2 = "501002-宁川县地质环境监测站"
SHARED_GOAL = "全面履行自然资源管理职责，保障各项工作顺利开展。"
SLOGAN = {"G702": "slogan goal: no scope, quantity or time"}
CASUALTY = ("地质灾害造成人员伤亡", "0人")

TA = Table(
    "project",
    "不动产登记服务",
    18.6,
    SHARED_GOAL,
    [
        R(P, SL, "办理不动产登记业务", "≥1.2万件", 4),
        R(P, ZL, "登记差错率", "≤0.5%", 4),
        R(P, SX, "一般登记办理时限", "≤5个工作日", 4),
        R(E, SH, *CASUALTY, 4),
        R(S, MY, "办事群众满意度", "≥95%", 4),
    ],
    unit_line=U1,
    codes=dict(SLOGAN),
    extra={"budget_source": "186,000.00元"},
)

TB = Table(
    "project",
    "耕地保护补偿",
    125.0,
    SHARED_GOAL,
    [
        R(P, SL, "发放耕地保护补偿面积", "≥8.3万亩", 4),
        R(P, ZL, "补偿对象核实准确率", "100%", 4),
        R(P, SX, "补偿资金兑付时间", "2024年11月底前", 4),
        R(P, CB, "耕地保护补偿标准", "15元/亩", 4),
        R(E, SH, *CASUALTY, 4),
        R(E, KC, "耕地保有量", "不减少", 3),
        R(S, MY, "农户满意度", "≥90%", 4),
    ],
    unit_line=U1,
    codes=dict(SLOGAN),
    extra={"budget_source": "1,250,000.00元"},
)

TC = Table(
    "project",
    "地质灾害隐患点监测",
    32.0,
    "对全县46处地质灾害隐患点开展汛期监测巡查，落实群测群防员46名，确保不发生因地质灾害造成的人员伤亡。",
    [
        R(P, SL, "监测地质灾害隐患点", "=46处", 4),
        R(P, SL, "落实群测群防员", "=46名", 4),
        R(P, SX, "汛期巡查频次", "每周1次", 4),
        R(P, CB, "群测群防员补助标准", "≤3000元/人·年", 4),
        R(E, SH, *CASUALTY, 4),
        R(S, MY, "受威胁群众满意度", "≥90%", 4),
    ],
    unit_line=U2,
    extra={"budget_source": "320,000.00元"},
)

TD = Table(
    "overall",
    DEPT,
    862.4,
    "完成年度土地变更调查，严格耕地保护，耕地保有量不低于86.5万亩，修复历史遗留废弃矿山600亩，自然资源执法案件结案率95%以上。",
    [
        R(P, SL, "完成年度土地变更调查", "=1次", 4),
        R(P, ZL, "自然资源执法案件结案率", "≥95%", 4),
        R(P, SX, "年度重点任务完成时间", "2024年12月底前", 4),
        R(E, SH, "耕地保有量", "≥86.5万亩", 4),
        R(
            E,
            ST,
            "历史遗留废弃矿山生态修复面积",
            "≥600亩",
            4,
            c={"C206": "a restoration area (an output) under 生态效益"},
        ),
        R(S, MY, "服务对象满意度", ">=90%", 4, c={"U307": ">= instead of ≥"}),
    ],
    title="2024年部门整体绩效目标表",
)

HEAD = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
GROUPS = [
    Group(
        "501-宁川县自然资源局",
        "1,756,000.00",
        [(TA, "186,000.00"), (TB, "1,250,000.00"), (TC, "320,000.00")],
    )
]


def overall(t: Table) -> Framed:
    f = Framed(Grid(4))
    f.grid.wide("部门名称", t.project)
    f.grid.wide("部门预算总额（万元）", "862.40")
    f.grid.wide("年度履职目标", t.goal or "")
    header(f.grid, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, t.rows, KEYS)
    return f


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "宁川县自然资源局2024年部门预算公开",
        "",
        "附表10  2024年项目支出绩效目标表",
        "金额单位：元 |",
    )
    f, _ = dept_wide(HEAD, KEYS, GROUPS, merge_project=False)
    render(t, f, "lone_pipe")
    t.add("", "附表11  " + TD.title, "单位：万元")
    render(t, overall(TD), "pipe", pad=3, outer=False)
    return t.data("utf-8", "\r\n")


DOC = Doc(
    id="hc19_ningxia_ziran",
    file="hc19_ningxia_ziran.txt",
    unit=DEPT,
    year=2024,
    tags={
        "format": "txt",
        "encoding": "utf-8 crlf",
        "province": "宁夏",
        "sector": "自然资源",
        "layout_patterns": "department-wide yuan lone-pipes pipe-padded several-tables level1-once "
        "goal-heading",
    },
    tables=[TA, TB, TC, TD],
    render=render_doc,
    codes={
        "T101": "地质灾害造成人员伤亡 | 0人 in all three project tables, unrelated to 不动产登记 and 耕地保护",
        "T103": "the same goal text in the 不动产登记 and 耕地保护 tables",
    },
    extra={
        "t101_pairs": [{"level3": CASUALTY[0], "value": CASUALTY[1], "tables": [1, 2, 3]}],
        "t103_groups": [{"tables": [1, 2], "goal": SHARED_GOAL}],
        "subtotal_rows": [
            {"text": "501-宁川县自然资源局", "amount_yuan": 1756000.0, "before_table": 1}
        ],
    },
)
