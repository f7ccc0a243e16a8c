"""Whole-file writers of the thirteenth layout held-out set: a document is a list of blocks (a
line of prose, or a framed table with its options) written to text, DOCX, XLSX, XLS, HTML or PDF
with the generic writers and the export noise of `noise.py` / `rough.py` / `quirks.py` and this
set's `nnoise.py`."""

from __future__ import annotations

from collections.abc import Sequence

from emitbase import Block, Tab, indented_table, pdf_file, text_file, xls_file
from grid import html_table
from nnoise import (
    docx_repeat_header,
    docx_running_text,
    wechat_para,
    wechat_table,
    wechat_tail,
    xlsx_system_export,
)
from noise import cms_table, docx_wps_table, nested
from office import docx_bytes, docx_para, docx_table, new_docx, new_xlsx, xlsx_bytes, xlsx_grid
from pages import p, page
from quirks import docx_proof_marks, font_table
from rough import docx_split_runs, word_html_table

# the writers a content module imports from here: the shared ones and this set's own
__all__ = [
    "Block",
    "Tab",
    "docx_file",
    "html_file",
    "indented_table",
    "pdf_file",
    "text_file",
    "xls_file",
    "xlsx_file",
]


def docx_file(
    blocks: Sequence[Block],
    wps: bool = True,
    split_runs: bool = False,
    proof: bool = False,
    running: tuple[str, str] | None = None,
    repeat_header: int = 0,
) -> bytes:
    """`# ` lines are centred bold titles; `wps`: soft breaks, stray empty paragraphs;
    `proof`: Word's spell-check and bookmark marks; `running`: section header and footer text;
    `repeat_header`: the first rows of every table repeat on each page."""
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
    if running:
        docx_running_text(doc, *running)
    if repeat_header:
        docx_repeat_header(doc, repeat_header)
    return docx_bytes(doc)


def xlsx_file(
    sheets: Sequence[tuple[str, Sequence[Block]]],
    spare: bool = False,
    export: tuple[str, str, str] | None = None,
) -> bytes:
    """One worksheet per (name, blocks); prose lines take a cell of their own in column A;
    `spare`: the empty Sheet2/Sheet3 a new workbook keeps; `export`: (freeze cell, print title
    rows, page header) of a budget system's export."""
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
    if export:
        xlsx_system_export(wb, *export)
    if spare:
        wb.create_sheet("Sheet2")
        wb.create_sheet("Sheet3")
    return xlsx_bytes(wb)


def html_file(
    blocks: Sequence[Block],
    title: str,
    site: str,
    published: str,
    charset: str = "utf-8",
    style: str = "cms",
    side: str = "",
    account: str = "",
) -> bytes:
    """`style`: `cms` (inline styles, &nbsp;, nested layout tables), `word` (Word paste with
    split spans and <o:p>), `plain` (bare rowspan/colspan table), `font` (older CMS: `<font>`
    cells, zero-width spaces in header labels), `wechat` (a public-account article reposted on
    the portal; `account` names it)."""
    body: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            body.append(wechat_para(b) if style == "wechat" else p(b))
        elif isinstance(b, Tab):
            if style == "cms":
                body.append(cms_table(b.f.grid, pad_cols=b.opts.get("pad_cols", ())))
            elif style == "font":
                body.append(
                    font_table(b.f.grid, range(b.f.grid.header_rows - 1, b.f.grid.header_rows))
                )
            elif style == "wechat":
                body.append(wechat_table(b.f.grid))
            elif style == "word":
                body.append(word_html_table(b.f.grid))
            else:
                body.append(html_table(b.f.grid))
    if style == "wechat":
        body.append(wechat_tail(account, 1287))
    inner = [nested(body, side)] if style not in ("plain", "wechat") else body
    return page(title, site, published, inner, charset)
