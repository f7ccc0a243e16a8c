"""he18 — 福建 闽岭县退役军人事务局, 2025, HTML (UTF-8) of a plain portal page: the department's
overall table (一级 履职产出 / 履职效能, a value header with a gloss), then a project table whose
value is split into 指标值类型 | 目标值 | 度量单位 | 指标值内容 with word comparators."""

from __future__ import annotations

from typing import Any

from emit import Tab, html_file
from frame import (
    CB,
    MY,
    SH,
    SL,
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
from kit import V401, tags
from spec import Doc, R, Row, Table

UNIT = "闽岭县退役军人事务局"
LZ, XN, MYD = "履职产出", "履职效能", "满意度"


def w(l1: str, l2: str, l3: str, kind: str, target: str, unit: str, spec: int, **kw: Any) -> Row:
    x = {"parts": [kind, target, unit, ""]}
    return R(l1, l2, l3, kind + target + unit, spec, x=x, **kw)


def d(l1: str, l2: str, l3: str, text: str, spec: int, **kw: Any) -> Row:
    return R(l1, l2, l3, text, spec, x={"parts": ["定性", "", "", text]}, **kw)


T1 = Table(
    "overall",
    UNIT,
    1268.4,
    "1.按时足额发放各类优抚对象抚恤补助资金，做好重点优抚对象走访慰问；\n"
    "2.开展退役士兵适应性培训和就业推荐，退役军人就业率保持在90%以上；\n"
    "3.依法办理涉军信访事项，办结率95%以上。",
    [
        R(LZ, SL, "走访慰问重点优抚对象", "≥1200人次", 4),
        R(LZ, SL, "退役士兵适应性培训人数", "≥150人", 4),
        R(LZ, ZL, "优抚金发放准确率", "100%", 4),
        R(LZ, SX, "优抚金按月发放及时率", "100%", 4),
        R(LZ, CB, "“三公”经费控制数", "≤4.2万元", 4),
        R(XN, "社会效益指标", "退役军人就业率", "≥90%", 4),
        R(XN, "社会效益指标", "涉军信访事项办结率", "≥95%", 4),
        R(
            XN,
            "社会效益指标",
            "优抚金发放准确率",
            "100%",
            4,
            c={"C202": "a payment-accuracy rate (quality) under 社会效益"},
        ),
        R(XN, "可持续影响指标", "退役军人服务保障体系", "不断完善", 2, c=V401),
        R(MYD, MY, "退役军人及其他优抚对象满意度", "≥90%", 4),
    ],
    title="闽岭县退役军人事务局2025年部门整体绩效目标表",
    codes={"C204": "优抚金发放准确率 twice (rows 3 and 8)"},
    extra={"duplicate_rows": {"优抚金发放准确率": [3, 8]}},
)

T2 = Table(
    "project",
    "退役军人就业创业培训",
    38.0,
    "资助退役军人学历提升50人，组织职业技能培训200人，培训合格率90%以上，培训后就业率80%以上。",
    [
        w(P, SL, "参加职业技能培训人数", "大于等于", "200", "人", 4),
        w(
            P,
            ZL,
            "全市退役军人培训合格率",
            "大于等于",
            "90",
            "%",
            3,
            c={"T105": "全市 in a county table: wrong administrative level"},
        ),
        d(P, SX, "培训完成时间", "2025年11月底前完成全部培训班次", 4),
        w(P, CB, "人均培训补助", "小于等于", "1900", "元/人", 4),
        w(E, SH, "培训后就业率", "大于等于", "80", "%", 4),
        w(S, MY, "参训退役军人满意度", "大于等于", "90", "%", 4),
    ],
    title="闽岭县2025年度项目支出绩效目标批复表",
    codes={"G701": "the goal's 学历提升50人 has no indicator"},
    extra={"approval": True},
)


def overall(t: Table) -> Framed:
    g = Grid(4)
    f = Framed(g)
    g.wide("部门名称", t.project)
    g.wide("部门预算总额（万元）", "1268.40")
    g.wide("年度履职目标", t.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值（含计量单位）")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value"])
    return f


def render(doc: Doc) -> bytes:
    f2 = project_table(
        T2,
        UNIT,
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值类型",
            "目标值",
            "度量单位",
            "指标值内容",
        ],
        ["l1", "l2", "l3", "p0", "p1", "p2", "p3"],
        "资金总额（万元）",
        "38.00",
    )
    blocks: list[Any] = [
        "根据县财政局统一部署，现将我局2025年部门整体绩效目标和重点项目绩效目标公开如下：",
        "一、" + T1.title,
        Tab(overall(T1)),
        "二、重点项目绩效目标（" + T2.project + "）",
        T2.title,
        Tab(f2),
    ]
    return html_file(
        blocks,
        "闽岭县退役军人事务局2025年绩效目标公开",
        "闽岭县人民政府",
        "2025-02-14",
        style="plain",
    )


DOC = Doc(
    "he18_fujian_tuiyi",
    "he18_闽岭县退役军人事务局2025绩效目标.html",
    UNIT,
    2025,
    tags(
        "html",
        "utf-8 plain",
        "福建",
        "退役军人",
        "split-value value-header-gloss nonstandard-names approval several-tables goal-heading",
    ),
    [T1, T2],
    render=render,
)
