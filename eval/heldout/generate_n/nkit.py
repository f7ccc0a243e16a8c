"""Small helpers of the thirteenth layout held-out set: the document tags, a generic frame
(free label lines above the header, one or more header rows, the indicator body, free lines
under it), the evaluation-system frame with its 总分 line and the signature line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dsl import split_value
from frame import Framed, header, indicator_body
from grid import Grid
from spec import Row

Line = tuple[str, str] | Sequence[str]


def tags(
    fmt: str, enc: str, province: str, sector: str, patterns: str, **more: str
) -> dict[str, str]:
    out = {"format": fmt, "encoding": enc, "province": province, "sector": sector}
    out.update(more)
    out["layout_patterns"] = " ".join(patterns.split())
    return out


def framed(
    ncols: int,
    lines: Sequence[Line],
    heads: Sequence[Sequence[str]],
    rows: Sequence[Row],
    keys: Sequence[str],
    merge: Sequence[str] = ("l1", "l2"),
    after: dict[int, Sequence[Sequence[str]]] | None = None,
    tail: Sequence[Line] = (),
    head_spans: Sequence[tuple[int, int, int, int]] = (),
    lead: Sequence[str] = (),
) -> Framed:
    """`lines`: a (label, text) pair is a label cell and a text cell over the rest of the width,
    a longer sequence is a row of cells as given; `heads`: header rows (spans relative to the
    first header row in `head_spans`); `tail`: lines under the body (totals, notes)."""
    g = Grid(ncols)
    f = Framed(g)
    for ln in lines:
        _line(g, ln)
    first = len(g.rows)
    for h in heads:
        header(g, *h)
    for r0, c0, r1, c1 in head_spans:
        g.span(first + r0, c0, first + r1, c1)
    indicator_body(f, rows, keys, merge, lead=lead, after=after)
    for ln in tail:
        _line(g, ln)
    return f


def _line(g: Grid, ln: Line) -> None:
    if len(ln) == 2:
        g.wide(ln[0], ln[1])
    else:
        g.add(*ln)


def total_row(f: Framed, cells: Sequence[str], span_to: int) -> int:
    """A 合计/总分 line; its label spans the first `span_to` + 1 columns."""
    r = f.grid.add(*cells)
    f.grid.span(r, 0, r, span_to)
    return r


def sign(unit: str, person: str, phone: str, date: str) -> str:
    """The filling line under a finance-system table (not content)."""
    return f"填报单位（盖章）：{unit}　　填报人：{person}　　联系电话：{phone}　　填报日期：{date}"


def ungraded(rs: Sequence[Row], **extra: Any) -> list[Row]:
    """Criteria of an evaluation system: no target value, no specificity."""
    for r in rs:
        r.spec = None
        r.x.update(extra)
    return list(rs)


def parts3(rs: Sequence[Row], text_in: int = 1) -> list[Row]:
    """[符号, 数值, 单位] of every row's value; a target without a number (or a date) stands whole
    in the cell `text_in` (1 = the 数值 cell, 2 = the 单位 cell) and the others stay empty
    (copied from generate_m/kit.py)."""
    for r in rs:
        p = split_value(r.value, "")
        if not p[1] or re.search(r"\d年", r.value):
            p = ["", "", ""]
            p[text_in] = r.value
        r.x["parts"] = p
    return list(rs)
