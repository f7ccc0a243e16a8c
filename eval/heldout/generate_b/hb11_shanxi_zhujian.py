"""hb11 · 山西 · 沁川县住房和城乡建设局: a UTF-8 HTML page from the county portal with two
tables. The first puts the mid-term (2024—2026) and the annual (2024) indicators side by side,
each with its own 二级/三级/值 columns, mid-term and annual funds and goals (rowspan/colspan).
The second has 年度指标值（计划数）, 权重（%） and 指标方向性 columns. 发布时间 line."""

from __future__ import annotations

from grid import Grid, html_table
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
UNIT = "沁川县住房和城乡建设局"


def mt(l1: str, l2: str, l3: str, value: str, m3: str, mv: str, spec: int, **kw: object) -> Row:
    return R(
        l1, l2, l3, value, spec, x={"mid_term": {"level2": l2, "level3": m3, "value": mv}}, **kw
    )


MID_GOAL = (
    "2024—2026年完成全县2000年底前建成的城镇老旧小区改造86个、惠及居民5200户，"
    "基本完成供水、排水、供热、燃气等配套设施改造，建立长效管理机制。"
)
GOAL = "2024年完成老旧小区改造31个、惠及居民1860户，改造供热管网12公里以上，11月底前完成年度改造任务，小区居住环境明显改善。"

T1 = Table(
    kind="project",
    project="沁川县城镇老旧小区改造项目",
    budget_wan=2950.0,
    goal=GOAL,
    title="项目支出绩效目标表（中期和年度）",
    extra={
        "budget_source": "项目资金（万元）年度（2024年）资金总额 2,950.00，其中：中央补助 2,100.00，县级配套 850.00；"
        "中期（2024-2026年）资金总额 8,600.00，其中：中央补助 6,200.00，县级配套 2,400.00",
        "mid_term_goal": MID_GOAL,
        "mid_term_budget_wan": 8600.0,
    },
    rows=[
        mt(P, "数量指标", "改造老旧小区", "≥31个", "改造老旧小区", "≥86个", 4),
        mt(P, "数量指标", "惠及居民户数", "≥1860户", "惠及居民户数", "≥5200户", 4),
        mt(P, "数量指标", "改造供热管网", "≥12公里", "改造供热管网", "≥35公里", 4),
        mt(P, "质量指标", "工程竣工验收合格率", "100%", "工程竣工验收合格率", "100%", 4),
        mt(
            P,
            "时效指标",
            "年度改造任务完成时间",
            "2024年11月底前",
            "改造任务完成时间",
            "2026年底前",
            4,
        ),
        mt(P, "成本指标", "户均改造投资", "≤1.58万元", "户均改造投资", "≤1.65万元", 4),
        mt(
            E,
            SL,
            "小区居住环境",
            "明显改善",
            "小区居住环境",
            "明显改善",
            2,
            c={"V401": "“明显改善”没有判定标准"},
        ),
        mt(E, SL, "改造小区物业管理覆盖率", "≥80%", "改造小区物业管理覆盖率", "≥90%", 4),
        mt(E, KX, "改造设施使用年限", "≥15年", "改造设施使用年限", "≥15年", 4),
        mt(S, MY, "小区居民满意度", "≥90%", "小区居民满意度", "≥90%", 4),
    ],
)


def wd(l1: str, l2: str, l3: str, value: str, w: int, d: str, spec: int, **kw: object) -> Row:
    return R(l1, l2, l3, value, spec, x={"weight": w, "direction": d}, **kw)


T2 = Table(
    kind="project",
    project="城市道路桥梁维修养护经费",
    budget_wan=386.5,
    goal="维修城区破损车行道2.4万平方米、人行道8000平方米，完成14座城市桥梁定期检测，城区道路完好率保持在95%以上。",
    title="项目支出绩效目标表",
    extra={"budget_source": "项目资金（万元） 386.50"},
    rows=[
        wd(P, "数量指标", "维修破损车行道", "≥2.4万平方米", 15, "正向", 4),
        wd(P, "数量指标", "维修破损人行道", "≥8000平方米", 10, "正向", 4),
        wd(P, "数量指标", "城市桥梁定期检测", "≥14座", 10, "正向", 4),
        wd(P, "质量指标", "城区道路完好率", "≥95%", 10, "正向", 4),
        wd(P, "时效指标", "道路坑槽修复时限", "≤48小时", 10, "反向", 4),
        wd(P, "成本指标", "车行道维修单价", "≤120元/平方米", 10, "反向", 4),
        wd(
            E,
            SL,
            "因道路破损引发的交通事故",
            "较上年下降",
            10,
            "反向",
            2,
            c={"V401": "只写“较上年下降”，没有下降的数量"},
        ),
        wd(E, KX, "城市桥梁技术状况等级", "保持B级及以上", 10, "正向", 4),
        wd(S, MY, "市民满意度", "≥85%", 15, "正向", 4),
    ],
)


def _grid1() -> Grid:
    g = Grid(7, header_rows=0)
    g.add("项目名称", T1.project)
    g.span(0, 1, 0, 6)
    g.add("主管部门", UNIT, "", "实施单位", UNIT)
    g.span(1, 1, 1, 2)
    g.span(1, 4, 1, 6)
    g.add("项目资金（万元）", "资金来源", "中期（2024-2026年）", "", "年度（2024年）")
    g.add("", "资金总额", "8,600.00", "", "2,950.00")
    g.add("", "其中：中央补助", "6,200.00", "", "2,100.00")
    g.add("", "县级配套", "2,400.00", "", "850.00")
    for r in range(2, 6):
        g.span(r, 2, r, 3)
        g.span(r, 4, r, 6)
    g.span(2, 0, 5, 0)
    g.add("绩效目标", "中期目标（2024-2026年）", "", "", "年度目标（2024年）")
    g.add("", MID_GOAL, "", "", GOAL)
    for r in (6, 7):
        g.span(r, 1, r, 3)
        g.span(r, 4, r, 6)
    g.span(6, 0, 7, 0)
    g.add("一级指标", "中期指标", "", "", "年度指标")
    g.span(8, 1, 8, 3)
    g.span(8, 4, 8, 6)
    g.add("", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.span(8, 0, 9, 0)
    first = len(g.rows)
    for r in T1.rows:
        m = r.x["mid_term"]
        g.add(r.l1, m["level2"], m["level3"], m["value"], r.l2, r.l3, r.value)
    last = len(g.rows) - 1
    for col in (0, 1, 4):
        g.merge_runs(col, first, last)
    return g


def _grid2() -> Grid:
    g = Grid(6)
    g.add("项目名称", T2.project)
    g.span(0, 1, 0, 5)
    g.add("主管部门", UNIT, "", "实施单位", UNIT)
    g.span(1, 1, 1, 2)
    g.span(1, 4, 1, 5)
    g.add("项目资金（万元）", "386.50")
    g.span(2, 1, 2, 5)
    g.add("年度目标", T2.goal or "")
    g.span(3, 1, 3, 5)
    g.add("一级指标", "二级指标", "三级指标", "年度指标值（计划数）", "权重（%）", "指标方向性")
    first = len(g.rows)
    for r in T2.rows:
        g.add(r.l1, r.l2, r.l3, r.value, str(r.x["weight"]), r.x["direction"])
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    return g


def render(doc: Doc) -> bytes:
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{UNIT}2024年项目支出绩效目标公开_沁川县人民政府</title>
<style>table{{border-collapse:collapse;font-size:12px}} td{{padding:3px}}</style>
</head>
<body>
<div class="nav">首页 &gt; 政务公开 &gt; 财政预决算 &gt; 部门预算</div>
<h1>{UNIT}2024年项目支出绩效目标公开</h1>
<div class="info">发布时间：2024-02-22 16:05　来源：{UNIT}　阅读次数：<span id="hits"></span></div>
<div class="content">
<p>按照《沁川县县级预算绩效目标管理办法》要求，现将我局2024年重点项目支出绩效目标公开如下。</p>
<p style="text-align:center"><b>{T1.title}</b></p>
<p style="text-align:right">（2024年度）</p>
{html_table(_grid1())}
<p>&nbsp;</p>
<p style="text-align:center"><b>{T2.title}</b></p>
{html_table(_grid2())}
<p>注：权重合计为100。</p>
</div>
<script>document.getElementById("hits").innerText = "312";</script>
</body>
</html>
"""
    return page.encode("utf-8")


DOC = Doc(
    id="hb11_shanxi_zhujian",
    file="hb11_shanxi_zhujian.html",
    unit=UNIT,
    year=2024,
    tags={
        "province": "山西",
        "county": "沁川县",
        "sector": "住房城乡建设",
        "format": "html",
        "encoding": "utf-8",
        "layout_patterns": "level1-once:rowspan midterm-annual goal-heading:中期目标+年度目标 extra-columns:权重+指标方向性 value-header-gloss:年度指标值（计划数） budget-lines several-tables unit-year-framing:title+发布时间",
    },
    tables=[T1, T2],
    render=render,
)
