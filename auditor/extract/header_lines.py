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
