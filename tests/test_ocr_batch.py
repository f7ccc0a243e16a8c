"""A scanned file in `auditor batch` is processed like any other, and value findings on rows
the OCR was unsure of say so through the rule engine."""

from __future__ import annotations

import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Location, OcrReading, Table
from auditor.rules.engine import run_rules
from auditor.synth.scan import scan_document

pytestmark = pytest.mark.slow  # OCR inside a batch run


def _doc() -> Document:
    rows = [
        ("产出指标", "数量指标", "维修校舍面积", "≥2600平方米"),
        ("产出指标", "质量指标", "工程验收合格率", "100%"),
        ("效益指标", "社会效益指标", "受益学生人数", "≥1200人"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]
    table = Table(index=1, kind="project", project="校舍维修改造", budget_wan=120.0)
    table.goal = "维修校舍2600平方米，消除安全隐患。"
    table.rows = [
        IndicatorRow(index=i, level1=a, level2=b, level3=c, value=v)
        for i, (a, b, c, v) in enumerate(rows, start=1)
    ]
    return Document(source="x", unit="石门县教育局", year=2024, tables=[table])


def test_scanned_pdf_in_a_batch_is_audited_like_any_other(tmp_path, corpus_files):
    county = tmp_path / "corpus" / "石门县"
    county.mkdir(parents=True)
    scan_document(_doc(), county / "scan.pdf", seed=3)
    shutil.copy(corpus_files[0], county / "text.txt")
    db = tmp_path / "b.duckdb"
    res = CliRunner().invoke(
        app, ["batch", str(tmp_path / "corpus"), "--db", str(db), "--workers", "1"]
    )
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db), read_only=True)
    docs = dict(con.execute("SELECT layout, n_rows FROM documents").fetchall())
    con.close()
    assert docs.get("pdf/ocr") == 4, docs
    assert len(docs) == 2


def test_value_findings_on_unsure_ocr_readings_say_so_in_the_engine():
    doc = _doc()
    row = doc.tables[0].rows[0]
    row.value = "≥2600个"  # an area counted in 个: a unit finding (U301)
    row.parsed = parse_value(row.value)
    row.location = Location(page=1, grid=1, grid_row=5)
    plain = {f.code: f for f in run_rules(doc) if f.row_index == 1}
    assert "U301" in plain, plain
    row.ocr = OcrReading(confidence=0.55, fields={"value": 0.55}, unsure=["value"])
    marked = {f.code: f for f in run_rules(doc) if f.row_index == 1}
    assert "OCR" in marked["U301"].message and "扫描件" in marked["U301"].message
    assert marked["U301"].severity != "error"
    assert all("OCR" not in f.message for c, f in marked.items() if not c.startswith("U"))
