"""辽宁 · 清岭县自然资源局: an excerpt of a PDF converted to text (UTF-8). Table 1 shows the tree by
indentation, one cell per line; its first two indicators were entered without a 二级 name and
the template's placeholder lines (……, …) remain. Table 2 lost all separators (cells run
together) and the excerpt ends inside it.

Patterns: indentation, one cell per line; 二级 missing on the first rows; placeholders (……, …);
a 其中: sub-row; cells run together; a table cut off at the end of the excerpt; several tables;
unit and year in the title line.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "清岭县自然资源局"
TITLE = "清岭县自然资源局2024年度项目绩效目标表"
NO_L2 = "原表此行未填二级指标"

P1 = "国土变更调查及成果更新"
P1_GOAL = "完成2024年度国土变更调查，核查图斑4200个以上，年底前完成数据库更新并通过省级质检。"
P1_ROWS = [
    R("产出指标", "", "年度变更调查图斑核查数量", "≥4200个", 4, note=NO_L2),
    R("产出指标", "", "变更调查数据库更新", "1套", 4, note=NO_L2),
    R("产出指标", "质量指标", "图斑核查准确率", "≥98%", 4),
    R("产出指标", "质量指标", "数据库质检一次通过率", "≥95%", 4),
    R("产出指标", "时效指标", "成果上报时间", "2024年12月底前", 4),
    R("产出指标", "成本指标", "单个图斑核查成本", "≤160元/个", 4),
    R(
        "效益指标",
        "社会效益指标",
        "为国土空间规划提供数据支撑",
        "有效支撑",
        2,
        {"V401": "“有效支撑”无判定标准"},
    ),
    R(
        "效益指标",
        "社会效益指标",
        "其中：耕地保护目标核实",
        "准确",
        2,
        {"V401": "“准确”无判定标准"},
        note="“其中”子行，属上一行",
        sub_row_of=7,
    ),
    R(
        "效益指标",
        "可持续影响指标",
        "自然资源“一张图”动态更新",
        "持续",
        2,
        {"V401": "“持续”无判定标准"},
    ),
    R("满意度指标", "服务对象满意度指标", "成果使用单位满意度", "≥90%", 4),
]
# placeholder lines left from the template, printed after the given (1-based) row
P1_PLACEHOLDERS = [(6, "……"), (9, "…")]

P2 = "地质灾害隐患点监测及群测群防"
P2_GOAL = "对全县86处地质灾害隐患点开展汛期巡查监测，培训群测群防员172人次，实现地质灾害零伤亡。"
P2_ROWS = [
    R("产出指标", "数量指标", "地质灾害隐患点监测数量", "86处", 4),
    R("产出指标", "数量指标", "群测群防员培训人次", "≥172人次", 4),
    R("产出指标", "质量指标", "隐患点巡查覆盖率", "100%", 4),
    R("产出指标", "时效指标", "汛期巡查频次", "每周≥1次", 4),
    R("产出指标", "成本指标", "群测群防员补助标准", "≤1500元/人·年", 4),
    R("效益指标", "社会效益指标", "地质灾害造成人员伤亡", "0人", 4),
]
P2_CUT = "社会效益指标受威胁群众"


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        P1,
        68.0,
        P1_GOAL,
        TITLE,
        P1_ROWS,
        extra={
            "budget_source": {"unit": "万元", "项目资金": "68.00"},
            "placeholders": [{"after_row": a, "text": t} for a, t in P1_PLACEHOLDERS],
        },
    )
    t2 = Table(
        "project",
        "project",
        P2,
        45.0,
        P2_GOAL,
        TITLE,
        P2_ROWS,
        extra={
            "budget_source": {"unit": "万元", "项目资金": "45.00"},
            "cut_off": {"after_row": len(P2_ROWS), "partial_row_text": P2_CUT},
            "cells_run_together": True,
        },
    )
    doc = Doc(
        id="hl11_liaoning_land",
        filename="hl11_liaoning_land.txt",
        unit=UNIT,
        year=2024,
        province="辽宁",
        fmt="txt",
        encoding="utf-8",
        patterns=[
            "1.indentation",
            "1.run-together",
            "2.level1-once:own-line",
            "2.level2-missing-or-repeated:missing-on-first-rows",
            "2.prefixes-placeholders:……,…",
            "2.sub-rows",
            "4.cut-off",
            "4.several-tables",
            "4.unit-year-framing:title-line",
        ],
        tables=[t1, t2],
    )
    lines = Lines()
    lines.add(
        TITLE,
        "（一）",
        f"项目名称：{P1}",
        "项目资金（万元）：68.00",
        f"年度目标：{P1_GOAL}",
        "一级指标",
        "  二级指标",
        "    三级指标",
        "      指标值",
    )
    holders = dict(P1_PLACEHOLDERS)
    prev1 = prev2 = None
    for i, r in enumerate(P1_ROWS, 1):
        if r.level1 != prev1:
            lines.add(r.level1)
            prev1 = r.level1
        if r.level2 and (r.level1, r.level2) != prev2:
            lines.add(f"  {r.level2}")
        prev2 = (r.level1, r.level2)
        lines.row(r, f"    {r.level3}", f"      {r.value}")
        if i in holders:
            lines.add(f"    {holders[i]}")
    lines.add(
        "",
        "（二）",
        f"项目名称{P2}项目资金（万元）45.00",
        f"年度目标{P2_GOAL}",
        "一级指标二级指标三级指标指标值",
    )
    prev = None
    for r in P2_ROWS:
        l1 = r.level1 if r.level1 != prev else ""
        prev = r.level1
        lines.row(r, f"{l1}{r.level2}{r.level3}{r.value}")
    path = doc.path
    lines.write(path)
    path.write_bytes(path.read_bytes() + P2_CUT.encode("utf-8"))
    return doc
