"""Rows of a run of one-cell-per-line pipe text ("时效指标 |", "|" for an empty or merged cell).

Converters mark row ends in two ways, and the reader tells them apart by the widths they give:

* a "|||" mark after the last cell of every row (`乡村道路养护 | |||`): each marked stretch is
  one row;
* trailing empty cells collapsed into the last filled cell's pipes (`湟北县卫生健康局 |||||` =
  that cell and four empty ones): only rows that end in empty cells are marked, so a marked
  stretch may hold several rows. Counting the collapsed cells, every marked stretch has the
  same width (the table's column count) and a stretch of several rows is a multiple of it.

A stretch that fits neither reading stays one cell per row, for the extractor to cut by content.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PipeCell:
    """One line of the run: its cell ("" for a lone pipe) and the pipes after the cell."""

    line_no: int  # 0-based
    text: str
    pipes: int  # pipes at the end of the line: 1 for "x |", 3 for "x |||" or "x | ||"


@dataclass
class Stretch:
    """Consecutive cells up to and including a marked one (or the run's end)."""

    cells: list[PipeCell]
    marked: bool

    @property
    def width(self) -> int:
        return len(self.cells)

    @property
    def padded_width(self) -> int:
        """The width when the last line's extra pipes stand for collapsed empty cells."""
        return len(self.cells) + (self.cells[-1].pipes - 1 if self.cells else 0)

    def padded_texts(self) -> list[str]:
        return [c.text for c in self.cells] + [""] * (self.padded_width - self.width)


_ROW_MARK = 3  # "x |||", "x | |||": a row mark in either convention
_COLLAPSED = 2  # "x ||": the cell and one collapsed empty cell


def stretches(cells: list[PipeCell], min_pipes: int) -> list[Stretch]:
    out: list[Stretch] = []
    current: list[PipeCell] = []
    for cell in cells:
        current.append(cell)
        if cell.pipes >= min_pipes:
            out.append(Stretch(current, marked=True))
            current = []
    if current:
        out.append(Stretch(current, marked=False))
    return out


def collapsed_width(parts: list[Stretch]) -> int | None:
    """The column count when the marks are collapsed empty cells, else None (row marks).

    Counted with their collapsed cells, marked stretches are whole rows: the narrowest is one
    row and every other is a multiple of it. Row marks instead give stretches of one plain
    width each; that reading is kept unless a stretch runs longer than a row."""
    marked = [s for s in parts if s.marked]
    if not marked:
        return None
    widths = [s.padded_width for s in marked]
    width = min(widths)
    if len(marked) == 1:
        return _one_mark_width(parts)
    if width < 2 or any(w % width for w in widths):
        return None
    plain = {s.width for s in marked}
    if len(plain) == 1 and not any(s.width > min(plain) for s in parts):
        return None
    return width


def _rows_marked(parts: list[Stretch]) -> bool:
    """Row marks end every row: a stretch left unmarked at the run's end is one row no wider than
    the marked ones. A long unmarked tail (the marks padded a few metadata lines of unequal
    widths and the indicator rows carry none) reads no rows from the marks."""
    marked = [s.width for s in parts if s.marked]
    tail = parts[-1]
    return bool(marked) and (tail.marked or tail.width <= max(marked))


def _one_mark_width(parts: list[Stretch]) -> int | None:
    """One marked stretch cannot tell by itself whether it is one row or several ("单位名称 …
    指标值 | 501-某局 | | 1,000.00 |||||": a header of 8 and a subtotal row). The row width is
    the narrowest that keeps the collapsed cells in the stretch's last row, cuts the unmarked
    cells after it into whole rows, and ends every unmarked row in a filled cell (a row ending
    in empty cells would carry a mark)."""
    mark = next(i for i, s in enumerate(parts) if s.marked)
    head = parts[mark]
    collapsed = head.padded_width - head.width
    rest = [c for s in parts[mark + 1 :] for c in s.cells]
    for width in range(max(2, collapsed + 1), head.padded_width + 1):
        if head.padded_width % width or len(rest) % width:
            continue
        ends = [head.cells[k - 1].text for k in range(width, head.width + 1, width)]
        ends += [rest[k - 1].text for k in range(width, len(rest) + 1, width)]
        if all(ends):
            return width
    return None


_MAX_LEAD = 2  # lines before the table a converter ran into the run ("金额单位：元 |")


def rows_of(cells: list[PipeCell]) -> list[tuple[int, list[str]]]:
    """(first line, cells) rows of a run of single-cell pipe lines."""
    if not any(c.pipes >= _ROW_MARK for c in cells):
        return _periodic_rows(cells)
    for lead in range(_MAX_LEAD + 1):
        if lead and cells[lead - 1].pipes != 1:
            break
        parts = stretches(cells[lead:], _COLLAPSED)
        if lead and sum(s.marked for s in parts) != 1:
            break  # only the strict one-mark reading may leave lines out
        width = collapsed_width(parts)
        if width is not None:
            return _singles(cells[:lead]) + _collapsed_rows(parts, width)
    parts = stretches(cells, _ROW_MARK)
    if not _rows_marked(parts):
        return _singles(cells)  # cut by content later
    return [(s.cells[0].line_no, [c.text for c in s.cells]) for s in parts]


def _singles(cells: list[PipeCell]) -> list[tuple[int, list[str]]]:
    return [(c.line_no, [c.text]) for c in cells]


def _collapsed_rows(parts: list[Stretch], width: int) -> list[tuple[int, list[str]]]:
    rows: list[tuple[int, list[str]]] = []
    for part in parts:
        texts = part.padded_texts()
        if len(texts) % width:
            rows += _singles(part.cells)  # cut by content later
            continue
        for k in range(0, len(texts), width):
            rows.append((part.cells[min(k, part.width - 1)].line_no, texts[k : k + width]))
    return rows


_MIN_PERIODS = 3


def _periodic_rows(cells: list[PipeCell]) -> list[tuple[int, list[str]]]:
    """A column left empty on every row (an unfilled 一级 column) gives a lone "|" at one fixed
    period: from the first of a run of lone pipes equally spaced to the end of the run, each
    period is one row that starts with the empty cell. The cells before it (title, metadata,
    header) stay one cell per row, for the extractor to cut by content; so does a run without
    such a period."""
    lone = [k for k, c in enumerate(cells) if not c.text]
    if len(lone) < _MIN_PERIODS:
        return _singles(cells)
    period = len(cells) - lone[-1]  # the last row: its empty cell and the cells after it
    first = len(lone) - 1
    while first > 0 and lone[first] - lone[first - 1] == period:
        first -= 1
    if period < 3 or len(lone) - first < _MIN_PERIODS:
        return _singles(cells)
    start = lone[first]
    rows = _singles(cells[:start])
    for k in range(start, len(cells), period):
        rows.append((cells[k].line_no, [c.text for c in cells[k : k + period]]))
    return rows
