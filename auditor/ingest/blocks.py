"""What every reader produces: a flat sequence of text lines and cell grids, in document order.

Readers know file formats; they know nothing about performance tables. The extractor
(auditor.extract.tables) turns blocks into Tables/rows. Conventions every reader follows:

* A grid has one entry per grid column in every row. A cell covered by a merge (from the left
  or from above) is emitted as "" with `merged[i] = True`; only the merge origin carries the
  text, exactly as a flattened export shows it. The extractor fills merged 一级/二级 down.
* Cell text keeps internal line breaks as "\\n"; outer whitespace is trimmed.
* Every line and row carries a Location (text line number, PDF page, XLSX sheet/row, grid index).
* Text read by OCR (scanned pages, photos) carries the engine's confidence (0-1): per cell on a
  GridRow (`confidence`, same length as `cells`), per line on a TextLine. Other readers leave
  them empty/None: their text is exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.models import Location


@dataclass
class TextLine:
    text: str
    loc: Location = field(default_factory=Location)
    confidence: float | None = None  # OCR confidence of the line (None: not OCR'd)
    indent: int = 0  # leading whitespace of a text line (a space 1, an ideographic space 2)
    gap: int = 0  # blank lines right before this line (text readers; 0 elsewhere)


@dataclass
class GridRow:
    cells: list[str]
    loc: Location = field(default_factory=Location)
    merged: list[bool] = field(
        default_factory=list
    )  # same length as cells (may be empty = none merged)
    confidence: list[float] = field(
        default_factory=list
    )  # OCR confidence per cell (empty = not OCR'd)


@dataclass
class Grid:
    rows: list[GridRow]
    loc: Location = field(default_factory=Location)


Block = TextLine | Grid


@dataclass
class RawDocument:
    source: str  # path as given by the user
    layout: str  # e.g. "text/tabbed", "text/docx-flat", "docx", "xlsx", "pdf"
    blocks: list[Block]
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""
