"""§4: an evaluation-indicator system (评价指标体系) as the renderer prints it."""

from __future__ import annotations

from auditor.synth.generate import SynthDocument
from auditor.synth.layouts import Layout
from auditor.synth.page import ExpectedRow, ExpectedTable, Page, TableGrid

# The 决策 block of the common evaluation framework (财预〔2020〕10号): its 二级 names include
# 绩效目标, which is also a header word
DECISION_ROWS = (
    ("项目立项", "立项依据充分性", "3"),
    ("绩效目标", "绩效目标合理性", "3"),
    ("绩效目标", "绩效指标明确性", "2"),
    ("资金投入", "预算编制科学性", "4"),
)


def evaluation_table(page: Page, sd: SynthDocument, layout: Layout) -> ExpectedTable:
    """§4: an evaluation-indicator system: a 决策 block, 分值, 指标解释 and 评分标准 per
    indicator, no targets, 总分."""
    table = sd.doc.tables[0]
    page.para(f"{sd.doc.year}年度{table.project}重点绩效评价指标体系")
    grid = TableGrid(ncols=6)
    grid.add(["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准"], "header")
    lines = [("决策", l2, l3, w) for l2, l3, w in DECISION_ROWS] + [
        (r.level1, r.level2, r.level3, sd.extras[(table.index, r.index)]["weight"])
        for r in table.rows
    ]
    expected: list[ExpectedRow] = []
    previous: tuple[str, str] = ("", "")
    for level1, level2, level3, weight in lines:
        rule = f"{level3}达到目标得满分，每低5%扣1分"
        note = f"考察{level3}是否符合项目实施方案的要求"
        l1 = level1 if level1 != previous[0] else ""
        l2 = level2 if (level1, level2) != previous else ""
        grid.add([l1, l2, level3, weight, note, rule], "indicator")
        previous = (level1, level2)
        names = (frozenset({level1}), frozenset({level2}), frozenset({level3}))
        expected.append(ExpectedRow(*names, frozenset({""}), (("weight", weight),)))
    total = sum(int(w) for *_, w in lines)
    grid.add(["总分", "", "", str(total), "", ""], "subtotal")
    page.blocks.append(grid)
    return ExpectedTable(table.project, None, expected, "evaluation_system")
