"""hb16 · 贵州 · 乌江县农业农村局: an XLSX 区域绩效目标表 of a transfer payment, laid out with
merged ranges: title, fund lines (numbers in the cells), 年度总体目标, the county target
(指标值（全县）) and one column per township under a merged 分乡镇指标值 header, merged 一级/二级
cells, a 其中 sub-row, a 二级 with a gloss (`成本指标（补助标准）`)."""

from __future__ import annotations

from grid import Grid
from office import new_xlsx, xlsx_bytes, xlsx_grid
from openpyxl.styles import Alignment, Font
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
JJ, SL, KX, MY = "经济效益指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"
PLACES = ("龙溪镇", "清水乡", "坝头镇", "岩门乡")


def pp(
    l1: str, l2: str, l3: str, value: str, places: tuple[str, ...], spec: int, **kw: object
) -> Row:
    return R(l1, l2, l3, value, spec, x={"per_place": dict(zip(PLACES, places))}, **kw)


GOAL = (
    "目标1：支持发展联农带农富农产业项目26个以上，新建（改扩建）产业路18公里以上，带动脱贫户和监测户5600户增收；"
    "目标2：落实雨露计划职业教育补助1350人次；目标3：守住不发生规模性返贫底线，脱贫人口人均纯收入增幅不低于10%。"
)

T1 = Table(
    kind="transfer",
    project="中央财政衔接推进乡村振兴补助资金",
    budget_wan=8236.0,
    goal=GOAL,
    title="2024年中央财政衔接推进乡村振兴补助资金区域绩效目标表",
    extra={
        "region": "乌江县",
        "budget_source": "资金情况（万元）年度金额 8,236.00；其中：中央补助 6,420.00，地方资金 1,816.00 (numbers in the cells)",
    },
    rows=[
        pp(P, "数量指标", "支持联农带农产业项目", "≥26个", ("8个", "6个", "7个", "5个"), 4),
        pp(
            P,
            "数量指标",
            "新建（改扩建）产业路",
            "≥18公里",
            ("5公里", "4公里", "6公里", "3公里"),
            4,
        ),
        pp(
            P,
            "数量指标",
            "其中：通组硬化产业路",
            "≥10公里",
            ("3公里", "2公里", "3公里", "2公里"),
            4,
            note="其中 sub-row of the row above, kept as its own row with the printed prefix",
        ),
        pp(
            P,
            "数量指标",
            "雨露计划职业教育补助",
            "≥1350人次",
            ("400人次", "320人次", "380人次", "250人次"),
            4,
        ),
        pp(P, "质量指标", "项目竣工验收合格率", "100%", ("100%",) * 4, 4),
        pp(P, "时效指标", "项目开工及时率", "≥95%", ("≥95%",) * 4, 4),
        pp(
            P,
            "成本指标（补助标准）",
            "雨露计划补助标准",
            "1500元/人·学期",
            ("1500元/人·学期",) * 4,
            4,
            note="二级 printed with a gloss in brackets, kept as printed",
        ),
        pp(E, JJ, "脱贫人口人均纯收入增幅", "≥10%", ("≥10%",) * 4, 4),
        pp(E, SL, "带动脱贫户和监测户", "≥5600户", ("1700户", "1300户", "1500户", "1100户"), 4),
        pp(E, SL, "规模性返贫", "不发生", ("不发生",) * 4, 3),
        pp(
            E,
            KX,
            "项目资产运营管护",
            "有效",
            ("有效",) * 4,
            2,
            c={"V401": "“有效”没有判定标准"},
        ),
        pp(
            E,
            MY,
            "受益群众满意度",
            "≥90%",
            ("≥90%",) * 4,
            4,
            c={"C201": "服务对象满意度指标放在效益指标（一级）之下"},
            note="the merged 效益指标 cell also covers this row (the table has no 满意度指标 block)",
        ),
    ],
)


def _grid() -> tuple[Grid, dict[tuple[int, int], float]]:
    g = Grid(8)
    g.add("转移支付（项目）名称", "", T1.project)
    g.span(0, 0, 0, 1)
    g.span(0, 2, 0, 7)
    g.add("中央主管部门", "", "财政部、农业农村部", "", "", "地方主管部门", "乌江县农业农村局")
    g.span(1, 0, 1, 1)
    g.span(1, 2, 1, 4)
    g.span(1, 6, 1, 7)
    g.add("资金情况（万元）", "", "年度金额", "", "")
    g.add("", "", "其中：中央补助", "", "")
    g.add("", "", "地方资金", "", "")
    for r in (2, 3, 4):
        g.span(r, 2, r, 3)
        g.span(r, 4, r, 7)
    g.span(2, 0, 4, 1)
    numbers = {(2, 4): 8236.0, (3, 4): 6420.0, (4, 4): 1816.0}
    g.add("年度总体目标", "", GOAL)
    g.span(5, 0, 5, 1)
    g.span(5, 2, 5, 7)
    g.add("一级指标", "二级指标", "三级指标", "指标值（全县）", "分乡镇指标值")
    g.span(6, 4, 6, 7)
    g.add("", "", "", "", *PLACES)
    for c in range(4):
        g.span(6, c, 7, c)
    first = len(g.rows)
    for r in T1.rows:
        g.add(r.l1, r.l2, r.l3, r.value, *(r.x["per_place"][p] for p in PLACES))
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    return g, numbers


def render(doc: Doc) -> bytes:
    wb = new_xlsx()
    ws = wb.active
    ws.title = "区域绩效目标表"
    ws.cell(row=1, column=1, value="附件5")
    ws.cell(row=2, column=1, value=T1.title).font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    ws.cell(row=3, column=1, value="填报单位：乌江县农业农村局")
    ws.cell(row=3, column=7, value="（2024年度）")
    grid, numbers = _grid()
    xlsx_grid(ws, grid, 4, numbers)
    for col, width in zip("ABCDEFGH", (12, 16, 26, 14, 12, 12, 12, 12)):
        ws.column_dimensions[col].width = width
    return xlsx_bytes(wb)


DOC = Doc(
    id="hb16_guizhou_xianjie",
    file="hb16_guizhou_xianjie.xlsx",
    unit="乌江县农业农村局",
    year=2024,
    tags={
        "province": "贵州",
        "county": "乌江县",
        "sector": "乡村振兴/农业农村",
        "format": "xlsx",
        "encoding": "",
        "layout_patterns": "level1-once:merged-range transfer per-place value-header-gloss:指标值（全县） sub-rows nonstandard-names:gloss budget-lines goal-heading:年度总体目标 unit-year-framing:附件+title",
    },
    tables=[T1],
    render=render,
)
