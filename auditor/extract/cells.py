"""Rows of cells: what the parser reads, whatever the format gave.

Readers give grids (DOCX, XLSX, HTML, PDF ruled tables, tab and pipe text) and lines of text.
Both become `CellRow`s: the cells in reading order with the evidence the source has about row
boundaries (`hard`: a grid row or a separated text line is one table row; a text line of one
cell, or a line cut by vocabulary, may hold part of a row or several rows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.extract.normalize import clean_cell
from auditor.extract.tokenize import split_line
from auditor.ingest.blocks import GridRow, TextLine
from auditor.models import Location

_SPACED = re.compile(r"^(?:[\u4e00-\u9fff()（）:：] ){2,}[\u4e00-\u9fff()（）:：]$")


@dataclass
class CellRow:
    cells: list[str]
    loc: Location
    merged: list[bool] = field(default_factory=list)
    hard: bool = True  # the source marks this as exactly one table row
    from_text: bool = False  # cut from a line of text by the tokenizer
    notes: list[str] = field(default_factory=list)  # repairs applied while joining rows
    indent: int | None = None  # depth of a one-cell text line (None: not one indented cell)
    gap: int | None = None  # blank lines before a line of text (None: not from text)

    def nonempty(self) -> list[str]:
        return [c for c in self.cells if c]


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """A cell's text: trimmed; a label spaced out letter by letter ("项 目 名 称") joined."""
    t = clean_cell(text)
    if " " in t and _SPACED.match(t):
        return t.replace(" ", "")
    return t


def from_grid_row(row: GridRow) -> CellRow:
    cells = [clean(c) for c in row.cells]
    merged = list(row.merged) if len(row.merged) == len(cells) else []
    single = len(cells) <= 1 and sum(1 for c in cells if c) <= 1
    return CellRow(cells=cells, loc=row.loc, merged=merged, hard=not single)


def from_text_line(line: TextLine) -> CellRow:
    cells = [clean(c) for c in split_line(line.text)]
    one = len(cells) == 1
    return CellRow(
        cells=cells,
        loc=line.loc,
        hard=False,
        from_text=True,
        indent=line.indent if one else None,
        gap=line.gap,
    )
