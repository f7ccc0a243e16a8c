"""DOCX (python-docx), XLSX (openpyxl) and legacy XLS (xlwt) writers for grids with merged cells.
Zip members get a fixed timestamp and the core properties a fixed date, so a rebuild gives the
same bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence

import openpyxl
import xlwt
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from grid import Grid
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip container with fixed member timestamps and fixed core-property dates
    (openpyxl stamps the save time into docProps/core.xml); same content otherwise."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _STAMP.sub(rb"\g<1>2024-03-01T09:00:00Z\g<2>", body)
            dst.writestr(zi, body)
    return out.getvalue()


# --- DOCX ---------------------------------------------------------------------------------------


def new_docx() -> DocxDocument:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = "财政局"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "财政局"
    cp.revision = 1
    return doc


def docx_para(doc: DocxDocument, text: str, bold: bool = False, center: bool = False) -> None:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_table(doc: DocxDocument, grid: Grid, widths_cm: Sequence[float] | None = None) -> None:
    table = doc.add_table(rows=len(grid.rows), cols=grid.ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, cells in enumerate(grid.rows):
        for c, text in enumerate(cells):
            cell = table.cell(r, c)
            lines = text.split("\n")
            cell.paragraphs[0].text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)
            if widths_cm:
                cell.width = Cm(widths_cm[c])
    for r0, c0, r1, c1 in grid.merges:
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        # python-docx moves the covered cells' empty paragraphs into the merged cell: drop them
        paragraphs = merged.paragraphs
        for p in paragraphs[1:]:
            if not p.text:
                p._element.getparent().remove(p._element)


def docx_bytes(doc: DocxDocument) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


# --- XLSX ---------------------------------------------------------------------------------------

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def new_xlsx() -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.properties.creator = "财政局"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def xlsx_grid(
    ws: Worksheet,
    grid: Grid,
    top: int,
    numbers: dict[tuple[int, int], float] | None = None,
    number_format: str = "#,##0.00",
) -> int:
    """Write a grid at row `top` (1-based); `numbers` puts real numbers into some cells.
    Returns the next free row."""
    numbers = numbers or {}
    for r, cells in enumerate(grid.rows):
        for c, text in enumerate(cells):
            cell = ws.cell(row=top + r, column=c + 1)
            if (r, c) in numbers:
                cell.value = numbers[(r, c)]
                cell.number_format = number_format
            elif text:
                cell.value = text
            cell.border = _BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if r < grid.header_rows:
                cell.font = Font(bold=True)
    for r0, c0, r1, c1 in grid.merges:
        ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
    return top + len(grid.rows)


def xlsx_bytes(wb: openpyxl.Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


# --- XLS (BIFF8) --------------------------------------------------------------------------------


def xls_grid(
    ws: xlwt.Worksheet,
    grid: Grid,
    top: int,
    numbers: dict[tuple[int, int], float] | None = None,
) -> int:
    """Write a grid at row `top` (0-based) with write_merge for the merged ranges."""
    numbers = numbers or {}
    plain = xlwt.easyxf(
        "font: name 宋体, height 200; align: wrap on, vert centre; "
        "borders: left thin, right thin, top thin, bottom thin"
    )
    money = xlwt.easyxf(
        "font: name 宋体, height 200; align: vert centre, horiz right; "
        "borders: left thin, right thin, top thin, bottom thin",
        num_format_str="#,##0.00",
    )
    cov = grid.covered()
    for r, cells in enumerate(grid.rows):
        for c, text in enumerate(cells):
            m = cov.get((r, c))
            if m and (m[0], m[1]) != (r, c):
                continue
            value: object = numbers.get((r, c), text)
            style = money if (r, c) in numbers else plain
            if m:
                ws.write_merge(top + m[0], top + m[2], m[1], m[3], value, style)
            else:
                ws.write(top + r, c, value, style)
    return top + len(grid.rows)


def xls_bytes(wb: xlwt.Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
