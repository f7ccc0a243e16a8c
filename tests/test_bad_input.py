"""Bad input: one clear message naming the file and the reason; the rest of a batch goes on."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.ingest import InputError, read_document
from auditor.pipeline import extract_document, extract_many


@pytest.fixture()
def bad_files(tmp_path, corpus_files):
    files = {
        "empty.txt": b"",
        "blank.txt": b"   \n\n  ",
        "binary.txt": bytes(range(256)) * 20,
        "notables.txt": "某县财政局 2021年部门预算\n\n一、部门职责\n负责全县财政工作。\n".encode(),
        "bad.pdf": b"this is not a pdf",
        "truncated.docx": b"PK\x03\x04" + b"\x00" * 40,
        "legacy.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
    }
    out = {}
    for name, data in files.items():
        p = tmp_path / name
        p.write_bytes(data)
        out[name] = p
    # half-extracted: the first third of a real disclosure, cut inside a table
    text = corpus_files[1].read_text(encoding="utf-8")
    half = tmp_path / "half.txt"
    half.write_text(text[: len(text) // 3], encoding="utf-8")
    out["half.txt"] = half
    return out


@pytest.mark.parametrize(
    "name,needle",
    [
        ("empty.txt", "为空"),
        ("blank.txt", "为空"),
        ("binary.txt", "二进制"),
        ("notables.txt", "未找到绩效目标表"),
        ("bad.pdf", "不是 PDF"),
        ("truncated.docx", ".docx"),
        ("legacy.doc", "旧版"),
    ],
)
def test_bad_file_message_names_file_and_reason(bad_files, name, needle):
    with pytest.raises(InputError) as exc:
        extract_document(bad_files[name])
    msg = str(exc.value)
    assert str(bad_files[name]) in msg and needle in msg


def test_missing_file():
    with pytest.raises(InputError, match="不存在"):
        read_document("/nonexistent/x.txt")


def test_half_extracted_keeps_partial_results(bad_files):
    doc = extract_document(bad_files["half.txt"])
    assert 0 < len(doc.tables) < 35
    assert all(t.rows for t in doc.tables)


def test_batch_goes_on_and_exit_codes(bad_files, corpus_files, tmp_path):
    good = corpus_files[0]
    docs, errors = extract_many([bad_files["binary.txt"], good, bad_files["empty.txt"]])
    assert [d.source for d in docs] == [str(good)]
    assert len(errors) == 2 and all(e.kind == "input" for e in errors)

    runner = CliRunner()
    res = runner.invoke(app, ["extract", str(bad_files["binary.txt"]), str(good)])
    assert res.exit_code == 2  # a tool error is reported, the good file is still extracted
    data = json.loads(res.stdout)
    assert len(data["documents"]) == 1
    assert "binary.txt" in res.stderr

    res = runner.invoke(app, ["extract", str(good)])
    assert res.exit_code == 0


def test_utf8_cut_inside_the_last_character_keeps_everything_before(tmp_path, corpus_files):
    data = corpus_files[3].read_bytes()
    cut = tmp_path / "cut.txt"
    last_cjk = data.rfind("比".encode())  # cut after the first byte of the last 3-byte character
    cut.write_bytes(data[: last_cjk + 1])
    doc = extract_document(cut)
    assert len(doc.tables) == 26 and any("截断" in w for w in doc.warnings)


@pytest.mark.parametrize("suffix", [".xlsx", ".docx"])
def test_corrupt_deflate_stream_is_an_input_error(tmp_path, suffix):
    """A member whose compressed bytes are damaged (zlib 'invalid distance') is the file's fault:
    an input error naming the file, never an internal error — also in the folder scan."""
    import io
    import zipfile

    if suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        for i in range(200):
            wb.active.append([f"指标{i}", i, "≥95%"])
        buf = io.BytesIO()
        wb.save(buf)
        member = "xl/workbook.xml"
    else:
        from docx import Document as Docx

        d = Docx()
        for i in range(200):
            d.add_paragraph(f"绩效指标第{i}段")
        buf = io.BytesIO()
        d.save(buf)
        member = "word/document.xml"
    data = bytearray(buf.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(member)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 8, start + min(info.compress_size, 64), 3):
        data[k] ^= 0x5A
    bad = tmp_path / f"damaged{suffix}"
    bad.write_bytes(bytes(data))
    res = CliRunner().invoke(app, ["audit", str(tmp_path), "--reports", "none"])
    assert res.exit_code == 2
    assert "内部错误" not in res.output
    assert "damaged" in res.output
