"""hd19 · 广东 梅塘县农业农村局 2023: text (GB18030, CRLF) of a spreadsheet export. A fund
allocation table, then one department-wide tab-separated table (amounts in 元) for two units
with subtotal lines, then a project table whose cells run together with no separator."""

from __future__ import annotations

from deptwide import Group, amount, dept_wide
from frame import CB, JJ, KC, MY, SH, SL, ST, SX, ZL, E, P, S, project_table, wan
from grid import Text
from kit import V401, V404, codes
from spec import Doc, R, Row, Table
from textual import render

UNIT = "梅塘县农业农村局"
CDC = "梅塘县动物疫病预防控制中心"


def proj(name: str, unit: str, yuan: str, goal: str, rows: list[Row]) -> Table:
    return Table(
        "project",
        name,
        wan(amount(yuan)),
        goal,
        rows,
        title="梅塘县农业农村局2023年项目支出绩效目标表",
        unit_line=unit,
        extra={"budget_source": f"{yuan}元"},
    )


T1 = proj(
    "耕地地力保护补贴",
    UNIT,
    "15,836,400.00",
    "按每亩97元标准向全县16.3万亩耕地承包户发放耕地地力保护补贴，引导农民保护耕地地力。",
    [
        R(P, SL, "补贴耕地面积", "≥16.3万亩", 5, basis="2022年确权登记耕地面积台账"),
        R(P, ZL, "补贴资金兑付准确率", "100%", 4, basis="计划标准", c=V404),
        R(P, SX, "补贴资金兑付时间", "2023年6月底前", 4, basis="相关文件要求", c=V404),
        R(P, CB, "亩均补贴标准", "=97元", 5, basis="《梅塘县2023年耕地地力保护补贴实施方案》"),
        R(E, JJ, "补贴对象户均增收", "≥240元", 4, basis="历史数据"),
        R(E, ST, "耕地地力", "稳步提升", 2, basis="现实需求", c=codes(V401, V404)),
        R(E, KC, "乡村振兴战略", "有效推进", 2, basis="工作需要", c=codes(V401, V404)),
        R(S, MY, "补贴对象满意度", "≥90%", 4, basis="问卷调查"),
    ],
)
T2 = proj(
    "非洲猪瘟等重大动物疫病防控",
    CDC,
    "1,280,000.00",
    "完成春秋两季集中强制免疫，强制免疫病种应免密度90%以上，全年不发生区域性重大动物疫情。",
    [
        R(P, SL, "强制免疫畜禽数量", "≥85万头（只）", 5, basis="2022年末畜禽存栏统计"),
        R(
            P,
            ZL,
            "强制免疫病种应免密度",
            "≥90%",
            5,
            basis="《国家动物疫病强制免疫指导意见（2022—2025年）》",
        ),
        R(P, SX, "春秋两季集中免疫完成时间", "2023年5月和11月底前", 4, basis="工作计划", c=V404),
        R(P, CB, "疫苗及耗材采购成本", "≤128万元", 4, basis="预算批复"),
        R(E, SH, "区域性重大动物疫情发生次数", "0次", 4, basis="历史标准", c=V404),
        R(E, KC, "乡村振兴战略", "有效推进", 2, basis="工作需要", c=codes(V401, V404)),
        R(S, MY, "养殖户满意度", "≥90%", 4, basis="问卷调查"),
    ],
)

T3 = Table(
    "project",
    "农村人居环境整治",
    210.0,
    "1.完成农村户厕改造1400户，户均补助1500元。\n2.完成农村户厕改造1400户，户均补助1500元。\n3.农村卫生厕所普及率达到92%以上。",
    [
        R(P, SL, "完成农村户厕改造", "≥1400户", 4),
        R(P, ZL, "改厕验收合格率", "100%", 4),
        R(P, SX, "改厕完成时间", "2023年10月底前", 4),
        R(P, CB, "户均改厕补助", "≤1500元", 4),
        R(E, SH, "农村卫生厕所普及率", "≥92%", 4),
        R(E, ST, "农村环境卫生", "明显改善", 2, c=V401),
        R(E, KC, "乡村振兴战略", "有效推进", 2, c=V401),
        R(S, MY, "受益农户满意度", "≧95%", 4, c={"U307": "≧ instead of ≥"}),
    ],
    title="梅塘县农业农村局2023年项目支出绩效目标表（农村人居环境整治）",
    codes={"T103": "goal items 1 and 2 are the same text"},
)

GROUPS = [
    Group("301-梅塘县农业农村局", "15,836,400.00", [(T1, "15,836,400.00")]),
    Group("302-梅塘县动物疫病预防控制中心", "1,280,000.00", [(T2, "1,280,000.00")]),
]
HEAD = [
    "单位名称",
    "项目名称",
    "项目资金（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "指标值确定依据",
]
ALLOC = [
    ("耕地地力保护补贴", "15,836,400.00"),
    ("动物防疫补助", "1,280,000.00"),
    ("农村厕所革命奖补", "2,100,000.00"),
]


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add(
        "梅塘县农业农村局2023年部门预算公开",
        "",
        "表8\t2023年农业相关转移支付资金分配表",
        "单位：元",
    )
    text.add("序号\t资金名称\t金额\t备注")
    for i, (a, b) in enumerate(ALLOC, 1):
        text.add(f"{i}\t{a}\t{b}\t")
    text.add(
        "\t合计\t19,216,400.00\t",
        "",
        "表9\t梅塘县农业农村局2023年项目支出绩效目标表",
        "金额单位：元",
    )
    f, _numbers = dept_wide(HEAD, ["l1", "l2", "l3", "value", "basis"], GROUPS, merge_project=False)
    render(text, f, "tab")
    text.add("", "表10", T3.title)
    f3 = project_table(
        T3,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "210.00",
    )
    render(text, f3, "together")
    return text.data("gb18030", "\r\n")


DOC = Doc(
    "hd19_guangdong_nongye",
    "hd19_guangdong_nongye.txt",
    UNIT,
    2023,
    {
        "format": "txt",
        "encoding": "gb18030 crlf",
        "province": "广东",
        "sector": "农业农村",
        "framework": "产出/效益/满意度",
        "layout_patterns": "tab department-wide yuan allocation-before run-together several-tables",
    },
    [T1, T2, T3],
    codes={
        "T101": "乡村振兴战略 / 有效推进 in all three project tables, unrelated to animal disease control"
    },
    extra={
        "t101_pairs": [{"level3": "乡村振兴战略", "value": "有效推进", "tables": [1, 2, 3]}],
        "subtotal_rows": [
            {"label": "301-梅塘县农业农村局", "amount": "15,836,400.00", "unit": "元"},
            {"label": "302-梅塘县动物疫病预防控制中心", "amount": "1,280,000.00", "unit": "元"},
        ],
        "allocation_table": [f"{a} {b}" for a, b in ALLOC],
    },
    render=render_doc,
)
