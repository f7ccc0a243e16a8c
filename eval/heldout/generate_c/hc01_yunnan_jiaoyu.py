"""Yunnan, county education bureau, 2024: text copied out of a Word file (UTF-8, LF), tab rows.
Table 1 prints each merged 一级 on the middle row of its block; table 2 splits the value into
指标性质 / 符号 / 数值 / 单位. Page furniture between the tables."""

from __future__ import annotations

from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from spec import Doc, R, Table
from textual import render

DEPT = "永澜县教育体育局"

T1 = Table(
    "project",
    "学前教育保教费减免及家庭经济困难幼儿资助",
    186.4,
    "落实学前教育资助政策，2024年为全县约5800名在园幼儿减免保教费，资助家庭经济困难幼儿620人，"
    "保障适龄幼儿不因家庭困难失学，学前三年毛入园率保持在92%以上。",
    [
        R(P, SL, "减免保教费幼儿人数", "≥5800人", 4),
        R(P, SL, "资助家庭经济困难幼儿人数", "≥620人", 4),
        R(P, ZL, "资助对象识别准确率", "≧98%", 4, c={"U307": "≧ instead of ≥"}),
        R(P, SX, "资助资金发放时间", "2024年12月底前", 4),
        R(P, CB, "保教费减免标准", "600元/生·学期", 4),
        R(E, SH, "学前三年毛入园率", "≥92%", 4),
        R(
            E,
            SH,
            "家庭经济困难幼儿入园保障情况",
            "有效保障",
            2,
            c={"V401": "有效保障: a direction with no criterion"},
        ),
        R(E, KC, "学前教育普惠水平", "持续提升", 2, c={"V401": "持续提升 without an amount"}),
        R(S, MY, "受助幼儿家长满意度", "≥90%", 4),
    ],
    title="永澜县教育体育局2024年项目支出绩效目标表（一）",
)

T2 = Table(
    "project",
    "农村义务教育学校校舍维修改造",
    320.0,
    "对全县14所农村义务教育学校的教学楼、宿舍、食堂进行维修改造，面积约8600平方米，"
    "2024年8月底前完工投入使用，消除校舍安全隐患。",
    [
        R(
            P,
            SL,
            "维修改造校舍面积",
            "≥8600平方米",
            4,
            x={"nature": "定量", "parts": ["≥", "8600", "平方米"]},
        ),
        R(P, SL, "改造学校数量", "=14所", 4, x={"nature": "定量", "parts": ["=", "14", "所"]}),
        R(
            P,
            ZL,
            "工程验收合格率",
            "≥80%",
            3,
            c={"V405": "a quality rate for building work below 100%"},
            x={"nature": "定量", "parts": ["≥", "80", "%"]},
        ),
        R(
            P,
            SX,
            "项目完工时间",
            "2024年8月底前",
            4,
            x={"nature": "定性", "parts": ["", "2024年8月底前", ""]},
        ),
        R(
            P,
            CB,
            "单位面积维修成本",
            "≤372元/平方米",
            4,
            x={"nature": "定量", "parts": ["≤", "372", "元/平方米"]},
        ),
        R(
            E,
            SH,
            "校舍安全隐患消除情况",
            "有效消除",
            2,
            c={"V401": "有效消除 with no criterion"},
            x={"nature": "定性", "parts": ["", "有效消除", ""]},
        ),
        R(E, SH, "受益学生人数", "≥5200人", 4, x={"nature": "定量", "parts": ["≥", "5200", "人"]}),
        R(
            E,
            KC,
            "维修后校舍使用年限",
            "≥20年",
            4,
            x={"nature": "定量", "parts": ["≥", "20", "年"]},
        ),
        R(S, MY, "师生满意度", "≥85%", 4, x={"nature": "定量", "parts": ["≥", "85", "%"]}),
    ],
    title="永澜县教育体育局2024年项目支出绩效目标表（二）",
)


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "永澜县教育体育局2024年部门预算公开",
        "发布时间：2024-02-06 10:12    来源：永澜县教育体育局    浏览次数：318",
        "",
        "第五部分  其他需要说明的事项",
        "四、项目支出绩效目标",
        "",
        T1.title,
        "填报单位：永澜县教育体育局\t\t\t金额单位：万元",
    )
    f1 = project_table(
        T1,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金",
        "年度资金总额：186.40    其中：财政拨款186.40    其他资金0.00",
    )
    render(t, f1, "tab", where="middle")
    t.add("", "— 27 —", "", T2.title, "填报单位：永澜县教育体育局\t\t\t金额单位：万元")
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标性质", "符号", "数值", "单位"],
        ["l1", "l2", "l3", "nature", "p0", "p1", "p2"],
        "项目资金",
        "年度资金总额：320.00    其中：财政拨款320.00",
    )
    render(t, f2, "tab")
    t.add("", "— 28 —")
    return t.data()


DOC = Doc(
    id="hc01_yunnan_jiaoyu",
    file="hc01_yunnan_jiaoyu.txt",
    unit=DEPT,
    year=2024,
    tags={
        "format": "txt",
        "encoding": "utf-8",
        "province": "云南",
        "sector": "教育",
        "layout_patterns": "tab level1-once:middle split-value extra-columns budget-lines "
        "goal-heading several-tables unit-year-framing",
    },
    tables=[T1, T2],
    render=render_doc,
)
