"""Frames of the ninth set for tables headed by full-width `label | text` lines (部门整体,
transfer-payment, evaluation-system, approval tables) and for budget/allocation tables printed
before an indicator table."""

from __future__ import annotations

from collections.abc import Sequence

from frame import Framed, header, indicator_body
from grid import Grid
from spec import Table


def headed_table(
    t: Table,
    lines: Sequence[tuple[str, str]],
    headers: Sequence[str],
    keys: Sequence[str],
    merge: Sequence[str] = ("l1", "l2"),
    after: dict[int, Sequence[Sequence[str]]] | None = None,
    title: str | None = None,
    label_cols: int = 1,
    total: Sequence[str] | None = None,
) -> Framed:
    """Optional title line over the full width, `label | text` lines, one header line, the body,
    optionally a closing line (合计/总分)."""
    f = Framed(Grid(len(headers)))
    if title:
        r = f.grid.add(title)
        f.grid.span(r, 0, r, f.grid.ncols - 1)
    for label, text in lines:
        f.grid.wide(label, text, label_cols)
    header(f.grid, *headers)
    indicator_body(f, t.rows, keys, merge, after=after)
    if total is not None:
        f.grid.add(*total)
    return f


def plain_grid(rows: Sequence[Sequence[str]], header_rows: int = 1) -> Framed:
    """A table without indicator rows (an allocation or budget table)."""
    g = Grid(len(rows[0]))
    for cells in rows:
        g.add(*cells)
    g.header_rows = header_rows
    return Framed(g)
