"""Gansu, county disabled persons' federation, 2024: text copied from a web page (UTF-8). Table 1
arrives as one long line with single spaces between cells; table 2's cells run together without
separators; table 3 is shown by indentation only."""

from __future__ import annotations

from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from spec import Doc, R, Table
from textual import render, render_indented, render_one_line

DEPT = "陇原县残疾人联合会"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]

T1 = Table(
    "project",
    "残疾人两项补贴",
    312.0,
    "按月发放困难残疾人生活补贴和重度残疾人护理补贴，惠及2750名残疾人，补贴标准分别为每人每月90元和100元。",
    [
        R(P, SL, "困难残疾人生活补贴人数", "≥1500人", 4),
        R(P, SL, "重度残疾人护理补贴人数", "≥1250人", 4),
        R(P, ZL, "补贴对象精准率", "100%", 4),
        R(P, SX, "补贴发放时间", "每月20日前", 4),
        R(P, CB, "困难残疾人生活补贴标准", "90元/人·月", 4),
        R(P, CB, "重度残疾人护理补贴标准", "100元/人·月", 4),
        R(E, SH, "残疾人基本生活", "得到保障", 2, c={"V401": "得到保障 with no criterion"}),
        R(S, MY, "补贴对象满意度", "≥90%", 4),
    ],
    title="2024年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "残疾人康复救助",
    86.0,
    "为60名残疾儿童提供康复训练，为120名残疾人适配辅助器具，开展残疾人家庭无障碍改造50户。",
    [
        R(P, SL, "残疾儿童康复训练人数", "≥60人", 4),
        R(P, SL, "辅助器具适配人数", "≥120.5人", 3, c={"U306": "a fractional number of people"}),
        R(P, ZL, "康复训练达标率", "≥80%", 4),
        R(P, SX, "救助资金拨付时间", "2024年6月底前", 4),
        R(P, CB, "残疾儿童康复训练补助标准", "≤1.0万元/人·年", 4),
        R(E, SH, "残疾儿童功能改善率", "≥70%", 4),
    ],
    title="2024年项目支出绩效目标表",
    codes={
        "C203": "no 满意度 row in a project that serves disabled children and their families",
        "G701": "the goal's 无障碍改造50户 has no indicator",
    },
)

T3 = Table(
    "project",
    "残疾人职业技能培训",
    24.0,
    "举办残疾人职业技能培训班，培训残疾人200人，培训后实现就业60人以上。",
    [
        R(P, SL, "培训残疾人人数", "≥200人", 4),
        R(P, ZL, "培训合格率", "≥85%", 4),
        R(P, SX, "培训完成时间", "2024年10月底前", 4),
        R(P, CB, "人均培训费用", "≤1200元/人", 4),
        R(E, SH, "培训后实现就业人数", "≥60人", 4),
        R(E, KC, "残疾人就业能力", "逐步增强", 2, c={"V401": "逐步增强 with no criterion"}),
        R(S, MY, "参训残疾人满意度", "≥90%", 4),
    ],
    title="2024年项目支出绩效目标表",
)


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add("陇原县残疾人联合会2024年部门预算公开", "信息来源：县残联  发布日期：2024-02-28", "")
    t.add("六、项目支出绩效目标情况", "1.残疾人两项补贴")
    f1 = project_table(T1, DEPT, HEAD, KEYS, "项目资金（万元）", "312.00")
    render_one_line(t, f1, prefix=T1.title)
    t.add("", "2.残疾人康复救助", T2.title)
    f2 = project_table(T2, DEPT, HEAD, KEYS, "项目资金（万元）", "86.00")
    render(t, f2, "together")
    t.add("", "3.残疾人职业技能培训", T3.title, "项目名称：" + T3.project, "资金：24.00万元")
    t.add("目标：" + (T3.goal or ""), "指标：")
    render_indented(t, T3.rows, indent=(2, 4, 6, 8))
    return t.data()


DOC = Doc(
    id="hc16_gansu_canlian",
    file="hc16_gansu_canlian.txt",
    unit=DEPT,
    year=2024,
    tags={
        "format": "txt",
        "encoding": "utf-8",
        "province": "甘肃",
        "sector": "残联",
        "layout_patterns": "one-line run-together indentation several-tables level1-once",
    },
    tables=[T1, T2, T3],
    render=render_doc,
)
