"""hb12 · 河南 · 伊洛县民政局: a GBK HTML page (meta charset) with three tables: the project
budget table first, then two indicator tables without a 一级 column, a `绩　效　指　标` label in
a rowspan cell on the left, split value columns 符号 | 数值 | 计量单位 (≥, ≧, ＝, 不低于, empty
comparators, text in 数值), 预算控制指标 instead of 成本指标, `时效指标（进度要求）`."""

from __future__ import annotations

from grid import Grid, html_table
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
SX = "时效指标（进度要求）"
YS = "预算控制指标"
UNIT = "伊洛县民政局"
IMPLIED = "no 一级 column: 一级 implied from the 二级"


def sv(l1: str, l2: str, l3: str, sym: str, num: str, unit: str, spec: int, **kw: object) -> Row:
    return R(l1, l2, l3, sym + num + unit, spec, x={"parts": [sym, num, unit]}, note=IMPLIED, **kw)


T1 = Table(
    kind="project",
    project="城乡居民最低生活保障资金（县级配套）",
    budget_wan=1268.0,
    goal="保障全县城乡低保对象1.19万人基本生活，按月足额发放低保金，城市低保月人均补助水平不低于520元。",
    title="2024年伊洛县民政局项目支出绩效目标表",
    extra={"budget_source": "项目资金（万元）1,268.00；预算表：一般公共预算 1,268.00"},
    rows=[
        sv(P, "数量指标", "城市低保对象", "≥", "2150", "人", 4),
        sv(P, "数量指标", "农村低保对象", "≥", "9800", "人", 4),
        sv(P, "质量指标", "低保对象认定准确率", "≥", "98", "%", 4),
        sv(P, "质量指标", "低保资金发放准确率", "＝", "100", "%", 4),
        sv(
            P,
            SX,
            "低保金按月发放率",
            "≥",
            "100",
            "%",
            3,
            c={"U302": "比率的下限写成“≥100%”"},
        ),
        sv(P, YS, "城市低保月人均补助水平", "≥", "520", "元", 4),
        sv(P, YS, "县级配套资金", "≤", "1268", "万元", 4),
        sv(E, SL, "困难群众基本生活", "", "有效保障", "", 2, c={"V401": "“有效保障”没有判定标准"}),
        sv(E, SL, "低保标准动态调整", "≧", "1", "次", 4, c={"U307": "比较符写成“≧”"}),
        sv(E, KX, "社会救助兜底保障作用", "", "长期", "", 2, c={"V401": "“长期”没有判定标准"}),
        sv(S, MY, "低保对象满意度", "≥", "90", "%", 4),
    ],
)

T2 = Table(
    kind="project",
    project="特困人员救助供养资金",
    budget_wan=432.5,
    goal="保障嵩川县1360名特困人员基本生活，提供照料护理服务，集中供养机构全年无安全责任事故。",
    title="2024年伊洛县民政局项目支出绩效目标表",
    codes={"T105": "伊洛县的项目目标写的是“嵩川县”，是从别县表格照搬的"},
    extra={"budget_source": "项目资金（万元）432.50；预算表：一般公共预算 432.50"},
    rows=[
        sv(P, "数量指标", "集中供养特困人员", "≥", "210", "人", 4),
        sv(P, "数量指标", "分散供养特困人员", "≥", "1150", "人", 4),
        sv(P, "质量指标", "特困人员照料护理覆盖率", "≥", "95", "%", 4),
        sv(P, SX, "供养金发放时间", "", "每月10日前", "", 4),
        sv(P, YS, "集中供养人员基本生活标准", "不低于", "880", "元/人·月", 4),
        sv(
            P,
            YS,
            "分散供养人员基本生活标准",
            "不低于",
            "680",
            "元",
            3,
            c={"U301": "生活标准只写“元”，缺少“/人·月”"},
        ),
        sv(E, SL, "特困人员基本生活保障率", "", "100", "%", 4),
        sv(
            E,
            SL,
            "供养服务机构安全责任事故",
            "≤",
            "0.5",
            "起",
            3,
            c={"U306": "事故起数写成0.5起"},
        ),
        sv(S, MY, "特困供养人员满意度", "≥", "75", "%", 3, c={"V405": "满意度目标只有75%，过低"}),
    ],
)


def _budget_grid() -> Grid:
    g = Grid(5, header_rows=1)
    g.add("序号", "项目名称", "合计", "一般公共预算", "政府性基金预算")
    g.add("1", T1.project, "1,268.00", "1,268.00", "")
    g.add("2", T2.project, "432.50", "432.50", "")
    g.add("3", "养老服务体系建设（福彩公益金）", "160.00", "", "160.00")
    g.add("", "合计", "1,860.50", "1,700.50", "160.00")
    return g


def _grid(tab: Table, amount: str) -> Grid:
    g = Grid(6)
    g.add("项目名称", tab.project)
    g.span(0, 1, 0, 5)
    g.add("主管部门", UNIT, "", "实施单位", UNIT)
    g.span(1, 1, 1, 2)
    g.span(1, 4, 1, 5)
    g.add("项目资金（万元）", amount)
    g.span(2, 1, 2, 5)
    g.add("年度目标", tab.goal or "")
    g.span(3, 1, 3, 5)
    g.add("绩\u3000效\u3000指\u3000标", "二级指标", "三级指标", "符号", "数值", "计量单位")
    first = len(g.rows)
    for r in tab.rows:
        sym, num, unit = r.x["parts"]
        g.add("", r.l2, r.l3, sym, num, unit)
    g.span(first - 1, 0, len(g.rows) - 1, 0)
    g.merge_runs(1, first, len(g.rows) - 1)
    return g


def render(doc: Doc) -> bytes:
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{UNIT}2024年部门预算公开</title>
</head>
<body>
<table width="900" align="center"><tr><td>
<p align="center"><font size="4"><b>{UNIT}2024年部门预算公开</b></font></p>
<p>（三）项目支出预算及绩效目标</p>
<p align="center">2024年项目支出预算表</p>
<p align="right">单位：万元</p>
{html_table(_budget_grid(), 'border="1" cellspacing="0" width="100%"')}
<p>&nbsp;</p>
<p align="center">{T1.title}</p>
{html_table(_grid(T1, "1,268.00"), 'border="1" cellspacing="0" width="100%"')}
<p>&nbsp;</p>
<p align="center">{T2.title}</p>
{html_table(_grid(T2, "432.50"), 'border="1" cellspacing="0" width="100%"')}
<p>（四）政府采购情况：本部门2024年无政府采购预算。</p>
</td></tr></table>
</body>
</html>
"""
    return page.encode("gbk")


DOC = Doc(
    id="hb12_henan_minzheng",
    file="hb12_henan_minzheng.html",
    unit=UNIT,
    year=2024,
    tags={
        "province": "河南",
        "county": "伊洛县",
        "sector": "民政/社会救助",
        "format": "html",
        "encoding": "gbk (meta)",
        "layout_patterns": "level1-missing-or-unfilled:missing broken-labels:spaced-in-cell split-value:符号/数值/计量单位 nonstandard-names:预算控制指标+时效指标（进度要求） allocation-before several-tables goal-heading:年度目标 unit-year-framing:title",
    },
    tables=[T1, T2],
    render=render,
)
