"""Cell grids with merged ranges (the common shape of the DOCX/XLSX/XLS/PDF/HTML renderers) and
the plain-text line builder that records where each labelled row starts."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from spec import Row

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)


@dataclass
class Grid:
    ncols: int
    rows: list[list[str]] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    header_rows: int = 0  # rows drawn bold / repeated (cosmetic)

    def add(self, *cells: str) -> int:
        cells_l = list(cells) + [""] * (self.ncols - len(cells))
        if len(cells_l) != self.ncols:
            raise ValueError(f"row with {len(cells_l)} cells in a {self.ncols}-column grid")
        self.rows.append(cells_l)
        return len(self.rows) - 1

    def span(self, r0: int, c0: int, r1: int, c1: int) -> None:
        """Merge a range; the text stays in the top-left cell, the others are blanked."""
        if (r0, c0) == (r1, c1):
            return
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    self.rows[r][c] = ""
        self.merges.append((r0, c0, r1, c1))

    def wide(self, label: str, text: str, label_cols: int = 1) -> int:
        """A label cell followed by one text cell spanning the rest of the row."""
        r = self.add(label, text)
        self.rows[r] = (
            [label] + [""] * (label_cols - 1) + [text] + [""] * (self.ncols - label_cols - 1)
        )
        self.span(r, 0, r, label_cols - 1)
        self.span(r, label_cols, r, self.ncols - 1)
        return r

    def merge_runs(self, col: int, first: int, last: int) -> None:
        """Merge vertical runs of the same non-empty text in one column (rows first..last)."""
        r = first
        while r <= last:
            text = self.rows[r][col]
            end = r
            while end + 1 <= last and text and self.rows[end + 1][col] == text:
                end += 1
            if end > r:
                self.span(r, col, end, col)
            r = end + 1

    def covered(self) -> dict[tuple[int, int], Merge]:
        out: dict[tuple[int, int], Merge] = {}
        for m in self.merges:
            r0, c0, r1, c1 = m
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    out[(r, c)] = m
        return out


def html_table(grid: Grid, attrs: str = 'border="1" cellspacing="0" cellpadding="2"') -> str:
    """A <table> with rowspan/colspan for the merges; cell line breaks become <br>."""
    cov = grid.covered()
    out = [f"<table {attrs}>"]
    for r, cells in enumerate(grid.rows):
        out.append("<tr>")
        for c, text in enumerate(cells):
            m = cov.get((r, c))
            if m and (m[0], m[1]) != (r, c):
                continue
            span = ""
            if m:
                if m[2] > m[0]:
                    span += f' rowspan="{m[2] - m[0] + 1}"'
                if m[3] > m[1]:
                    span += f' colspan="{m[3] - m[1] + 1}"'
            body = "<br>".join(html.escape(p) for p in text.split("\n"))
            tag = "th" if r < grid.header_rows else "td"
            out.append(f"<{tag}{span}>{body}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


class Text:
    """Lines of a plain-text document; `mark` records the line on which a row starts."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, *lines: str) -> None:
        for line in lines:
            self.lines.extend(line.split("\n"))

    def mark(self, row: Row) -> None:
        row.source_line = len(self.lines) + 1

    def row(self, row: Row, *lines: str) -> None:
        self.mark(row)
        self.add(*lines)

    def data(self, encoding: str = "utf-8", newline: str = "\n") -> bytes:
        return (newline.join(self.lines) + newline).encode(encoding)


def block_labels(values: list[str], where: str = "first") -> list[str]:
    """How a merged label column prints in text: once per run of equal values, on the run's
    first row, its middle row (upper middle for even runs), or on every row ('all')."""
    out = [""] * len(values)
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        if where == "all":
            out[i : j + 1] = values[i : j + 1]
        else:
            out[i if where == "first" else i + (j - i) // 2] = values[i]
        i = j + 1
    return out


def filled_up(values: list[str], printed: list[str]) -> list[bool]:
    """Rows whose merged label is printed lower in its block (so read from below, not filled
    down from above): True for the rows of a run before the row that carries the text."""
    out = [False] * len(values)
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        for k in range(i, j + 1):
            if printed[k]:
                break
            out[k] = bool(values[k])
        i = j + 1
    return out


def note_up(row: Row, l1_up: bool, l2_up: bool) -> None:
    missing = [n for n, up in (("一级", l1_up), ("二级", l2_up)) if up]
    if missing and not row.note:
        row.note = (
            "/".join(missing)
            + " not printed on this row: the merged cell's text stands lower in its block"
        )
