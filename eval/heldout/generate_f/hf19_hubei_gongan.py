"""hf19 · Hubei, 清江县公安局, 2023 targets as text (UTF-8): the department-wide table of all
projects as tab rows (amounts in 元, subtotal lines per budget unit), then one project table one
cell per line ending in a pipe, with 指标N： prefixes and …… placeholder lines."""

from __future__ import annotations

from deptwide import Group, dept_wide
from emit import Tab, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table, wan
from kit import U305, U306, V401, codes, tags
from spec import Doc, R, Table

UNIT = "清江县公安局"
U1 = "215001-清江县公安局"
U2 = "215002-清江县看守所"
PREFIX = "三级 printed with the prefix 指标N："

T1 = Table(
    "project",
    "农村视频监控系统运维",
    wan(1_380_000),
    "对全县2300路农村视频监控点位开展运维，点位在线率保持95%以上。",
    [
        R(P, SL, "运维视频监控点位", "2300路", 4, desc="雪亮工程农村点位"),
        R(P, ZL, "点位平均在线率", "≥95%", 4, desc="运维平台月度统计"),
        R(P, SX, "故障修复时限", "≤24小时", 4, desc="接报至恢复"),
        R(P, CB, "单点位年运维费", "≤600元", 4, desc="运维合同单价"),
        R(E, SH, "利用视频监控破获案件数", "≥60起", 4, desc="视频监控提供线索破获的案件"),
        R(S, MY, "群众安全感满意度", "≥92%", 4, desc="全县群众安全感测评"),
    ],
    unit_line=U1,
    extra={"budget_source": "1,380,000.00元"},
)
T2 = Table(
    "project",
    "禁毒专项经费",
    wan(460_000),
    "开展禁毒宣传进校园、进社区活动，加强吸毒人员管控，社区戒毒社区康复执行率达到95%。",
    [
        R(P, SL, "开展禁毒宣传活动场次", "≥40场", 4, desc="进校园、进社区、进村组宣传"),
        R(P, ZL, "社区戒毒社区康复执行率", "≥95%", 4, desc="实际执行人数/应执行人数"),
        R(P, SX, "宣传活动完成时间", "2023年12月底前", 4, desc="全年宣传计划完成时间"),
        R(E, SH, "新增吸毒人员数", "≥0人", 3, desc="年度新发现吸毒人员", c=codes(U305)),
        R(E, SH, "毒品治理成效", "进一步巩固", 2, desc="毒品治理成效", c=codes(V401)),
        R(S, MY, "群众对禁毒工作满意度", "≥90%", 4, desc="问卷调查"),
    ],
    unit_line=U1,
    extra={"budget_source": "460,000.00元"},
)
T2.rows[4].codes = {
    "V401": "direction without a criterion",
    "V403": "description only restates the name",
}
T3 = Table(
    "project",
    "在押人员伙食及医疗经费",
    wan(1_022_000),
    "保障看守所日均在押人员约140人的伙食和基本医疗，监管安全零事故。",
    [
        R(P, SL, "日均在押人员", "≈140人", 4, desc="按上年日均羁押量测算"),
        R(P, ZL, "在押人员伙食标准执行率", "100%", 4, desc="按省定标准供应伙食"),
        R(P, ZL, "监管安全事故", "0.5起", 3, desc="脱逃、非正常死亡等事故", c=codes(U306)),
        R(P, CB, "在押人员伙食标准", "≤20元/人·天", 4, desc="省定伙食标准上限"),
        R(E, SH, "监所安全稳定", "保持稳定", 2, desc="监所安全稳定", c=codes(V401)),
        R(S, MY, "在押人员家属满意度", "≥85%", 4, desc="家属会见时抽样调查"),
    ],
    unit_line=U2,
    extra={"budget_source": "1,022,000.00元"},
)
T3.rows[4].codes = {
    "V401": "direction without a criterion",
    "V403": "description only restates the name",
}
T4 = Table(
    "project",
    "道路交通安全宣传",
    12.0,
    "开展交通安全宣传进农村、进学校活动，农村道路交通事故起数较上年下降5%。",
    [
        R(P, SL, "指标1：开展交通安全宣传活动", "≥30场", 4, note=PREFIX),
        R(P, SL, "指标2：发放宣传资料", "≥2万份", 4, note=PREFIX),
        R(P, ZL, "指标1：宣传活动覆盖行政村比例", "≥80%", 4, note=PREFIX),
        R(P, SX, "指标1：宣传活动完成时间", "按时完成", 2, note=PREFIX, c=codes(V401)),
        R(E, SH, "指标1：农村道路交通事故起数下降率", "≥5%", 4, note=PREFIX),
        R(E, KC, "指标1：交通安全宣传长效机制", "建立", 2, note=PREFIX, c=codes(V401)),
        R(S, MY, "指标1：群众满意度", "≥90%", 4, note=PREFIX),
    ],
    title="清江县公安局2023年项目支出绩效目标表",
    unit_line="单位：万元",
    extra={"placeholders": [{"text": "……", "after_row": 2}, {"text": "……", "after_row": 6}]},
)

HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "项目年度绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标解释",
    "指标值",
]
KEYS = ["l1", "l2", "l3", "desc", "value"]
GROUPS = [
    Group(U1, "1,840,000.00", [(T1, "1,380,000.00"), (T2, "460,000.00")]),
    Group(U2, "1,022,000.00", [(T3, "1,022,000.00")]),
]
SUBTOTALS = [
    {"text": g.label, "amount": g.amount, "before_table": i}
    for g, i in zip(GROUPS, (1, 3), strict=True)
]
PH = ("", "", "……", "")


def render(doc: Doc) -> bytes:
    f, _ = dept_wide(HEAD, KEYS, GROUPS)
    t4 = project_table(
        T4,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "12.00",
        after={2: [PH], 6: [PH]},
    )
    return text_file(
        [
            "清江县公安局2023年部门项目支出绩效目标表",
            "金额单位：元",
            Tab(f, {"style": "tab"}),
            "",
            T4.title,
            "单位：万元",
            Tab(t4, {"style": "cell_pipe"}),
        ]
    )


DOC = Doc(
    "hf19_hubei_gongan",
    "hf19_hubei_gongan.txt",
    UNIT,
    2023,
    tags(
        "txt",
        "utf-8",
        "湖北",
        "公安",
        "department-wide yuan tab cell-per-line-pipe prefixes-placeholders several-tables",
    ),
    [T1, T2, T3, T4],
    render=render,
    extra={"subtotal_rows": SUBTOTALS},
)
