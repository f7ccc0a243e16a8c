"""江苏 · 溧东县: a workbook of a performance evaluation of the county's rural road upgrading
project (XLSX, openpyxl, merged ranges). Sheet 1 holds the approved goal table with mid-term and
annual indicators side by side (each side with its own 一级/二级/三级/指标值 columns); sheet 2 the
evaluation-indicator system (评价指标体系) with 分值, 指标解释, 评分标准, 目标值 and a 合计 row.

Patterns: mid-term and annual targets side by side; goals under 中期目标 and 年度目标; an
evaluation-indicator system with 分值 and a total row; 评分标准 column; the target column headed
目标值; several tables (two sheets).
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from spec import Doc, R, Table, normalise_zip

UNIT = "溧东县交通运输局"
PROJECT = "溧东县农村公路提档升级工程"
TITLE1 = "溧东县农村公路提档升级工程绩效目标表（2023年度）"
TITLE2 = "溧东县农村公路提档升级工程绩效评价指标体系"
MID_GOAL = "2023—2025年完成农村公路提档升级120公里，改造危桥15座，完善安全防护设施90公里以上，农村公路优良中等路比例达到85%。"
GOAL = "2023年完成农村公路提档升级42公里，改造危桥5座，完善安全防护设施30公里以上，交工验收合格率100%。"


def M(l1, l2, l3, mid_value, year_value, spec, codes=None, mid_l3=None, **kw):
    mid = {"level1": l1, "level2": l2, "level3": mid_l3 or l3, "value": mid_value}
    return R(l1, l2, l3, year_value, spec, codes, mid_term=mid, **kw)


ROWS1 = [
    M("产出指标", "数量指标", "提档升级农村公路里程", "≥120公里", "≥42公里", 4),
    M("产出指标", "数量指标", "改造危桥", "15座", "5座", 4),
    M("产出指标", "数量指标", "完善安全防护设施", "≥90公里", "≥30公里", 4),
    M("产出指标", "质量指标", "交工验收合格率", "100%", "100%", 4),
    M("产出指标", "质量指标", "路面平整度（IRI）", "≤2.5米/公里", "≤2.5米/公里", 4),
    M(
        "产出指标",
        "时效指标",
        "年度建设任务完成时间",
        "2025年12月底前",
        "2023年12月底前",
        4,
        mid_l3="建设任务完成时间",
    ),
    M("产出指标", "成本指标", "每公里提档升级平均造价", "≤28万元/公里", "≤29.8万元/公里", 4),
    M(
        "效益指标",
        "社会效益指标",
        "沿线群众出行条件",
        "明显改善",
        "明显改善",
        2,
        {"V401": "“明显改善”无判定标准"},
    ),
    M(
        "效益指标",
        "经济效益指标",
        "带动沿线乡村旅游收入",
        "增长",
        "增长",
        2,
        {"V401": "“增长”无幅度标准"},
    ),
    M("效益指标", "可持续影响指标", "路面设计使用年限", "≥15年", "≥15年", 4),
    M("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", 4),
]


def E(l1, l2, l3, weight, expl, std, target, spec, codes=None, **kw):
    """An evaluation-system row: 目标值 is the value, 分值 goes to extra."""
    return R(l1, l2, l3, target, spec, codes, desc=expl, std=std, weight=weight, **kw)


ROWS2 = [
    E(
        "决策",
        "项目立项",
        "立项依据充分性",
        "3",
        "项目立项是否符合国家法律法规、发展规划和部门职责。",
        "依据充分得3分，每发现一项不符合扣1分。",
        "",
        None,
    ),
    E(
        "决策",
        "项目立项",
        "立项程序规范性",
        "2",
        "项目是否按规定程序申请设立，审批文件是否齐全。",
        "程序规范得2分，否则酌情扣分。",
        "",
        None,
    ),
    E(
        "决策",
        "绩效目标",
        "绩效目标合理性",
        "3",
        "绩效目标是否与项目实际内容相符、与预算相匹配。",
        "合理得3分，每发现一处不合理扣1分。",
        "",
        None,
    ),
    E(
        "决策",
        "绩效目标",
        "绩效指标明确性",
        "3",
        "绩效指标是否细化、量化，是否与年度任务数对应。",
        "明确得3分，每发现一项未量化扣0.5分。",
        "",
        None,
    ),
    E(
        "决策",
        "资金投入",
        "预算编制科学性",
        "3",
        "预算编制是否经过论证，内容与项目内容是否匹配。",
        "科学得3分，否则酌情扣分。",
        "",
        None,
    ),
    E(
        "决策",
        "资金投入",
        "资金分配合理性",
        "2",
        "资金分配是否有测算依据，与实际需要是否适应。",
        "合理得2分，否则酌情扣分。",
        "",
        None,
    ),
    E(
        "过程",
        "资金管理",
        "资金到位率",
        "4",
        "实际到位资金与计划投入资金的比率。",
        "到位率100%得满分，每低1个百分点扣0.1分。",
        "100%",
        4,
    ),
    E(
        "过程",
        "资金管理",
        "预算执行率",
        "4",
        "项目预算资金是否按照计划执行。",
        "执行率100%得满分，每低1个百分点扣0.1分。",
        "100%",
        4,
    ),
    E(
        "过程",
        "资金管理",
        "资金使用合规性",
        "4",
        "资金使用是否符合财务管理制度和专款专用要求。",
        "合规得4分，发现违规使用不得分。",
        "",
        None,
    ),
    E(
        "过程",
        "组织实施",
        "管理制度健全性",
        "4",
        "项目实施单位的业务及财务管理制度是否健全。",
        "健全得4分，否则酌情扣分。",
        "",
        None,
    ),
    E(
        "过程",
        "组织实施",
        "制度执行有效性",
        "4",
        "项目实施是否符合相关管理规定，资料是否齐全。",
        "有效得4分，每发现一项问题扣1分。",
        "",
        None,
    ),
    E(
        "产出",
        "产出数量",
        "提档升级里程完成率",
        "10",
        "实际完成提档升级里程与计划里程（42公里）的比率。",
        "完成率100%得满分，按比例扣分。",
        "100%",
        4,
    ),
    E(
        "产出",
        "产出质量",
        "交工验收合格率",
        "10",
        "交工验收合格路段里程占完工里程的比例，以交工验收报告为准。",
        "100%得满分，每低1个百分点扣1分。",
        "100%",
        5,
    ),
    E(
        "产出",
        "产出时效",
        "完成及时性",
        "8",
        "是否在计划时间内完成年度建设任务。",
        "按期完成得满分，每延期1个月扣2分。",
        "2023年12月底前",
        4,
    ),
    E(
        "产出",
        "产出成本",
        "每公里造价控制",
        "6",
        "实际每公里平均造价与批复概算的对比情况。",
        "不超概算得满分，超出部分按比例扣分。",
        "≤29.8万元/公里",
        4,
    ),
    E(
        "效益",
        "项目效益",
        "通行条件改善情况",
        "10",
        "项目实施后沿线通行条件改善情况。",
        "根据问卷和现场核查情况酌情打分。",
        "明显改善",
        2,
        {"V401": "目标值“明显改善”无判定标准"},
    ),
    E(
        "效益",
        "项目效益",
        "沿线群众出行时间节约率",
        "8",
        "项目实施前后沿线行政村到乡镇平均出行时间的下降比例。",
        "达到目标值得满分，按比例扣分。",
        "≥15%",
        4,
    ),
    E(
        "效益",
        "项目效益",
        "管养机制建立情况",
        "6",
        "是否落实“路长制”及日常养护责任。",
        "建立并落实得满分，否则酌情扣分。",
        "建立",
        3,
    ),
    E(
        "效益",
        "项目效益",
        "群众满意度",
        "6",
        "通过问卷调查了解沿线群众的满意程度。",
        "满意度≥90%得满分，每低1个百分点扣0.5分。",
        "≥90%",
        4,
    ),
]


def _merge_runs(ws, col: int, first_row: int, keys: list) -> None:
    i = 0
    while i < len(keys):
        j = i
        while j + 1 < len(keys) and keys[j + 1] == keys[i]:
            j += 1
        if j > i:
            ws.merge_cells(
                start_row=first_row + i, start_column=col, end_row=first_row + j, end_column=col
            )
            ws.cell(first_row + i, col).alignment = Alignment(vertical="center")
        i = j + 1


def _sheet1(ws) -> None:
    ws.title = "绩效目标"
    ws.append([TITLE1])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["项目名称", PROJECT])
    ws.merge_cells("B2:H2")
    ws.append(["主管部门", UNIT, None, None, "实施单位", "溧东县农村公路管理站"])
    ws.merge_cells("B3:D3")
    ws.merge_cells("F3:H3")
    ws.append(["项目资金（万元）", "中期资金总额", None, 3600, "年度资金总额", None, None, 1250])
    ws.merge_cells("B4:C4")
    ws.merge_cells("E4:G4")
    ws.append(["中期目标（2023—2025年）", None, None, None, "年度目标（2023年）"])
    ws.merge_cells("A5:D5")
    ws.merge_cells("E5:H5")
    ws.append([MID_GOAL, None, None, None, GOAL])
    ws.merge_cells("A6:D6")
    ws.merge_cells("E6:H6")
    ws.append(["中期指标", None, None, None, "年度指标"])
    ws.merge_cells("A7:D7")
    ws.merge_cells("E7:H7")
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"] * 2)
    first = ws.max_row + 1
    for r in ROWS1:
        m = r.extra["mid_term"]
        ws.append(
            [
                m["level1"],
                m["level2"],
                m["level3"],
                m["value"],
                r.level1,
                r.level2,
                r.level3,
                r.value,
            ]
        )
    for col, key in ((1, "level1"), (5, "level1")):
        _merge_runs(ws, col, first, [getattr(r, key) for r in ROWS1])
    _merge_runs(ws, 2, first, [(r.level1, r.level2) for r in ROWS1])
    _merge_runs(ws, 6, first, [(r.level1, r.level2) for r in ROWS1])
    for c, w in zip("ABCDEFGH", (12, 14, 24, 14, 12, 14, 24, 14)):
        ws.column_dimensions[c].width = w


def _sheet2(ws) -> None:
    ws.title = "评价指标体系"
    ws.append([TITLE2])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "目标值"])
    first = ws.max_row + 1
    for r in ROWS2:
        ws.append(
            [
                r.level1,
                r.level2,
                r.level3,
                int(r.extra["weight"]),
                r.description,
                r.scoring_standard,
                r.value or None,
            ]
        )
    _merge_runs(ws, 1, first, [r.level1 for r in ROWS2])
    _merge_runs(ws, 2, first, [(r.level1, r.level2) for r in ROWS2])
    ws.append(["合计", None, None, 100])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    for c, w in zip("ABCDEFG", (10, 12, 22, 6, 44, 40, 16)):
        ws.column_dimensions[c].width = w


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        PROJECT,
        1250.0,
        GOAL,
        TITLE1,
        ROWS1,
        extra={
            "budget_source": {"unit": "万元", "年度资金总额": "1250", "中期资金总额": "3600"},
            "mid_term_goal": MID_GOAL,
            "value_column": "年度指标 / 指标值 (the 中期指标 side is in row_extra.mid_term)",
            "sheet": "绩效目标",
        },
    )
    t2 = Table(
        "project",
        "evaluation_system",
        PROJECT,
        None,
        None,
        TITLE2,
        ROWS2,
        extra={
            "sheet": "评价指标体系",
            "total_row": {"label": "合计", "分值": "100"},
            "value_column": "目标值 (blank for 决策/过程 criteria; those rows have no specificity grade)",
        },
    )
    doc = Doc(
        id="hl16_jiangsu_road_eval",
        filename="hl16_jiangsu_road_eval.xlsx",
        unit=UNIT,
        year=2023,
        province="江苏",
        fmt="xlsx",
        encoding=None,
        patterns=[
            "3.midterm-annual",
            "4.goal-heading:中期目标+年度目标",
            "4.evaluation-system",
            "3.extra-columns:分值,指标解释,评分标准",
            "3.value-header-gloss:目标值",
            "2.level1-once:first-row(merged range)",
            "4.several-tables:two-sheets",
            "4.unit-year-framing:title-line",
        ],
        tables=[t1, t2],
    )
    wb = Workbook()
    _sheet1(wb.active)
    _sheet2(wb.create_sheet())
    wb.save(doc.path)
    normalise_zip(doc.path)
    return doc
