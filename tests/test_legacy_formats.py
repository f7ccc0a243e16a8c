"""Legacy formats: .xls (xlrd), .doc/.wps/.et/.rtf through LibreOffice, and clear refusals."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from auditor.ingest import Grid, InputError, read_document, xls_reader
from auditor.ingest import convert as convert_mod
from auditor.pipeline import extract_document

SOFFICE = convert_mod.soffice_path()
needs_soffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: "
    "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui",
)

ROWS = [
    ["项目名称", "乡村道路养护", "", ""],
    ["预算数", 120, "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维修道路里程", "≥12公里"],
    ["", "", "道路验收合格率", 0.98],
    ["", "时效指标", "完工时间", dt.date(2023, 10, 31)],
    ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
]


def _write_xls(path):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("绩效目标表")
    ws.write(0, 0, "某县农业农村局2023年项目支出绩效目标表")
    pct = xlwt.easyxf(num_format_str="0%")
    date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    money = xlwt.easyxf(num_format_str="0.00")
    for r, row in enumerate(ROWS, start=2):
        for c, v in enumerate(row):
            if isinstance(v, dt.date):
                ws.write(r, c, v, date)
            elif isinstance(v, float):
                ws.write(r, c, v, pct)
            elif isinstance(v, int):
                ws.write(r, c, v, money)
            elif v:
                ws.write(r, c, v)
    ws.merge(2, 2, 1, 3)  # rows 2..2, columns 1..3 (0-based, inclusive)
    ws.merge(3, 3, 1, 3)
    ws.merge(5, 7, 0, 0)  # 产出指标 over three rows
    ws.merge(5, 6, 1, 1)  # 数量指标 over two rows
    wb.save(str(path))
    return path


def _grid(raw) -> Grid:
    return next(b for b in raw.blocks if isinstance(b, Grid))


def _check_grid(raw) -> None:
    rows = [r.cells for r in _grid(raw).rows]
    assert rows[0] == ["项目名称", "乡村道路养护", "", ""]
    assert rows[1] == ["预算数", "120.00", "", ""]
    assert rows[3] == ["产出指标", "数量指标", "维修道路里程", "≥12公里"]
    assert rows[4] == ["", "", "道路验收合格率", "98%"]
    assert _grid(raw).rows[4].merged[:2] == [True, True]
    assert rows[5] == ["", "时效指标", "完工时间", "2023年10月31日"]


def test_xls_merges_numbers_and_dates(tmp_path):
    raw = read_document(_write_xls(tmp_path / "t.xls"))
    assert raw.layout == "xls"
    _check_grid(raw)
    assert _grid(raw).rows[0].loc.sheet == "绩效目标表"
    doc = extract_document(tmp_path / "t.xls")
    assert doc.tables[0].project == "乡村道路养护"
    assert [r.level3 for r in doc.tables[0].rows] == [
        "维修道路里程",
        "道路验收合格率",
        "完工时间",
        "群众出行条件",
    ]


@needs_soffice
def test_kingsoft_et_and_xls_xlrd_cannot_open(tmp_path, monkeypatch):
    et = tmp_path / "t.et"
    shutil.copy(_write_xls(tmp_path / "t.xls"), et)
    _check_grid(read_document(et))  # Kingsoft Spreadsheets save BIFF
    monkeypatch.setattr(xls_reader, "_open", lambda src, data: None)
    raw = read_document(tmp_path / "t.xls")
    assert any("LibreOffice" in w for w in raw.warnings)
    _check_grid(raw)


def _docx(path):
    import docx

    d = docx.Document()
    d.add_paragraph("某县农业农村局2023年项目支出绩效目标表")
    table = d.add_table(rows=len(ROWS), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(ROWS):
        for c, v in enumerate(row):
            table.cell(r, c).text = v if isinstance(v, str) else str(v)
    table.cell(0, 1).merge(table.cell(0, 3))
    table.cell(3, 0).merge(table.cell(5, 0))
    d.save(str(path))
    return path


def _soffice_convert(src, fmt, out_dir):
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(out_dir / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out_dir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / f"{src.stem}.{fmt.split(':')[0]}"


@needs_soffice
@pytest.mark.slow  # headless LibreOffice conversions
def test_doc_wps_and_rtf_are_converted(tmp_path):
    # python-docx tables do not survive LibreOffice's direct docx -> doc export: go through ODT
    odt = _soffice_convert(_docx(tmp_path / "src.docx"), "odt", tmp_path)
    doc = _soffice_convert(odt, "doc:MS Word 97", tmp_path)
    rtf = _soffice_convert(odt, "rtf", tmp_path)
    wps = tmp_path / "src.wps"
    shutil.copy(doc, wps)
    misnamed = tmp_path / "rtf_saved_as.doc"
    shutil.copy(rtf, misnamed)
    for path in (doc, wps, misnamed):
        raw = read_document(path)
        assert any("LibreOffice" in w for w in raw.warnings), path
        rows = [r.cells for r in _grid(raw).rows]
        assert rows[0][:2] == ["项目名称", "乡村道路养护"], path
        assert rows[3] == ["产出指标", "数量指标", "维修道路里程", "≥12公里"], path
        assert _grid(raw).rows[4].merged[0], path
    assert not list(tmp_path.glob("auditor-soffice-*"))


def test_without_libreoffice_the_message_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_SOFFICE", "/nonexistent/soffice")
    word = tmp_path / "old.doc"
    # the smallest OLE2 header with a WordDocument stream name in its directory
    word.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
    )
    with pytest.raises(InputError) as err:
        read_document(word)
    msg = str(err.value)
    assert str(word) in msg and "LibreOffice" in msg
    assert "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui" in msg


def test_encrypted_ooxml_and_unknown_ole_are_refused(tmp_path):
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    enc = tmp_path / "secret.xlsx"
    enc.write_bytes(head + "EncryptedPackage".encode("utf-16-le"))
    other = tmp_path / "x.xls"
    other.write_bytes(head + "PowerPoint Document".encode("utf-16-le"))
    with pytest.raises(InputError, match="密码"):
        read_document(enc)
    with pytest.raises(InputError, match="无法识别"):
        read_document(other)
