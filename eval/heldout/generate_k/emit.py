"""Whole-file writers of the eleventh layout held-out set: a document is a list of blocks (a line
of prose, a framed table with its options, or a callable that writes text itself) written to
text, DOCX, XLSX, XLS, HTML or PDF with the shared writers and the export noise of `noise.py`,
`rough.py`, `quirks.py` and this set's `knoise.py`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import xlwt
from frame import Framed
from grid import Text, html_table
from knoise import (
    docx_office_leftovers,
    ueditor_table,
    ueditor_view,
    xlsx_sheet_title,
)
from noise import cms_table, docx_wps_table, nested, pdf_with_furniture
from office import (
    docx_bytes,
    docx_para,
    docx_table,
    new_docx,
    new_xlsx,
    xls_bytes,
    xls_grid,
    xlsx_bytes,
    xlsx_grid,
)
from pages import p, page
from pdfout import gap, para, pdf_bytes, pdf_table
from quirks import docx_proof_marks, font_table
from reportlab.platypus import PageBreak
from rough import docx_split_runs, word_html_table
from textual import render


@dataclass
class Tab:
    """A framed table and how it is written: `opts` for the text renderer, `widths` (mm) for
    PDF, `numbers` for spreadsheet amount cells."""

    f: Framed
    opts: dict[str, Any] = field(default_factory=dict)
    widths: Sequence[float] = ()
    numbers: dict[tuple[int, int], float] | None = None
    trailing_empty: Sequence[tuple[int, int]] = ()


Block = str | Tab | Callable[[Text], None]


def text_file(
    blocks: Sequence[Block], encoding: str = "utf-8", newline: str = "\n", bom: bool = False
) -> bytes:
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


def docx_file(
    blocks: Sequence[Block],
    wps: bool = True,
    split_runs: bool = False,
    proof: bool = False,
    office_title: str = "",
) -> bytes:
    """`# ` lines are centred bold titles; `wps`: soft breaks and stray empty paragraphs."""
    doc = new_docx()
    for b in blocks:
        if isinstance(b, str):
            if b.startswith("# "):
                docx_para(doc, b[2:], bold=True, center=True)
            else:
                docx_para(doc, b)
        elif isinstance(b, Tab):
            if wps:
                docx_wps_table(doc, b.f.grid, trailing_empty=b.trailing_empty)
            else:
                docx_table(doc, b.f.grid)
            docx_para(doc, "")
    if split_runs:
        docx_split_runs(doc)
    if proof:
        docx_proof_marks(doc)
    if office_title:
        docx_office_leftovers(doc, office_title)
    return docx_bytes(doc)


def xlsx_file(sheets: Sequence[tuple[str, Sequence[Block]]], spare: bool = False) -> bytes:
    """One worksheet per (name, blocks); a `# ` line is a title merged over the next table's
    width; other prose lines take a cell of their own in column A."""
    wb = new_xlsx()
    first = True
    for name, blocks in sheets:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = name
        first = False
        top = 1
        titles: list[int] = []
        for b in blocks:
            if isinstance(b, str):
                ws.cell(row=top, column=1).value = b[2:] if b.startswith("# ") else b
                if b.startswith("# "):
                    titles.append(top)
                top += 1
            elif isinstance(b, Tab):
                for row in titles:
                    xlsx_sheet_title(ws, row, b.f.grid.ncols)
                titles = []
                top = xlsx_grid(ws, b.f.grid, top, b.numbers) + 1
        ws.print_area = f"A1:{ws.cell(row=max(top - 1, 1), column=ws.max_column).coordinate}"
    if spare:
        wb.create_sheet("Sheet2")
    return xlsx_bytes(wb)


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


def html_file(
    blocks: Sequence[Block],
    title: str,
    site: str,
    published: str,
    charset: str = "utf-8",
    style: str = "cms",
    attachments: Sequence[str] = (),
) -> bytes:
    """`style`: `cms` (inline styles, nested layout tables), `word` (Word web page), `plain`,
    `font` (older CMS), `ueditor` (UEditor table inside the portal's view block)."""
    body: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            body.append(p(b))
        elif isinstance(b, Tab):
            if style == "cms":
                body.append(cms_table(b.f.grid, pad_cols=b.opts.get("pad_cols", ())))
            elif style == "font":
                body.append(
                    font_table(b.f.grid, range(b.f.grid.header_rows - 1, b.f.grid.header_rows))
                )
            elif style == "word":
                body.append(word_html_table(b.f.grid))
            elif style == "ueditor":
                body.append(ueditor_table(b.f.grid))
            else:
                body.append(html_table(b.f.grid))
    if style == "ueditor":
        inner = [ueditor_view(body, attachments)]
    elif style == "plain":
        inner = body
    else:
        inner = [nested(body)]
    return page(title, site, published, inner, charset)


def pdf_file(
    blocks: Sequence[Block],
    ruled: bool = True,
    header: str | None = None,
    wide: bool = True,
    size: float = 8,
) -> bytes:
    """`# ` lines are centred titles, `\\f` a page break; `header`: running header and footer."""
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
