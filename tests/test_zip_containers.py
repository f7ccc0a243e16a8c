"""Damaged DOCX/XLSX containers: every failure of the zip layer is a named input error.

Each case builds a small document with python-docx/openpyxl at test time, stores its members
with one compression method, damages one field or one run of bytes the way a broken download or
a bad disk does, and reads it. What is asserted: an InputError naming the file, a Chinese reason
for the damage, and none of the library's internals (exception names, zlib/lzma wording).
"""

from __future__ import annotations

import functools
import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.ingest import InputError, docx_reader, read_document, xlsx_reader

MAIN = {".docx": "word/document.xml", ".xlsx": "xl/worksheets/sheet1.xml"}
_INTERNALS = ("Error", "zlib", "lzma", "LZMA", "Traceback", "BadZipFile", "CRC-32", "errno")


@functools.cache
def _office(suffix: str) -> bytes:
    """A small document whose main member is big enough to damage in its middle."""
    buf = io.BytesIO()
    if suffix == ".docx":
        import docx

        d = docx.Document()
        d.add_paragraph("某县交通运输局2023年项目支出绩效目标表")
        t = d.add_table(rows=60, cols=3)
        for r in range(60):
            for c, text in enumerate((f"指标{r}", "≥95%", f"{r * 7919 % 1000}公里")):
                t.cell(r, c).text = text
        d.save(buf)
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
        for r in range(300):
            ws.append(["产出指标", "数量指标", f"维修道路{r}", f"≥{r * 7919 % 1000}公里"])
        wb.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, method: int) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    return out.getvalue()


def _data_span(data: bytes, name: str) -> tuple[int, int]:
    """(start, length) of a member's compressed bytes."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


def _scramble_member(method: int) -> Callable[[bytes, str], bytes]:
    """48 bytes of the member's compressed stream overwritten (CRC and sizes left as they were):
    at its start for deflate (a reserved block type), in its middle for the others."""

    def damage(data: bytes, suffix: str) -> bytes:
        data = bytearray(_rezip(data, method))
        start, size = _data_span(bytes(data), MAIN[suffix])
        at = start if method == zipfile.ZIP_DEFLATED else start + size // 3
        data[at : at + 48] = b"\xff" * 48
        return bytes(data)

    return damage


def _directory_field(offset: int, fmt: str, value: int) -> Callable[[bytes, str], bytes]:
    """One field of the main member's central-directory entry set to `value`."""

    def damage(data: bytes, suffix: str) -> bytes:
        data = bytearray(data)
        entry = data.find(b"PK\x01\x02")
        target = MAIN[suffix].encode()
        while data[entry + 46 : entry + 46 + len(target)] != target:
            entry = data.find(b"PK\x01\x02", entry + 1)
        struct.pack_into(fmt, data, entry + offset, value)
        return bytes(data)

    return damage


def _truncated(data: bytes, suffix: str) -> bytes:
    return data[: len(data) * 2 // 3]


def _renamed_local_header(data: bytes, suffix: str) -> bytes:
    """The local header names another member than the directory does."""
    data = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(MAIN[suffix])
    data[info.header_offset + 30] ^= 0x20  # 'w' -> 'W' / 'x' -> 'X'
    return bytes(data)


# (case, damage, words expected in the reason)
CASES = [
    ("deflate stream (zlib)", _scramble_member(zipfile.ZIP_DEFLATED), "压缩数据"),
    ("stored member, CRC", _scramble_member(zipfile.ZIP_STORED), "CRC"),
    ("lzma stream", _scramble_member(zipfile.ZIP_LZMA), "压缩数据"),
    ("bzip2 stream", _scramble_member(zipfile.ZIP_BZIP2), "压缩数据"),
    ("zip version 23.8", _directory_field(6, "<H", 238), "ZIP 格式版本"),
    ("unknown method", _directory_field(10, "<H", 99), "压缩方式"),
    ("offset past the end (seek)", _directory_field(42, "<I", 2**31), "文件头"),
    ("offset into another member", _directory_field(42, "<I", 3), "文件头"),
    ("encrypted flag", _directory_field(8, "<H", 1), "密码"),
    ("local header name differs", _renamed_local_header, "文件头"),
    ("archive cut at two thirds", _truncated, "损坏"),
]


def _assert_named(err: InputError, path: Path, needle: str) -> None:
    msg = str(err)
    assert str(path) in msg and needle in err.reason, msg
    assert not any(word in msg for word in _INTERNALS), msg


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
@pytest.mark.parametrize("case,damage,needle", CASES, ids=[c[0] for c in CASES])
def test_damaged_container_is_a_named_input_error(tmp_path, suffix, case, damage, needle):
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(damage(_office(suffix), suffix))
    with pytest.raises(InputError) as exc:
        read_document(path)
    _assert_named(exc.value, path, needle)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2])
def test_damage_met_by_the_parsing_library_is_named_too(tmp_path, monkeypatch, suffix, method):
    """Past the container check (switched off here), python-docx/openpyxl meet the damaged
    stream themselves: the reader's guard still names it as the file's damage."""
    monkeypatch.setattr(docx_reader, "check_zip", lambda *a: None)
    monkeypatch.setattr(xlsx_reader, "check_zip", lambda *a: None)
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(_scramble_member(method)(_office(suffix), suffix))
    with pytest.raises(InputError) as exc:
        read_document(path)
    _assert_named(exc.value, path, "损坏")


def test_a_bug_in_our_own_reader_code_stays_a_bug(tmp_path, monkeypatch):
    def broken(*args: object) -> None:
        raise ValueError("our bug")

    monkeypatch.setattr(docx_reader, "_walk", broken)
    path = tmp_path / "fine.docx"
    path.write_bytes(_office(".docx"))
    with pytest.raises(ValueError, match="our bug"):
        read_document(path)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_audit_of_a_damaged_container_exits_2_without_internal_error(tmp_path, suffix):
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(_scramble_member(zipfile.ZIP_LZMA)(_office(suffix), suffix))
    res = CliRunner().invoke(app, ["audit", str(path), "--reports", "none", "--offline"])
    assert res.exit_code == 2, res.output
    assert "内部错误" not in res.output and "Traceback" not in res.output
    assert "damaged" in res.output and "损坏" in res.output
