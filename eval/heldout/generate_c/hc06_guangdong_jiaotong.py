"""Guangdong, county transport bureau, 2025: a ruled PDF. Table 1 puts the mid-term (2025-2027)
and the annual targets side by side, each with its own 二级/三级/值 columns; table 2 is an
annual table in the 2021 framework. Merged 一级 cells are vertically centred (their text stands on
the middle row of the block in the text layer)."""

from __future__ import annotations

from frame import (
    HC,
    JC,
    JJ,
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
    merge_label_runs,
    project_table,
)
from grid import Grid
from pdfout import gap, para, pdf_bytes, pdf_table
from spec import Doc, R, Row, Table
from textual import printed_cells

DEPT = "潮岭县交通运输局"
MID_GOAL = "2025—2027年完成农村公路提质改造120公里、危桥改造18座，实现具备条件的建制村100%通客车，农村公路优良路率达到85%以上。"


def m(l1: str, l2: str, l3: str, mid: str, value: str, spec: int, **kw: object) -> Row:
    return R(
        l1, l2, l3, value, spec, x={"mid_term": {"level2": l2, "level3": l3, "value": mid}}, **kw
    )


T1 = Table(
    "project",
    "农村公路提质改造工程",
    1200.0,
    "2025年完成农村公路提质改造40公里、危桥改造6座，交工验收合格率100%，通客车建制村比例达到98%以上。",
    [
        m(P, SL, "提质改造农村公路里程", "≥120公里", "≥40公里", 4),
        m(P, SL, "危桥改造座数", "≥18座", "≥6座", 4),
        m(P, ZL, "交工验收合格率", "100%", "100%", 4),
        m(P, ZL, "优良路率", "≥85%", "≥80%", 4),
        m(P, SX, "年度建设任务完成时间", "2027年底前", "2025年12月底前", 4),
        m(P, "成本指标", "每公里改造成本", "≤28万元/公里", "≤28万元/公里", 4),
        m(E, SH, "通客车建制村比例", "100%", "≥98%", 4),
        m(
            E,
            SH,
            "群众出行条件",
            "明显改善",
            "明显改善",
            2,
            c={"V401": "明显改善 with no criterion"},
        ),
        m(E, JJ, "沿线农产品运输成本降低率", "≥10%", "≥5%", 4),
        m(S, MY, "沿线群众满意度", "≥90%", "≥90%", 4),
    ],
    title="项目支出绩效目标表（中期和年度）",
    extra={"mid_term_goal": MID_GOAL, "mid_term_budget_wan": 3600.0},
)

T2 = Table(
    "project",
    "农村公路日常养护",
    380.0,
    "对全县1260公里农村公路开展日常养护，及时处治路面病害，农村公路优良中等路率达到85%以上。",
    [
        R(P, SL, "养护农村公路里程", "≥1260公里", 4),
        R(P, ZL, "农村公路优良中等路率", "≥85%", 4),
        R(P, ZL, "养护工程质量", "合格", 3),
        R(P, SX, "路面病害处治时限", "≤7天", 4),
        R(C, JC, "每公里年养护成本", "≤3016元/公里", 4),
        R(C, HC, "养护作业扬尘污染", "无", 3),
        R(E, SH, "农村公路列养率", "100%", 4),
        R(E, KC, "公路使用寿命", "延长", 2, c={"V401": "延长 with no amount"}),
        R(S, MY, "群众满意度", "≥95", 3, c={"U304": "a satisfaction rate without %"}),
    ],
    title="项目支出绩效目标表",
)


def mid_term_table(t: Table) -> Framed:
    f = Framed(Grid(7))
    g = f.grid
    g.wide("项目名称", t.project)
    r = g.add("主管部门", DEPT, "", "", "实施单位", "潮岭县农村公路事务中心")
    g.span(r, 1, r, 3)
    g.span(r, 5, r, 6)
    r = g.add("中期资金总额", "3600.00", "", "", "年度资金总额", "1200.00")
    g.span(r, 1, r, 3)
    g.span(r, 5, r, 6)
    g.wide("中期目标", MID_GOAL)
    g.wide("年度目标", t.goal or "")
    r = header(g, "一级指标", "中期指标（2025—2027年）", "", "", "年度指标（2025年）")
    g.span(r, 1, r, 3)
    g.span(r, 4, r, 6)
    header(g, "", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.span(r, 0, r + 1, 0)
    keys = ["l1", "mid_level2", "mid_level3", "mid_value", "l2", "l3", "value"]
    indicator_body(f, t.rows, keys)
    merge_label_runs(f, [1], ["mid_level2"])
    return f


def render_doc(doc: Doc) -> bytes:
    f1 = mid_term_table(T1)
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "年度资金总额：380.00  其中：车购税补助资金200.00  县级财政资金180.00",
    )
    for f in (f1, f2):
        printed_cells(f, "middle")  # the text layer prints merged labels on the middle row
    story = [
        para("潮岭县交通运输局2025年项目支出绩效目标", 14, 1),
        gap(),
        para("表1  " + T1.title + "        单位：万元", 10),
        pdf_table(f1.grid, [26, 30, 52, 34, 30, 52, 34], size=8),
        gap(),
        para("表2  " + T2.title + "        单位：万元", 10),
        pdf_table(f2.grid, [40, 60, 100, 73], size=8),
    ]
    return pdf_bytes(story, title="潮岭县交通运输局2025年项目支出绩效目标")


DOC = Doc(
    id="hc06_guangdong_jiaotong",
    file="hc06_guangdong_jiaotong.pdf",
    unit=DEPT,
    year=2025,
    tags={
        "format": "pdf",
        "ruling": "ruled",
        "province": "广东",
        "sector": "交通",
        "layout_patterns": "midterm-annual level1-once:middle goal-heading several-tables "
        "budget-lines",
    },
    tables=[T1, T2],
    render=render_doc,
)
