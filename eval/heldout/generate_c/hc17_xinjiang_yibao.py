"""Xinjiang, county healthcare security bureau, 2024: an HTML page (UTF-8). Table 1 has a value
header with a gloss, 指标说明 and 指标值确定依据 columns, `指标N：` prefixes, a `其中：` sub-row and
unfilled placeholder lines; table 2 was pasted into the page as one paragraph (the whole table on
one line); table 3 is the evaluation-indicator system of the fund-supervision project."""

from __future__ import annotations

from frame import CB, KC, MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body, project_table
from grid import Grid, Text, html_table
from pages import p, page
from spec import Doc, R, Row, Table
from textual import render_one_line

DEPT = "天山县医疗保障局"
PREFIX = "三级 printed with its 指标N： prefix, kept verbatim"


def pr(
    l1: str, l2: str, l3: str, value: str, desc: str, basis: str, spec: int, **kw: object
) -> Row:
    note = kw.pop("note", PREFIX)
    return R(l1, l2, l3, value, spec, desc=desc, basis=basis or None, note=note, **kw)


T1 = Table(
    "project",
    "城乡居民医疗救助资金",
    460.0,
    "资助1.6万名困难群众参加城乡居民医保，开展门诊和住院救助9500人次以上，政策范围内住院费用救助比例不低于70%，减轻困难群众医疗费用负担。",
    [
        pr(
            P,
            SL,
            "指标1：资助参保人数",
            "≥1.6万人",
            "资助特困、低保等困难群众参加城乡居民医保的人数",
            "2023年实际资助1.58万人",
            5,
        ),
        pr(
            P,
            SL,
            "其中：资助特困人员参保人数",
            "≥1200人",
            "特困供养人员中由医疗救助资金资助参保的人数",
            "民政部门特困人员名册",
            5,
            note="其中 sub-row under the row above, a row of its own",
        ),
        pr(
            P,
            SL,
            "指标2：门诊和住院救助人次",
            "≥9500人次",
            "门诊和住院救助人次",
            "历史数据",
            4,
            c={"V403": "the description repeats the name"},
        ),
        pr(
            P,
            ZL,
            "指标1：政策范围内住院费用救助比例",
            "≥70%",
            "救助金额占政策范围内住院自付费用的比例",
            "《天山县医疗救助实施办法》",
            5,
        ),
        pr(
            P,
            ZL,
            "指标2：困难群众资助参保率",
            "100%",
            "应资助参保人数占实际资助参保人数比率",
            "医保部门参保数据",
            3,
            c={"R601": "应资助 ÷ 实际资助: the ratio is turned upside down"},
        ),
        pr(
            P,
            SX,
            "指标1：救助费用结算方式",
            "出院即时结算",
            "救助对象在定点医疗机构出院时一站式结算",
            "一站式结算制度",
            4,
        ),
        pr(
            P,
            CB,
            "指标1：人均资助参保金额",
            "≤380元/人",
            "个人缴费部分资助标准",
            "计划标准",
            4,
            c={"V404": "basis is only 计划标准"},
        ),
        pr(
            E,
            SH,
            "指标1：困难群众就医负担",
            "有效减轻",
            "困难群众看病就医负担情况",
            "",
            2,
            c={"V401": "有效减轻 with no criterion", "V404": "empty basis"},
        ),
        pr(
            E,
            SH,
            "指标2：因病致贫返贫发生率",
            "下降",
            "因病致贫返贫人数占困难群众人数的比例",
            "现实需求",
            2,
            c={"V401": "下降 without an amount", "V404": "basis is only 现实需求"},
        ),
        pr(
            E,
            KC,
            "指标1：医疗救助制度可持续性",
            "长期",
            "医疗救助对象政策知晓率",
            "工作需要",
            2,
            c={
                "V401": "长期 with no criterion",
                "C205": "the description (policy awareness rate) measures something else than the name",
                "V404": "basis is only 工作需要",
            },
        ),
        pr(
            S,
            MY,
            "指标1：救助对象满意度",
            "≥90%",
            "医疗救助对象对救助服务的满意程度",
            "问卷调查",
            4,
        ),
    ],
    title="2024年项目支出绩效目标表",
    extra={"placeholders": [{"text": "指标2：", "after_row": 6}, {"text": "……", "after_row": 9}]},
)

T2 = Table(
    "project",
    "医保经办服务能力提升",
    35.0,
    "2024年9月底前建成乡镇医保服务站12个，医保业务线上办理率达到80%以上。",
    [
        R(P, SL, "乡镇医保服务站建设数量", "≥12个", 4),
        R(P, ZL, "医保业务线上办理率", "≥80%", 4),
        R(P, SX, "服务站建成时间", "2024年9月底前", 4),
        R(P, CB, "单个服务站建设成本", "≤2.5万元/个", 4),
        R(
            E,
            SH,
            "群众办理医保业务便捷程度",
            "更加便捷",
            2,
            c={"V401": "更加便捷 with no criterion"},
        ),
        R(S, MY, "参保群众满意度", "≥90%", 4),
    ],
    title="2024年项目支出绩效目标表",
)


def ev(l1: str, l2: str, l3: str, pts: int, expl: str, std: str) -> Row:
    return R(l1, l2, l3, "", None, desc=expl, std=std, x={"weight": pts})


T3 = Table(
    "evaluation_system",
    "医保基金监管专项经费",
    None,
    None,
    [
        ev(
            "决策",
            "项目立项",
            "立项程序规范性",
            3,
            "项目是否按规定程序申请设立",
            "程序规范得3分，否则不得分",
        ),
        ev(
            "决策",
            "绩效目标",
            "绩效指标明确性",
            4,
            "绩效指标是否细化、量化，与年度任务数相对应",
            "明确得4分，每项不明确扣1分",
        ),
        ev(
            "决策",
            "资金投入",
            "资金分配合理性",
            3,
            "资金分配是否有测算依据，与工作任务相适应",
            "合理得3分，否则酌情扣分",
        ),
        ev(
            "过程",
            "资金管理",
            "资金使用合规性",
            10,
            "资金使用是否符合财务管理制度规定",
            "合规得10分，发现一处违规扣2分",
        ),
        ev(
            "过程",
            "组织实施",
            "制度执行有效性",
            10,
            "监管检查是否按制度和方案开展",
            "有效执行得10分，否则酌情扣分",
        ),
        ev(
            "产出",
            "产出数量",
            "定点医药机构检查覆盖率",
            20,
            "已检查定点医药机构数/定点医药机构总数",
            "覆盖率×分值",
        ),
        ev(
            "产出",
            "产出质量",
            "违规基金追回到位率",
            20,
            "已追回违规基金/应追回违规基金",
            "到位率×分值",
        ),
        ev(
            "效益",
            "项目效益",
            "定点医药机构违规问题发生率",
            20,
            "查实违规问题的机构数/检查机构数",
            "较上年下降得满分，持平得10分，上升不得分",
        ),
        ev(
            "效益",
            "满意度",
            "参保群众满意度",
            10,
            "参保群众对基金监管工作的满意程度",
            "满意度×分值",
        ),
    ],
    title="医保基金监管专项经费绩效评价指标体系",
    extra={"total_row": {"label": "合计", "score_max": "100"}},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值（数量/标准）", "指标说明", "指标值确定依据"]


def eval_system(t: Table) -> Framed:
    f = Framed(Grid(6))
    header(f.grid, "一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "weight", "desc", "std"])
    r = f.grid.add("合计", "", "", "100")
    f.grid.span(r, 0, r, 2)
    return f


def render_doc(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        DEPT,
        HEAD,
        ["l1", "l2", "l3", "value", "desc", "basis"],
        "项目资金（万元）",
        "年度资金总额：460.00  其中：中央补助380.00  自治区补助50.00  县级30.00",
        after={6: [["", "", "指标2：", "", "", ""]], 9: [["", "", "……", "", "", ""]]},
    )
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "35.00",
    )
    line = Text()
    render_one_line(line, f2, prefix=T2.title)
    for row in T2.rows:
        row.source_line = None  # an HTML source has no line numbers
    body = [
        p("一、项目支出绩效目标"),
        p("（一）" + T1.project + "　" + T1.title),
        html_table(f1.grid),
        p("（二）" + T2.project),
        p(line.lines[0]),
        p("二、重点项目绩效评价指标体系"),
        p(T3.title),
        html_table(eval_system(T3).grid),
    ]
    return page("天山县医疗保障局2024年部门预算绩效信息公开", "天山县人民政府", "2024-02-22", body)


DOC = Doc(
    id="hc17_xinjiang_yibao",
    file="hc17_xinjiang_yibao.html",
    unit=DEPT,
    year=2024,
    tags={
        "format": "html",
        "encoding": "utf-8",
        "province": "新疆",
        "sector": "医保",
        "layout_patterns": "prefixes-placeholders sub-rows value-header-gloss extra-columns one-line "
        "evaluation-system several-tables budget-lines level1-once",
    },
    tables=[T1, T2, T3],
    render=render_doc,
)
