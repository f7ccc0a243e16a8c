"""hb17 · 湖南 · 澧川县津口镇: a legacy .xls (BIFF8, xlwt) export of the department-wide table
of a town: 单位 | 项目 | 项目金额（元） | 项目绩效目标 | 一级 | 二级 | 三级 | 指标类型 | 运算符 | 指标值 |
度量单位 | 分值 | 指标方向. Each project's first row carries the project, amount and goal, the
other rows only the indicator cells (no merges); department and unit subtotal rows (`801-…部门`)
between; amounts as numbers in 元; comparators ═ ≧ ≦ ＝ ≥ ≤ or empty, a `±3%以内` tolerance."""

from __future__ import annotations

import xlwt
from grid import Grid
from office import xls_bytes, xls_grid
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
JJ, SL, ST, KX, MY = (
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
)
TOWN = "澧川县津口镇"
BJ, NF = "澧川县津口镇人民政府（本级）", "澧川县津口镇农业综合服务中心"
L1 = {JJ: E, SL: E, ST: E, KX: E, MY: S}


def w(
    l2: str,
    l3: str,
    typ: str,
    op: str,
    num: str,
    unit: str,
    pts: int,
    d: str,
    spec: int,
    **kw: object,
) -> Row:
    x = {"nature": typ, "parts": [op, num, unit], "weight": pts, "direction": d}
    return R(L1.get(l2, P), l2, l3, op + num + unit, spec, x=x, **kw)


def boiler() -> Row:
    return w(
        KX,
        "保障工作正常运转",
        "定性",
        "",
        "有效保障",
        "",
        10,
        "正向",
        2,
        c={"V401": "“有效保障”没有判定标准"},
    )


def tab(project: str, unit: str, yuan: float, goal: str, rows: list[Row]) -> Table:
    return Table(
        kind="project",
        project=project,
        budget_wan=round(yuan / 10000, 2),
        goal=goal,
        unit_line=unit,
        title=f"{TOWN}2024年部门项目支出绩效目标表",
        extra={"budget_source": f"项目金额（元） {yuan:.2f} (number in the cell)"},
        rows=rows,
    )


T1 = tab(
    "村级组织运转经费",
    BJ,
    1056000.0,
    "保障全镇22个村（社区）村级组织正常运转，按时足额发放110名村干部报酬，提升基层组织服务群众能力。",
    [
        w(
            "数量指标",
            "保障村（社区）数",
            "定量",
            "═",
            "22",
            "个",
            15,
            "正向",
            4,
            c={"U307": "比较符写成“═”"},
        ),
        w("数量指标", "村干部报酬发放人数", "定量", "≥", "110", "人", 10, "正向", 4),
        w("质量指标", "村级组织运转经费足额到位率", "定量", "＝", "100", "%", 10, "正向", 4),
        w("时效指标", "经费拨付时间", "定性", "", "每季度首月拨付", "", 10, "正向", 3),
        w("成本指标", "每村运转经费", "定量", "≤", "4.8", "万元", 10, "反向", 4),
        w(
            SL,
            "基层组织服务群众能力",
            "定性",
            "",
            "明显增强",
            "",
            15,
            "正向",
            2,
            c={"V401": "“明显增强”没有判定标准"},
        ),
        boiler(),
        w(MY, "村民满意度", "定量", "≥", "90", "%", 20, "正向", 4),
    ],
)
T2 = tab(
    "集镇环境卫生保洁经费",
    BJ,
    386000.0,
    "做好津口集镇12万平方米范围日常保洁和垃圾清运，垃圾日产日清率达到95%以上。",
    [
        w("数量指标", "集镇保洁面积", "定量", "≥", "12", "万平方米", 15, "正向", 4),
        w("数量指标", "聘用保洁人员", "定量", "≥", "26", "人", 10, "正向", 4),
        w("质量指标", "垃圾日产日清率", "定量", "≥", "95", "%", 15, "正向", 4),
        w("时效指标", "保洁作业时间", "定性", "", "全年", "", 10, "正向", 3),
        w("成本指标", "保洁人员月人均工资", "定量", "≤", "1200", "元", 10, "反向", 4),
        w(
            ST,
            "集镇环境卫生状况",
            "定性",
            "",
            "明显改善",
            "",
            15,
            "正向",
            2,
            c={"V401": "“明显改善”没有判定标准"},
        ),
        boiler(),
        w(MY, "集镇居民满意度", "定量", "≧", "85", "%", 15, "正向", 4, c={"U307": "比较符写成“≧”"}),
    ],
)
T3 = tab(
    "农田水利设施管护经费",
    NF,
    150000.0,
    "加强农田水利设施管护，提高管护水平，为农业生产提供有力保障。",
    [
        w("数量指标", "管护山塘", "定量", "≥", "46", "口", 10, "正向", 4),
        w("数量指标", "清淤灌溉渠道", "定量", "≥", "8.5", "公里", 10, "正向", 4),
        w("质量指标", "管护设施完好率", "定量", "≥", "90", "%", 10, "正向", 4),
        w("时效指标", "汛前检查完成时间", "定性", "", "2024年4月底前", "", 10, "正向", 4),
        w(
            "成本指标",
            "山塘管护费用",
            "定量",
            "≦",
            "1500",
            "元/口",
            10,
            "反向",
            4,
            c={"U307": "比较符写成“≦”"},
        ),
        w("成本指标", "项目支出与预算偏差", "定量", "", "±3%以内", "", 10, "反向", 4),
        w(JJ, "保障农田灌溉面积", "定量", "≥", "1.6", "万亩", 20, "正向", 4),
        boiler(),
        w(MY, "受益农户满意度", "定量", "≥", "90", "%", 10, "正向", 4),
    ],
)
T3.codes = {"G702": "目标是口号，没有范围、数量和时间"}
TABLES = [T1, T2, T3]
SUBTOTALS = [
    ("801-澧川县津口镇部门", 1592000.0),
    ("801001-澧川县津口镇人民政府（本级）", 1442000.0),
    ("801002-澧川县津口镇农业综合服务中心", 150000.0),
]
HEAD = [
    "单位",
    "项目",
    "项目金额（元）",
    "项目绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标类型",
    "运算符",
    "指标值",
    "度量单位",
    "分值",
    "指标方向",
]


def _grid() -> tuple[Grid, dict[tuple[int, int], float]]:
    g = Grid(13, header_rows=1)
    g.add(*HEAD)
    numbers: dict[tuple[int, int], float] = {}
    order: list[int | Table] = [0, 1, T1, T2, 2, T3]
    for item in order:
        if isinstance(item, int):
            name, amount = SUBTOTALS[item]
            r = g.add(name)
            numbers[(r, 2)] = amount
            continue
        for i, row in enumerate(item.rows):
            op, num, unit = row.x["parts"]
            head = [item.unit_line or "", item.project, "", item.goal or ""] if i == 0 else [""] * 4
            r = g.add(
                *head,
                row.l1,
                row.l2,
                row.l3,
                row.x["nature"],
                op,
                num,
                unit,
                str(row.x["weight"]),
                row.x["direction"],
            )
            if i == 0:
                numbers[(r, 2)] = (item.budget_wan or 0) * 10000
    return g, numbers


def render(doc: Doc) -> bytes:
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("项目绩效目标")
    title = xlwt.easyxf("font: name 宋体, height 280, bold on; align: horiz centre")
    ws.write_merge(0, 0, 0, 12, f"{TOWN}2024年部门项目支出绩效目标表", title)
    ws.write(1, 0, f"部门：{TOWN}部门")
    ws.write(1, 11, "金额单位：元")
    grid, numbers = _grid()
    xls_grid(ws, grid, 2, numbers)
    for col, width in enumerate((24, 18, 13, 30, 10, 12, 22, 8, 6, 10, 8, 6, 8)):
        ws.col(col).width = width * 256
    return xls_bytes(wb)


DOC = Doc(
    id="hb17_hunan_jinkou",
    file="hb17_hunan_jinkou.xls",
    unit="澧川县津口镇人民政府",
    year=2024,
    tags={
        "province": "湖南",
        "county": "澧川县",
        "sector": "乡镇综合",
        "format": "xls",
        "encoding": "",
        "layout_patterns": "department-wide yuan split-value:运算符/指标值/度量单位 split-value:comparators═≧≦＝±以内 extra-columns:指标类型+分值+指标方向 level2-missing-or-repeated:repeated goal-heading:项目绩效目标 unit-year-framing:title",
    },
    tables=TABLES,
    codes={"T101": "“保障工作正常运转/有效保障”在3个项目中原样出现，与项目内容无关"},
    render=render,
)
DOC.extra = {
    "subtotal_rows": [f"{a} | {b:,.2f}" for a, b in SUBTOTALS],
    "t101_pairs": [{"level3": "保障工作正常运转", "value": "有效保障", "tables": [1, 2, 3]}],
}
