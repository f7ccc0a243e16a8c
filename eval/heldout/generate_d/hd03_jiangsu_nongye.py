"""hd03 · 江苏 澄溪县农业农村局 2025: a WPS-exported DOCX. The first table prints the mid-term
(2025-2027) and the annual targets side by side, each with its own 二级/三级/值 columns; the
second has a 备注 column. Cells carry soft line breaks and stray empty paragraphs, merged cells
keep the empty paragraphs of the cells they swallowed."""

from __future__ import annotations

from frame import (
    CB,
    JJ,
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
from kit import V401, V402
from noise import docx_wps_table
from office import docx_bytes, docx_para, new_docx
from spec import Doc, R, Row, Table

UNIT = "澄溪县农业农村局"


def m(
    l1: str, l2: str, l3: str, value: str, spec: int, mid: tuple[str, str, str], **kw: object
) -> Row:
    x = {"mid_term": {"level2": mid[0], "level3": mid[1], "value": mid[2]}}
    return R(l1, l2, l3, value, spec, x=x, **kw)


T1 = Table(
    "project",
    "高标准农田建设",
    2860.0,
    "2025年在南渠、白荡2个镇新建高标准农田1.3万亩，配套灌排渠道、机耕路和农田林网，\n项目区粮食综合生产能力提高10%以上。",
    [
        m(P, SL, "新建高标准农田面积", "≥1.3万亩", 4, (SL, "新建高标准农田面积", "≥3.9万亩")),
        m(
            P,
            SL,
            "新建及改造灌排渠道长度",
            "≥42公里",
            4,
            (SL, "新建及改造灌排渠道长度", "≥120公里"),
        ),
        m(
            P,
            ZL,
            "工程竣工验收合格率",
            "≥90%",
            3,
            (ZL, "工程竣工验收合格率", "100%"),
            c={"V405": "a quality rate below 100 % for building work"},
        ),
        m(P, SX, "当年项目开工率", "100%", 4, (SX, "项目按期完工率", "100%")),
        m(P, CB, "亩均财政投资", "≤2200元", 4, (CB, "亩均财政投资", "≤2200元")),
        m(E, JJ, "项目区亩均粮食产能增加", "≥50公斤", 4, (JJ, "项目区亩均粮食产能增加", "≥50公斤")),
        m(E, SH, "农业生产条件", "明显改善", 2, (SH, "农业生产条件", "明显改善"), c=V401),
        m(E, ST, "农田灌溉水有效利用系数", "≥0.62", 4, (ST, "农田灌溉水有效利用系数", "≥0.63")),
        m(S, MY, "项目区农户满意度", "≥90%", 4, (MY, "项目区农户满意度", "≥90%")),
    ],
    title="澄溪县2025年高标准农田建设项目绩效目标表",
    extra={
        "mid_term_goal": "2025-2027年累计建成高标准农田3.9万亩，项目区耕地质量平均提高0.5个等级。",
        "mid_term_budget_wan": 8580.0,
        "budget_source": "中期资金总额8580.00万元，年度资金总额2860.00万元",
    },
)

T2 = Table(
    "project",
    "农机购置与应用补贴",
    735.0,
    "对购置列入补贴范围农机具的农户和农业生产经营组织给予定额补贴，\n全县主要农作物耕种收综合机械化率达到86%。",
    [
        R(P, SL, "补贴机具数量", "≥1500台（套）", 4, x={"remark": "以补贴系统结算数据为准"}),
        R(P, SL, "受益农户及组织数", "≥1200户", 4),
        R(P, ZL, "补贴机具核验率", "100%", 4, x={"remark": "县农机中心现场核验"}),
        R(P, SX, "补贴资金兑付时间", "及时", 2, c=V401),
        R(P, CB, "补贴资金总额", "≤735万元", 4),
        R(E, JJ, "节约农业生产成本", "达到预期目标", 2, c=V402),
        R(E, SH, "主要农作物耕种收综合机械化率", "≥86%", 4, x={"remark": "2024年为84.7%"}),
        R(E, "可持续影响指标", "农机化发展水平", "稳步提升", 2, c=V401),
        R(S, MY, "购机户满意度", "≥95%", 4),
    ],
    title="澄溪县2025年农机购置与应用补贴项目绩效目标表",
)


def midterm_grid() -> Framed:
    f = Framed(Grid(7))
    g = f.grid
    r = g.add("项目名称", T1.project, "", "", "主管部门", UNIT)
    g.span(r, 1, r, 3)
    g.span(r, 5, r, 6)
    r = g.add("资金情况（万元）", "", "中期资金总额", "8580.00", "年度资金总额", "2860.00")
    g.span(r, 0, r, 1)
    g.span(r, 5, r, 6)
    r = g.add("总体目标", "中期目标（2025-2027年）", "", "", "年度目标")
    g.span(r, 1, r, 3)
    g.span(r, 4, r, 6)
    r2 = g.add("", T1.extra["mid_term_goal"], "", "", T1.goal or "")
    g.span(r2, 1, r2, 3)
    g.span(r2, 4, r2, 6)
    g.span(r, 0, r2, 0)
    header(
        g, "一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值"
    )
    indicator_body(
        f,
        T1.rows,
        ["l1", "mid_level2", "mid_level3", "mid_value", "l2", "l3", "value"],
        merge=("l1",),
    )
    return f


def remark_grid() -> Framed:
    f = Framed(Grid(5))
    project_block(f.grid, T2, UNIT, "资金总额（万元）", "735.00")
    header(f.grid, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicator_body(f, T2.rows, ["l1", "l2", "l3", "value", "remark"])
    return f


def render_doc(doc: Doc) -> bytes:
    d = new_docx()
    docx_para(d, "附件3", bold=True)
    docx_para(d, "")
    docx_para(d, T1.title, bold=True, center=True)
    docx_para(d, "填报单位（盖章）：澄溪县农业农村局")
    g1 = midterm_grid().grid
    docx_wps_table(d, g1, trailing_empty=[(3, 1), (3, 4), (6, 2), (9, 5)])
    docx_para(d, "")
    docx_para(d, "")
    docx_para(d, T2.title, bold=True, center=True)
    g2 = remark_grid().grid
    docx_wps_table(d, g2, trailing_empty=[(3, 1), (5, 2), (8, 4)])
    docx_para(d, "注：指标值以县农业农村局、县财政局联合批复为准。")
    return docx_bytes(d)


DOC = Doc(
    "hd03_jiangsu_nongye",
    "hd03_jiangsu_nongye.docx",
    UNIT,
    2025,
    {
        "format": "docx",
        "province": "江苏",
        "sector": "农业农村",
        "framework": "产出/效益/满意度",
        "layout_patterns": "midterm-annual extra-columns goal-heading several-tables budget-lines",
    },
    [T1, T2],
    render=render_doc,
)
