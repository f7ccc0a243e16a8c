"""XLSX reader: every worksheet in order -> a sheet-name TextLine, then its blocks.

Layout (bands, side-by-side tables, title lines, merges): auditor.ingest.sheet_blocks. The zip is
checked first (zipguard) and merged ranges are clipped to the used area (xlsx_merges).

* Values are rendered as a person reads them in Excel: 300.0 -> "300", 2 with format "0.00" ->
  "2.00", 0.95 with a percent format -> "95%" (decimals as in the format), dates as YYYY-MM-DD.
  Thousands separators are not reproduced (so the numbers stay parseable). Formulas give their
  cached value (data_only=True); a formula without a cached value gives "" and a warning.

Locations: TextLine and GridRow get Location(sheet=<name>, grid_row=<Excel row number>);
grid rows also grid=<1-based grid number across the workbook>.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from auditor.ingest.blocks import Block, RawDocument, TextLine
from auditor.ingest.errors import InputError
from auditor.ingest.sheet_blocks import covered_cells, sheet_blocks
from auditor.ingest.xlsx_merges import clip_merges
from auditor.ingest.zipguard import check_zip, guard_container
from auditor.models import Location

if TYPE_CHECKING:  # openpyxl loads with the first .xlsx read (read_xlsx); it ships no stubs
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@guard_container("Excel 文件")
def read_xlsx(path: Path, data: bytes) -> RawDocument:
    src = str(path)
    if data[:8] == CFB_MAGIC:
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise InputError(
                src,
                "文件受密码保护（已加密），请取消密码后另存为 .xlsx",
                "password-protected (encrypted) xlsx",
            )
        raise InputError(src, "这是旧版 .xls 格式，请另存为 .xlsx", "legacy binary .xls format")
    try:
        import openpyxl
        from defusedxml import DefusedXmlException
        from openpyxl.utils.exceptions import InvalidFileException
    except ImportError as exc:  # pragma: no cover
        raise InputError(src, "读取 .xlsx 需要安装 openpyxl", "openpyxl is not installed") from exc
    check_zip(src, data, "Excel 文件")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
    if "xl/workbook.xml" not in names:
        raise InputError(
            src, "压缩包中没有 xl/workbook.xml，不是有效的 Excel 工作簿", "xl/workbook.xml missing"
        )
    data = clip_merges(src, data)
    formulas = _formula_cells(openpyxl, data, names)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise InputError(src, "Excel 文件已损坏或被截断", "corrupt or truncated xlsx") from exc
    except InvalidFileException as exc:
        raise InputError(src, "不是有效的 Excel 工作簿", "invalid xlsx") from exc
    except DefusedXmlException as exc:
        raise InputError(
            src,
            "Excel 文件的 XML 含有实体声明或外部引用（可能是 XML 炸弹），拒绝读取",
            "XML entities or external references forbidden",
        ) from exc
    except Exception as exc:  # KeyError for missing parts, XML syntax errors, ...
        raise InputError(src, "Excel 文件内容无法解析，文件可能已损坏", "corrupt xlsx") from exc

    blocks: list[Block] = []
    warnings: list[str] = []
    grid_no = 0
    try:
        from openpyxl.worksheet.worksheet import Worksheet

        for ws in wb.worksheets:
            if not isinstance(ws, Worksheet):
                continue  # chart sheets
            if ws.sheet_state != "visible":
                warnings.append(f"工作表 {ws.title} 是隐藏的，仍然读取（hidden sheet read）")
            blocks.append(TextLine(text=ws.title, loc=Location(sheet=ws.title)))
            grid_no = _read_sheet(ws, blocks, warnings, grid_no, formulas.get(ws.title, {}))
    finally:
        wb.close()
    return RawDocument(source=src, layout="xlsx", blocks=blocks, warnings=warnings)


def _formula_cells(
    openpyxl: ModuleType, data: bytes, names: set[str]
) -> dict[str, dict[tuple[int, int], str]]:
    """Cells that hold a formula and its text, per sheet title. The values load (data_only)
    shows a formula whose result Excel never cached as an empty cell; these must be reported, not
    read as blank. Only done when some worksheet XML contains a formula element (a cheap byte
    check first)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if not any(_has_formula(zf.read(n)) for n in names if n.startswith("xl/worksheets/")):
            return {}
    out: dict[str, dict[tuple[int, int], str]] = {}
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:
        return {}
    try:
        for ws in wb.worksheets:
            cells: dict[tuple[int, int], str] = {}
            for row in ws.iter_rows():
                for cell in row:
                    if getattr(cell, "data_type", None) == "f":
                        cells[(cell.row, cell.column)] = str(cell.value or "")
            if cells:
                out[ws.title] = cells
    finally:
        wb.close()
    return out


def _has_formula(xml: bytes) -> bool:
    return b"<f>" in xml or b"<f " in xml


def _read_sheet(
    ws: Worksheet,
    blocks: list[Block],
    warnings: list[str],
    grid_no: int,
    formulas: dict[tuple[int, int], str] | None = None,
) -> int:
    name = ws.title
    # Only cells that exist in the file are read (a styled cell at row 1,048,576 must not make the
    # reader walk a million empty rows); merges are applied to those cells, not expanded.
    merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    # merges are clipped to the used area before loading (xlsx_merges), so this set stays small
    covered = covered_cells(merges)

    values: dict[tuple[int, int], str] = {}
    missing_formula = False
    cells = getattr(ws, "_cells", None)
    if cells is None:  # pragma: no cover - openpyxl without the cell dict
        cells = {(c.row, c.column): c for row in ws.iter_rows() for c in row}
    for (r, c), cell in sorted(cells.items()):
        text = _render(cell)
        if text == "" and formulas and (r, c) in formulas:
            # a formula Excel never calculated: not a blank cell, unless it is a target typed
            # after "=" that Excel took for a formula
            text = _typed_target(formulas[(r, c)])
        if text is None:
            missing_formula = True
            continue
        if text and (r, c) not in covered:
            values[(r, c)] = text
    if missing_formula:
        warnings.append(
            f"工作表 {name} 含有没有缓存值的公式，已按空白处理（formula without cached value）"
        )
    return sheet_blocks(name, values, merges, blocks, grid_no)


# "=17所", "=3.5公里": an equals sign, a number and a unit (no cell reference, function or
# operator), which Excel stores as a formula it cannot evaluate; the author typed a target
_TYPED_TARGET = re.compile(r"=\d+(?:\.\d+)?[\u4e00-\u9fff]{1,4}")


def _typed_target(formula: str) -> str | None:
    """The text of a formula that is a target typed after "=", else None (no value)."""
    return formula if _TYPED_TARGET.fullmatch(formula.strip()) else None


_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _render(cell: Cell) -> str | None:
    """Cell value as displayed; None for a formula cell without a cached value."""
    v = cell.value
    if v is None:
        return None if cell.data_type == "f" else ""
    if isinstance(v, str):
        if v.startswith("=") and cell.data_type == "f":
            return None
        return v.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, _dt.datetime) and v.time() == _dt.time(0):
        v = v.date()
    if isinstance(v, _dt.date) and not isinstance(v, _dt.datetime):
        return f"{v.year}年{v.month}月{v.day}日"  # as a disclosure writes a date (the parser reads 年/月)
    if isinstance(v, (_dt.datetime, _dt.time)):
        return v.isoformat(sep=" ") if isinstance(v, _dt.datetime) else v.isoformat()
    if isinstance(v, _dt.timedelta):
        days = v.total_seconds() / 86400
        return f"{_plain(days)}天" if days >= 1 else f"{_plain(v.total_seconds() / 3600)}小时"
    if isinstance(v, (int, float)):
        return format_number(v, cell.number_format or "General")
    return str(v).strip()


def format_number(v: float, number_format: str) -> str:
    """Render a number the way Excel shows it for common formats (General, 0.00, 0%, 0.0%)."""
    section = number_format.split(";")[0]
    if '"' in section:
        # quoted literal text is shown where it stands: '"≥"0"个"' -> ≥5个, '#,##0"人次"' -> 200人次
        parts = re.split(r'("[^"]*")', section)
        numeric = "".join(p for p in parts if not p.startswith('"'))
        shown = format_number(v, numeric or "General")
        out, done = [], False
        for p in parts:
            if p.startswith('"'):
                out.append(p[1:-1])
            elif not done and re.search(r"[0#?%]", p):
                out.append(shown)
                done = True
        return (
            "".join(out) if done else shown + "".join(p[1:-1] for p in parts if p.startswith('"'))
        )
    fmt = _QUOTED.sub("", section)
    if "%" in fmt:
        decimals = _decimals(fmt)
        return f"{v * 100:.{decimals}f}%" if decimals is not None else _plain(v * 100) + "%"
    if fmt.strip().lower() in ("general", "@", ""):
        return _plain(v)
    decimals = _decimals(fmt)
    if decimals is None:
        return _plain(v)
    return f"{v:.{decimals}f}"


def _decimals(fmt: str) -> int | None:
    """Number of decimals of a numeric format ("0.00" -> 2, "0" -> 0); None if not numeric."""
    m = re.search(r"[0#?,]+(?:\.([0#?]*))?", fmt)
    if not m:
        return None
    return len(m.group(1) or "")


def _plain(v: float) -> str:
    """Shortest faithful rendering: 300.0 -> "300", 0.1+0.2 -> "0.3", no exponent."""
    if isinstance(v, int) or float(v).is_integer():
        return str(int(v))
    text = format(Decimal(repr(round(v, 10))).normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
