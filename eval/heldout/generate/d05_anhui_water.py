"""安徽 · 淮丰县水利局: a 绩效目标批复表 as a PDF-to-text converter leaves it (GB18030).

Patterns: the header block one cell per line ending in a pipe, merged cells as lone pipes; the
indicator rows as pipe rows without outer pipes, padded with empty cells; notes inside the labels
((50分), (必填)); an approval table (批复表); an 附件 label; budget lines 年度资金总额 / 其中:财政拨款 /
其他资金; goal under 年度目标.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "淮丰县水利局"
TITLE = "淮丰县2024年项目支出绩效目标批复表"
PROJECT = "小型水库维修养护"
GOAL = (
    "完成全县14座小型水库维修养护，清淤疏浚溢洪道1.2公里以上，汛前完成维修养护任务，"
    "确保水库安全度汛，保护下游2.6万人生命财产安全。"
)
NOTE = "标签内附注（分值/必填）按原文保留"

ROWS = [
    R("产出指标（50分）", "数量指标（必填）", "维修养护小型水库座数", "14座", 4, note=NOTE),
    R("产出指标（50分）", "数量指标（必填）", "清淤疏浚溢洪道长度", "≥1.2公里", 4, note=NOTE),
    R("产出指标（50分）", "质量指标（必填）", "维修养护工程验收合格率", "≥95%", 4, note=NOTE),
    R("产出指标（50分）", "质量指标（必填）", "水库安全鉴定", "合格", 3, note=NOTE),
    R("产出指标（50分）", "时效指标", "汛前完成维修养护", "2024年5月31日前", 4, note=NOTE),
    R("产出指标（50分）", "成本指标（必填）", "单座水库维修养护费用", "≤13.3万元/座", 4, note=NOTE),
    R("效益指标（30分）", "社会效益指标", "保护下游人口", "≥2.6万人", 4, note=NOTE),
    R(
        "效益指标（30分）",
        "社会效益指标",
        "水库安全度汛",
        "确保",
        2,
        {"V401": "“确保”无判定标准（可写“无垮坝、无重大险情”）"},
        note=NOTE,
    ),
    R(
        "效益指标（30分）",
        "生态效益指标",
        "改善水库周边生态环境",
        "明显改善",
        2,
        {"V401": "“明显改善”无判定标准"},
        note=NOTE,
    ),
    R("效益指标（30分）", "可持续影响指标", "工程设计使用年限", "≥20年", 4, note=NOTE),
    R(
        "满意度指标（10分）",
        "服务对象满意度指标（必填）",
        "受益群众满意度",
        "≥85%",
        4,
        note=NOTE,
    ),
]


def _cells(lines: Lines, cells: list[str]) -> None:
    lines.add(*[f"{c} |" if c else "|" for c in cells])


def _row(cells: list[str]) -> str:
    return " | ".join(cells + ["", "", ""]) + " |"


def build() -> Doc:
    table = Table(
        "project",
        "project",
        PROJECT,
        186.0,
        GOAL,
        TITLE,
        ROWS,
        extra={
            "approval_table": True,
            "budget_source": {
                "unit": "万元",
                "年度资金总额": "186.00",
                "财政拨款": "186.00",
                "其他资金": "0",
            },
        },
    )
    doc = Doc(
        id="hl05_anhui_water",
        filename="hl05_anhui_water.txt",
        unit=UNIT,
        year=2024,
        province="安徽",
        fmt="txt",
        encoding="gb18030",
        patterns=[
            "1.cell-per-line-pipe",
            "1.lone-pipes",
            "1.pipe-padded:no-outer-pipes",
            "2.label-notes:(50分),(必填)",
            "4.approval",
            "4.budget-lines",
            "4.goal-heading:年度目标",
            "4.unit-year-framing:attachment-label",
        ],
        tables=[table],
    )
    lines = Lines()
    _cells(lines, ["附件2", "", TITLE, "（2024年度）", ""])
    _cells(lines, ["项目名称", PROJECT, "", ""])
    _cells(lines, ["主管部门及代码", "[312]淮丰县水利局", "实施单位", UNIT])
    _cells(lines, ["项目资金（万元）", "年度资金总额", "186.00", ""])
    _cells(lines, ["", "其中：财政拨款", "186.00", ""])
    _cells(lines, ["", "其他资金", "0", ""])
    _cells(lines, ["年度目标", GOAL, "", ""])
    lines.add(_row(["一级指标", "二级指标", "三级指标", "指标值"]))
    prev1 = prev2 = None
    for r in ROWS:
        l1 = r.level1 if r.level1 != prev1 else ""
        l2 = r.level2 if (r.level1, r.level2) != prev2 else ""
        prev1, prev2 = r.level1, (r.level1, r.level2)
        lines.row(r, _row([l1, l2, r.level3, r.value]))
    lines.add(_row(["", "", "", ""]), "", "淮丰县财政局", "2024年2月")
    lines.write(doc.path, encoding="gb18030", newline="\r\n")
    return doc
