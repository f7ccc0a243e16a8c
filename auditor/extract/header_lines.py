"""Header words printed over several lines or grid rows, joined into one header."""

from __future__ import annotations

from auditor.extract.cells import CellRow
from auditor.extract.header import cell_role
from auditor.extract.roles import Role


def add_header_word(words: list[str], word: str) -> None:
    """A header printed one word per line: "一级" / "指标" (a label broken inside its cell) is
    one word, the fragment naming no column of its own."""
    if words and cell_role(word) in (None, Role.GROUP) and cell_role(words[-1] + word):
        words[-1] += word
    else:
        words.append(word)


def row_words(row: CellRow | None) -> list[str]:
    return row.nonempty() if row is not None else []


def header_over_two_rows(pending: list[str], top: CellRow | None, row: CellRow) -> list[str] | None:
    """A header cell centred over a two-line header ("指标值" on the line above "一级指标 |
    二级指标 | 三级指标", as a PDF's word positions place it) fills its own empty column of the
    header row: the two grid rows (`top`, whose words end `pending`, and `row`) are one header."""
    if top is None or len(top.cells) != len(row.cells):
        return None
    if pending[-len(row_words(top)) :] != row_words(top):
        return None  # its words were joined to others (a label broken over lines)
    if any(a and b for a, b in zip(top.cells, row.cells, strict=True)):
        return None
    return [a or b for a, b in zip(top.cells, row.cells, strict=True)]


_OPEN = ("(", "（")
_CLOSE = (")", "）")


def header_bracket_closed(texts: list[str], cells: list[str]) -> list[str] | None:
    """A header line cut inside its last cell's bracket ("指标值（含符号、数值及计量单位" at the end
    of one line, "）  指标值确定依据" on the next: text wrapped at a fixed width): the next line's
    first cell closes the bracket and its other cells are the header's further columns. The
    joined header, or None when the last cell has no open bracket or the line does not close it."""
    filled = [c for c in cells if c.strip()]
    if not texts or not filled:
        return None
    last, first = texts[-1], filled[0].strip()
    opened = max(last.rfind(o) for o in _OPEN)
    if opened < 0 or any(c in last[opened:] for c in _CLOSE):
        return None
    closing = [first.find(c) for c in _CLOSE if c in first]
    if not closing or len(first) > min(closing) + 1 + 12:
        return None  # the bracket closes at the end of a short rest, not inside a row's text
    rest = filled[1:]
    if rest and not all(cell_role(c) for c in rest):
        return None
    head, joined = texts[:-1], last + first
    if head and joined.startswith(_OPEN):  # the note alone was cut off its column's name
        head, joined = head[:-1], head[-1] + joined
    return [*head, joined, *rest]
