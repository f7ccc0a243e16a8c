"""Extraction of the sample corpus: locations, document facts, recorded repairs.

How much of the human gold the extractor recovers (tables, rows, every field) is measured by the
eval harness against the thresholds of eval/gates.toml (tests/test_gold_metrics.py).
"""

from __future__ import annotations

from pathlib import Path


def test_every_row_has_a_location_and_parsed_value(extracted_corpus):
    for doc in extracted_corpus:
        for t, r in doc.rows():
            assert r.location.line, f"{doc.source} table {t.index} row {r.index} has no line"
            assert r.parsed.raw == r.value


def test_document_facts(extracted_corpus):
    years = {Path(d.source).name[:3]: d.year for d in extracted_corpus}
    assert years == {"000": 2021, "001": 2021, "002": 2021, "003": 2021, "004": 2024}
    layouts = {d.layout for d in extracted_corpus}
    assert {"text/tabbed", "text/docx-flat"} <= layouts
    # text outside the tables is kept for document-scope checks
    assert all(len(d.body) > 10 for d in extracted_corpus)


def test_repairs_are_recorded(extracted_corpus):
    notes = [n for d in extracted_corpus for _, r in d.rows() for n in r.notes]
    joined = " ".join(notes)
    assert "一级指标由二级指标推断" in joined
    assert "行左移" in joined
    assert "指标值写在说明列" in joined
    assert "互换" in joined
