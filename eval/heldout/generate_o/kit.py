"""Reasons, tags and a table builder used by the documents of the fourteenth layout set."""

from __future__ import annotations

from collections.abc import Sequence

from frame import Framed, header, indicator_body
from grid import Grid
from spec import Row

SIGN = "单位负责人：{a}　　财务负责人：{b}　　填报人：{c}　　联系电话：{d}"


def tags(
    fmt: str, enc: str, province: str, sector: str, patterns: str, **more: str
) -> dict[str, str]:
    out = {"format": fmt, "encoding": enc, "province": province, "sector": sector}
    out.update(more)
    out["layout_patterns"] = " ".join(patterns.split())
    return out


def sign(a: str, b: str, c: str, d: str) -> str:
    """The signature line under a hand-made table (not content)."""
    return SIGN.format(a=a, b=b, c=c, d=d)


def _merge_equal(g: Grid, r: int) -> None:
    """Merge runs of equal non-empty neighbours in header row r (a label over several columns)."""
    c = 0
    while c < g.ncols:
        end = c
        while end + 1 < g.ncols and g.rows[r][c] and g.rows[r][end + 1] == g.rows[r][c]:
            end += 1
        if end > c:
            g.span(r, c, r, end)
        c = end + 1


def build(
    rows: Sequence[Row],
    keys: Sequence[str],
    heads: Sequence[Sequence[str]],
    top: Sequence[tuple[str, str]] = (),
    below: Sequence[str] = (),
    merge: Sequence[str] = ("l1", "l2"),
    after: dict[int, Sequence[Sequence[str]]] | None = None,
    label_cols: int = 1,
    repeat_head_at: Sequence[int] = (),
) -> Framed:
    """A table: `top` lines (label, text over the rest of the width), header rows `heads` (equal
    neighbours merged across, a label repeated in the row below merged down), the indicator
    body, `below` lines over the full width. `repeat_head_at`: the last header row printed again
    before these body rows (1-based), as a print-title copy leaves it."""
    n = len(heads[-1])
    f = Framed(Grid(n))
    g = f.grid
    for label, text in top:
        g.wide(label, text, label_cols)
    first_head = len(g.rows)
    for h in heads:
        r = header(g, *h)
        _merge_equal(g, r)
    for c in range(n):
        r = first_head
        while r < len(g.rows) - 1:
            if g.rows[r][c] and g.rows[r + 1][c] == g.rows[r][c]:
                g.rows[r + 1][c] = ""
                g.span(r, c, r + 1, c)
            r += 1
    extra = dict(after or {})
    if repeat_head_at:
        for at in repeat_head_at:
            extra.setdefault(at - 1, [])
            extra[at - 1] = [*extra[at - 1], list(heads[-1])]
    indicator_body(f, rows, keys, merge, after=extra)
    for line in below:
        r = g.add(line)
        g.span(r, 0, r, n - 1)
    return f


def proj_top(
    project: str, dept: str, money_label: str, money: str, goal_label: str, goal: str
) -> list[tuple[str, str]]:
    """The usual lines above a project table."""
    return [("项目名称", project), ("主管部门", dept), (money_label, money), (goal_label, goal)]


def parts3(rs: Sequence[Row], text_in: int = 1) -> list[Row]:
    """[符号, 数值, 单位] of every row's value; a target without a number, or a date, stands whole
    in cell `text_in` (1 = 数值, 2 = 单位) and the other cells stay empty."""
    import re

    from dsl import split_value

    for r in rs:
        p = split_value(r.value, "")
        if not p[1] or re.search(r"\d年", r.value):
            p = ["", "", ""]
            p[text_in] = r.value
        r.x["parts"] = p
    return list(rs)
