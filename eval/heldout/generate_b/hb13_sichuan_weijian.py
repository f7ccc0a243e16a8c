"""hb13 · 四川 · 青衣县卫生健康局: a GBK HTML export of the department-wide table (one wide
table for the department and its sub-units): 单位名称 | 项目名称 | 预算数（元） | 年度目标 | 一级 |
二级 | 三级 | 指标性质 | 符号 | 指标值 | 计量单位 | 权重 | 指标方向性. The project cells are
rowspan-merged over the project's rows; department and unit subtotal rows (`305-…部门`) stand
between the projects. Each project is a table of its own; budgets in 元."""

from __future__ import annotations

from grid import Grid, html_table
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
DEPT = "青衣县卫生健康局"
BJ, JK, FY = "青衣县卫生健康局（本级）", "青衣县疾病预防控制中心", "青衣县妇幼保健院"
BOILER = {"T101": "“项目持续发挥作用/长期”在4个项目中原样出现，与项目内容无关"}


def w(
    l2: str,
    l3: str,
    nat: str,
    sym: str,
    num: str,
    unit: str,
    wt: int,
    d: str,
    spec: int,
    **kw: object,
) -> Row:
    l1 = {"社会效益指标": E, "可持续影响指标": E, "服务对象满意度指标": S}.get(l2, P)
    x = {"nature": nat, "parts": [sym, num, unit], "weight": wt, "direction": d}
    return R(l1, l2, l3, sym + num + unit, spec, x=x, **kw)


def boiler() -> Row:
    return w(
        KX,
        "项目持续发挥作用",
        "定性",
        "",
        "长期",
        "",
        10,
        "正向",
        2,
        c={"V401": "“长期”没有判定标准"},
    )


def tab(project: str, unit: str, yuan: float, goal: str, rows: list[Row]) -> Table:
    return Table(
        kind="project",
        project=project,
        budget_wan=round(yuan / 10000, 2),
        goal=goal,
        unit_line=unit,
        title=f"{DEPT}2024年项目支出绩效目标表",
        extra={"budget_source": f"预算数（元） {yuan:,.2f}"},
        rows=rows,
    )


T1 = tab(
    "基本公共卫生服务项目（县级配套）",
    BJ,
    1380000.0,
    "落实基本公共卫生服务县级配套资金，为城乡居民建立电子健康档案18.5万份，规范管理高血压患者6200人。",
    [
        w("数量指标", "建立居民电子健康档案人数", "定量", "≥", "18.5", "万人", 15, "正向", 4),
        w("数量指标", "高血压患者规范管理人数", "定量", "≥", "6200", "人", 15, "正向", 4),
        w(
            "质量指标",
            "电子健康档案规范化建档率",
            "定量",
            "≥",
            "90",
            "",
            10,
            "正向",
            3,
            c={"U304": "比率只写“≥90”，计量单位为空"},
        ),
        w("时效指标", "资金拨付及时率", "定量", "＝", "100", "%", 10, "正向", 4),
        w("成本指标", "人均基本公共卫生服务县级配套标准", "定量", "＝", "8.9", "元", 10, "—", 4),
        w("社会效益指标", "城乡居民基本公共卫生服务知晓率", "定量", "≥", "80", "%", 20, "正向", 4),
        boiler(),
        w(MY, "居民满意度", "定量", "≥", "85", "%", 10, "正向", 4),
    ],
)
T2 = tab(
    "卫生健康综合监督执法经费",
    BJ,
    120000.0,
    "用于卫生健康综合监督执法工作经费。",
    [
        w("数量指标", "监督检查单位", "定量", "≥", "420", "户次", 20, "正向", 4),
        w("质量指标", "违法案件查处率", "定量", "＝", "100", "%", 20, "正向", 4),
        w("时效指标", "投诉举报处理时限", "定量", "≤", "7", "个工作日", 20, "反向", 4),
        w("成本指标", "监督执法经费", "定量", "≤", "12", "万元", 10, "反向", 4),
        boiler(),
        w(MY, "被监督单位满意度", "定量", "≥", "85", "%", 20, "正向", 4),
    ],
)
T3 = tab(
    "重大传染病防控经费",
    JK,
    560000.0,
    "开展艾滋病、结核病等重大传染病检测筛查，及时处置传染病疫情，全县甲乙类传染病报告发病率控制在全省平均水平以下。",
    [
        w("数量指标", "艾滋病检测人次", "定量", "≥", "1.2", "万人次", 15, "正向", 4),
        w("数量指标", "结核病可疑症状者筛查人数", "定量", "≥", "3000", "人", 15, "正向", 4),
        w("质量指标", "传染病疫情报告及时率", "定量", "≥", "95", "%", 10, "正向", 4),
        w("时效指标", "突发疫情处置响应时间", "定量", "≤", "2", "小时", 10, "反向", 4),
        w("成本指标", "单人次艾滋病检测成本", "定量", "≤", "25", "元", 10, "反向", 4),
        w("社会效益指标", "甲乙类传染病报告发病率", "定量", "≤", "全省平均水平", "", 15, "反向", 3),
        boiler(),
        w(MY, "群众满意度", "定量", "≥", "85", "%", 15, "正向", 4),
    ],
)
T4 = tab(
    "农村妇女“两癌”筛查项目",
    FY,
    450000.0,
    "为全县35—64岁农村妇女开展宫颈癌、乳腺癌免费筛查各6000人，提高“两癌”早诊早治率。",
    [
        w("数量指标", "宫颈癌筛查人数", "定量", "≥", "6000", "人", 15, "正向", 4),
        w("数量指标", "乳腺癌筛查人数", "定量", "≥", "6000", "人", 15, "正向", 4),
        w("质量指标", "筛查异常结果随访率", "定量", "≥", "90", "%", 10, "正向", 4),
        w("时效指标", "筛查任务完成时间", "定性", "", "2024年10月底前", "", 10, "正向", 4),
        w("成本指标", "人均筛查费用", "定量", "≤", "37.5", "元", 10, "反向", 4),
        w("社会效益指标", "“两癌”早诊早治率", "定量", "≥", "80", "%", 20, "正向", 4),
        boiler(),
        w(MY, "受检妇女满意度", "定量", "≥", "90", "%", 10, "正向", 4),
    ],
)
T2.codes = {"T104": "目标只写“用于…工作经费”，重复资金用途，没有预期结果"}
TABLES = [T1, T2, T3, T4]

SUBTOTALS = [
    ("305-青衣县卫生健康局部门", "2,510,000.00"),
    ("305001-青衣县卫生健康局（本级）", "1,500,000.00"),
    ("305002-青衣县疾病预防控制中心", "560,000.00"),
    ("305003-青衣县妇幼保健院", "450,000.00"),
]

HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "指标值",
    "计量单位",
    "权重",
    "指标方向性",
]


def _grid() -> Grid:
    g = Grid(13, header_rows=1)
    g.add(*HEAD)

    def subtotal(n: int) -> None:
        r = g.add(SUBTOTALS[n][0], "", SUBTOTALS[n][1])
        g.span(r, 0, r, 1)

    order = [
        (0, None),
        (1, None),
        (None, T1),
        (None, T2),
        (2, None),
        (None, T3),
        (3, None),
        (None, T4),
    ]
    for sub, t in order:
        if sub is not None:
            subtotal(sub)
            continue
        assert t is not None
        first = len(g.rows)
        for r in t.rows:
            sym, num, unit = r.x["parts"]
            g.add(
                t.unit_line or "",
                t.project,
                f"{(t.budget_wan or 0) * 10000:,.2f}",
                t.goal or "",
                r.l1,
                r.l2,
                r.l3,
                r.x["nature"],
                sym,
                num,
                unit,
                str(r.x["weight"]),
                r.x["direction"],
            )
        last = len(g.rows) - 1
        for col in range(5):  # 二级 stays repeated on every row, as the export prints it
            g.merge_runs(col, first, last)
    return g


def render(doc: Doc) -> bytes:
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<title>{DEPT}2024年部门预算项目支出绩效目标表</title>
</head>
<body>
<h3 align="center">{DEPT}2024年项目支出绩效目标表</h3>
<p>部门（单位）：{DEPT}　　　　　　　　　　　　金额单位：元</p>
{html_table(_grid(), 'border="1" cellspacing="0" cellpadding="1" style="font-size:9pt"')}
<p>数据来源：青衣县预算管理一体化系统　导出时间：2024-01-30</p>
</body>
</html>
"""
    return page.encode("gbk")


DOC = Doc(
    id="hb13_sichuan_weijian",
    file="hb13_sichuan_weijian.html",
    unit=DEPT,
    year=2024,
    tags={
        "province": "四川",
        "county": "青衣县",
        "sector": "卫生健康",
        "format": "html",
        "encoding": "gbk (meta)",
        "layout_patterns": "department-wide yuan split-value:符号/指标值/计量单位 extra-columns:指标性质+权重+指标方向性 level2-missing-or-repeated:repeated goal-heading:年度目标 unit-year-framing:title",
    },
    tables=TABLES,
    codes=BOILER,
    render=render,
)
DOC.extra = {
    "subtotal_rows": [f"{a} | {b}" for a, b in SUBTOTALS],
    "t101_pairs": [{"level3": "项目持续发挥作用", "value": "长期", "tables": [1, 2, 3, 4]}],
}
