"""A small builder for the table frames of the tenth layout held-out set: full-width
`label | text` lines, pairs of label/text cells, free lines with horizontal spans, one or more
column-header rows and the indicator body (`frame.indicator_body`)."""

from __future__ import annotations

from collections.abc import Sequence

from frame import Framed, header, indicator_body
from grid import Grid
from spec import Row


class Build:
    def __init__(self, ncols: int) -> None:
        self.f = Framed(Grid(ncols))
        self.g = self.f.grid

    def wide(self, label: str, text: str, label_cols: int = 1) -> Build:
        self.g.wide(label, text, label_cols)
        return self

    def title(self, text: str) -> Build:
        r = self.g.add(text)
        self.g.span(r, 0, r, self.g.ncols - 1)
        return self

    def pair(self, a: str, b: str, c: str, d: str) -> Build:
        """`a | b … | c | d …`: two label/text pairs over the width."""
        half = self.g.ncols // 2
        cells = [a, b] + [""] * (half - 2) + [c, d]
        r = self.g.add(*cells, *[""] * (self.g.ncols - len(cells)))
        self.g.span(r, 1, r, half - 1)
        self.g.span(r, half + 1, r, self.g.ncols - 1)
        return self

    def line(self, *cells: str, spans: Sequence[tuple[int, int]] = (), head: bool = False) -> int:
        """A free row; `spans`: (first, last) column ranges merged across."""
        r = header(self.g, *cells) if head else self.g.add(*cells)
        for c0, c1 in spans:
            self.g.span(r, c0, r, c1)
        return r

    def vspan(self, r0: int, r1: int, col: int) -> Build:
        self.g.span(r0, col, r1, col)
        return self

    def body(
        self,
        rows: Sequence[Row],
        keys: Sequence[str],
        merge: Sequence[str] = ("l1", "l2"),
        lead: Sequence[str] = (),
        after: dict[int, Sequence[Sequence[str]]] | None = None,
    ) -> Framed:
        indicator_body(self.f, rows, keys, merge, lead=lead, after=after)
        return self.f
