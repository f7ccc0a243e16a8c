"""HTML table geometry: rows and cells of one `<table>`, and rowspan/colspan expansion.

`expand_table` places every cell the way a browser does (a cell goes to the first column not
covered by a rowspan from above), clamps spans (colspan at most 1000 as the HTML standard says,
rowspan to the rows the table has, rowspan=0 to the end of the table) and spends the expanded
area from a per-page `CellBudget`, so a hostile `colspan`/`rowspan` cannot make the reader build
millions of cells.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Element = Any  # an lxml.html element (lxml ships no type stubs)
Rows = list[tuple[list[str], list[bool]]]

MAX_COLSPAN = 1000
_SECTIONS = ("thead", "tbody", "tfoot")


class TableTooLarge(Exception):
    """The expanded tables of a page exceed the cell budget."""


@dataclass
class CellBudget:
    left: int

    def spend(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise TableTooLarge


def _tag(el: Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def hidden(el: Element) -> bool:
    """Not shown by a browser: the `hidden` attribute or an inline display:none."""
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


@dataclass
class TableCells:
    """The `<tr>` rows of one table (not of tables nested in it) and their `<td>/<th>` cells."""

    rows: list[list[Element]] = field(default_factory=list)

    @classmethod
    def of(cls, table: Element) -> TableCells:
        rows: list[list[Element]] = []
        for child in table.iterchildren():
            tag = _tag(child)
            if tag == "tr" and not hidden(child):
                rows.append(_cells_of(child))
            elif tag in _SECTIONS and not hidden(child):
                rows.extend(
                    _cells_of(tr)
                    for tr in child.iterchildren()
                    if _tag(tr) == "tr" and not hidden(tr)
                )
        return cls(rows)

    def all_cells(self) -> list[Element]:
        return [cell for row in self.rows for cell in row]

    def n_cells(self) -> int:
        return sum(len(row) for row in self.rows)

    def is_layout(self) -> bool:
        """A table used to lay out the page: some cell holds a table at least as large as it."""
        own = self.n_cells()
        for cell in self.all_cells():
            for nested in cell.iter("table"):
                if TableCells.of(nested).n_cells() >= own:
                    return True
        return False


def _cells_of(tr: Element) -> list[Element]:
    return [c for c in tr.iterchildren() if _tag(c) in ("td", "th") and not hidden(c)]


def _span(cell: Element, name: str, default: int) -> int:
    try:
        return int((cell.get(name) or "").strip() or default)
    except ValueError:
        return default


def expand_table(cells: TableCells, text_of: Callable[[Element], str], budget: CellBudget) -> Rows:
    """Rows of (texts, merged) with one entry per grid column."""
    n_rows = len(cells.rows)
    row_width = max((_row_span_sum(row) for row in cells.rows), default=0)
    if n_rows * row_width > budget.left:
        raise TableTooLarge
    placed, width = _place(cells, n_rows)
    budget.spend(n_rows * width)
    texts = [[""] * width for _ in range(n_rows)]
    merged = [[False] * width for _ in range(n_rows)]
    for r, c, rs, cs, cell in placed:
        texts[r][c] = text_of(cell)
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) != (r, c):
                    merged[rr][cc] = True
    return list(zip(texts, merged))


def _row_span_sum(row: list[Element]) -> int:
    return sum(min(MAX_COLSPAN, max(1, _span(c, "colspan", 1))) for c in row)


def _place(cells: TableCells, n_rows: int) -> tuple[list[tuple[int, int, int, int, Element]], int]:
    """(row, col, rowspan, colspan, cell) for every cell, and the grid width."""
    busy_until: list[int] = []  # per column: first row no longer covered by a rowspan
    placed: list[tuple[int, int, int, int, Element]] = []
    for r, row in enumerate(cells.rows):
        c = 0
        for cell in row:
            while c < len(busy_until) and busy_until[c] > r:
                c += 1
            cs = min(MAX_COLSPAN, max(1, _span(cell, "colspan", 1)))
            rs = _span(cell, "rowspan", 1)
            rs = n_rows - r if rs <= 0 else min(rs, n_rows - r)
            if len(busy_until) < c + cs:
                busy_until.extend([0] * (c + cs - len(busy_until)))
            for j in range(c, c + cs):
                busy_until[j] = r + rs
            placed.append((r, c, rs, cs, cell))
            c += cs
    return placed, len(busy_until)
