"""A format-independent page: paragraphs and cell tables with merges, plus what extraction must find.

Every writer (text variants, HTML, DOCX, XLSX, XLS, PDF) consumes a `Page`; the layout builder
(`auditor.synth.build`) produces it together with the `Expected` tables, so the renderer states
exactly what it printed and what an extractor has to recover from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RowKind = Literal["meta", "header", "indicator", "level1", "subtotal"]


@dataclass
class Cell:
    """The origin cell of a merge (or a plain cell). Covered positions are None in the row."""

    text: str
    rowspan: int = 1
    colspan: int = 1


@dataclass
class TableGrid:
    """A rectangular grid: every row has `ncols` entries, None where a merge covers the position."""

    ncols: int
    rows: list[list[Cell | None]] = field(default_factory=list)
    kinds: list[RowKind] = field(default_factory=list)

    def add(self, texts: list[str], kind: RowKind) -> int:
        if len(texts) > self.ncols:
            raise ValueError(f"row of {len(texts)} cells in a grid of {self.ncols} columns")
        padded = texts + [""] * (self.ncols - len(texts))
        self.rows.append([Cell(t) for t in padded])
        self.kinds.append(kind)
        return len(self.rows) - 1

    def merge(self, r0: int, c0: int, r1: int, c1: int) -> None:
        """Merge the inclusive rectangle; the origin keeps its text, covered cells must be empty."""
        if (r0, c0) == (r1, c1):
            return
        origin = self.rows[r0][c0]
        if origin is None:
            raise ValueError(f"merge origin ({r0}, {c0}) is already covered")
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) == (r0, c0):
                    continue
                cell = self.rows[r][c]
                if cell is None or cell.text:
                    raise ValueError(f"cannot merge over ({r}, {c})")
                self.rows[r][c] = None
        origin.rowspan, origin.colspan = r1 - r0 + 1, c1 - c0 + 1

    def texts(self, r: int) -> list[str]:
        """Row r as a flattened export shows it: covered positions are empty strings."""
        return [c.text if c is not None else "" for c in self.rows[r]]

    def covered(self, r: int) -> list[bool]:
        return [c is None for c in self.rows[r]]


Block = str | TableGrid


@dataclass
class Page:
    blocks: list[Block] = field(default_factory=list)

    def para(self, text: str) -> None:
        self.blocks.append(text)

    def tables(self) -> list[TableGrid]:
        return [b for b in self.blocks if isinstance(b, TableGrid)]


@dataclass(frozen=True)
class ExpectedRow:
    """Accepted texts per field (whitespace is ignored when comparing).

    A field accepts more than one text where the layout printed a variant of the document's text
    (a short or annotated category name, a word comparator): the extractor may keep what was
    printed or map it to the framework's name; anything else is wrong."""

    level1: frozenset[str]
    level2: frozenset[str]
    level3: frozenset[str]
    value: frozenset[str]
    extras: tuple[tuple[str, str], ...] = ()


@dataclass
class ExpectedTable:
    project: str
    budget_wan: float | None  # None: the layout does not print a budget to check
    rows: list[ExpectedRow] = field(default_factory=list)
    kind: str = "project"  # Table.kind: project, self_evaluation


@dataclass
class Expected:
    tables: list[ExpectedTable] = field(default_factory=list)
    unit: str | None = None  # set only where the layout prints it in a title line
    year: int | None = None
