"""内蒙古 · 西拉木伦旗: the 乡镇/苏木 budget units' project indicators exported as one wide sheet
(XLSX, openpyxl), project cells merged down (merged ranges), a subtotal row per budget unit
(`801-巴彦塔拉镇部门 | 1,546,200.00`), amounts in 元.

Patterns: department-wide multi-project table with subtotal rows; amounts in 元 (numbers with a
thousands format); the value split into 指标性质 | 符号 | 值 | 单位 with ═, ＝, an empty
comparator and `±3%以内`; 权重 and 方向 columns; 一级/二级 repeated on every row.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from spec import Doc, R, Table, normalise_zip, wan_from_yuan

UNIT = "西拉木伦旗"
TITLE = "西拉木伦旗2024年部门预算项目支出绩效目标表"


def W(l1, l2, l3, nature, cmp, num, unit, weight, direction, spec, codes=None, **kw):
    value = str(num) if nature == "定性" else f"{cmp}{num}{unit}"
    return R(
        l1,
        l2,
        l3,
        value,
        spec,
        codes,
        nature=nature,
        weight=str(weight),
        direction=direction,
        _cells=[nature, cmp, num, unit],
        _weight=weight,
        **kw,
    )


PROJECTS = [
    {
        "unit": "801-巴彦塔拉镇部门",
        "name": "巴彦塔拉镇嘎查村人居环境整治",
        "yuan": 628200.00,
        "goal": "整治14个嘎查村人居环境，清理陈年垃圾1500吨以上，整治验收合格率95%以上。",
        "rows": [
            W("产出指标", "数量指标", "清理陈年垃圾", "定量", "≥", 1500, "吨", 15, "正向", 4),
            W(
                "产出指标",
                "数量指标",
                "整治嘎查村数",
                "定量",
                "═",
                14,
                "个",
                15,
                "正向",
                4,
                {"U307": "使用非标准符号“═”"},
            ),
            W("产出指标", "质量指标", "整治验收合格率", "定量", "≥", 95, "%", 15, "正向", 4),
            W("产出指标", "时效指标", "整治完成时间", "定量", "≤", 10, "月", 10, "反向", 4),
            W(
                "产出指标",
                "成本指标",
                "项目总成本",
                "定性",
                "",
                "按照规定标准控制",
                "",
                10,
                "反向",
                2,
                {"V402": "套话“按照规定标准控制”，未给出成本上限"},
            ),
            W(
                "效益指标",
                "生态效益指标",
                "嘎查村人居环境",
                "定性",
                "",
                "明显改善",
                "",
                20,
                "正向",
                2,
                {"V401": "“明显改善”无判定标准"},
            ),
            W(
                "满意度指标",
                "服务对象满意度指标",
                "农牧民满意度",
                "定量",
                "≥",
                90,
                "%",
                15,
                "正向",
                4,
            ),
        ],
    },
    {
        "unit": "801-巴彦塔拉镇部门",
        "name": "巴彦塔拉镇草原防火",
        "yuan": 918000.00,
        "goal": "组建6支半专业扑火队伍，储备防火物资，火情发生后30分钟内响应，全年无重大草原火灾。",
        "rows": [
            W("产出指标", "数量指标", "组建半专业扑火队伍", "定量", "≥", 6, "支", 15, "正向", 4),
            W("产出指标", "数量指标", "储备防火物资", "定量", "≥", 3, "批", 10, "正向", 4),
            W("产出指标", "质量指标", "火情处置率", "定量", "＝", 100, "%", 15, "正向", 4),
            W("产出指标", "时效指标", "火情响应时间", "定量", "≤", 30, "分钟", 10, "反向", 4),
            W("产出指标", "成本指标", "项目总成本", "定量", "≤", 91.8, "万元", 10, "反向", 4),
            W("效益指标", "生态效益指标", "草原火灾受害率", "定量", "≤", 0.1, "‰", 15, "反向", 4),
            W(
                "效益指标",
                "社会效益指标",
                "重大草原火灾发生次数",
                "定量",
                "=",
                0,
                "次",
                10,
                "反向",
                4,
            ),
            W(
                "满意度指标",
                "服务对象满意度指标",
                "牧民满意度",
                "定量",
                "≥",
                90,
                "%",
                15,
                "正向",
                4,
            ),
        ],
    },
    {
        "unit": "802-乌兰敖包苏木部门",
        "name": "嘎查村级组织运转经费",
        "yuan": 620000.00,
        "goal": "1.保障11个嘎查村级组织正常运转；2.保障嘎查村级组织正常运转。",
        "codes": {"T103": "目标两项内容重复（第2项重复第1项）"},
        "rows": [
            W("产出指标", "数量指标", "保障嘎查村数", "定量", "＝", 11, "个", 20, "正向", 4),
            W("产出指标", "质量指标", "村级组织正常运转率", "定量", "=", 100, "%", 20, "正向", 4),
            W(
                "产出指标",
                "时效指标",
                "资金拨付时间",
                "定性",
                "",
                "按工作计划及时完成",
                "",
                10,
                "正向",
                2,
                {"V402": "套话“按工作计划及时完成”，无时限"},
            ),
            W("产出指标", "成本指标", "每嘎查年运转经费", "定量", "≤", 5.64, "万元", 10, "反向", 4),
            W(
                "效益指标",
                "社会效益指标",
                "基层组织服务能力",
                "定性",
                "",
                "提升",
                "",
                20,
                "正向",
                2,
                {"V401": "“提升”无判定标准"},
            ),
            W(
                "满意度指标",
                "服务对象满意度指标",
                "群众满意度",
                "定量",
                "≥",
                85,
                "%",
                20,
                "正向",
                4,
            ),
        ],
    },
    {
        "unit": "802-乌兰敖包苏木部门",
        "name": "牧区饮水安全工程维修",
        "yuan": 242500.00,
        "goal": "维修牧区机电井28眼，维修后供水水质达标率95%以上，保障3200名牧民安全饮水。",
        "rows": [
            W("产出指标", "数量指标", "维修机电井", "定量", "≥", 28, "眼", 15, "正向", 4),
            W("产出指标", "质量指标", "维修后供水水质达标率", "定量", "≥", 95, "%", 10, "正向", 4),
            W(
                "产出指标",
                "质量指标",
                "维修工程造价偏差率",
                "定量",
                "",
                "±3",
                "%以内",
                10,
                "反向",
                4,
                {"C202": "造价偏差率属成本控制，列入质量指标"},
            ),
            W("产出指标", "时效指标", "完工时间", "定量", "≤", 7, "月", 10, "反向", 4),
            W("产出指标", "成本指标", "单井维修费用", "定量", "≤", 0.86, "万元/眼", 10, "反向", 4),
            W("效益指标", "社会效益指标", "受益牧民人数", "定量", "≥", 3200, "人", 20, "正向", 4),
            W(
                "效益指标",
                "可持续影响指标",
                "维修后工程使用年限",
                "定量",
                "≥",
                5,
                "年",
                10,
                "正向",
                4,
            ),
            W(
                "满意度指标",
                "服务对象满意度指标",
                "受益牧民满意度",
                "定量",
                "≥",
                90,
                "%",
                15,
                "正向",
                4,
            ),
        ],
    },
]
SUBTOTALS = {"801-巴彦塔拉镇部门": 1546200.00, "802-乌兰敖包苏木部门": 862500.00}
HEAD = [
    "单位名称",
    "项目名称",
    "预算数",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "值",
    "单位",
    "权重",
    "方向",
]
MONEY = "#,##0.00"


def _sheet(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEAD))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["金额单位：元"])
    ws.append(HEAD)
    for unit, total in SUBTOTALS.items():
        ws.append([unit, None, total])
        ws.cell(ws.max_row, 3).number_format = MONEY
        for p in (p for p in PROJECTS if p["unit"] == unit):
            first = ws.max_row + 1
            for k, r in enumerate(p["rows"]):
                lead = [unit, p["name"], p["yuan"], p["goal"]] if k == 0 else [None] * 4
                ws.append(
                    lead
                    + [
                        r.level1,
                        r.level2,
                        r.level3,
                        *r.extra["_cells"],
                        r.extra["_weight"],
                        r.extra["direction"],
                    ]
                )
            ws.cell(first, 3).number_format = MONEY
            last = ws.max_row
            for col in (1, 2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
                ws.cell(first, col).alignment = Alignment(vertical="center", wrap_text=True)
    for col, width in zip("ABCDEFGHIJKLM", (22, 24, 14, 40, 10, 16, 24, 8, 6, 8, 10, 6, 6)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "西拉木伦旗财政局"
    wb.save(path)
    normalise_zip(path)


def build() -> Doc:
    tables = []
    for p in PROJECTS:
        tables.append(
            Table(
                "project",
                "project",
                p["name"],
                wan_from_yuan(str(p["yuan"])),
                p["goal"],
                TITLE,
                p["rows"],
                unit_line=p["unit"],
                codes=p.get("codes", {}),
                extra={"budget_source": {"unit": "元", "预算数": f"{p['yuan']:,.2f}"}},
            )
        )
    doc = Doc(
        id="hl15_neimenggu_towns",
        filename="hl15_neimenggu_towns.xlsx",
        unit=UNIT,
        year=2024,
        province="内蒙古",
        fmt="xlsx",
        encoding=None,
        patterns=[
            "4.department-wide",
            "4.yuan",
            "3.split-value:指标性质|符号|值|单位(═,＝,empty,±3%以内)",
            "3.extra-columns:指标性质,权重,方向",
            "2.level2-missing-or-repeated:repeated",
            "4.goal-heading:年度目标",
            "4.unit-year-framing:title-line",
        ],
        tables=tables,
        extra={"subtotal_rows": [{"unit": u, "yuan": f"{y:,.2f}"} for u, y in SUBTOTALS.items()]},
    )
    _sheet(doc.path)
    return doc
