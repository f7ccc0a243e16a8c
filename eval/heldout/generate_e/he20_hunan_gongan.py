"""he20 — 湖南 沅岭县公安局, 2024, plain text (UTF-8, CRLF) copied out of the budget system's
Excel export: a fund allocation table, then one tab-separated department-wide table (单位名称 |
项目名称 | 预算数（元） | 年度目标 | 一级 | 二级 | 三级 | 指标值 | 权重) with unit subtotal lines;
three projects = three tables; one boilerplate pair repeated in every project."""

from __future__ import annotations

from typing import Any

from deptwide import Group, dept_wide
from emit import Tab, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S
from kit import V401, tags
from spec import Doc, R, Row, Table

UNIT = "沅岭县公安局"
HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "权重",
]
KEYS = ["l1", "l2", "l3", "value", "weight"]
BOILER = ("公安机关执法规范化水平", "明显提升")
BOILER_CODES = {"V401": "direction without a criterion"}
ALLOC = [
    "2024年沅岭县公安局项目资金安排表（单位：元）",
    "序号\t项目名称\t资金来源\t金额",
    "1\t公共安全视频监控系统运行维护\t县级财政\t1,860,000.00",
    "2\t禁毒专项工作经费\t县级财政\t450,000.00",
    "3\t道路交通安全设施维护\t县级财政\t720,000.00",
    "\t合计\t\t3,030,000.00",
]


def r(l1: str, l2: str, l3: str, value: str, wt: int, spec: int, **kw: Any) -> Row:
    return R(l1, l2, l3, value, spec, x={"weight": str(wt)}, **kw)


def boiler(wt: int) -> Row:
    return r(E, KC, BOILER[0], BOILER[1], wt, 2, c=BOILER_CODES)


T1 = Table(
    "project",
    "公共安全视频监控系统运行维护",
    186.0,
    "保障全县1260路公共安全视频监控点位正常运行，设备完好率95%以上，为侦查破案和治安防控提供支撑。",
    [
        r(P, SL, "运维视频监控点位数量", "1260路", 15, 4),
        r(P, ZL, "视频监控设备完好率", "≥95%", 15, 4),
        r(P, SX, "故障修复时间", "≤24小时", 10, 4),
        r(P, CB, "单点位年运维费用", "≤1476元/路", 10, 4),
        r(E, SH, "视频监控协助破获案件数", "≥80起", 20, 4),
        boiler(10),
        r(S, MY, "辖区群众安全感满意度", "≥95%", 20, 4),
    ],
    unit_line="305001-沅岭县公安局本级",
    extra={"budget_source": {"unit": "元", "预算数": "1,860,000.00"}},
)

T2 = Table(
    "project",
    "禁毒专项工作经费",
    45.0,
    "1.开展禁毒宣传进校园、进社区活动；2.开展禁毒宣传进校园、进社区活动，社区戒毒社区康复人员执行率达到95%以上。",
    [
        r(P, SL, "开展禁毒宣传活动场次", "≥40场", 15, 4),
        r(P, ZL, "社区戒毒社区康复人员执行率", "≥95%", 20, 4),
        r(P, SX, "毒品检测样本送检时间", "采样后48小时内", 10, 4),
        r(
            E,
            SH,
            "新增吸毒人员数",
            "≥0人",
            20,
            3,
            c={"U305": "≥ on a count that should fall (新增吸毒人员)"},
        ),
        boiler(15),
        r(S, MY, "社区群众满意度", "≥90%", 20, 4),
    ],
    unit_line="305001-沅岭县公安局本级",
    codes={"T103": "goal item 2 repeats item 1 verbatim inside a longer sentence"},
    extra={"budget_source": {"unit": "元", "预算数": "450,000.00"}},
)

T3 = Table(
    "project",
    "道路交通安全设施维护",
    72.0,
    "维护全县国省干线及农村公路交通信号灯38处、标志标线120公里，道路交通事故死亡人数同比下降。",
    [
        r(P, SL, "维护交通信号灯数量", "38处", 15, 4),
        r(P, SL, "施划标志标线里程", "≥120公里", 15, 4),
        r(P, ZL, "设施维护验收合格率", "100%", 15, 4),
        r(P, SX, "信号灯故障修复时间", "≤12小时", 10, 4),
        r(E, SH, "道路交通事故死亡人数", "同比下降", 20, 2, c=V401),
        boiler(10),
        r(S, MY, "交通参与者满意度", "≥90%", 15, 4),
    ],
    unit_line="305002-沅岭县公安局交通警察大队",
    extra={"budget_source": {"unit": "元", "预算数": "720,000.00"}},
)

SUBTOTALS = [
    {"label": "305-沅岭县公安局", "amount": "3,030,000.00", "before_table": 1},
    {"label": "305001-沅岭县公安局本级", "amount": "2,310,000.00", "before_table": 1},
    {
        "label": "305002-沅岭县公安局交通警察大队",
        "amount": "720,000.00",
        "before_table": 3,
    },
]


def render(doc: Doc) -> bytes:
    f, _ = dept_wide(
        HEAD,
        KEYS,
        [
            Group("305-沅岭县公安局", "3,030,000.00", []),
            Group(
                "305001-沅岭县公安局本级",
                "2,310,000.00",
                [(T1, "1,860,000.00"), (T2, "450,000.00")],
            ),
            Group("305002-沅岭县公安局交通警察大队", "720,000.00", [(T3, "720,000.00")]),
        ],
    )
    blocks: list[Any] = [
        "沅岭县公安局2024年部门预算公开",
        "",
        *ALLOC,
        "",
        "2024年部门项目支出绩效目标表",
        "单位：元",
        Tab(f, {"style": "tab"}),
    ]
    return text_file(blocks, newline="\r\n")


DOC = Doc(
    "he20_hunan_gongan",
    "he20_沅岭县公安局2024部门预算公开.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "utf-8 CRLF",
        "湖南",
        "公安",
        "department-wide yuan tab allocation-before several-tables",
    ),
    [T1, T2, T3],
    render=render,
    codes={
        "T101": "「公安机关执法规范化水平 | 明显提升」 repeated in all three project tables, unrelated to road facility maintenance"
    },
    extra={
        "subtotal_rows": SUBTOTALS,
        "allocation_table": ALLOC,
        "t101_pairs": [{"level3": BOILER[0], "value": BOILER[1], "tables": [1, 2, 3]}],
    },
)
