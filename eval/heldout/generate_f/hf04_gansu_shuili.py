"""hf04 · Gansu, 弱水县水务局, 2024 targets in a ruled PDF with a running header and a page
footer on every page: 中期目标 and 年度目标 side by side (each with 二级 / 三级 / 指标值), the
long table continues over a page break."""

from __future__ import annotations

from emit import Tab, pdf_file
from frame import (
    CB,
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
    project_block,
)
from grid import Grid
from kit import V401, V405_SAT, codes, tags
from spec import Doc, R, Table

UNIT = "弱水县水务局"
GOAL = (
    "2024年改造农村供水管网86公里，新建蓄水池12座，巩固提升2.1万农村人口饮水安全水平，"
    "农村自来水普及率达到92%。"
)


def mid(l2: str, l3: str, value: str) -> dict[str, object]:
    return {"mid_term": {"level2": l2, "level3": l3, "value": value}}


T1 = Table(
    "project",
    "农村饮水安全巩固提升工程",
    1275.0,
    "2024年改造农村供水管网86公里，新建蓄水池12座，巩固提升2.1万农村人口饮水安全水平，"
    "农村自来水普及率达到92%。",
    [
        R(
            P,
            SL,
            "改造农村供水管网长度",
            "≥86公里",
            4,
            x=mid(SL, "改造农村供水管网长度", "≥240公里"),
            basis=None,
        ),
        R(P, SL, "新建蓄水池", "12座", 4, x=mid(SL, "新建蓄水池", "30座")),
        R(P, SL, "受益农村人口", "≥2.1万人", 4, x=mid(SL, "受益农村人口", "≥5.6万人")),
        R(P, ZL, "工程竣工验收合格率", "100%", 4, x=mid(ZL, "工程竣工验收合格率", "100%")),
        R(
            P,
            ZL,
            "农村集中供水工程水质达标率",
            "≥90%",
            4,
            x=mid(ZL, "农村集中供水工程水质达标率", "≥92%"),
        ),
        R(P, SX, "工程完工时间", "2024年10月底前", 4, x=mid(SX, "工程建设周期", "2024-2026年")),
        R(
            P,
            CB,
            "管网改造单位成本",
            "≤9.5万元/公里",
            4,
            x=mid(CB, "管网改造单位成本", "≤10万元/公里"),
        ),
        R(E, SH, "农村自来水普及率", "≥92%", 4, x=mid(SH, "农村自来水普及率", "≥95%")),
        R(E, SH, "农村供水保证率", "≥95%", 4, x=mid(SH, "农村供水保证率", "≥95%")),
        R(E, ST, "水源地保护", "持续加强", 2, c=codes(V401), x=mid(ST, "水源地保护", "持续加强")),
        R(E, KC, "工程设计使用年限", "≥20年", 4, x=mid(KC, "工程设计使用年限", "≥20年")),
        R(E, KC, "运行管护机制", "健全", 2, c=codes(V401), x=mid(KC, "运行管护机制", "健全")),
        R(
            S,
            MY,
            "受益群众满意度",
            "≥75%",
            3,
            c=codes(V405_SAT),
            x=mid(MY, "受益群众满意度", "≥85%"),
        ),
    ],
    title="弱水县水务局2024年项目支出绩效目标表",
    unit_line="单位：万元",
    extra={
        "mid_term_goal": "到2026年累计改造农村供水管网240公里，新建蓄水池30座，农村自来水普及率达到95%。",
        "mid_term_budget_wan": 3600.0,
    },
)

HEAD = [
    "一级指标",
    "中期目标二级指标",
    "中期目标三级指标",
    "中期指标值",
    "年度目标二级指标",
    "年度目标三级指标",
    "年度指标值",
]
KEYS = ["l1", "mid_level2", "mid_level3", "mid_value", "l2", "l3", "value"]


def table() -> Framed:
    f = Framed(Grid(7))
    project_block(
        f.grid, T1, UNIT, "资金情况（万元）", "中期资金总额：3600.00    年度资金总额：1275.00"
    )
    r = f.grid.add("绩效目标", "中期目标（2024-2026年）", "", "", "年度目标（2024年）")
    f.grid.span(r, 1, r, 3)
    f.grid.span(r, 4, r, 6)
    r = f.grid.add("", T1.extra["mid_term_goal"], "", "", GOAL)
    f.grid.span(r, 1, r, 3)
    f.grid.span(r, 4, r, 6)
    f.grid.span(r - 1, 0, r, 0)
    header(f.grid, *HEAD)
    indicator_body(f, T1.rows, KEYS, merge=("l1", "mid_level2"))
    return f


def render(doc: Doc) -> bytes:
    T1.goal = None  # the goals stand side by side below the budget line, not in the block
    f = table()
    T1.goal = GOAL
    return pdf_file(
        [
            "# " + T1.title,
            "单位：万元",
            Tab(f, widths=[22, 30, 48, 30, 30, 48, 30]),
            "注：中期目标为2024-2026年三年滚动目标。",
        ],
        ruled=True,
        header="弱水县2024年部门预算公开 · 水务局",
        size=9,
    )


DOC = Doc(
    "hf04_gansu_shuili",
    "hf04_gansu_shuili.pdf",
    UNIT,
    2024,
    tags("pdf", "ruled", "甘肃", "水利", "midterm-annual goal-heading unit-year-framing"),
    [T1],
    render=render,
)
