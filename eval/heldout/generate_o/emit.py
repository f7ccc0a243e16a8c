"""Whole-file writers of the fourteenth layout held-out set: a document is a list of blocks (a
line of prose, a framed table with its options, or a callable that writes text lines) written to
text, DOCX, XLSX, XLS, HTML or PDF with the shared writers and this set's conversion noise
(`onoise.py`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from emitbase import Block, Tab, indented_table, pdf_file, text_file, xls_file
from frame import Framed
from grid import Text, html_table
from noise import cms_table, docx_wps_table, nested
from office import docx_bytes, docx_para, docx_table, new_docx, new_xlsx, xlsx_bytes, xlsx_grid
from onoise import (
    EMPTY_MSO,
    div_table,
    docx_pdf2word,
    nested_in_cell,
    pre_block,
    text_lines,
    tsv_quoted,
    xlsx_cached_values,
)
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from pages import p, page
from quirks import docx_proof_marks
from rough import docx_split_runs, word_html_table
from textual import printed_cells

__all__ = [
    "Block",
    "Tab",
    "docx_file",
    "html_file",
    "indented_table",
    "pdf_file",
    "text_file",
    "tsv_table",
    "xls_file",
    "xlsx_file",
]


def tsv_table(f: Framed, lead: Sequence[str] = ()) -> Callable[[Text], None]:
    """A framed table pasted out of a spreadsheet as tab rows with quoted multi-line cells."""

    def write(text: Text) -> None:
        text.add(*lead)
        for i, cells in enumerate(printed_cells(f)):
            row = f.rows.get(i)
            if row is not None:
                text.mark(row)
            text.add(*tsv_quoted(cells))

    return write


def docx_file(blocks: Sequence[Block], mode: str = "word", proof: bool = False) -> bytes:
    """`mode`: `word` (clean Word tables, runs split by editing), `wps` (soft breaks, stray empty
    paragraphs), `pdf2word` (a table per page, a paragraph per cell line: the Tab's opts
    `pages`, `cut`, `wrap`). `# ` lines are centred bold titles."""
    doc = new_docx()
    for b in blocks:
        if isinstance(b, str):
            if b.startswith("# "):
                docx_para(doc, b[2:], bold=True, center=True)
            else:
                docx_para(doc, b)
        elif isinstance(b, Tab):
            if mode == "pdf2word":
                docx_pdf2word(
                    doc, b.f.grid, b.opts.get("pages", ()), b.opts.get("cut"), b.opts.get("wrap", 0)
                )
            elif mode == "wps":
                docx_wps_table(doc, b.f.grid, trailing_empty=b.trailing_empty)
            else:
                docx_table(doc, b.f.grid)
            docx_para(doc, "")
    if mode == "word":
        docx_split_runs(doc)
    if proof:
        docx_proof_marks(doc)
    return docx_bytes(doc)


def _xlsx_tab(ws: Any, b: Tab, top: int, sheet_no: int, cached: dict[str, dict[str, str]]) -> int:
    numbers = None if b.opts.get("text_numbers") else b.numbers
    nxt = xlsx_grid(ws, b.f.grid, top, numbers)
    if b.opts.get("text_numbers") and b.numbers:
        for (r, c), v in b.numbers.items():  # an amount typed as text (the green triangle)
            ws.cell(row=top + r, column=c + 1).value = f"{v:.2f}"
    for (r, c), (formula, value) in b.opts.get("formulas", {}).items():
        ws.cell(row=top + r, column=c + 1).value = formula
        ref = f"{get_column_letter(c + 1)}{top + r}"
        cached.setdefault(f"sheet{sheet_no}.xml", {})[ref] = value
    for (r, c), (day, fmt) in b.opts.get("dates", {}).items():
        cell = ws.cell(row=top + r, column=c + 1)
        cell.value = day
        cell.number_format = fmt
    return nxt


def xlsx_file(
    sheets: Sequence[tuple[str, Sequence[Block]]],
    hidden: tuple[str, Sequence[str]] | None = None,
    empty: Sequence[str] = (),
    dates: Sequence[tuple[str, str, dt.date, str]] = (),
) -> bytes:
    """One worksheet per (name, blocks); prose lines in column A. A Tab's opts: `text_numbers`
    (its amounts typed as text), `formulas` {(r, c): (formula, cached value)}, `dates`
    {(r, c): (date, number format)}. `hidden`: a hidden sheet of drop-down values (used by a
    validation on the first sheet's 性质 column); `empty`: empty sheets added after the others;
    `dates`: (sheet, cell, date, format) lines such as 填报日期 written as serial dates."""
    wb = new_xlsx()
    cached: dict[str, dict[str, str]] = {}
    for n, (name, blocks) in enumerate(sheets, 1):
        ws = wb.active if n == 1 else wb.create_sheet()
        assert ws is not None
        ws.title = name
        top = 1
        for b in blocks:
            if isinstance(b, str):
                ws.cell(row=top, column=1).value = b
                top += 1
            elif isinstance(b, Tab):
                top = _xlsx_tab(ws, b, top, n, cached) + 1
    for sheet, ref, day, fmt in dates:
        wb[sheet][ref].value = day
        wb[sheet][ref].number_format = fmt
    if hidden:
        hs = wb.create_sheet(hidden[0])
        for i, v in enumerate(hidden[1], 1):
            hs.cell(row=i, column=1).value = v
        hs.sheet_state = "hidden"
        dv = DataValidation(type="list", formula1=f"'{hidden[0]}'!$A$1:$A${len(hidden[1])}")
        first = wb.worksheets[0]
        first.add_data_validation(dv)
        dv.add("H1:H200")
    for name in empty:
        wb.create_sheet(name)
    data = xlsx_bytes(wb)
    return xlsx_cached_values(data, cached) if cached else data


def html_file(
    blocks: Sequence[Block],
    title: str,
    site: str,
    published: str,
    charset: str = "utf-8",
    frame: str = "nested",
    side: str = "",
) -> bytes:
    """A Tab's opts `html` picks the table's rendering: `word` (Word "save as web page": spans
    per run, `<o:p>`, empty mso paragraphs around), `cms` (inline styles, `&nbsp;`), `div`
    (tables inside `<div>`s, full-width-space indents: opts `indent`), `incell` (a table nested
    in a layout table's cell: opts `caption`), `plain`. A callable block is a text table pasted
    into `<pre>`. `frame`: `nested` (the portal's layout tables around the article) or `bare`."""
    body: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            body.append(p(b))
        elif isinstance(b, Tab):
            style = b.opts.get("html", "plain")
            if style == "word":
                body += [EMPTY_MSO, word_html_table(b.f.grid), EMPTY_MSO]
            elif style == "cms":
                body.append(cms_table(b.f.grid, pad_cols=b.opts.get("pad_cols", ())))
            elif style == "div":
                body.append(div_table(b.f.grid, b.opts.get("indent", ())))
            elif style == "incell":
                body.append(nested_in_cell(html_table(b.f.grid), b.opts.get("caption", "")))
            else:
                body.append(html_table(b.f.grid))
        else:
            body.append(pre_block(text_lines(b)))
    inner = [nested(body, side)] if frame == "nested" else body
    return page(title, site, published, inner, charset)
