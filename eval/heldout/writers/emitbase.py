"""What every set's `emit.py` shares (layouts-e on): the `Tab` block (a framed table and how it
is written), the text, XLS and PDF writers of a list of blocks and the indented one-cell-per-line
rendering. A set's own `emit.py` imports these and adds its DOCX, XLSX and HTML writers with its
own export noise."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import xlwt
from frame import Framed, cell
from grid import Text
from noise import pdf_with_furniture
from office import xls_bytes, xls_grid
from pdfout import gap, para, pdf_bytes, pdf_table
from reportlab.platypus import PageBreak
from spec import Row
from textual import render


@dataclass
class Tab:
    """A framed table and how it is written: `opts` for the text renderer (style, where …),
    `widths` (mm) for PDF, `numbers` for spreadsheet amount cells, `wps` for WPS-style DOCX."""

    f: Framed
    opts: dict[str, Any] = field(default_factory=dict)
    widths: Sequence[float] = ()
    numbers: dict[tuple[int, int], float] | None = None
    trailing_empty: Sequence[tuple[int, int]] = ()


Block = str | Tab | Callable[[Text], None]


def text_file(
    blocks: Sequence[Block],
    encoding: str = "utf-8",
    newline: str = "\n",
    bom: bool = False,
) -> bytes:
    """Prose lines as they are, tables through `textual.render` with the table's options;
    a callable block writes itself (one-line and indented renderings)."""
    t = Text()
    for b in blocks:
        if isinstance(b, str):
            t.add(b)
        elif isinstance(b, Tab):
            render(t, b.f, **b.opts)
        else:
            b(t)
    data = t.data(encoding, newline)
    return (b"\xef\xbb\xbf" + data) if bom else data


def xls_file(sheets: Sequence[tuple[str, Sequence[Block]]]) -> bytes:
    wb = xlwt.Workbook(encoding="utf-8")
    for name, blocks in sheets:
        ws = wb.add_sheet(name)
        top = 0
        for b in blocks:
            if isinstance(b, str):
                ws.write(top, 0, b)
                top += 1
            elif isinstance(b, Tab):
                top = xls_grid(ws, b.f.grid, top, b.numbers) + 1
    return xls_bytes(wb)


def pdf_file(
    blocks: Sequence[Block],
    ruled: bool = True,
    header: str | None = None,
    wide: bool = True,
    size: float = 8,
) -> bytes:
    """`# ` lines are centred titles, `\\f` a page break; `header`: running header and page
    footer on every page."""
    story: list[Any] = []
    for b in blocks:
        if isinstance(b, str):
            if b == "\f":
                story.append(PageBreak())
            elif b.startswith("# "):
                story += [para(b[2:], 13, align=1), gap(2)]
            else:
                story.append(para(b, 10))
        elif isinstance(b, Tab):
            story += [pdf_table(b.f.grid, b.widths, ruled=ruled, size=size), gap(4)]
    if header is not None:
        return pdf_with_furniture(story, header, wide=wide)
    return pdf_bytes(story, wide=wide)


def indented_table(
    title: str,
    head: Sequence[tuple[str, str]],
    rows: Sequence[Row],
    tail_keys: Sequence[str] = (),
    indent: Sequence[int] = (2, 4, 6, 0),
) -> Callable[[Text], None]:
    """A table copied as one cell per line with the hierarchy shown by indentation: the title,
    `label：text` lines, then per row the 一级 and 二级 (when they change), the 三级 indented,
    the value flush left and the cells of `tail_keys` (basis …) flush left after it."""

    def write(text: Text) -> None:
        text.add(title, *(f"{label}：{value}" for label, value in head))
        prev = ("", "")
        for r in rows:
            text.mark(r)
            if r.l1 != prev[0]:
                text.add(" " * indent[0] + cell(r, "l1"))
            if (r.l1, r.l2) != prev:
                text.add(" " * indent[1] + cell(r, "l2"))
            text.add(" " * indent[2] + r.l3, " " * indent[3] + r.value)
            text.add(*(cell(r, k) for k in tail_keys if cell(r, k)))
            prev = (r.l1, r.l2)

    return write
