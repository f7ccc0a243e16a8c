"""Scanned input: OCR of image pages into the same blocks and the same table parser.

Fixtures are made at test time (auditor.synth.scan): a small Document's table printed by
reportlab, rasterised and degraded (stamp, rotation, blur, noise) into an image-only PDF or a
PNG. Each test reads a page or two (a few seconds of OCR each); the accuracy figures on all
sample tables live in the eval harness (`auditor eval gate scanned`).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest

from auditor.extract.ocr_confidence import attach_ocr_confidence
from auditor.ingest import InputError, read_document
from auditor.ingest.blocks import Grid, GridRow, RawDocument
from auditor.ingest.ocr import reader as ocr_reader
from auditor.ingest.ocr.prep import gray_without_red, rotate, skew_angle
from auditor.models import Document, Finding, IndicatorRow, Location, OcrReading, RowFlag, Table
from auditor.pipeline import extract_document
from auditor.rules.ocr_caution import ocr_caution
from auditor.synth.scan import scan_document
from auditor.synth.table_pdf import write_tables_pdf

pytestmark = pytest.mark.slow  # OCR of rendered pages: seconds per test

ROWS = [
    ("产出指标", "数量指标", "新建灌溉渠道长度", "≥12公里"),
    ("产出指标", "质量指标", "工程验收合格率", "100%"),
    ("产出指标", "时效指标", "项目完工时间", "2024年10月底前"),
    ("效益指标", "社会效益指标", "受益农户数", "≥850户"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
]


def _doc() -> Document:
    table = Table(index=1, kind="project", project="农田水利设施维修", budget_wan=56.5)
    table.goal = "维修灌溉渠道12公里，保障农田灌溉用水。"
    table.rows = [
        IndicatorRow(index=i, level1=a, level2=b, level3=c, value=v)
        for i, (a, b, c, v) in enumerate(ROWS, start=1)
    ]
    return Document(source="x", unit="宁陵县水利局", year=2024, tables=[table])


def _rows(doc: Document) -> list[tuple[str, str, str, str]]:
    return [(r.level1, r.level2, r.level3, r.value) for t in doc.tables for r in t.rows]


@pytest.fixture(scope="module")
def scanned_pdf(tmp_path_factory) -> Path:
    return scan_document(_doc(), tmp_path_factory.mktemp("scan") / "scan.pdf", seed=5)


def test_scanned_pdf_gives_the_printed_rows(scanned_pdf):
    doc = extract_document(scanned_pdf)
    assert doc.layout == "pdf/ocr"
    assert any("OCR" in w for w in doc.warnings)
    assert _rows(doc) == ROWS
    table = doc.tables[0]
    assert table.project == "农田水利设施维修" and table.budget_wan == pytest.approx(56.5)
    for row in table.rows:
        assert row.ocr is not None and 0.0 <= row.ocr.confidence <= 1.0
        assert row.location.page == 1 and row.location.grid == 1


def test_photo_of_a_table_is_read(tmp_path):
    pdf = pdfium.PdfDocument(str(write_tables_pdf(_doc(), tmp_path / "print.pdf")))
    photo = tmp_path / "photo.jpg"
    pdf[0].render(scale=150 / 72).to_pil().convert("RGB").save(photo, quality=75)
    pdf.close()
    doc = extract_document(photo)
    assert doc.layout == "image/ocr"
    assert _rows(doc) == ROWS


def test_mixed_pdf_uses_ocr_only_on_the_scanned_page(scanned_pdf, tmp_path):
    text_pdf = write_tables_pdf(_doc(), tmp_path / "text.pdf")
    mixed = pdfium.PdfDocument.new()
    for src in (text_pdf, scanned_pdf):
        part = pdfium.PdfDocument(str(src))
        mixed.import_pages(part)
        part.close()
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    mixed.close()
    raw = read_document(path)
    assert raw.layout == "pdf"
    assert raw.warnings == ["第2页没有文字层，已用 OCR 文字识别（pages read by OCR）"]
    grids = [b for b in raw.blocks if isinstance(b, Grid)]
    assert [g.loc.page for g in grids] == [1, 2] and [g.loc.grid for g in grids] == [1, 2]
    assert not any(r.confidence for r in grids[0].rows)  # the text page is read as text
    assert all(r.confidence for r in grids[1].rows)


def test_unruled_table_is_read_from_text_alignment(tmp_path):
    path = scan_document(_doc(), tmp_path / "plain.pdf", seed=11, ruled=False)
    doc = extract_document(path)
    assert _rows(doc) == ROWS


def test_page_cache_makes_a_rerun_free(scanned_pdf, tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_OCR_CACHE", str(tmp_path / "cache"))
    first = read_document(scanned_pdf)

    def no_ocr(*_args: object) -> None:
        raise AssertionError("the page should come from the cache")

    monkeypatch.setattr("auditor.ingest.ocr.page.ocr_page", no_ocr)
    again = read_document(scanned_pdf)
    assert [type(b) for b in again.blocks] == [type(b) for b in first.blocks]
    grids = [(b.rows[0].cells, b.rows[0].confidence) for b in again.blocks if isinstance(b, Grid)]
    assert grids == [
        (b.rows[0].cells, b.rows[0].confidence) for b in first.blocks if isinstance(b, Grid)
    ]


def test_deskew_finds_a_small_rotation(scanned_pdf):
    pdf = pdfium.PdfDocument(str(scanned_pdf))
    gray = np.asarray(pdf[0].render(scale=100 / 72).to_pil().convert("L"))
    pdf.close()
    base = skew_angle(gray)
    turned = rotate(gray, 1.2)
    assert skew_angle(turned) == pytest.approx(base - 1.2, abs=0.2)


def test_red_stamp_goes_and_black_ink_under_it_stays():
    page = np.full((60, 60, 3), 255, np.uint8)
    page[30:32, :] = 0  # a black ruling
    cv2.circle(page, (30, 30), 20, (225, 40, 40), thickness=4)  # red stamp ring over it
    page[30:32, :] = (page[30:32, :].astype(np.float32) * 0.1).astype(np.uint8)  # overprinted
    for_lines, for_text = gray_without_red(page)
    for gray in (for_lines, for_text):
        assert gray[30, 10] < 60 and gray[30, 30] < 60  # the ruling, also under the ring
        assert gray[10, 30] > 200  # the ring itself is gone


def test_corrupt_image_is_an_input_error(tmp_path):
    bad = tmp_path / "scan.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    with pytest.raises(InputError) as err:
        read_document(bad)
    assert str(bad) in str(err.value) and "图片" in str(err.value)
    fake = tmp_path / "scan.jpg"
    fake.write_bytes(b"not an image at all")
    with pytest.raises(InputError, match="不是有效的图片"):
        read_document(fake)


def _ocr_raw(value_conf: float) -> RawDocument:
    cells = ["产出指标", "数量指标", "新建灌溉渠道长度", "≥12公甲"]
    row = GridRow(
        cells=cells,
        merged=[False] * 4,
        confidence=[0.99, 0.99, 0.98, value_conf],
        loc=Location(page=1, grid=1, grid_row=1),
    )
    return RawDocument(
        source="s.pdf", layout="pdf/ocr", blocks=[Grid(rows=[row], loc=Location(page=1, grid=1))]
    )


def _ocr_doc() -> Document:
    row = IndicatorRow(
        index=1,
        level1="产出指标",
        level2="数量指标",
        level3="新建灌溉渠道长度",
        value="≥12公甲",
        location=Location(page=1, grid=1, grid_row=1),
    )
    table = Table(index=1, kind="project", project="p", rows=[row])
    return Document(source="s.pdf", tables=[table])


def test_low_confidence_cells_mark_their_row():
    doc = _ocr_doc()
    attach_ocr_confidence(_ocr_raw(0.62), doc)
    row = doc.tables[0].rows[0]
    assert row.ocr is not None and row.ocr.unsure == ["value"]
    assert row.ocr.confidence == pytest.approx(0.62)
    assert RowFlag.OCR_UNSURE in row.flags
    assert row.model_dump(mode="json")["ocr"]["unsure"] == ["value"]
    sure = _ocr_doc()
    attach_ocr_confidence(_ocr_raw(0.99), sure)
    assert sure.tables[0].rows[0].ocr.unsure == [] and not sure.tables[0].rows[0].flags


def test_value_findings_on_unsure_readings_say_so():
    row = _ocr_doc().tables[0].rows[0]
    row.ocr = OcrReading(confidence=0.62, fields={"value": 0.62}, unsure=["value"])
    finding = Finding(code="U301", severity="error", scope="row", message="单位与指标不符")
    marked = ocr_caution(finding, row)
    assert marked.severity == "warning" and "OCR" in marked.message and "扫描件" in marked.message
    other = Finding(code="V401", severity="warning", scope="row", message="表述模糊")
    assert ocr_caution(other, row) == other
    row.ocr = None
    assert ocr_caution(finding, row) == finding


def test_workers_follow_the_setting(monkeypatch):
    monkeypatch.setenv("AUDITOR_OCR_WORKERS", "3")
    assert ocr_reader.ocr_workers() == 3
    monkeypatch.delenv("AUDITOR_OCR_WORKERS")
    assert 1 <= ocr_reader.ocr_workers() <= 4
