"""Merged ranges of an XLSX, clipped before openpyxl sees them.

openpyxl creates one object per cell of every merged range when it loads a workbook (about
36 µs and 800 bytes a cell): a formatting merge "H1:H1048576" costs half a minute, a hostile
"A1:ZZ9999" minutes and gigabytes. A merge can only matter where the sheet has content, so every
`<mergeCell ref>` is clipped to the last row and column holding a value (a merge wholly outside
is dropped) and the workbook is handed on rewritten; if the merged cells that remain still exceed
MAX_MERGED_CELLS the file is refused with a clear reason.
"""

from __future__ import annotations

import io
import re
import zipfile

from auditor.ingest.errors import InputError

MAX_MERGED_CELLS = 200_000
_MERGE = re.compile(
    rb'<(?:\w+:)?mergeCell\b[^>]*?\sref="([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?"[^>]*>'
)
_VALUE_CELL = re.compile(
    rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Za-z]{1,3})(\d+)"[^>]*?(?<!/)>\s*<(?:\w+:)?(?:v|f|is)\b'
)


def _col(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def _letters(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def _used_bounds(xml: bytes) -> tuple[int, int] | None:
    """(last row, last column) of cells that hold a value or formula; None if none is found."""
    rows = cols = 0
    for m in _VALUE_CELL.finditer(xml):
        cols = max(cols, _col(m.group(1)))
        rows = max(rows, int(m.group(2)))
    return (rows, cols) if rows else None


def clip_sheet(xml: bytes) -> tuple[bytes, int]:
    """The sheet XML with merges clipped to its used area, and the merged cells that remain."""
    bounds = _used_bounds(xml)
    area = 0

    def clip(m: re.Match[bytes]) -> bytes:
        nonlocal area
        c0, r0 = _col(m.group(1)), int(m.group(2))
        c1 = _col(m.group(3)) if m.group(3) else c0
        r1 = int(m.group(4)) if m.group(4) else r0
        if bounds is not None:
            r1, c1 = min(r1, bounds[0]), min(c1, bounds[1])
        if r1 < r0 or c1 < c0 or (r1 == r0 and c1 == c0):
            return b""  # outside the content, or one cell: no merge left
        area += (r1 - r0 + 1) * (c1 - c0 + 1)
        return f'<mergeCell ref="{_letters(c0)}{r0}:{_letters(c1)}{r1}"/>'.encode()

    return _MERGE.sub(clip, xml), area


def clip_merges(src: str, data: bytes) -> bytes:
    """The workbook with its merges clipped (the same bytes when no merge changed)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        changed: dict[str, bytes] = {}
        total = 0
        for name in zf.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            xml = zf.read(name)
            if b"mergeCell" not in xml:
                continue
            new, area = clip_sheet(xml)
            total += area
            if new != xml:
                changed[name] = new
        if total > MAX_MERGED_CELLS:
            raise InputError(
                src,
                f"Excel 文件的合并单元格区域过大（有内容的区域内共 {total:,} 个合并单元格，"
                f"上限 {MAX_MERGED_CELLS:,}），可能是恶意或损坏的文件",
                "merged ranges too large",
            )
        return _rewrite(zf, changed) if changed else data


def _rewrite(zf: zipfile.ZipFile, changed: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as new:
        for info in zf.infolist():
            new.writestr(info.filename, changed.get(info.filename) or zf.read(info))
    return out.getvalue()
