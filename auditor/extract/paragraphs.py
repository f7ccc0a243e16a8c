"""A Word table saved as text: one cell per paragraph, blank lines between cells.

Such a file keeps every cell of the grid: one blank line separates two cells, an empty cell
(a merged or unfilled one) is an empty paragraph, so it shows as three blank lines, two empty
cells as five, and a line break inside a cell is a line with no blank line before it. Read that
way, the cells come back in grid order and the header's width cuts them into rows exactly —
with the empty cells in place, so a 二级 printed on the middle row of its run or bare numbers
in per-place columns keep their columns. Used only when the blank lines follow this pattern
and the rows it gives fit their columns; otherwise the stream is cut by content.
"""

from __future__ import annotations

from auditor.extract.align import fit
from auditor.extract.cells import CellRow
from auditor.extract.header import Header
from auditor.extract.vocabulary import kind_of

MIN_FITTING = 0.8  # share of rows whose every cell fits its column
CONTRADICTION = 2.4  # a cell fitting its column this badly (as in assemble)


def by_paragraph(rows: list[CellRow], header: Header) -> list[CellRow] | None:
    """The rows of a stream of one-cell paragraphs cut by the header's width, or None."""
    cells = _grid_cells(rows)
    width = header.width
    if cells is None or width < 3 or len(cells) < 2 * width:
        return None
    if len(cells) % width:
        cells += [""] * (width - len(cells) % width)  # the last row's empty cells
    out: list[CellRow] = []
    for k in range(0, len(cells), width):
        out.append(CellRow(cells=cells[k : k + width], loc=rows[0].loc, hard=True))
    locs = [r.loc for r in rows]
    for n, row in enumerate(out):
        row.loc = locs[min(n * len(locs) // len(out), len(locs) - 1)]
    fitting = sum(1 for row in out if _fits(row, header))
    return out if fitting >= MIN_FITTING * len(out) else None


def _grid_cells(rows: list[CellRow]) -> list[str] | None:
    """The cells in grid order, empty ones included; None when the blank lines are not the
    one-cell-per-paragraph pattern (some empty cell shown, no even run of blank lines)."""
    if not rows or any(r.gap is None for r in rows):
        return None
    gaps = [r.gap or 0 for r in rows[1:]]
    if any(g >= 2 and g % 2 == 0 for g in gaps) or not any(g >= 3 for g in gaps):
        return None
    if sum(1 for g in gaps if g == 1) < len(gaps) / 2:
        return None
    cells: list[str] = []
    for n, row in enumerate(rows):
        gap = row.gap or 0
        text = "".join(row.cells)  # a paragraph is one cell, whatever its words look like
        if n and gap == 0:
            cells[-1] += text  # a line break inside the cell
            continue
        cells += [""] * ((gap - 1) // 2 if gap >= 3 else 0)
        cells.append(text)
    return cells


def _fits(row: CellRow, header: Header) -> bool:
    roles = header.roles
    return all(fit(kind_of(c), roles[j]) < CONTRADICTION for j, c in enumerate(row.cells) if c)
