"""Plain-text renderings of a framed table, the way text copied out of Word, PDF or a web page
shows it (docs/layouts.md §1): tab rows, pipe rows, one cell per line (ending in a pipe or
separated by blank lines, with lone pipes for merged cells), runs of spaces, cells run together,
the whole table on one line, and indentation. Each labelled row gets the line it starts on."""

from __future__ import annotations

from collections.abc import Sequence

from frame import Framed, cell
from grid import Text, note_up
from spec import Row


def printed_cells(f: Framed, where: str = "first") -> list[list[str]]:
    """The cells as a converter prints them. Merged text stands in the range's first row, or in
    its middle row (`where="middle"`, upper middle for even runs); rows of the range above the
    text get a note."""
    out = [list(r) for r in f.grid.rows]
    if where == "middle":
        for r0, c0, r1, _c1 in f.grid.merges:
            mid = r0 + (r1 - r0) // 2
            if mid == r0:
                continue
            out[mid][c0], out[r0][c0] = out[r0][c0], ""
            text = out[mid][c0]
            for r in range(r0, mid):
                row = f.rows.get(r)
                if row is not None:
                    note_up(row, cell(row, "l1") == text, cell(row, "l2") == text)
    return out


def _line(cells: Sequence[str], style: str, pad: int, outer: bool, gap: str) -> list[str]:
    full = list(cells)
    filled = [c for c in cells if c]
    if style == "tab":
        return ["\t".join(full)]
    if style == "pipe":
        s = " | ".join(full)
        return [("| " + s + " |" if outer else s) + "|" * pad]
    if style == "spaces":
        return [gap.join(filled)]
    if style == "together":
        return ["".join(c.replace("\n", "") for c in filled)]
    if style == "cell_pipe":
        return [c + " |" for c in filled]
    if style == "cell_blank":
        return [piece for c in filled for piece in (c, "")]
    if style == "lone_pipe":
        last = max((i for i, c in enumerate(full) if c), default=-1)
        lines = [(c + " |") if c else "|" for c in full[: last + 1]]
        trailing = len(full) - last - 1
        if trailing and lines:
            lines[-1] += " " + "|" * trailing
        return lines
    raise ValueError(style)


def render(
    text: Text,
    f: Framed,
    style: str,
    where: str = "first",
    pad: int = 0,
    outer: bool = True,
    gap: str = "  ",
    own_col: int | None = None,
    skip: Sequence[int] = (),
    breaks: dict[int, Sequence[str]] | None = None,
    wrap: int | None = None,
) -> None:
    """Append the framed table to `text` in one style; mark each labelled row's first line.
    `own_col`: a label column printed on a line of its own before its block (not in the row).
    `skip`: grid rows left out (e.g. a header the source does not repeat).
    `breaks`: page furniture lines printed before grid row i (a table continued on the next page).
    `wrap`: hard line breaks inside cells longer than this (text copied out of a PDF)."""
    cells = printed_cells(f, where)
    for i, row_cells in enumerate(cells):
        if i in skip:
            continue
        if breaks and i in breaks:
            text.add(*breaks[i])
        if wrap:
            row_cells = [hard_wrap(c, wrap) for c in row_cells]
        if own_col is not None:
            label = row_cells[own_col]
            row_cells = row_cells[:own_col] + row_cells[own_col + 1 :]
            if label and i >= f.body[0]:
                text.add(label)
        row = f.rows.get(i)
        if row is not None:
            text.mark(row)
        text.add(*_line(row_cells, style, pad, outer, gap))


def hard_wrap(text: str, width: int) -> str:
    """Break a long cell into lines of `width` characters, as a PDF text copy does."""
    out = []
    for piece in text.split("\n"):
        out += [piece[i : i + width] for i in range(0, len(piece), width)] or [""]
    return "\n".join(out)


def render_one_line(text: Text, f: Framed, prefix: str = "", skip: Sequence[int] = ()) -> None:
    """The whole table on one long line, cells separated by single spaces (a web page's text)."""
    parts = [prefix] if prefix else []
    for i, row_cells in enumerate(printed_cells(f)):
        if i not in skip:
            parts += [c.replace("\n", " ") for c in row_cells if c]
    for row in f.rows.values():
        text.mark(row)
    text.add(" ".join(parts))


def render_indented(text: Text, rows: Sequence[Row], indent: Sequence[int] = (3, 4, 5, 0)) -> None:
    """One cell per line, the hierarchy shown by indentation: 一级, 二级, 三级, then the value."""
    prev = ("", "")
    for r in rows:
        text.mark(r)
        if r.l1 != prev[0]:
            text.add(" " * indent[0] + cell(r, "l1"))
        if (r.l1, r.l2) != prev:
            text.add(" " * indent[1] + cell(r, "l2"))
        text.add(" " * indent[2] + r.l3, " " * indent[3] + r.value)
        prev = (r.l1, r.l2)
