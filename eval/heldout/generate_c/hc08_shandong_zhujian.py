"""Shandong, county housing and urban-rural development bureau, 2024: text copied out of a PDF
(UTF-8), cells separated by runs of spaces or single spaces. A department-wide (整体) table with
履职产出 / 履职效能 as 一级, an allocation table, then a project table; running page headers."""

from __future__ import annotations

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
    project_table,
)
from grid import Grid, Text
from spec import Doc, R, Table
from textual import render

DEPT = "沂阳县住房和城乡建设局"
L1, L2 = "履职产出", "履职效能"

T1 = Table(
    "overall",
    DEPT,
    2860.5,
    "围绕保障和改善民生，2024年完成城镇老旧小区改造2100户、农村危房改造85户，强化建筑工地安全监管，"
    "推进城市污水管网建设，城市生活污水集中收集率达到72%以上。",
    [
        R(L1, SL, "城镇老旧小区改造户数", "≥2100户", 4),
        R(L1, SL, "农村危房改造户数", "≥85户", 4),
        R(L1, SL, "建筑工地安全检查次数", "≥240次", 4),
        R(L1, ZL, "房屋建筑工程质量监督覆盖率", "100%", 4),
        R(L1, ZL, "老旧小区改造工程质量", "符合规定", 2, c={"V402": "符合规定 fits any project"}),
        R(L1, SX, "改造项目开工时间", "2024年6月底前", 4),
        R(
            L1,
            CB,
            "部门预算执行率",
            "≥95%",
            4,
            c={"C202": "a budget execution rate under 成本指标"},
        ),
        R(L2, SH, "城镇居民住房条件", "明显改善", 2, c={"V401": "明显改善 with no criterion"}),
        R(L2, SH, "建筑施工较大及以上安全事故", "0起", 4),
        R(L2, ST, "城市生活污水集中收集率", "≥72%", 4),
        R(L2, KC, "住房保障体系", "健全", 2, c={"V401": "健全 with no criterion"}),
        R(S, MY, "老旧小区居民满意度", "≥90%", 4),
    ],
    title="2024年部门整体绩效目标表",
)

T2 = Table(
    "project",
    "城镇老旧小区改造配套设施",
    980.0,
    "完成14个老旧小区的雨污分流、道路、照明等配套设施改造，惠及居民2100户，加装电梯12部，2024年11月底前完工。",
    [
        R(P, SL, "改造老旧小区个数", "≥14个", 4),
        R(P, SL, "改造户数", "≥2100户", 4),
        R(P, SL, "加装电梯数量", "≥12部", 4),
        R(P, ZL, "竣工验收合格率", "100%", 4),
        R(P, SX, "完工时间", "2024年11月", 4),
        R(
            P,
            CB,
            "户均改造成本",
            "≤4.67万元",
            3,
            c={"B501": "2100 户 × 4.67 万元 ≈ 9807 万元, ten times the 980 万元 budget"},
        ),
        R(E, SH, "小区居住环境", "显著提升", 2, c={"V401": "显著提升 with no criterion"}),
        R(E, KC, "改造设施使用年限", "≥15年", 4),
        R(S, MY, "居民满意度", "≥9090%", 1, c={"U303": "garbled value: the digits are doubled"}),
    ],
    title="2024年项目支出绩效目标表",
)

RUNNING = "沂阳县住房和城乡建设局2024年部门预算"


def overall(t: Table) -> Framed:
    f = Framed(Grid(4))
    g = f.grid
    g.wide("部门（单位）名称", t.project)
    g.wide("年度预算", "资金总额：2860.50万元  其中：财政拨款2760.50万元  其他资金100.00万元")
    g.wide("年度总体目标", t.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value"])
    return f


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add(RUNNING, "", "第四部分  部门整体及项目支出绩效目标", "", "表12", T1.title, "单位：万元")
    render(t, overall(T1), "spaces", gap="   ")
    t.add("", "— 21 —", RUNNING, "", "表13", "项目支出预算表", "单位：万元")
    t.add(
        "项目名称  资金性质  预算数",
        "城镇老旧小区改造配套设施  一般公共预算  980.00",
        "合计    980.00",
        "",
    )
    t.add("表14", T2.title, "单位：万元")
    f = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金",
        "年度资金总额 980.00",
    )
    render(t, f, "spaces", gap=" ")
    t.add("", "— 22 —")
    return t.data()


DOC = Doc(
    id="hc08_shandong_zhujian",
    file="hc08_shandong_zhujian.txt",
    unit=DEPT,
    year=2024,
    tags={
        "format": "txt",
        "encoding": "utf-8",
        "province": "山东",
        "sector": "住建",
        "layout_patterns": "spaces nonstandard-names allocation-before several-tables budget-lines "
        "level1-once unit-year-framing",
    },
    tables=[T1, T2],
    render=render_doc,
    extra={
        "allocation_table": {
            "before_table": 2,
            "rows": [["城镇老旧小区改造配套设施", "一般公共预算", "980.00"]],
        }
    },
)
