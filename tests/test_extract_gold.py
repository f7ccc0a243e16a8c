"""Extraction of the sample corpus against the human gold (../shared/gold).

Done-when of the foundation issue: per document the tables match exactly (count, kind, row count),
level1/level2/level3/value match on >= 99% of rows after whitespace normalisation, project names
and budgets on >= 98% of tables. The figures are printed (pytest -s).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from auditor.extract.normalize import squeeze
from auditor.goldsets import gold_rows, gold_tables


def _gold_index():
    idx = defaultdict(dict)
    for r in gold_rows():
        idx[r["doc"]][(r["table_index"], r["row_index"])] = r
    return idx


def test_tables_match_gold_exactly(extracted_corpus):
    gt = gold_tables()
    for doc in extracted_corpus:
        g = gt[Path(doc.source).name]
        got = [(t.index, t.kind, len(t.rows)) for t in doc.tables]
        want = [(t["table_index"], t["table_kind"], t["n_rows"]) for t in g["tables"]]
        assert got == want, f"{doc.source}: table structure differs"


def test_rows_fields_projects_budgets(extracted_corpus):
    gt = gold_tables()
    rows_idx = _gold_index()
    n_rows = ok_rows = 0
    n_tables = ok_tables = 0
    field_ok = defaultdict(int)
    extra = defaultdict(int)
    for doc in extracted_corpus:
        name = Path(doc.source).name
        assert doc.unit == gt[name]["unit"], f"{name}: unit {doc.unit!r}"
        for t, g in zip(doc.tables, gt[name]["tables"]):
            n_tables += 1
            ok_tables += (t.project, t.budget_wan) == (g["project"], g["budget_wan"])
            for r in t.rows:
                gr = rows_idx[name][(t.index, r.index)]
                n_rows += 1
                same = True
                for f in ("level1", "level2", "level3", "value"):
                    eq = squeeze(getattr(r, f)) == squeeze(gr[f])
                    field_ok[f] += eq
                    same &= eq
                ok_rows += same
                for f in ("description", "basis"):
                    extra[f] += squeeze(getattr(r, f) or "") == squeeze(gr[f] or "")
                extra["goal"] += squeeze(t.goal or "") == squeeze(gr["goal"] or "")
                extra["source_line"] += r.location.line == gr["source_line"]
    row_rate, table_rate = ok_rows / n_rows, ok_tables / n_tables
    print(
        f"\nextraction vs gold: rows {ok_rows}/{n_rows} = {row_rate:.3%} (level1-3+value); "
        f"tables project+budget {ok_tables}/{n_tables} = {table_rate:.3%}"
    )
    for f, v in {**field_ok, **extra}.items():
        print(f"  {f:12s} {v}/{n_rows} = {v / n_rows:.3%}")
    assert n_rows == 742
    assert row_rate >= 0.99
    assert table_rate >= 0.98


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
