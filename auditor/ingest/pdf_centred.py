"""Merged cells an unruled PDF prints once, vertically centred on the rows they span.

Without rulings a merged 一级/二级 (or a header cell spanning two header rows) is printed once,
in the middle of its rows: between two rows when it spans an even number of them, or beside
rows of unequal height. auditor.ingest.pdf_unruled reads such a cell as a row of its own. Here
the page's geometry places it back: a row of at most two cells squeezed between its neighbours
(they are closer than 1.5 times its height: it has no row slot of its own) is a centred merge.
Each of its cells spans the one run of rows around it whose extent is centred on the cell
(within half a character height) and whose cells in its column are empty; the text goes to the
run's first row and the other rows are marked merged, as a ruled table gives it. Where several
runs are centred alike (rows of equal height: 2 rows, or 4, or 6 …) the page cannot tell, and
the row stays for the extractor, which decides with the framework (auditor.extract.tree).
A row with a slot of its own (a 一级 printed on its own line above its block) stays a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ALIGN = 0.5  # the run's centre and the cell's may differ by this many character heights
SQUEEZE = 1.5  # neighbours closer than this many times a row's height leave it no slot
TIE = 0.3  # runs centred within 0.3 pt of each other are equally centred (ambiguous)
MAX_CELLS = 2  # a row of more cells is a row (a 一级 and a 二级 can be centred side by side)


@dataclass
class Cell:
    """A cell of an unruled table: its column, vertical extent, text lines and colspan."""

    col: int
    top: float
    bottom: float
    lines: list[str] = field(default_factory=list)
    span: int = 1  # columns covered (a colspan)

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2


Row = list[Cell]


def place_centred(rows: list[Row], size: float) -> tuple[list[Row], dict[int, set[int]]]:
    """Rows with the centred merges placed, and per row (by id) the columns merged from above.
    Rows are taken top to bottom; one that cannot be placed stays a row (and a neighbour)."""
    out = list(rows)
    covered: dict[int, set[int]] = {}
    for row in rows:
        n = next(i for i, r in enumerate(out) if r is row)
        if len(row) > MAX_CELLS or not 0 < n < len(out) - 1:
            continue
        if not _squeezed(row, out[n - 1], out[n + 1]):
            continue
        others = out[:n] + out[n + 1 :]
        left = [c for c in row if not _place(c, others, n, covered, size)]
        if left:
            row[:] = left
        else:
            out.pop(n)
    return out, covered


def _squeezed(row: Row, above: Row, below: Row) -> bool:
    height = max(c.bottom for c in row) - min(c.top for c in row)
    return _top(below) - _bottom(above) < SQUEEZE * height


def _free(row: Row, col: int, covered: dict[int, set[int]]) -> bool:
    if col in covered.get(id(row), ()):
        return False
    return not any(c.col <= col < c.col + c.span for c in row)


def _place(cell: Cell, rows: list[Row], k: int, covered: dict[int, set[int]], size: float) -> bool:
    """Put a centred cell on the first row of the run it spans (rows[i..j], i < k <= j);
    False when no run of rows free in its column is centred on it."""
    free = [_free(r, cell.col, covered) for r in rows]
    runs: list[tuple[float, int, int]] = []
    i = k - 1
    while i >= 0 and free[i]:
        j = k
        while j < len(rows) and free[j]:
            runs.append((abs((_top(rows[i]) + _bottom(rows[j])) / 2 - cell.centre), i, j))
            j += 1
        i -= 1
    if not runs:
        return False
    best = min(runs)
    if best[0] > ALIGN * size or sum(1 for r in runs if r[0] <= best[0] + TIE) > 1:
        return False  # no run centred on it, or several equally (the extractor decides)
    _, i, j = best
    rows[i].append(cell)
    for n in range(i + 1, j + 1):
        covered.setdefault(id(rows[n]), set()).add(cell.col)
    return True


def _top(row: Row) -> float:
    return min(c.top for c in row)


def _bottom(row: Row) -> float:
    return max(c.bottom for c in row)
