"""DOCX (python-docx), XLSX (openpyxl) and XLS (xlwt) renderings with real merged cells."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import openpyxl
import xlwt

from auditor.synth.page import Page, TableGrid


def _merges(grid: TableGrid) -> list[tuple[int, int, int, int]]:
    """(row0, col0, row1, col1) of every merge, inclusive."""
    out = []
    for r, row in enumerate(grid.rows):
        for c, cell in enumerate(row):
            if cell is not None and (cell.rowspan > 1 or cell.colspan > 1):
                out.append((r, c, r + cell.rowspan - 1, c + cell.colspan - 1))
    return out


def write_docx(page: Page, path: Path) -> None:
    document = docx.Document()
    for block in page.blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block.rows), cols=block.ncols)
        table.style = "Table Grid"
        for row, docx_row in zip(block.rows, table.rows):
            docx_cells = docx_row.cells
            for c, cell in enumerate(row):
                if cell is not None and cell.text:
                    docx_cells[c].text = cell.text
        for r0, c0, r1, c1 in _merges(block):
            table.cell(r0, c0).merge(table.cell(r1, c1))
    document.save(str(path))


def _text_cell(xcell: Any, text: str) -> None:
    """Store text as text: a value such as '=100%' must not become a formula."""
    xcell.value = text
    xcell.data_type = "s"


def write_xlsx(page: Page, path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标表"
    r = 1
    for block in page.blocks:
        if isinstance(block, str):
            ws.cell(row=r, column=1, value=block)
            r += 2
            continue
        for i, row in enumerate(block.rows):
            for c, cell in enumerate(row):
                if cell is not None and cell.text:
                    _text_cell(ws.cell(row=r + i, column=c + 1), cell.text)
        for r0, c0, r1, c1 in _merges(block):
            ws.merge_cells(start_row=r + r0, start_column=c0 + 1, end_row=r + r1, end_column=c1 + 1)
        r += len(block.rows) + 1
    wb.save(str(path))


def write_xls(page: Page, path: Path) -> None:
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("绩效目标表")
    r = 0
    for block in page.blocks:
        if isinstance(block, str):
            ws.write(r, 0, block)
            r += 2
            continue
        merged = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in _merges(block)}
        for i, row in enumerate(block.rows):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                if (i, c) in merged:
                    r1, c1 = merged[(i, c)]
                    ws.write_merge(r + i, r + r1, c, c1, cell.text)
                elif cell.text:
                    ws.write(r + i, c, cell.text)
        r += len(block.rows) + 1
    wb.save(str(path))
