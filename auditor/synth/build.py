"""Document + layout -> Page (what is printed) + Expected (what extraction must recover)."""

from __future__ import annotations

from itertools import groupby

from auditor.models import IndicatorRow, Table
from auditor.synth.generate import SynthDocument
from auditor.synth.layouts import Layout
from auditor.synth.names import (
    accepted_values,
    level1_text,
    level2_text,
    level3_text,
    value_cells,
)
from auditor.synth.page import Expected, ExpectedRow, ExpectedTable, Page, TableGrid

VALUE_HEADERS = {
    "plain": ["指标值"],
    "split": ["符号", "数值", "单位"],
    "typed": ["指标值类型", "目标值", "度量单位", "指标值内容"],
    "extra": ["指标性质", "指标值", "权重(%)", "指标方向性", "备注"],
    "self_eval": ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    "self_eval_score_first": ["分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"],
}
EXTRA_COLUMNS: dict[str, tuple[str, ...]] = {
    "extra": ("nature", "weight", "direction", "remark"),
    "self_eval": ("actual", "score_max", "score", "deviation"),
    "self_eval_score_first": ("actual", "score_max", "score", "deviation"),
}
DEPARTMENT_HEADER = [
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


def yuan(wan: float) -> str:
    return f"{round(wan * 10000, 2):,.2f}"


def _value_part(layout: Layout, value: str, extras: dict[str, str]) -> list[str]:
    """The cells right of 三级 for one indicator row."""
    cols = layout.columns
    if layout.framing == "department":
        sym, num, unit = value_cells(layout, value)
        return [extras["nature"], sym, num, unit, extras["weight"], extras["direction"]]
    if cols == "extra":
        return [extras["nature"], value, extras["weight"], extras["direction"], extras["remark"]]
    if cols == "self_eval":
        return [value, extras["actual"], extras["score_max"], extras["score"], extras["deviation"]]
    if cols == "self_eval_score_first":
        return [extras["score_max"], value, extras["actual"], extras["score"], extras["deviation"]]
    return value_cells(layout, value)


def _expected_row(
    layout: Layout,
    row: IndicatorRow,
    printed: tuple[str, str, str],
    extras: dict[str, str],
    keys: tuple[str, ...],
) -> ExpectedRow:
    l1, l2, l3 = printed
    implied_l1 = layout.tree in ("never", "empty_column")
    return ExpectedRow(
        level1=frozenset({row.level1} if implied_l1 else {row.level1, l1}),
        level2=frozenset({row.level2, l2}),
        level3=frozenset({row.level3, l3}),
        value=accepted_values(layout, row.value),
        extras=tuple((k, extras[k]) for k in keys),
    )


def _indicator_rows(
    grid: TableGrid, sd: SynthDocument, table: Table, layout: Layout, lead: list[str]
) -> list[ExpectedRow]:
    """Add the indicator rows of `table` to `grid` (tree variants of §2); return expectations.

    `lead` holds cells printed left of the tree columns on the table's first row (the
    department-wide table's unit/project/budget/goal)."""
    has_l1 = layout.tree != "never"
    keys: tuple[str, ...] = EXTRA_COLUMNS.get(layout.columns, ())
    if layout.framing == "department":
        keys = ("nature", "weight", "direction")
    expected: list[ExpectedRow] = []
    number = 0
    for l1, block_iter in groupby(table.rows, key=lambda r: r.level1):
        block = list(block_iter)
        weight = sum(int(sd.extras[(table.index, r.index)]["weight"]) for r in block)
        l1_text = level1_text(l1, layout, weight)
        if layout.tree == "own_line":
            grid.add(["" for _ in lead] + [l1_text], "level1")
        start = len(grid.rows)
        previous_l2 = None
        for i, row in enumerate(block):
            number += 1
            extras = sd.extras[(table.index, row.index)]
            l2_text = level2_text(row.level2, layout)
            l3_text = level3_text(row.level3, layout, number)
            show_l1 = (layout.tree == "first" and (i == 0 or layout.level2 == "repeated")) or (
                layout.tree == "middle" and i == len(block) // 2
            )
            missing = layout.level2 == "missing_first" and row.index <= 2
            show_l2 = not missing and (layout.level2 != "merged" or row.level2 != previous_l2)
            previous_l2 = row.level2
            cells = [l1_text if show_l1 else ""] if has_l1 else []
            cells += [l2_text if show_l2 else "", l3_text, *_value_part(layout, row.value, extras)]
            left = lead if row.index == 1 and lead else ["" for _ in lead]
            grid.add(left + cells, "indicator")
            printed = (l1_text, "" if missing else l2_text, l3_text)
            exp = _expected_row(layout, row, printed, extras, keys)
            if missing:
                exp = ExpectedRow(exp.level1, frozenset({"", row.level2}), *_tail(exp))
            expected.append(exp)
        _merge_tree(grid, start, len(lead), has_l1, layout)
    return expected


def _tail(exp: ExpectedRow) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    return exp.level3, exp.value, exp.extras


def _merge_tree(grid: TableGrid, start: int, offset: int, has_l1: bool, layout: Layout) -> None:
    """Merge the 一级 cell over its block and each 二级 cell over its run (real merged cells)."""
    end = len(grid.rows) - 1
    if layout.level2 == "repeated":
        return
    if has_l1 and layout.tree == "first" and end > start:
        grid.merge(start, offset, end, offset)
    if layout.level2 != "merged":
        return
    col = offset + (1 if has_l1 else 0)
    run_start = start
    for r in range(start + 1, end + 2):
        cell = grid.rows[r][col] if r <= end else None
        if r > end or (cell is not None and cell.text):
            if r - 1 > run_start:
                grid.merge(run_start, col, r - 1, col)
            run_start = r


def _tree_headers(layout: Layout) -> list[str]:
    head = ["二级指标", "三级指标"]
    return head if layout.tree == "never" else ["一级指标", *head]


def _meta_rows(grid: TableGrid, table: Table, layout: Layout) -> None:
    last = grid.ncols - 1
    if layout.columns.startswith("self_eval"):
        executed = round((table.budget_wan or 0) * 0.97, 2)
        grid.add(["项目名称", table.project], "meta")
        grid.merge(len(grid.rows) - 1, 1, len(grid.rows) - 1, last)
        grid.add(["资金情况(万元)", "年初预算数", "全年预算数", "全年执行数", "执行率"], "meta")
        grid.add(
            ["", f"{table.budget_wan:.2f}", f"{table.budget_wan:.2f}", f"{executed:.2f}", "97%"],
            "meta",
        )
        grid.add(["年度总体目标", table.goal or ""], "meta")
        grid.merge(len(grid.rows) - 1, 1, len(grid.rows) - 1, last)
        return
    in_yuan = layout.framing == "yuan"
    budget = yuan(table.budget_wan or 0) if in_yuan else f"{table.budget_wan:.2f}"
    for label, text in (
        ("项目名称", table.project),
        ("项目资金(元)" if in_yuan else "预算数(万元)", budget),
        ("年度目标", table.goal or ""),
    ):
        r = grid.add([label, text], "meta")
        grid.merge(r, 1, r, last)


def project_table(page: Page, sd: SynthDocument, table: Table, layout: Layout) -> ExpectedTable:
    doc = sd.doc
    self_eval = layout.columns.startswith("self_eval")
    title = "绩效自评表" if self_eval else "绩效目标表"
    if layout.framing == "titled":
        page.para(f"{doc.unit}{doc.year}年{table.project}项目支出{title}")
    else:
        page.para(f"{table.index}.{table.project}项目{title}")
    page.para("单位:元" if layout.framing == "yuan" else "单位:万元")
    headers = _tree_headers(layout) + VALUE_HEADERS[layout.columns]
    grid = TableGrid(ncols=max(len(headers), 5))
    _meta_rows(grid, table, layout)
    grid.add(headers, "header")
    rows = _indicator_rows(grid, sd, table, layout, [])
    page.blocks.append(grid)
    kind = "self_evaluation" if self_eval else "project"
    return ExpectedTable(table.project, None if self_eval else table.budget_wan, rows, kind)


def department_table(page: Page, sd: SynthDocument, layout: Layout) -> list[ExpectedTable]:
    """§4: one wide table for the whole department, a subtotal row, budgets in 元."""
    doc = sd.doc
    page.para(f"{doc.unit}{doc.year}年项目支出绩效目标表")
    page.para("金额单位:元")
    grid = TableGrid(ncols=len(DEPARTMENT_HEADER))
    grid.add(list(DEPARTMENT_HEADER), "header")
    total = sum(t.budget_wan or 0 for t in doc.tables)
    grid.add([f"801-{doc.unit}", "", yuan(total)], "subtotal")
    out = []
    for table in doc.tables:
        lead = [doc.unit or "", table.project, yuan(table.budget_wan or 0), table.goal or ""]
        start = len(grid.rows)
        rows = _indicator_rows(grid, sd, table, layout, lead)
        for c in range(len(lead)):
            grid.merge(start, c, len(grid.rows) - 1, c)
        out.append(ExpectedTable(table.project, table.budget_wan, rows))
    page.blocks.append(grid)
    return out


def build_page(sd: SynthDocument, layout: Layout) -> tuple[Page, Expected]:
    doc = sd.doc
    page = Page()
    expected = Expected()
    if layout.framing == "titled":
        page.para("附件2")
        page.para(f"发布时间:{doc.year}-01-20")
        expected.unit, expected.year = doc.unit, doc.year
    elif layout.framing != "department":
        page.para(f"{doc.unit}{doc.year}年部门预算公开")
    if layout.framing == "department":
        expected.tables = department_table(page, sd, layout)
    else:
        expected.tables = [project_table(page, sd, t, layout) for t in doc.tables]
    return page, expected
