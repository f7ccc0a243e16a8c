"""hg04 — 辽宁 · 大凌县水利局, 2024: a ruled PDF with a running header and page footer on every
page; the first table sets the mid-term (2024-2026) and the annual targets side by side, each with
its own 二级/三级/值 columns; the second table continues onto the next page."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, pdf_file
from frame import (
    CB,
    JJ,
    KC,
    MY,
    SH,
    SL,
    ST,
    SX,
    ZL,
    E,
    Framed,
    P,
    S,
    header,
    indicator_body,
    project_table,
)
from grid import Grid
from kit import U305, V401, V404, codes, tags
from spec import Doc, R, Row, Table

DEPT = "大凌县水利局"


def mt(l1: str, l2: str, l3: str, value: str, spec: int, m: tuple[str, str, str], **kw: Any) -> Row:
    x = {"mid_term": {"level2": m[0], "level3": m[1], "value": m[2]}}
    return R(l1, l2, l3, value, spec, x=x, **kw)


T1 = Table(
    "project",
    "小型水库除险加固",
    1260.0,
    "2024年完成石门、柳河沟、东大岭3座小（2）型水库除险加固主体工程，完成坝体防渗、溢洪道改造和"
    "雨水情测报设施建设，汛前具备安全度汛条件。",
    [
        mt(P, SL, "完成除险加固水库数量", "3座", 4, (SL, "完成除险加固水库数量", "11座")),
        mt(P, SL, "新建雨水情测报设施", "3处", 4, (SL, "新建雨水情测报设施", "11处")),
        mt(P, ZL, "单元工程质量合格率", "100%", 4, (ZL, "单元工程质量合格率", "100%")),
        mt(P, SX, "主体工程完工时间", "2024年5月31日前", 4, (SX, "全部完工时间", "2026年10月底前")),
        mt(P, CB, "单座水库平均投资", "≤420万元", 4, (CB, "项目总投资", "≤4600万元")),
        mt(E, SH, "保护下游人口", "≥1.2万人", 4, (SH, "保护下游人口", "≥4.1万人")),
        mt(E, SH, "水库安全隐患", "明显减少", 2, (SH, "水库安全运行", "长期安全运行"), c=V401),
        mt(E, JJ, "恢复灌溉面积", "≥3500亩", 4, (JJ, "恢复灌溉面积", "≥1.3万亩")),
        mt(E, ST, "水库水质达标率", "≥90%", 4, (ST, "水库水质", "保持Ⅲ类")),
        mt(E, KC, "工程设计使用年限", "≥30年", 4, (KC, "工程设计使用年限", "≥30年")),
        mt(S, MY, "库区及下游群众满意度", "≥90%", 4, (MY, "库区及下游群众满意度", "≥90%")),
    ],
    title="表1",
    extra={
        "mid_term_goal": "2024—2026年完成全县11座病险小型水库除险加固，消除病险，恢复水库设计功能。",
        "mid_term_budget_wan": 4600.0,
    },
)

T2 = Table(
    "project",
    "农村供水工程维修养护",
    186.0,
    "对全县46处农村集中供水工程进行维修养护，更换老旧管网约18公里，保障约6.8万农村人口饮水安全。",
    [
        R(P, SL, "维修养护供水工程", "46处", 5, basis="农村供水工程名录"),
        R(P, SL, "更换老旧管网长度", "≥18公里", 5, basis="2024年维修养护实施方案"),
        R(P, ZL, "农村自来水普及率", "≥95%", 4, basis="历史标准", c=V404),
        R(P, ZL, "水质检测合格率", "≥90%", 4, basis="《生活饮用水卫生标准》"),
        R(P, SX, "维修养护完成时间", "2024年11月底前", 4, basis="实施方案"),
        R(P, CB, "管网更换单位成本", "≤6.5万元/公里", 4, basis="市场询价"),
        R(E, SH, "受益农村人口", "≥6.8万人", 5, basis="农村供水工程名录（覆盖人口）"),
        R(E, SH, "供水工程故障率", "≥2%", 3, basis="2023年运行记录", c=U305),
        R(E, KC, "工程长效运行管护机制", "健全", 2, basis="工作需要", c=codes(V401, V404)),
        R(S, MY, "受益群众满意度", "≥85%", 4, basis="问卷调查"),
    ],
    title="表2",
)


def _midterm() -> Tab:
    f = Framed(Grid(7))
    g = f.grid
    g.wide("项目名称", T1.project)
    g.wide("主管部门", DEPT)
    g.wide("资金情况（万元）", "中期资金总额：4600.00　　年度资金总额：1260.00")
    r = g.add("总体目标", "中期目标（2024年—2026年）", "", "", "年度目标（2024年）")
    g.span(r, 1, r, 3)
    g.span(r, 4, r, 6)
    r = g.add("", T1.extra["mid_term_goal"], "", "", T1.goal or "")
    g.span(r, 1, r, 3)
    g.span(r, 4, r, 6)
    g.span(r - 1, 0, r, 0)
    header(
        g, "一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值"
    )
    keys = ["l1", "mid_level2", "mid_level3", "mid_value", "l2", "l3", "value"]
    indicator_body(f, T1.rows, keys, merge=("l1",))
    return Tab(f, widths=[24, 34, 50, 34, 34, 56, 40])


def _plain() -> Tab:
    head = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
    f = project_table(
        T2, DEPT, head, ["l1", "l2", "l3", "value", "basis"], "资金总额（万元）", "186.00"
    )
    return Tab(f, widths=[34, 40, 80, 50, 66])


INTRO = (
    "一、项目概况。大凌县现有小型水库27座，其中11座经安全鉴定为三类坝，存在坝体渗漏、溢洪道"
    "泄洪能力不足等隐患。按照省水利厅病险水库除险加固三年行动安排，县水利局编制了2024—2026年"
    "除险加固计划，分年度实施。农村供水方面，全县共有集中供水工程46处，部分管网建于2005年前后，"
    "漏损率偏高，需分批更换。"
)


def render(doc: Doc) -> bytes:
    blocks: list[Block] = [
        "# 大凌县水利局2024年部门预算项目绩效目标",
        INTRO,
        "二、绩效目标表",
        "表1",
        _midterm(),
        "表2",
        _plain(),
        "（本表金额单位：万元）",
    ]
    return pdf_file(blocks, ruled=True, header="大凌县水利局2024年部门预算公开", size=9)


DOC = Doc(
    "hg04_liaoning_shuili",
    "hg04_liaoning_shuili.pdf",
    DEPT,
    2024,
    tags("pdf", "ruled", "辽宁", "水利", "midterm-annual goal-heading several-tables level1-once"),
    [T1, T2],
    render=render,
)
