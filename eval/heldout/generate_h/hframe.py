"""Frames of the eighth layout set beyond the copied ones: a table headed by `label | text`
lines over the full width (部门整体 tables, transfer tables, evaluation systems, approval
tables), with the indicator body below one or two header lines."""

from __future__ import annotations

from collections.abc import Sequence

from frame import Framed, header, indicator_body
from grid import Grid
from spec import Row


def lined_table(
    lines: Sequence[tuple[str, str]],
    headers: Sequence[Sequence[str]],
    rows: Sequence[Row],
    keys: Sequence[str],
    merge: Sequence[str] = ("l1", "l2"),
    label_cols: int = 1,
    after: dict[int, Sequence[Sequence[str]]] | None = None,
    tail: Sequence[Sequence[str]] = (),
) -> Framed:
    """`lines`: (label, text) rows spanning the width; `headers`: header lines (merged where a
    cell is followed by empty ones in the first header line); `tail`: unlabelled closing lines
    (合计, 填报说明)."""
    n = len(headers[0])
    f = Framed(Grid(n))
    for label, text in lines:
        f.grid.wide(label, text, label_cols)
    for h in headers:
        header(f.grid, *h)
    indicator_body(f, rows, keys, merge, after=after)
    for line in tail:
        r = f.grid.add(*line)
        filled = [i for i, c in enumerate(line) if c]
        if len(filled) == 1:
            f.grid.span(r, filled[0], r, n - 1)
    return f
