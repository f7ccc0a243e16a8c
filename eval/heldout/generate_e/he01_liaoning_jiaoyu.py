"""he01 — 辽宁 凌溪县教育局, 2024, plain text (UTF-8, LF) copied out of Word: the first table in
tab-separated rows, the second flattened to one cell per line with blank lines between cells;
一级 printed once per block; the second uses the 2021 framework (成本 as 一级)
and prints requirement marks after the 二级 names."""

from __future__ import annotations

from typing import Any

from emit import Tab, text_file
from frame import CB, JC, JJ, MY, SH, SL, SX, ZL, C, E, P, S, project_table
from kit import V401, V404, codes, tags
from spec import Doc, R, Table

UNIT = "凌溪县教育局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]

T1 = Table(
    "project",
    "学前教育保教费补助",
    186.4,
    "对全县23所普惠性幼儿园在园幼儿按每生每年1200元标准减免保教费，"
    "减轻1550名幼儿家庭负担，普惠性幼儿园覆盖率保持在90%以上。",
    [
        R(
            P,
            SL,
            "补助在园幼儿人数",
            "≥1550人",
            5,
            basis="2023年秋季学期学籍系统在园幼儿数1538人",
        ),
        R(
            P,
            SL,
            "补助普惠性幼儿园数量",
            "23所",
            5,
            basis="县教育局普惠性幼儿园认定名单",
        ),
        R(P, ZL, "补助对象识别准确率", "100%", 4, basis="计划标准", c=V404),
        R(
            P,
            SX,
            "补助资金拨付时间",
            "2024年6月底和12月底前分两次拨付",
            3,
            basis="学前教育资助管理办法",
        ),
        R(
            P,
            CB,
            "生均保教费减免标准",
            "1200元/生·年",
            5,
            basis="《辽宁省学前教育资助实施办法》",
        ),
        R(E, SH, "普惠性幼儿园覆盖率", "≥90%", 4, basis="历史数据"),
        R(
            E,
            SH,
            "幼儿园办园水平",
            "明显提高",
            2,
            basis="工作需要",
            c=codes(V401, V404),
        ),
        R(E, "可持续影响指标", "学前教育资助政策知晓率", "≥95%", 4, basis="历史数据"),
        R(S, MY, "受助幼儿家长满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="凌溪县教育局2024年学前教育保教费补助项目绩效目标表",
)

REQ = "（必填）"
T2 = Table(
    "project",
    "义务教育阶段学校校舍维修改造",
    320.0,
    "完成县第二中学等6所学校屋面防水、外墙保温及卫生间改造共计8600平方米，"
    "2024年8月底前完工，消除C级危房隐患，保障秋季开学。",
    [
        R(
            P,
            SL + REQ,
            "校舍维修改造面积",
            "≥8600平方米",
            5,
            basis="施工图设计及工程量清单",
            note="二级 printed with its mark",
        ),
        R(
            P,
            SL + REQ,
            "改造学校数量",
            "6所",
            5,
            basis="2024年校舍安全排查报告",
            note="二级 printed with its mark",
        ),
        R(
            P,
            ZL + REQ,
            "工程竣工验收合格率",
            "100%",
            4,
            basis="行业标准",
            c=V404,
            note="二级 printed with its mark",
        ),
        R(
            P,
            SX + REQ,
            "工程完工时间",
            "2024年8月31日前",
            4,
            basis="施工合同",
            note="二级 printed with its mark",
        ),
        R(
            C,
            JC + REQ,
            "单位面积改造成本",
            "≤372元/平方米",
            5,
            basis="工程预算书",
            note="二级 printed with its mark",
        ),
        R(C, "社会成本指标", "施工期间停课天数", "0天", 4, basis="暑期施工计划"),
        R(
            E,
            SH + REQ,
            "消除校舍安全隐患学校数",
            "6所",
            4,
            basis="校舍安全排查报告",
            note="二级 printed with its mark",
        ),
        R(E, JJ, "延长校舍使用年限", "≥15年", 4, basis="设计规范", c=V404),
        R(
            S,
            MY + REQ,
            "师生满意度",
            "≥92%",
            4,
            basis="问卷调查",
            note="二级 printed with its mark",
        ),
    ],
    title="凌溪县教育局2024年义务教育阶段学校校舍维修改造项目绩效目标表",
)


def render(doc: Doc) -> bytes:
    blocks: list[Any] = [
        "凌溪县教育局2024年部门预算公开",
        "发布时间：2024-02-06　　来源：凌溪县教育局　　浏览次数：312",
        "",
        "七、项目支出绩效目标表",
        "",
    ]
    for n, t in enumerate(doc.tables, 1):
        f = project_table(t, UNIT, HEAD, KEYS, "项目资金（万元）", f"{t.budget_wan:.2f}")
        blocks += [
            f"（{'一二'[n - 1]}）{t.title}",
            Tab(f, {"style": "tab" if n == 1 else "cell_blank"}),
            "",
        ]
    blocks.append("注：本表金额单位为万元。")
    return text_file(blocks)


DOC = Doc(
    "he01_liaoning_jiaoyu",
    "he01_凌溪县教育局_2024项目绩效目标.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "utf-8 LF",
        "辽宁",
        "教育",
        "tab cell-per-line-blank level1-once label-notes several-tables unit-year-framing goal-heading",
    ),
    [T1, T2],
    render=render,
)
