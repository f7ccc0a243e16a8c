"""甘肃 · 洮川县司法局: an HTML page encoded in GBK (meta charset) with three tables: a project
budget table, then two 项目支出绩效目标批复表.

Patterns: several tables on one page; a budget table before the indicator tables; approval tables
(批复表); a spaced-out label (绩　效　指　标) in a rowspan cell; the value column headed
指标值（包含数字及文字描述）; table 2 has no 一级 column and names cost 预算控制指标.
"""

from __future__ import annotations

from htmllay import block_spans, page, render_row, td
from spec import Doc, R, Table

UNIT = "洮川县司法局"
TITLE = "洮川县2024年项目支出绩效目标批复表"
VALUE_HEAD = "指标值（包含数字及文字描述）"

P1 = "法律援助经费"
P1_GOAL = "为全县经济困难群众和特殊案件当事人提供法律援助，全年办理法律援助案件420件以上，接待法律咨询3000人次以上。"
P1_ROWS = [
    R("产出指标", "数量指标", "办理法律援助案件数", "≥420件", 4),
    R("产出指标", "数量指标", "法律援助咨询接待人次", "≥3000人次", 4),
    R("产出指标", "质量指标", "法律援助案件结案率", "≥95%", 4),
    R("产出指标", "质量指标", "受援人有效投诉率", "≤2%", 4),
    R("产出指标", "时效指标", "案件指派时限", "受理后3个工作日内", 4),
    R("产出指标", "成本指标", "案均办案补贴", "≤800元/件", 4),
    R(
        "效益指标",
        "社会效益指标",
        "维护困难群众合法权益",
        "有效维护",
        2,
        {"V401": "“有效维护”无判定标准"},
    ),
    R("效益指标", "社会效益指标", "农民工讨薪类援助案件办结率", "100%", 4),
    R(
        "效益指标",
        "可持续影响指标",
        "法律援助便民服务网络覆盖率",
        "≥100%",
        3,
        {"U302": "比例下限写作“≥100%”"},
    ),
    R("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", 4),
]

P2 = "人民调解以案定补"
P2_GOAL = "做好人民调解工作，维护社会和谐稳定。"
NO_L1 = "表无一级指标列，一级按二级推定"
P2_ROWS = [
    R("", "数量指标", "调解矛盾纠纷件数", "≥1200件", 4, note=NO_L1),
    R("", "数量指标", "以案定补补贴人民调解员人数", "≥150人", 4, note=NO_L1),
    R("", "质量指标", "调解成功率", "≥95%", 4, note=NO_L1),
    R("", "质量指标", "调解协议履行率", "≥90%", 4, note=NO_L1),
    R("", "时效指标", "补贴发放时间", "每半年一次", 4, note=NO_L1),
    R(
        "产出指标",
        "预算控制指标",
        "以案定补平均补贴标准",
        "≤150元/件",
        4,
        note="表无一级指标列；“预算控制指标”即成本指标，一级推定为产出指标",
    ),
    R(
        "",
        "社会效益指标",
        "矛盾纠纷化解",
        "及时化解",
        2,
        {"V401": "“及时化解”无判定标准"},
        note=NO_L1,
    ),
    R("", "社会效益指标", "民转刑案件发生数", "0件", 4, note=NO_L1),
    R(
        "",
        "服务对象满意度指标",
        "当事人满意度",
        "≤90%",
        3,
        {"U305": "满意度使用“≤”，方向与指标性质相反"},
        note=NO_L1,
    ),
]

BUDGET = [
    ("项目名称", "资金性质", "预算金额（万元）", "备注"),
    ("法律援助经费", "一般公共预算", "42.00", "含中央补助15.00万元"),
    ("人民调解以案定补", "一般公共预算", "18.50", ""),
    ("社区矫正工作经费", "一般公共预算", "12.00", "未设绩效目标表"),
    ("合计", "", "72.50", ""),
]


def _head(name: str, money: str, goal: str) -> list[str]:
    return [
        render_row([td("项目名称", 1, 2), td(name, 1, 3)]),
        render_row([td("主管部门", 1, 2), td(UNIT), td("实施单位"), td(UNIT)]),
        render_row([td("项目资金（万元）", 2, 2), td("年度资金总额"), td(money, 1, 2)]),
        render_row([td("其中：财政拨款"), td(money, 1, 2)]),
        render_row([td("年度目标", 1, 2), td(goal, 1, 3)]),
    ]


def _table1() -> str:
    rows = _head(P1, "42.00", P1_GOAL)
    rows.append(
        render_row(
            [
                td("绩　效　指　标", len(P1_ROWS) + 1),
                td("一级指标"),
                td("二级指标"),
                td("三级指标"),
                td(VALUE_HEAD),
            ]
        )
    )
    s1 = block_spans([r.level1 for r in P1_ROWS])
    s2 = block_spans([(r.level1, r.level2) for r in P1_ROWS])
    for r, a, b in zip(P1_ROWS, s1, s2):
        cells = ([td(r.level1, a)] if a else []) + ([td(r.level2, b)] if b else [])
        rows.append(render_row(cells + [td(r.level3), td(r.value)]))
    return '<table border="1" cellspacing="0" width="100%">\n' + "\n".join(rows) + "\n</table>"


def _table2() -> str:
    rows = [
        render_row([td("项目名称"), td(P2, 1, 3)]),
        render_row([td("主管部门"), td(UNIT), td("实施单位"), td(UNIT)]),
        render_row([td("项目资金（万元）"), td("年度资金总额"), td("18.50", 1, 2)]),
        render_row([td("年度目标"), td(P2_GOAL, 1, 3)]),
        render_row([td("二级指标"), td("三级指标", 1, 2), td(VALUE_HEAD)]),
    ]
    s2 = block_spans([r.level2 for r in P2_ROWS])
    for r, b in zip(P2_ROWS, s2):
        cells = [td(r.level2, b)] if b else []
        rows.append(render_row(cells + [td(r.level3, 1, 2), td(r.value)]))
    return '<table border="1" cellspacing="0" width="100%">\n' + "\n".join(rows) + "\n</table>"


def _budget() -> str:
    rows = [render_row([td(c) for c in row]) for row in BUDGET]
    return '<table border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        P1,
        42.0,
        P1_GOAL,
        TITLE,
        P1_ROWS,
        extra={"approval_table": True, "budget_source": {"unit": "万元", "年度资金总额": "42.00"}},
    )
    t2 = Table(
        "project",
        "project",
        P2,
        18.5,
        P2_GOAL,
        TITLE,
        P2_ROWS,
        codes={"G702": "年度目标为口号，无件数、人数或时限"},
        extra={
            "approval_table": True,
            "budget_source": {"unit": "万元", "年度资金总额": "18.50"},
            "no_level1_column": True,
        },
    )
    doc = Doc(
        id="hl13_gansu_justice",
        filename="hl13_gansu_justice.html",
        unit=UNIT,
        year=2024,
        province="甘肃",
        fmt="html",
        encoding="gbk",
        patterns=[
            "4.several-tables",
            "4.allocation-before:budget-table",
            "4.approval",
            "1.broken-labels:spaced(绩　效　指　标)",
            "3.value-header-gloss:指标值（包含数字及文字描述）",
            "2.level1-missing-or-unfilled:missing-column",
            "2.nonstandard-names:budget-control(预算控制指标)",
            "2.level1-once:first-row(rowspan)",
            "4.goal-heading:年度目标",
            "4.unit-year-framing:title-line",
        ],
        tables=[t1, t2],
    )
    body = (
        f'<div class="zw-title">{TITLE}</div>\n'
        '<div class="zw-info">洮川县人民政府门户网站　2024年02月27日　信息来源：洮川县司法局</div>\n'
        '<div class="zw-con">\n'
        "<p>一、2024年项目支出预算表</p>\n" + _budget() + "\n<p>二、项目支出绩效目标批复表</p>\n"
        f'<p align="center"><b>{TITLE}</b></p>\n' + _table1() + "\n<p>&nbsp;</p>\n"
        f'<p align="center"><b>{TITLE}</b></p>\n' + _table2() + "\n</div>"
    )
    doc.path.write_bytes(page(TITLE, body, "gbk").encode("gbk"))
    return doc
