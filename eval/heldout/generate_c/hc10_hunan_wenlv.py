"""Hunan, county culture, tourism, radio and television bureau, 2025: text from a web page's PDF
attachment (UTF-8). Table 1 (2021 framework) prints one cell per line ending in a pipe, rows not
marked, 三级 names with `指标N：` prefixes, unfilled placeholder lines (`指标3：`, `……`) and a
`其中：` sub-row; table 2 has mid-term and annual value columns and leaves a lone `|` line for
every empty cell."""

from __future__ import annotations

from frame import (
    JC,
    KC,
    MY,
    SH,
    SL,
    SX,
    ZL,
    C,
    E,
    Framed,
    P,
    S,
    header,
    indicator_body,
    project_block,
    project_table,
)
from grid import Grid, Text
from spec import Doc, R, Row, Table
from textual import render

DEPT = "湘源县文化旅游广电体育局"
PREFIX = "三级 printed with its 指标N： prefix, kept verbatim"


def pr(l1: str, l2: str, l3: str, value: str, spec: int, **kw: object) -> Row:
    return R(l1, l2, l3, value, spec, note=PREFIX, **kw)


T1 = Table(
    "project",
    "公共文化服务体系建设补助资金",
    145.0,
    "2025年开展送戏下乡演出120场，16个乡镇综合文化站免费开放，县图书馆新增藏书8000册，丰富群众精神文化生活。",
    [
        pr(P, SL, "指标1：送戏下乡演出场次", "≥120场", 4),
        pr(P, SL, "指标2：乡镇综合文化站免费开放数量", "=16个", 4),
        R(P, SL, "县图书馆年新增藏书", "≥8000册", 4),
        R(
            P,
            SL,
            "其中：少儿读物",
            "≥2000册",
            4,
            note="其中 sub-row under the row above, a row of its own",
        ),
        pr(P, ZL, "指标1：文化活动安全事故发生率", "0%", 4),
        pr(P, SX, "指标1：年度任务完成时间", "2025年12月底前", 4),
        pr(C, JC, "指标1：送戏下乡每场补助标准", "≤3000元/场", 4),
        pr(E, SH, "指标1：群众文化活动参与人次", "≥15万人次", 4),
        pr(
            E,
            SH,
            "指标2：公共文化服务水平",
            "显著提升",
            2,
            c={"V401": "显著提升 with no criterion"},
        ),
        pr(E, KC, "指标1：公共文化设施发挥作用年限", "≥5年", 4),
        pr(S, MY, "指标1：群众满意度", "≥90%", 4),
    ],
    title="2025年项目支出绩效目标表",
    extra={
        "placeholders": [
            {"text": "指标3：", "after_row": 4},
            {"text": "……", "after_row": 6},
        ]
    },
)


def mt(l1: str, l2: str, l3: str, mid: str, value: str, spec: int, **kw: object) -> Row:
    return R(
        l1, l2, l3, value, spec, x={"mid_term": {"level2": l2, "level3": l3, "value": mid}}, **kw
    )


MID_GOAL = "2025—2027年扶持县级以上非遗代表性传承人带徒授艺90人，完成全部县级非遗项目档案数字化，开展非遗进校园活动36场。"

T2 = Table(
    "project",
    "非物质文化遗产保护传承",
    60.0,
    "2025年扶持传承人带徒授艺30人，开展非遗进校园活动12场，完成40%的县级非遗项目档案数字化。",
    [
        mt(P, SL, "非遗传承人带徒授艺人数", "≥90人", "≥30人", 4),
        mt(P, SL, "开展非遗进校园活动", "≥36场", "≥12场", 4),
        mt(P, ZL, "县级非遗项目档案数字化完成率", "100%", "≥40%", 4),
        mt(P, SX, "传承人补助发放时间", "每年6月底前", "2025年6月底前", 4),
        mt(C, JC, "县级代表性传承人补助标准", "3000元/人·年", "3000元/人·年", 4),
        mt(
            E,
            SH,
            "非遗保护传承氛围",
            "更加浓厚",
            "更加浓厚",
            2,
            c={"V401": "更加浓厚 with no criterion"},
        ),
        mt(E, KC, "濒危非遗项目数量", "不增加", "不增加", 3),
        mt(S, MY, "传承人满意度", "≥90%", "≥90%", 4),
    ],
    title="2025年项目支出绩效目标表（含中期）",
    extra={"mid_term_goal": MID_GOAL, "mid_term_budget_wan": 180.0},
)


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add("湘源县文化旅游广电体育局2025年部门预算公开", "附件4：项目支出绩效目标表", "")
    t.add(T1.title + " |", "单位：万元 |")
    f1 = project_table(
        T1,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "资金总额",
        "145.00",
        "年度目标",
        after={4: [["", "", "指标3：", ""]], 6: [["", "", "……", ""]]},
    )
    render(t, f1, "cell_pipe")
    t.add("", T2.title + " |", "单位：万元 |")
    f2 = Framed(Grid(5))
    project_block(f2.grid, T2, DEPT, "资金总额", "中期资金总额180.00，其中2025年60.00", "年度目标")
    f2.grid.wide("中期目标", MID_GOAL)
    head = ["一级指标", "二级指标", "三级指标", "中期指标值（2025—2027年）", "年度指标值（2025年）"]
    header(f2.grid, *head)
    indicator_body(f2, T2.rows, ["l1", "l2", "l3", "mid_value", "value"])
    render(t, f2, "lone_pipe")
    return t.data()


DOC = Doc(
    id="hc10_hunan_wenlv",
    file="hc10_hunan_wenlv.txt",
    unit=DEPT,
    year=2025,
    tags={
        "format": "txt",
        "encoding": "utf-8",
        "province": "湖南",
        "sector": "文旅",
        "layout_patterns": "cell-per-line-pipe lone-pipes prefixes-placeholders sub-rows "
        "midterm-annual level1-once several-tables goal-heading",
    },
    tables=[T1, T2],
    render=render_doc,
)
