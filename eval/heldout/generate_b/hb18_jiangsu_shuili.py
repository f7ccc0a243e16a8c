"""hb18 · 江苏 · 串场县水利局: an XLSX workbook with two sheets. Sheet 1 puts the annual
indicators on the left and the mid-term (2024—2026) ones on the right, each with its own
二级/三级/指标值 columns, the 二级 labels marked `(必选)`; mid-term and annual funds and goals.
Sheet 2 is an evaluation-indicator system (评价指标体系) with 分值, 指标解释, 目标值 (for some
criteria), 评分标准 and a 总分 row."""

from __future__ import annotations

from grid import Grid
from office import new_xlsx, xlsx_bytes, xlsx_grid
from openpyxl.styles import Font
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
UNIT = "串场县水利局"
MARK = "二级 carries the template mark (必选), kept as printed"
SL, ST, KX = "社会效益指标", "生态效益指标", "可持续影响指标"
NUM, QUA, TIM, COS, MY = (
    "数量指标(必选)",
    "质量指标(必选)",
    "时效指标(必选)",
    "成本指标(必选)",
    "服务对象满意度指标(必选)",
)


def mt(l1: str, l2: str, l3: str, value: str, m3: str, mv: str, spec: int, **kw: object) -> Row:
    note = MARK if "(必选)" in l2 else None
    return R(
        l1,
        l2,
        l3,
        value,
        spec,
        note=note,
        x={"mid_term": {"level2": l2, "level3": m3, "value": mv}},
        **kw,
    )


GOAL = "2024年完成县乡河道保洁420公里，疏浚整治农村河塘36条，河道保洁考核达标率95%以上，县控断面水质优Ⅲ类比例达到85%以上。"
MID_GOAL = "2024—2026年累计疏浚整治农村河塘110条，县乡河道实现常态化保洁全覆盖，建立健全农村河道长效管护机制，县控断面水质优Ⅲ类比例达到90%。"

T1 = Table(
    kind="project",
    project="串场县农村河道长效管护项目",
    budget_wan=560.0,
    goal=GOAL,
    title="项目支出绩效目标表（中期及年度）",
    extra={
        "budget_source": "年度资金总额（万元） 560.00，其中：财政拨款 560.00；中期资金总额（万元） 1,650.00 (numbers in the cells)",
        "mid_term_goal": MID_GOAL,
        "mid_term_budget_wan": 1650.0,
    },
    rows=[
        mt(P, NUM, "县乡河道保洁长度", "≥420公里", "县乡河道保洁长度", "≥420公里", 4),
        mt(P, NUM, "疏浚整治农村河塘", "≥36条", "疏浚整治农村河塘", "≥110条", 4),
        mt(P, QUA, "河道保洁考核达标率", "≥95%", "河道保洁考核达标率", "≥95%", 4),
        mt(P, QUA, "疏浚河塘验收合格率", "100%", "疏浚河塘验收合格率", "100%", 4),
        mt(
            P,
            TIM,
            "年度疏浚工程完工时间",
            "2024年12月底前",
            "疏浚整治任务完成时间",
            "2026年12月底前",
            4,
        ),
        mt(P, COS, "河道保洁单价", "≤3000元/公里·年", "河道保洁单价", "≤3100元/公里·年", 4),
        mt(P, COS, "单条河塘平均疏浚投资", "≤11万元", "单条河塘平均疏浚投资", "≤11万元", 4),
        mt(E, ST, "县控断面水质优Ⅲ类比例", "≥85%", "县控断面水质优Ⅲ类比例", "≥90%", 4),
        mt(
            E,
            SL,
            "群众涉河投诉",
            "较上年减少",
            "群众涉河投诉",
            "逐年减少",
            2,
            c={"V401": "只写“较上年减少”，没有减少的数量"},
        ),
        mt(
            E,
            KX,
            "河道长效管护机制",
            "健全",
            "河道长效管护机制",
            "健全",
            2,
            c={"V401": "“健全”没有判定标准"},
        ),
        mt(S, MY, "沿河群众满意度", "≥90%", "沿河群众满意度", "≥92%", 4),
    ],
)


def ev(
    l1: str,
    l2: str,
    l3: str,
    pts: int,
    desc: str,
    target: str,
    std: str,
    spec: int | None = None,
    **kw: object,
) -> Row:
    return R(l1, l2, l3, target, spec, desc=desc, std=std, x={"weight": pts}, **kw)


T2 = Table(
    kind="evaluation_system",
    project="河道管护资金",
    budget_wan=None,
    goal=None,
    title="2023年度河道管护资金重点绩效评价指标体系",
    extra={"total_row": {"label": "总分", "weight": 100}},
    rows=[
        ev(
            "决策",
            "项目立项",
            "立项依据充分性",
            3,
            "项目立项是否符合河长制工作要求和县级规划",
            "",
            "依据充分得3分，否则酌情扣分",
        ),
        ev(
            "决策", "项目立项", "立项程序规范性", 2, "是否按规定程序申报、审批", "", "程序规范得2分"
        ),
        ev(
            "决策",
            "绩效目标",
            "绩效目标合理性",
            3,
            "绩效目标与项目实施内容是否相符",
            "",
            "合理得3分，否则酌情扣分",
        ),
        ev(
            "决策",
            "绩效目标",
            "绩效指标明确性",
            3,
            "绩效指标是否清晰、细化、可衡量",
            "",
            "明确得3分，每缺一项扣1分",
        ),
        ev("决策", "资金投入", "预算编制科学性", 2, "预算编制是否有测算依据", "", "科学得2分"),
        ev(
            "决策",
            "资金投入",
            "资金分配合理性",
            2,
            "资金分配与各乡镇河道长度是否匹配",
            "",
            "合理得2分",
        ),
        ev(
            "过程",
            "资金管理",
            "资金到位率",
            5,
            "实际到位资金/计划投入资金×100%",
            "100%",
            "到位率×5分",
            4,
        ),
        ev(
            "过程",
            "资金管理",
            "预算执行率",
            5,
            "实际支出资金/实际到位资金×100%",
            "≥95%",
            "执行率≥95%得5分，每低5个百分点扣1分",
            4,
        ),
        ev(
            "过程",
            "资金管理",
            "资金使用合规性",
            5,
            "资金使用是否符合财务管理制度",
            "",
            "发现违规一处扣1分",
        ),
        ev(
            "过程",
            "组织实施",
            "管理制度执行有效性",
            5,
            "保洁考核、疏浚验收制度是否执行到位",
            "",
            "执行有效得5分，否则酌情扣分",
        ),
        ev(
            "产出",
            "产出数量",
            "河道保洁长度完成率",
            10,
            "实际保洁河道长度/计划保洁长度×100%",
            "100%",
            "完成率×10分",
            4,
        ),
        ev(
            "产出",
            "产出质量",
            "河道保洁考核达标率",
            10,
            "依据月度保洁考核记录统计的达标率",
            "≥95%",
            "达标率≥95%得10分，每低1个百分点扣1分",
            5,
        ),
        ev(
            "产出",
            "产出时效",
            "疏浚工程按期完成率",
            8,
            "按期完工的疏浚河塘数/计划疏浚数×100%",
            "100%",
            "完成率×8分",
            4,
        ),
        ev(
            "产出",
            "产出成本",
            "河道保洁单位成本",
            7,
            "保洁经费支出/保洁河道长度",
            "≤3000元/公里·年",
            "不超过标准得7分，超过酌情扣分",
            4,
        ),
        ev(
            "效益",
            "项目效益",
            "县控断面水质达标率",
            10,
            "依据县生态环境部门月度监测数据",
            "≥85%",
            "达标率≥85%得10分，每低1个百分点扣1分",
            5,
        ),
        ev(
            "效益",
            "项目效益",
            "长效管护机制健全性",
            10,
            "是否建立河道管护长效机制",
            "健全",
            "健全得10分，基本健全得6分，不健全不得分",
            2,
            c={"V401": "目标值只写“健全”"},
        ),
        ev(
            "效益",
            "满意度",
            "沿河群众满意度",
            10,
            "问卷调查沿河群众满意程度",
            "≥90%",
            "满意度≥90%得10分，每低1个百分点扣1分",
            4,
        ),
    ],
)


def _grid1() -> tuple[Grid, dict[tuple[int, int], float]]:
    g = Grid(7)
    g.add("项目名称", T1.project)
    g.span(0, 1, 0, 6)
    g.add("主管部门", UNIT, "", "", "实施单位", "串场县河道管理所")
    g.span(1, 1, 1, 3)
    g.span(1, 5, 1, 6)
    g.add("年度资金总额（万元）", "", "", "", "中期资金总额（万元）")
    g.span(2, 1, 2, 3)
    g.span(2, 5, 2, 6)
    numbers = {(2, 1): 560.0, (2, 5): 1650.0}
    g.add("年度目标", GOAL, "", "", "中期目标", MID_GOAL)
    g.span(3, 1, 3, 3)
    g.span(3, 5, 3, 6)
    g.add("一级指标", "年度指标", "", "", "中期指标")
    g.span(4, 1, 4, 3)
    g.span(4, 4, 4, 6)
    g.add("", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.span(4, 0, 5, 0)
    first = len(g.rows)
    for r in T1.rows:
        m = r.x["mid_term"]
        g.add(r.l1, r.l2, r.l3, r.value, m["level2"], m["level3"], m["value"])
    for col in (0, 1, 4):
        g.merge_runs(col, first, len(g.rows) - 1)
    return g, numbers


def _grid2() -> Grid:
    g = Grid(7, header_rows=1)
    g.add("一级指标", "二级指标", "三级指标", "分值", "指标解释", "目标值", "评分标准")
    for r in T2.rows:
        g.add(r.l1, r.l2, r.l3, str(r.x["weight"]), r.desc or "", r.value, r.std or "")
    g.merge_runs(0, 1, len(g.rows) - 1)
    g.merge_runs(1, 1, len(g.rows) - 1)
    r = g.add("总分", "", "", "100")
    g.span(r, 0, r, 2)
    return g


def render(doc: Doc) -> bytes:
    wb = new_xlsx()
    ws = wb.active
    ws.title = "中期和年度绩效目标"
    ws.cell(row=1, column=1, value=f"{UNIT}2024年项目支出绩效目标表（中期及年度）").font = Font(
        bold=True, size=13
    )
    ws.merge_cells("A1:G1")
    ws.cell(row=2, column=6, value="金额单位：万元")
    g1, numbers = _grid1()
    xlsx_grid(ws, g1, 3, numbers)
    for col, width in zip("ABCDEFG", (12, 16, 24, 16, 16, 24, 16)):
        ws.column_dimensions[col].width = width
    ws2 = wb.create_sheet("评价指标体系")
    ws2.cell(row=1, column=1, value=T2.title).font = Font(bold=True, size=13)
    ws2.merge_cells("A1:G1")
    xlsx_grid(ws2, _grid2(), 3)
    for col, width in zip("ABCDEFG", (8, 12, 20, 6, 34, 16, 30)):
        ws2.column_dimensions[col].width = width
    return xlsx_bytes(wb)


DOC = Doc(
    id="hb18_jiangsu_shuili",
    file="hb18_jiangsu_shuili.xlsx",
    unit=UNIT,
    year=2024,
    tags={
        "province": "江苏",
        "county": "串场县",
        "sector": "水利",
        "format": "xlsx",
        "encoding": "",
        "layout_patterns": "level1-once:merged-range midterm-annual:annual-first goal-heading:中期目标+年度目标 label-notes:(必选) evaluation-system budget-lines several-tables:two-sheets unit-year-framing:title",
    },
    tables=[T1, T2],
    render=render,
)
