"""江西 · 修田县民政局: Word tables flattened to text, one cell per paragraph with a blank line
between cells, empty cells as extra blank lines (UTF-8).

Patterns: one cell per line separated by blank lines; labels broken over lines inside a cell
(一级\\n指标, 经济效益\\n指标, 服务对象\\n满意度指标); in table 1 the merged 二级 cells print their
name on the middle row of their block, so the first rows of the table carry no 二级; in table 2
every 三级 has a `指标N：` prefix and the template's placeholder rows (`指标3：`, `……`) are left
in; goals under 年度目标.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "修田县民政局"
TITLE = "修田县民政局2024年项目支出绩效目标表"
MID = "二级为合并单元格，名称印在本组中间一行"

P1 = "城乡最低生活保障"
P1_GOAL = "按时足额发放城乡低保金，城市低保标准不低于每人每月800元、农村不低于每人每月620元，实现应保尽保。"
P1_ROWS = [
    R("产出指标", "数量指标", "城市低保保障人数", "≥1850人", 4, note=MID),
    R("产出指标", "数量指标", "农村低保保障人数", "≥4800人", 4),
    R("产出指标", "数量指标", "低保对象年度核查覆盖率", "100%", 4, note=MID),
    R("产出指标", "质量指标", "低保对象认定准确率", "≥98%", 4, note=MID),
    R("产出指标", "质量指标", "低保金社会化发放率", "100%", 4),
    R("产出指标", "时效指标", "低保金发放时间", "每月10日前", 4),
    R("产出指标", "成本指标", "城市低保标准", "≥800元/人·月", 4, note=MID),
    R("产出指标", "成本指标", "农村低保标准", "≥620元/人·月", 4),
    R(
        "效益指标",
        "社会效益指标",
        "困难群众基本生活保障",
        "有效保障",
        2,
        {"V401": "“有效保障”无判定标准"},
        note=MID,
    ),
    R("效益指标", "社会效益指标", "社会救助政策知晓率", "≥90%", 4),
    R(
        "效益指标",
        "经济效益指标",
        "发放低保资金总额",
        "≥2148.6万元",
        3,
        {"C202": "资金发放总额属投入/成本，列入经济效益"},
    ),
    R(
        "效益指标",
        "可持续影响指标",
        "社会救助兜底保障机制",
        "持续健全",
        2,
        {"V401": "“持续健全”无判定标准"},
    ),
    R("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", 4),
]
# where the 二级 name is printed: row index (0-based) -> True
P1_PRINTED_L2 = {1, 4, 5, 7, 9, 10, 11, 12}

P2 = "特困人员救助供养"
P2_GOAL = "保障特困人员基本生活，提高供养水平。"
P2_ROWS = [
    R("产出指标", "数量指标", "指标1：特困人员供养人数", "≥1020人", 4),
    R("产出指标", "数量指标", "指标2：集中供养敬老院数量", "8所", 4),
    R("产出指标", "质量指标", "指标1：特困人员救助供养覆盖率", "100%", 4),
    R("产出指标", "质量指标", "指标2：敬老院消防安全检查合格率", "100%", 4),
    R("产出指标", "时效指标", "指标1：供养金发放及时率", "100%", 4),
    R("产出指标", "成本指标", "指标1：分散供养基本生活标准", "1040元/人·月", 4),
    R("产出指标", "成本指标", "指标2：集中供养基本生活标准", "1040元/人·月", 4),
    R(
        "效益指标",
        "社会效益指标",
        "指标1：特困人员基本生活保障水平",
        "提高",
        2,
        {"V401": "“提高”无判定标准"},
    ),
    R("效益指标", "可持续影响指标", "指标1：失能特困人员集中照护率", "≥60%", 4),
    R("满意度指标", "服务对象满意度指标", "指标1：供养对象满意度", "≥90%", 4),
]
# placeholder rows of the template, inserted after the given (1-based) row
P2_PLACEHOLDERS = [(2, "指标3："), (4, "……"), (5, "指标2："), (8, "指标2："), (10, "……")]

BREAKS = {
    "经济效益指标": "经济效益\n指标",
    "服务对象满意度指标": "服务对象\n满意度指标",
}


def _emit(lines: Lines, cells: list[str], row=None) -> None:
    out: list[str] = []
    for c in cells:
        out += [*c.split("\n"), ""]
    if row is None:
        lines.add(*out)
    else:
        lines.row(row, *out)


def _head(lines: Lines, name: str, money: list[str], goal: str) -> None:
    lines.add(TITLE, "", "单位：万元", "")
    _emit(lines, ["项目名称", name])
    _emit(lines, ["主管部门", UNIT, "实施单位", UNIT])
    _emit(
        lines,
        ["项目资金", "年度资金总额", money[0], "其中：财政拨款", money[1], "其他资金", money[2]],
    )
    _emit(lines, ["年度目标", goal])
    _emit(lines, ["一级\n指标", "二级\n指标", "三级指标", "指标值"])


def _label(name: str) -> str:
    return BREAKS.get(name, name)


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        P1,
        2148.6,
        P1_GOAL,
        TITLE,
        P1_ROWS,
        extra={
            "budget_source": {
                "unit": "万元",
                "年度资金总额": "2148.60",
                "财政拨款": "2148.60",
                "其他资金": "0",
            }
        },
    )
    t2 = Table(
        "project",
        "project",
        P2,
        1326.0,
        P2_GOAL,
        TITLE,
        P2_ROWS,
        codes={"G702": "年度目标“保障基本生活，提高供养水平”无人数、标准或时限"},
        extra={
            "budget_source": {
                "unit": "万元",
                "年度资金总额": "1326.00",
                "财政拨款": "1326.00",
                "其他资金": "0",
            },
            "placeholders": [{"after_row": a, "text": t} for a, t in P2_PLACEHOLDERS],
        },
    )
    doc = Doc(
        id="hl04_jiangxi_civil",
        filename="hl04_jiangxi_civil.txt",
        unit=UNIT,
        year=2024,
        province="江西",
        fmt="txt",
        encoding="utf-8",
        patterns=[
            "1.cell-per-line-blank",
            "1.broken-labels",
            "2.level1-once:first-row",
            "2.level2-missing-or-repeated:missing-on-first-rows(merged,middle)",
            "2.prefixes-placeholders",
            "4.budget-lines",
            "4.goal-heading:年度目标",
            "4.unit-year-framing:title-line",
        ],
        tables=[t1, t2],
    )
    lines = Lines()
    lines.add("修田县民政局2024年部门预算公开", "", "五、项目支出绩效目标", "")
    _head(lines, P1, ["2148.60", "2148.60", "0"], P1_GOAL)
    prev1 = None
    for i, r in enumerate(P1_ROWS):
        l1 = r.level1 if r.level1 != prev1 else ""
        prev1 = r.level1
        l2 = _label(r.level2) if i in P1_PRINTED_L2 else ""
        _emit(lines, [l1, l2, r.level3, r.value], row=r)
    lines.add("")
    _head(lines, P2, ["1326.00", "1326.00", "0"], P2_GOAL)
    prev1 = prev2 = None
    holders = dict(P2_PLACEHOLDERS)
    for i, r in enumerate(P2_ROWS, 1):
        l1 = r.level1 if r.level1 != prev1 else ""
        l2 = _label(r.level2) if (r.level1, r.level2) != prev2 else ""
        prev1, prev2 = r.level1, (r.level1, r.level2)
        _emit(lines, [l1, l2, r.level3, r.value], row=r)
        if i in holders:
            _emit(lines, ["", "", holders[i], ""])
    lines.write(doc.path)
    return doc
