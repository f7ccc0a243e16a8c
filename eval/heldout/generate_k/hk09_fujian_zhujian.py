"""hk09 福建 · 九龙溪县住房和城乡建设局: Word DOCX (split runs, proofing marks) with one old-
residential-quarter table: 中期目标 (2024—2026) and 年度目标 side by side, each with its own 二级 /
三级 / 指标值 columns; the 二级 is printed on every row (no merged cells)."""

from dsl import rows
from emit import Tab, docx_file
from frame import Framed, header, indicator_body
from grid import Grid
from kit import tags
from spec import Doc, Table

DEPT = "九龙溪县住房和城乡建设局"

ROWS = rows(
    """
产出指标 | 数量指标 | 改造老旧小区个数 | =14个 | 改造老旧小区个数 | =38个 | 4 |
 | 数量指标 | 改造惠及居民户数 | ≥2860户 | 改造惠及居民户数 | ≥7400户 | 4 |
 | 数量指标 | 加装电梯台数 | ≥20台 | 加装电梯台数 | ≥60台 | 4 |
 | 数量指标 | 改造雨污管网长度 | ≥9.6公里 | 改造雨污管网长度 | ≥25公里 | 4 |
 | 质量指标 | 工程竣工验收合格率 | 100% | 工程竣工验收合格率 | 100% | 4 |
 | 质量指标 | 改造后小区物业管理覆盖率 | ≥80% | 改造后小区长效管理覆盖率 | ≥90% | 4 |
 | 时效指标 | 年度改造任务完工时间 | 2025年12月底前 | 三年改造任务完成时间 | 2026年底前 | 4 |
 | 成本指标 | 户均改造投资 | ≤3.2万元/户 | 户均改造投资 | ≤3.2万元/户 | 3 | B501:2860 households × 3.2万元 = 9152万元, ten times the 915万元 budget
效益指标 | 社会效益指标 | 居民居住条件 | 明显改善 | 居民居住条件 | 明显改善 | 2 | V401
 | 社会效益指标 | 小区安全隐患整改率 | 100% | 小区安全隐患整改率 | 100% | 4 |
 | 可持续影响指标 | 老旧小区长效管理机制 | 建立 | 老旧小区长效管理机制 | 健全 | 3 |
满意度指标 | 服务对象满意度指标 | 改造小区居民满意度 | ≥90% | 改造小区居民满意度 | ≥90% | 4 |
""",
    "l1 l2 l3 value mid_l3 mid_value spec codes",
)

T = Table(
    "project",
    "2025年城镇老旧小区改造",
    915.0,
    "完成14个老旧小区改造，惠及居民2860户，加装电梯20台，年底前完工。",
    ROWS,
    title="九龙溪县住房和城乡建设局项目支出绩效目标表（2025年度）",
    extra={
        "budget_source": "年度资金（万元） 915.00；中期资金总额（万元） 2,760.00",
        "mid_term_goal": "2024—2026年改造老旧小区38个，惠及居民7400户，建立长效管理机制。",
        "mid_term_budget_wan": 2760.0,
    },
)


def framed(t: Table) -> Framed:
    f = Framed(Grid(7))
    g = f.grid
    g.wide("项目名称", t.project)
    g.wide("项目单位", DEPT)
    r = g.add("资金情况（万元）", "中期资金总额", "2,760.00", "", "年度资金总额", "915.00", "")
    g.span(r, 2, r, 3)
    g.span(r, 5, r, 6)
    r = g.add("总体目标", "中期目标（2024年—2026年）", "", "", "年度目标", "", "")
    g.span(r, 1, r, 3)
    g.span(r, 4, r, 6)
    r2 = g.add("", t.extra["mid_term_goal"], "", "", t.goal or "", "", "")
    g.span(r2, 1, r2, 3)
    g.span(r2, 4, r2, 6)
    g.span(r, 0, r2, 0)
    h = header(g, "一级指标", "中期目标", "", "", "年度目标", "", "")
    g.span(h, 1, h, 3)
    g.span(h, 4, h, 6)
    header(g, "", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.span(h, 0, h + 1, 0)
    indicator_body(
        f,
        t.rows,
        ["l1", "mid_level2", "mid_level3", "mid_value", "l2", "l3", "value"],
        merge=("l1",),
    )
    return f


def render(doc: Doc) -> bytes:
    return docx_file(
        [
            "# 九龙溪县住房和城乡建设局项目支出绩效目标表",
            "（2025年度）",
            Tab(framed(T)),
            "填报人：XXX　　联系电话：0596-6321145",
        ],
        wps=False,
        split_runs=True,
        proof=True,
    )


DOC = Doc(
    "hk09_fujian_zhujian",
    "hk09_福建九龙溪县住房和城乡建设局_2025.docx",
    DEPT,
    2025,
    tags(
        "docx",
        "",
        "福建",
        "住房和城乡建设",
        "midterm-annual level2-missing-or-repeated goal-heading level1-once unit-year-framing",
    ),
    [T],
    render,
    codes={"T107": "XXX placeholder in the 填报人 line after the table"},
    extra={"text_leftovers": ["填报人：XXX"]},
)
