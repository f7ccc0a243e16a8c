"""Zhejiang, county justice bureau, 2024: text pasted from a web page into a GB18030 file (LF).
Table 1 shows the hierarchy by indentation only; table 2 is one cell per line ending in a pipe;
table 3 has no 三级 column (the 二级 is followed by the value), its cells run together, and the
excerpt ends in the middle of its last row."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body, project_table
from grid import Grid, Text
from spec import Doc, R, Table
from textual import render, render_indented

DEPT = "浙川县司法局"

T1 = Table(
    "project",
    "社区矫正及安置帮教工作经费",
    38.0,
    "全年预算安排48万元，组织社区矫正对象教育学习1800人次以上，做好150名刑满释放人员衔接帮扶，确保社区矫正对象不脱管漏管。",
    [
        R(P, SL, "社区矫正对象教育学习人次", "≥1800人次", 4),
        R(P, SL, "刑满释放人员衔接帮扶人数", "≥150人", 4),
        R(P, ZL, "社区矫正对象脱管漏管率", "0%", 4),
        R(P, SX, "刑满释放人员衔接时限", "≤7日", 4),
        R(P, CB, "社区矫正人均工作经费", "≤200元/人", 4),
        R(
            E,
            SH,
            "社区矫正对象再犯罪率",
            "≥0.2%",
            3,
            c={"U305": "≥ on a rate that should stay low (再犯罪率)"},
        ),
        R(E, SH, "社会和谐稳定", "有效维护", 2, c={"V401": "有效维护 with no criterion"}),
        R(S, MY, "矫正对象及家属满意度", "≥90%", 4),
    ],
    title="社区矫正及安置帮教工作经费项目支出绩效目标表",
    codes={"B502": "the goal says 48万元, the budget line 38.00 万元"},
)

T2 = Table(
    "project",
    "法律援助经费",
    26.0,
    "为经济困难群众和特殊案件当事人提供法律援助，全年办理法律援助案件420件以上，提供法律咨询3000人次以上。",
    [
        R(P, SL, "办理法律援助案件", "≥420件", 4),
        R(P, SL, "法律咨询服务人次", "≥3000人次", 4),
        R(P, ZL, "法律援助案件结案归档合格率", "≥95%", 4),
        R(P, SX, "法律援助申请审查时限", "≤7个工作日", 4),
        R(
            P,
            CB,
            "民事案件办案补贴标准",
            "1200元",
            3,
            c={"U301": "a per-case standard in bare 元, no denominator in the name"},
        ),
        R(
            E,
            SH,
            "困难群众合法权益",
            "得到有效维护",
            2,
            c={"V401": "得到有效维护 with no criterion"},
        ),
        R(S, MY, "受援人满意度", "≥95%", 4),
    ],
    title="法律援助经费项目支出绩效目标表",
)

NO_L3 = "the table has no 三级 column: the value cell names the indicator"

T3 = Table(
    "project",
    "人民调解工作经费",
    15.0,
    "全年调解各类矛盾纠纷800件以上，调解成功率96%以上，把矛盾纠纷化解在基层。",
    [
        R(P, SL, "", "调解各类矛盾纠纷≥800件", 4, note=NO_L3),
        R(P, ZL, "", "调解成功率≥96%", 4, note=NO_L3),
        R(P, SX, "", "一般纠纷受理后15日内调结", 4, note=NO_L3),
        R(P, CB, "", "个案补贴≤150元/件", 4, note=NO_L3),
        R(
            E,
            SH,
            "",
            "民转刑案件发生数同比下降",
            2,
            note=NO_L3,
            c={"V401": "下降 without an amount"},
        ),
    ],
    title="人民调解工作经费项目支出绩效目标表",
    extra={"cut_off": {"after_row": 5, "partial": "满意度指标服务对象满意度指标当事人满"}},
)


def no_l3_table(t: Table) -> Framed:
    f = Framed(Grid(3))
    g = f.grid
    g.add("项目名称", t.project)
    g.add("项目资金（万元）", "15.00")
    g.add("年度目标", t.goal or "")
    header(g, "一级指标", "二级指标", "指标值")
    indicator_body(f, t.rows, ["l1", "l2", "value"])
    return f


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add("浙川县司法局2024年部门预算", "（四）项目支出绩效目标", "")
    t.add("1." + T1.title, "项目名称：" + T1.project, "主管部门：" + DEPT)
    t.add("项目资金：38.00万元", "年度目标：" + (T1.goal or ""), "绩效指标：")
    render_indented(t, T1.rows)
    t.add("", "2." + T2.title)
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "26.00",
    )
    render(t, f2, "cell_pipe")
    t.add("", "3." + T3.title)
    render(t, no_l3_table(T3), "together")
    t.add("满意度指标服务对象满意度指标当事人满")
    return t.data("gb18030")


DOC = Doc(
    id="hc13_zhejiang_sifa",
    file="hc13_zhejiang_sifa.txt",
    unit=DEPT,
    year=2024,
    tags={
        "format": "txt",
        "encoding": "gb18030",
        "province": "浙江",
        "sector": "公安/司法",
        "layout_patterns": "indentation cell-per-line-pipe run-together no-level3 cut-off "
        "several-tables goal-heading",
    },
    tables=[T1, T2, T3],
    render=render_doc,
)
