"""A small frame builder for the hand-made tables of the twelfth layout held-out set: free
lines above and below the indicator body (label/text pairs, four-cell lines, one full-width
cell, raw cell lists), several header rows with their own spans, and the body of `frame.py`."""

from __future__ import annotations

from collections.abc import Sequence

from frame import Framed, header, indicator_body
from grid import Grid
from spec import Row

Line = str | tuple[str, str] | tuple[str, str, str, str] | list[str]


def put_line(g: Grid, line: Line) -> int:
    """`str`: one cell over the full width; (label, text): label + text over the rest;
    (a, b, c, d): two label/text pairs over the two halves; a list: raw cells."""
    if isinstance(line, str):
        r = g.add(line)
        g.span(r, 0, r, g.ncols - 1)
        return r
    if isinstance(line, list):
        return g.add(*line)
    if len(line) == 2:
        return g.wide(line[0], line[1])
    a, b, c, d = line
    half = g.ncols // 2
    cells = [a, b] + [""] * (half - 2) + [c, d]
    r = g.add(*cells, *[""] * (g.ncols - len(cells)))
    g.span(r, 1, r, half - 1)
    g.span(r, half + 1, r, g.ncols - 1)
    return r


def framed(
    ncols: int,
    rows: Sequence[Row],
    keys: Sequence[str],
    head: Sequence[Sequence[str]],
    above: Sequence[Line] = (),
    below: Sequence[Line] = (),
    head_spans: Sequence[tuple[int, int, int, int]] = (),
    merge: Sequence[str] = ("l1", "l2"),
    after: dict[int, Sequence[Sequence[str]]] | None = None,
    lead: Sequence[str] = (),
) -> Framed:
    """Lines above, header rows (spans relative to the first header row), the body, lines
    below (totals, notes inside the table frame)."""
    f = Framed(Grid(ncols))
    for line in above:
        put_line(f.grid, line)
    h0 = len(f.grid.rows)
    for h in head:
        header(f.grid, *h)
    for r0, c0, r1, c1 in head_spans:
        f.grid.span(h0 + r0, c0, h0 + r1, c1)
    indicator_body(f, rows, keys, merge, after=after, lead=lead)
    body = f.body
    for line in below:
        put_line(f.grid, line)
    f.body = body
    return f
