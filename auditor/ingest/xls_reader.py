"""Legacy Excel (.xls, BIFF) reader with xlrd; the same blocks as the XLSX reader.

xlrd (>= 2, which reads only .xls) opens the workbook with `formatting_info=True` so merged
ranges and number formats are known; numbers and dates are shown as Excel shows them (the XLSX
reader's rendering). A workbook xlrd cannot open (some writers produce BIFF it rejects) is
converted to .xlsx by LibreOffice when it is installed (auditor.ingest.convert); an encrypted one
is refused with the reason.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import xlrd

from auditor.ingest.blocks import Block, RawDocument, TextLine
from auditor.ingest.convert import convert_with_libreoffice
from auditor.ingest.errors import InputError
from auditor.ingest.sheet_blocks import Merge, covered_cells, sheet_blocks
from auditor.ingest.xlsx_reader import format_number, read_xlsx
from auditor.models import Location

MAX_CELLS = 5_000_000  # rows x columns of all sheets together


def read_xls(path: Path, data: bytes) -> RawDocument:
    """Read with xlrd; fall back to LibreOffice conversion when xlrd cannot open the file."""
    src = str(path)
    book = _open(src, data)
    if book is None:
        raw = read_xlsx(path, convert_with_libreoffice(path, data, "xlsx"))
        raw.layout = "xls"
        raw.warnings.insert(0, "旧版 .xls 经 LibreOffice 转换后读取（converted by LibreOffice）")
        return raw
    try:
        return _read_book(src, book)
    finally:
        book.release_resources()


def _open(src: str, data: bytes) -> Any:
    try:
        return xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise InputError(
                src,
                "文件受密码保护（已加密），请取消密码后另存为 .xls/.xlsx",
                "password-protected xls",
            ) from exc
        return None
    except Exception:  # xlrd raises struct/index/assertion errors on BIFF it does not know
        return None


def _read_book(src: str, book: Any) -> RawDocument:
    blocks: list[Block] = []
    warnings: list[str] = []
    grid_no = 0
    if sum(sh.nrows * sh.ncols for sh in book.sheets()) > MAX_CELLS:
        raise InputError(
            src, f"Excel 文件过大（超过 {MAX_CELLS:,} 个单元格）", "too many cells in xls"
        )
    for sh in book.sheets():
        if sh.visibility:
            warnings.append(f"工作表 {sh.name} 是隐藏的，仍然读取（hidden sheet read）")
        blocks.append(TextLine(text=sh.name, loc=Location(sheet=sh.name)))
        merges = _merges(sh)
        values = _values(book, sh, covered_cells(merges))
        grid_no = sheet_blocks(sh.name, values, merges, blocks, grid_no)
    return RawDocument(source=src, layout="xls", blocks=blocks, warnings=warnings)


def _merges(sh: Any) -> list[Merge]:
    """xlrd's (rlo, rhi, clo, chi), 0-based with exclusive ends -> 1-based inclusive, clipped."""
    out: list[Merge] = []
    for rlo, rhi, clo, chi in sh.merged_cells:
        rhi, chi = min(rhi, sh.nrows), min(chi, sh.ncols)
        if rhi - rlo >= 1 and chi - clo >= 1 and (rhi - rlo) * (chi - clo) > 1:
            out.append((rlo + 1, clo + 1, rhi, chi))
    return out


def _values(book: Any, sh: Any, covered: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    values: dict[tuple[int, int], str] = {}
    for r in range(sh.nrows):
        for c, cell in enumerate(sh.row(r)):
            if (r + 1, c + 1) in covered:
                continue
            text = _render(book, cell)
            if text:
                values[(r + 1, c + 1)] = text
    return values


def _number_format(book: Any, xf_index: int | None) -> str:
    if xf_index is None or xf_index >= len(book.xf_list):
        return "General"
    fmt = book.format_map.get(book.xf_list[xf_index].format_key)
    return str(fmt.format_str) if fmt is not None else "General"


def _render(book: Any, cell: Any) -> str:
    kind, v = cell.ctype, cell.value
    if kind == xlrd.XL_CELL_TEXT:
        return str(v).replace("\r\n", "\n").replace("\r", "\n").strip()
    if kind == xlrd.XL_CELL_NUMBER:
        return format_number(v, _number_format(book, cell.xf_index))
    if kind == xlrd.XL_CELL_DATE:
        return _date(book, v)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if v else "FALSE"
    if kind == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(v, "#ERROR"))
    return ""


def _date(book: Any, v: float) -> str:
    try:
        d: _dt.datetime = xlrd.xldate_as_datetime(v, book.datemode)
    except (xlrd.xldate.XLDateError, ValueError, OverflowError):
        return format_number(v, "General")
    if d.time() == _dt.time(0):
        return f"{d.year}年{d.month}月{d.day}日"  # as the XLSX reader writes a date
    if v < 1:
        return d.time().isoformat()
    return d.isoformat(sep=" ")
