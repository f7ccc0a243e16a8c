"""Hostile containers: zip bombs, XML entity expansion, huge merges and deep nesting end in a
named input error or in a result bounded by what the file really holds.

Every input is built here at test time from a small document (python-docx/openpyxl) whose members
are rewritten: too many members, a member compressed 1000:1, sizes that lie in the directory,
billion-laughs DTDs, merged ranges over a whole sheet, spans of two billion columns, elements
nested a hundred thousand deep.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
from pathlib import Path

import pytest

from auditor.ingest import Grid, InputError, RawDocument, read_document, zipguard
from auditor.ingest.xlsx_merges import MAX_MERGED_CELLS, clip_sheet

MAIN = {".docx": "word/document.xml", ".xlsx": "xl/worksheets/sheet1.xml"}
LAUGHS = (
    b'<!DOCTYPE r [<!ENTITY a "lollollollol">'
    + b"".join(
        b'<!ENTITY %c "%s">' % (98 + i, b"&%c;" % (97 + i) * 10) for i in range(9)
    )  # &j; expands to 10^9 "lol"s
    + b"]>"
)


@functools.cache
def _office(suffix: str) -> bytes:
    buf = io.BytesIO()
    if suffix == ".docx":
        import docx

        d = docx.Document()
        d.add_paragraph("某县2023年项目支出绩效目标表")
        t = d.add_table(rows=4, cols=3)
        for r in range(4):
            for c, text in enumerate((f"指标{r}", "≥95%", "100公里")):
                t.cell(r, c).text = text
        d.save(buf)
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        for r in range(4):
            wb.active.append([f"指标{r}", "≥95%", "100公里"])
        wb.save(buf)
    return buf.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return out.getvalue()


def _with_member(suffix: str, name: str, edit) -> bytes:  # type: ignore[no-untyped-def]
    members = _members(_office(suffix))
    members[name] = edit(members[name])
    return _zip(members)


def _read(tmp_path: Path, name: str, data: bytes) -> RawDocument:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def _refused(tmp_path: Path, name: str, data: bytes, needle: str) -> InputError:
    with pytest.raises(InputError) as exc:
        _read(tmp_path, name, data)
    assert str(tmp_path / name) in str(exc.value) and needle in exc.value.reason, str(exc.value)
    return exc.value


def _grids(raw: RawDocument) -> list[Grid]:
    return [b for b in raw.blocks if isinstance(b, Grid)]


# --- zip bombs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_too_many_members(tmp_path, suffix):
    members = _members(_office(suffix))
    members.update({f"customXml/item{i}.xml": b"<a/>" for i in range(zipguard.MAX_MEMBERS)})
    _refused(tmp_path, f"many{suffix}", _zip(members), "个部件")


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_a_member_compressed_a_thousand_to_one(tmp_path, suffix):
    members = _members(_office(suffix))
    members["docProps/padding.xml"] = b" " * (zipguard.RATIO_FLOOR * 2)
    _refused(tmp_path, f"ratio{suffix}", _zip(members), "压缩比")


def _declare_size(data: bytes, name: str, size: int) -> bytes:
    """The central directory entry of `name` claims `size` uncompressed bytes."""
    out = bytearray(data)
    entry = out.find(b"PK\x01\x02")
    while out[entry + 46 : entry + 46 + len(name)] != name.encode():
        entry = out.find(b"PK\x01\x02", entry + 1)
    struct.pack_into("<I", out, entry + 24, size)
    return bytes(out)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_declared_sizes_over_the_total_limit(tmp_path, suffix):
    data = _declare_size(_office(suffix), MAIN[suffix], zipguard.MAX_UNCOMPRESSED + 2**20)
    _refused(tmp_path, f"total{suffix}", data, "解压后共")


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_a_member_larger_than_declared_is_not_inflated_past_its_declaration(tmp_path, suffix):
    """50 MB of zeros declared as 1 KB: reading stops at the declaration and the checksum fails
    (nothing is inflated beyond what the directory admits)."""
    members = _members(_office(suffix))
    members["docProps/hidden.xml"] = b"\0" * 50_000_000
    data = _declare_size(_zip(members), "docProps/hidden.xml", 1024)
    _refused(tmp_path, f"lying{suffix}", data, "CRC")


# --- XML entity expansion ----------------------------------------------------------------------
def _laughs(xml: bytes, into: bytes) -> bytes:
    head = xml.find(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    return xml[:head] + LAUGHS + xml[head:].replace(into, into + b"&j;", 1)


def test_entities_in_a_docx_are_never_expanded(tmp_path):
    data = _with_member(".docx", "word/document.xml", lambda x: _laughs(x, b"<w:t>"))
    try:
        raw = _read(tmp_path, "laughs.docx", data)
    except InputError as exc:
        assert "laughs.docx" in str(exc)
        return
    text = "".join(getattr(b, "text", "") for b in raw.blocks)
    cells = "".join(c for g in _grids(raw) for r in g.rows for c in r.cells)
    assert "lol" not in text + cells and len(text + cells) < 1000


@pytest.mark.parametrize(
    "member,into", [("xl/workbook.xml", b"<sheets>"), ("xl/worksheets/sheet1.xml", b"<sheetData>")]
)
def test_entities_in_an_xlsx_are_refused(tmp_path, member, into):
    data = _with_member(".xlsx", member, lambda x: _laughs(x, into))
    _refused(tmp_path, "laughs.xlsx", data, "Excel 文件")


# --- huge merges and spans ---------------------------------------------------------------------
def _merge(ref: bytes):  # type: ignore[no-untyped-def]
    cells = b'<mergeCells count="1"><mergeCell ref="' + ref + b'"/></mergeCells>'
    return lambda xml: xml.replace(b"</sheetData>", b"</sheetData>" + cells, 1)


def test_a_merge_over_the_whole_sheet_is_clipped_to_its_content(tmp_path):
    data = _with_member(".xlsx", MAIN[".xlsx"], _merge(b"B2:ZZ9999"))
    clipped, area = clip_sheet(_members(data)[MAIN[".xlsx"]])
    assert re.findall(rb'mergeCell ref="([^"]+)"', clipped) == [b"B2:C4"] and area == 6
    raw = _read(tmp_path, "merged.xlsx", data)
    assert all(len(r.cells) <= 3 for g in _grids(raw) for r in g.rows)


def test_a_merge_too_large_within_the_content_is_refused(tmp_path):
    def far_value_and_merge(xml: bytes) -> bytes:
        far = b'<row r="9999"><c r="ZZ9999" t="inlineStr"><is><t>x</t></is></c></row>'
        return _merge(b"A1:ZZ9999")(xml.replace(b"</sheetData>", far + b"</sheetData>", 1))

    assert MAX_MERGED_CELLS < 702 * 9999
    data = _with_member(".xlsx", MAIN[".xlsx"], far_value_and_merge)
    _refused(tmp_path, "far.xlsx", data, "合并单元格")


def test_absurd_docx_spans_are_clamped_to_the_table_grid(tmp_path):
    data = _with_member(
        ".docx",
        MAIN[".docx"],
        lambda x: x.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="2000000000"/>').replace(
            b"<w:trPr>", b'<w:trPr><w:gridBefore w:val="2000000000"/>'
        ),
    )
    raw = _read(tmp_path, "spans.docx", data)
    widths = {len(r.cells) for g in _grids(raw) for r in g.rows}
    assert widths and max(widths) <= 3 * 3  # at most every cell spanning the 3-column grid


# --- deep nesting ------------------------------------------------------------------------------
def _nest(depth: int):  # type: ignore[no-untyped-def]
    def edit(xml: bytes) -> bytes:
        cut = xml.rfind(b"</")
        return xml[:cut] + b"<x>" * depth + b"</x>" * depth + xml[cut:]

    return edit


def test_elements_nested_a_hundred_thousand_deep_in_a_docx(tmp_path):
    data = _with_member(".docx", MAIN[".docx"], _nest(100_000))
    _refused(tmp_path, "deep.docx", data, "无法解析")


def test_elements_nested_a_hundred_thousand_deep_in_an_xlsx(tmp_path):
    data = _with_member(".xlsx", MAIN[".xlsx"], _nest(100_000))
    try:
        raw = _read(tmp_path, "deep.xlsx", data)
    except InputError as exc:
        assert "deep.xlsx" in str(exc)
        return
    cells = [c for g in _grids(raw) for r in g.rows for c in r.cells if c]
    assert "指标0" in cells and len(cells) <= 12  # the real cells, nothing from the nesting


def test_tables_nested_deeper_than_the_parser_allows(tmp_path):
    import docx

    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    for _ in range(120):  # 3 elements a level: beyond the XML parser's depth limit
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "最深处"
    buf = io.BytesIO()
    d.save(buf)
    _refused(tmp_path, "nested.docx", buf.getvalue(), "无法解析")


# --- memory ------------------------------------------------------------------------------------
def test_the_ocr_engine_running_out_of_memory_is_a_memory_error():
    """onnxruntime's std::bad_alloc under the memory limit becomes MemoryError (recorded as over
    the memory limit); its other failures are not disguised."""
    import numpy as np

    from auditor.ingest.ocr.engine import read_boxes

    def failing(message: str):  # type: ignore[no-untyped-def]
        def engine(*args: object, **kw: object) -> None:
            raise RuntimeError(message)

        return engine

    page = np.zeros((8, 8, 3), dtype=np.uint8)
    with pytest.raises(MemoryError):
        read_boxes(page, failing("RUNTIME_EXCEPTION : Status Message: std::bad_alloc"))
    with pytest.raises(RuntimeError, match="INVALID_ARGUMENT"):
        read_boxes(page, failing("INVALID_ARGUMENT"))
