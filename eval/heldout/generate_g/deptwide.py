"""Department-wide indicator tables: one wide table for all projects of a department, `单位名称 |
项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 | …`, each project's first line carrying unit,
project, budget and goal, department subtotal lines in between (docs/layouts.md §4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from frame import Framed, cell, header, merge_label_runs
from grid import Grid
from spec import Table


@dataclass
class Group:
    """A department subtotal line and the projects under it, each (table, printed budget)."""

    label: str
    amount: str
    projects: Sequence[tuple[Table, str]]


def amount(text: str) -> float:
    return float(text.replace(",", ""))


def dept_wide(
    head: Sequence[str],
    keys: Sequence[str],
    groups: Sequence[Group],
    merge_project: bool = True,
) -> tuple[Framed, dict[tuple[int, int], float]]:
    """The framed table and the grid cells that hold amounts (for spreadsheets)."""
    n = 4 + len(keys)
    f = Framed(Grid(n))
    header(f.grid, *head)
    numbers: dict[tuple[int, int], float] = {}
    for grp in groups:
        r = f.grid.add(grp.label, "", grp.amount)
        numbers[(r, 2)] = amount(grp.amount)
        for t, budget in grp.projects:
            first = len(f.grid.rows)
            for i, row in enumerate(t.rows):
                lead = [t.unit_line or "", t.project, budget, t.goal or ""] if i == 0 else [""] * 4
                f.add_row(row, lead + [cell(row, k) for k in keys])
            numbers[(first, 2)] = amount(budget)
            last = len(f.grid.rows) - 1
            f.body = (first, last)
            if merge_project:
                for c in range(4):
                    f.grid.span(first, c, last, c)
            merge_label_runs(f, [4 + keys.index("l1"), 4 + keys.index("l2")], ["l1", "l2"])
    f.body = (1, len(f.grid.rows) - 1)
    return f, numbers
