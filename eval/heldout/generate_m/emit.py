"""Whole-file writers of the twelfth layout held-out set: a document is a list of blocks (a
line of prose, or a framed table with its options) written to text, DOCX, XLSX, XLS, HTML or PDF
with the generic writers and the export noise of `noise.py` / `rough.py` / `mnoise.py`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import xlwt
from frame import Framed, cell
from grid import Text, html_table
from mnoise import docx_page_fields, preview_table, xlsx_template_noise
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


def docx_file(
    blocks: Sequence[Block],
    wps: bool = True,
    split_runs: bool = False,
    proof: bool = False,
    page_fields: bool = False,
) -> bytes:
    """`# ` lines are centred bold titles; `wps`: soft breaks, stray empty paragraphs;
    `proof`: Word's spell-check and bookmark marks between runs."""
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
    if page_fields:
        docx_page_fields(doc)
    return docx_bytes(doc)


def xlsx_file(
    sheets: Sequence[tuple[str, Sequence[Block]]],
    spare: bool = False,
    choice_col: str | None = None,
    choices: Sequence[str] = (),
    note: str = "",
) -> bytes:
    """One worksheet per (name, blocks); prose lines take a cell of their own in column A;
    `spare`: the empty Sheet2/Sheet3 a new workbook keeps."""
    wb = new_xlsx()
    first = True
    for name, blocks in sheets:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = name
        first = False
        top = 1
        for b in blocks:
            if isinstance(b, str):
                ws.cell(row=top, column=1).value = b
                top += 1
            elif isinstance(b, Tab):
                top = xlsx_grid(ws, b.f.grid, top, b.numbers) + 1
    if choice_col or note:
        xlsx_template_noise(wb, choice_col, choices, note)
    if spare:
        wb.create_sheet("Sheet2")
        wb.create_sheet("Sheet3")
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
    side: str = "",
) -> bytes:
    """`style`: `cms` (inline styles, &nbsp;, nested layout tables), `word` (Word paste with
    split spans and <o:p>), `plain` (bare rowspan/colspan table), `font` (older CMS: `<font>` cells, zero-width
    spaces in header labels), `preview` (the portal's attachment previewer, sheet tab label)."""
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
            elif style == "preview":
                body.append(preview_table(b.f.grid, b.opts.get("sheet", "Sheet1")))
            elif style == "word":
                body.append(word_html_table(b.f.grid))
            else:
                body.append(html_table(b.f.grid))
    inner = [nested(body, side)] if style not in ("plain", "preview") else body
    return page(title, site, published, inner, charset)


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
