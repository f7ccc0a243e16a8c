"""hb20 · 安徽 · 淠河县商务局: page 2 of a longer PDF, unruled (no grid lines: the text layer
has only runs of spaces between cells). A fund allocation table in 元 first; a project table
with no 三级 column (the value cell names the indicator) and a non-standard 二级 `社会影响指标`;
then a table with `指标N：` prefixes and the value split into 指标值类型 | 目标值 | 度量单位 |
指标值内容, cut off at the end of the page (the excerpt ends there)."""

from __future__ import annotations

from grid import Grid
from pdfout import gap, para, pdf_bytes, pdf_table
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
UNIT = "淠河县商务局"
NO3 = "the table has no 三级 column: the value cell names the indicator; level3 left empty"
PREFIX = "三级 keeps its printed prefix 指标N："

T1 = Table(
    kind="project",
    project="电子商务进农村综合示范项目",
    budget_wan=100.0,
    goal="建成乡镇电商公共服务站12个，开展农村电商实操培训1200人次，带动农产品网络销售，促进农民增收。",
    title="电子商务进农村综合示范项目绩效目标表",
    extra={
        "budget_source": "项目资金（元） 1,000,000.00",
        "allocation_table": "资金分配明细表（单位：元）: 乡镇电商公共服务站建设 480,000.00; 农产品上行物流补贴 360,000.00; "
        "农村电商人才培训 160,000.00; 合计 1,000,000.00",
    },
    rows=[
        R(P, "数量指标", "", "建成乡镇电商公共服务站12个", 4, note=NO3),
        R(P, "数量指标", "", "开展农村电商实操培训1200人次", 4, note=NO3),
        R(P, "质量指标", "", "服务站运营考核达标率90%以上", 4, note=NO3),
        R(P, "时效指标", "", "2024年10月底前完成服务站建设", 4, note=NO3),
        R(P, "成本指标", "", "单个服务站建设补助不超过4万元", 4, note=NO3),
        R(E, "经济效益指标", "", "农产品网络零售额同比增长15%以上", 4, note=NO3),
        R(
            E,
            "社会影响指标",
            "",
            "带动农村就业创业300人以上",
            4,
            note=NO3 + "; non-standard 二级 社会影响指标 kept as printed",
        ),
        R(
            S,
            "服务对象满意度指标",
            "",
            "参训学员满意度较高",
            2,
            note=NO3,
            c={"V401": "“较高”没有判定标准"},
        ),
    ],
)


def tv(
    l1: str, l2: str, l3: str, typ: str, num: str, unit: str, content: str, spec: int, **kw: object
) -> Row:
    value = content if typ == "定性" else typ + num + unit + content
    return R(l1, l2, l3, value, spec, note=PREFIX, x={"parts": [typ, num, unit, content]}, **kw)


PARTIAL = ("", "社会效益指标", "指标1：带动农村居民", "", "", "", "")
T2 = Table(
    kind="project",
    project="县域商业体系建设项目",
    budget_wan=260.0,
    goal="改造提升乡镇商贸中心5个，新建村级便民商店40个，完善县乡村三级商业网络，带动商贸企业销售额增长8%以上。",
    title="县域商业体系建设项目绩效目标表",
    extra={
        "budget_source": "年度资金总额（元） 2,600,000.00；其中：财政拨款 2,600,000.00",
        "cut_off": {
            "after_row": 6,
            "partial_text": "社会效益指标 指标1：带动农村居民",
            "why": "page 2 of the excerpt ends inside the next row; only complete rows are labelled",
        },
    },
    rows=[
        tv(P, "数量指标", "指标1：改造提升乡镇商贸中心", "大于等于", "5", "个", "", 4),
        tv(P, "数量指标", "指标2：新建村级便民商店", "大于等于", "40", "个", "", 4),
        tv(
            P,
            "质量指标",
            "指标1：改造项目验收合格率",
            "大于等于",
            "80",
            "%",
            "",
            3,
            c={"V405": "建设改造工程验收合格率只要求80%，过低"},
        ),
        tv(P, "时效指标", "指标1：项目完成时间", "定性", "", "", "2024年12月31日前", 4),
        tv(P, "成本指标", "指标1：便民商店建设补助标准", "小于等于", "1.5", "万元/个", "", 4),
        tv(E, "经济效益指标", "指标1：带动商贸企业销售额增长", "大于等于", "8", "%", "", 4),
    ],
)


def _alloc() -> Grid:
    g = Grid(3, header_rows=1)
    g.add("序号", "支出内容", "金额（元）")
    g.add("1", "乡镇电商公共服务站建设", "480,000.00")
    g.add("2", "农产品上行物流补贴", "360,000.00")
    g.add("3", "农村电商人才培训", "160,000.00")
    g.add("", "合计", "1,000,000.00")
    return g


def _grid1() -> Grid:
    g = Grid(3)
    g.add("项目名称", T1.project)
    g.add("项目资金（元）", "1,000,000.00")
    g.add("年度目标", T1.goal or "")
    g.add("一级指标", "二级指标", "指标值")
    first = len(g.rows)
    for r in T1.rows:
        g.add(r.l1, r.l2, r.value)
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    for r in range(3):
        g.span(r, 1, r, 2)
    return g


def _grid2() -> Grid:
    g = Grid(7)
    g.add("项目名称", T2.project)
    g.add("年度资金总额（元）", "2,600,000.00", "", "其中：财政拨款", "2,600,000.00")
    g.add("年度目标", T2.goal or "")
    g.span(0, 1, 0, 6)
    g.span(1, 1, 1, 2)
    g.span(1, 4, 1, 6)
    g.span(2, 1, 2, 6)
    g.add("一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容")
    first = len(g.rows)
    for r in T2.rows:
        g.add(r.l1, r.l2, r.l3, *r.x["parts"])
    g.add(*PARTIAL)
    g.merge_runs(0, first, len(g.rows) - 2)
    g.merge_runs(1, first, len(g.rows) - 2)
    return g


def render(doc: Doc) -> bytes:
    story = [
        para("（三）项目支出绩效目标", 11),
        para("1.电子商务进农村综合示范项目", 10),
        para("资金分配明细表", 11, align=1),
        para("单位：元", 9, align=2),
        pdf_table(_alloc(), [20, 90, 40], ruled=False, size=9),
        gap(3),
        para(T1.title, 12, align=1),
        pdf_table(_grid1(), [32, 40, 110], ruled=False, size=9),
        gap(3),
        para("2.县域商业体系建设项目", 10),
        para(T2.title, 12, align=1),
        pdf_table(_grid2(), [22, 24, 50, 20, 16, 18, 32], ruled=False, size=8),
        gap(2),
        para("— 2 —", 9, align=1),
    ]
    return pdf_bytes(story, wide=False, title=f"{UNIT}2024年部门预算公开（节选）")


DOC = Doc(
    id="hb20_anhui_shangwu",
    file="hb20_anhui_shangwu.pdf",
    unit=UNIT,
    year=2024,
    tags={
        "province": "安徽",
        "county": "淠河县",
        "sector": "商务",
        "format": "pdf (unruled)",
        "encoding": "",
        "layout_patterns": "spaces:pdf-unruled allocation-before yuan no-level3 nonstandard-names:社会影响指标 prefixes-placeholders:指标N： split-value:指标值类型/目标值/度量单位/指标值内容 cut-off budget-lines goal-heading:年度目标 several-tables unit-year-framing:page-excerpt",
    },
    tables=[T1, T2],
    render=render,
)
