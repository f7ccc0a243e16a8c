"""hg03 — 内蒙古 · 哈拉沁旗农牧局, 2023: a GBK portal page (div-wrapped cells, spaced-out header
labels, nested layout tables) with a per-place table (旗 total plus one column per 苏木/镇) and a
second project table in the 2021 framework (成本指标 as 一级)."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, html_file
from frame import CB, JC, JJ, MY, SC, SH, SL, ST, SX, ZL, C, E, P, S, project_table
from kit import V402, V404, codes, tags
from spec import Doc, R, Row, Table

DEPT = "哈拉沁旗农牧局"
PLACES = ["巴彦镇", "乌兰苏木", "查干诺尔镇", "宝日苏木"]


def pp(l1: str, l2: str, l3: str, total: str, per: list[str], spec: int, **kw: Any) -> Row:
    return R(l1, l2, l3, total, spec, x={"per_place": dict(zip(PLACES, per))}, **kw)


T1 = Table(
    "project",
    "耕地地力保护补贴",
    2684.3,
    "对全旗实际种植的承包耕地发放耕地地力保护补贴，补贴面积约236万亩，2023年6月底前一次性足额发放到户，"
    "引导农民加强耕地保护、提高耕地地力。",
    [
        pp(
            P,
            SL,
            "补贴耕地面积（万亩）",
            "236",
            ["68.5", "52.1", "71.3", "44.1"],
            5,
            basis="2023年耕地地力保护补贴面积公示清册",
        ),
        pp(
            P,
            SL,
            "受益农牧户数（户）",
            "18650",
            ["5320", "4110", "5890", "3330"],
            5,
            basis="“一卡通”发放名册",
        ),
        pp(
            P,
            ZL,
            "补贴面积核实准确率",
            "100%",
            ["100%", "100%", "100%", "100%"],
            4,
            basis="行业标准",
            c=V404,
        ),
        pp(
            P,
            SX,
            "补贴资金发放完成时间",
            "2023年6月30日前",
            ["6月30日前", "6月30日前", "6月30日前", "6月30日前"],
            4,
            basis="自治区补贴实施方案",
        ),
        pp(
            P,
            CB,
            "亩均补贴标准（元）",
            "113.7",
            ["113.7", "113.7", "113.7", "113.7"],
            5,
            basis="2023年自治区下达资金÷核定面积",
        ),
        pp(
            E,
            JJ,
            "户均增加转移性收入（元）",
            "≥1400",
            ["≥1460", "≥1380", "≥1400", "≥1350"],
            4,
            basis="补贴总额÷受益户数",
        ),
        pp(
            E,
            ST,
            "耕地撂荒面积",
            "不增加",
            ["不增加", "不增加", "不增加", "不增加"],
            3,
            basis="耕地撂荒排查台账",
        ),
        pp(
            S,
            MY,
            "受益农牧民满意度",
            "≥90%",
            ["≥90%", "≥90%", "≥90%", "≥90%"],
            4,
            basis="入户问卷调查",
        ),
    ],
    title="哈拉沁旗农牧局2023年耕地地力保护补贴绩效目标表",
    unit_line=None,
    extra={"per_place_value_column": "全旗合计"},
)

T2 = Table(
    "project",
    "农机购置与应用补贴",
    415.0,
    "2023年补贴购置各类农牧业机械约680台（套），重点支持青贮收获、打捆、免耕播种等机具，"
    "推动全旗主要农作物耕种收综合机械化率达到88%。",
    [
        R(P, SL, "补贴机具数量", "≥680台（套）", 4, basis="2022年补贴机具数量652台"),
        R(P, ZL, "补贴机具核验率", "100%", 4, basis="农机购置补贴实施指导意见"),
        R(P, SX, "补贴资金兑付时间", "申请后30个工作日内", 4, basis="农机购置补贴实施指导意见"),
        R(C, JC, "单台（套）平均补贴额", "≤6100元", 4, basis="补贴额一览表"),
        R(
            C,
            SC,
            "社会成本指标",
            "无",
            1,
            basis="无",
            c={"T107": "unfilled template row: the 二级 name repeated as 三级 with value 无"},
        ),
        R(E, JJ, "农机作业服务收入增加", "≥5%", 4, basis="2022年农机作业服务收入统计"),
        R(
            E,
            SH,
            "主要农作物耕种收综合机械化率",
            "≥88%",
            5,
            basis="2022年全旗综合机械化率86.4%（农机化统计年报）",
        ),
        R(E, SH, "带动农牧民就业", "按计划完成", 2, basis="工作计划", c=codes(V402, V404)),
        R(S, MY, "购机户满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="哈拉沁旗农牧局2023年农机购置与应用补贴绩效目标表",
)


def _per_place() -> Tab:
    head = ["一级指标", "二级指标", "三级指标", "全旗合计", *PLACES, "指标值确定依据"]
    keys = ["l1", "l2", "l3", "value", *(f"place:{p}" for p in PLACES), "basis"]
    f = project_table(T1, DEPT, head, keys, "资金总额（万元）", "2684.30（中央财政资金）")
    return Tab(f)


def _plain() -> Tab:
    head = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
    keys = ["l1", "l2", "l3", "value", "basis"]
    f = project_table(T2, DEPT, head, keys, "资金总额（万元）", "415.00")
    return Tab(f)


def render(doc: Doc) -> bytes:
    blocks: list[Block] = [
        "哈拉沁旗农牧局2023年重点项目绩效目标公开",
        "根据《预算法》及自治区预算公开有关要求，现将我局2023年重点项目绩效目标公开如下：",
        "一、" + T1.title,
        _per_place(),
        "二、" + T2.title,
        _plain(),
        "哈拉沁旗农牧局\n2023年2月16日",
    ]
    return html_file(
        blocks,
        "2023年重点项目绩效目标公开",
        "哈拉沁旗人民政府",
        "2023-02-16 10:32",
        charset="gbk",
        style="portal",
        side="<p>相关链接</p>",
    )


DOC = Doc(
    "hg03_neimenggu_nongmu",
    "hg03_neimenggu_nongmu.html",
    DEPT,
    2023,
    tags("html", "gbk", "内蒙古", "农业农村", "per-place several-tables unit-year-framing"),
    [T1, T2],
    render=render,
)
