"""Reports: every format is written, document text is escaped, XLSX layout, the score formula."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from auditor.goldsets import gold_documents
from auditor.models import Document, Finding, Grade, IndicatorRow, Rewrite, Table
from auditor.pipeline import audit_document
from auditor.report import KINDS, md_escape, write_reports
from auditor.report.xlsx import FINDINGS_SHEET, ROWS_SHEET
from auditor.rules.engine import run_rules
from auditor.scoring import formula_text, score_document

EVIL = '<script>alert("x")</script>'


def _row(i: int, level3: str = "指标", value: str = "≥95%", **kw) -> IndicatorRow:
    return IndicatorRow(
        index=i, level1="产出指标", level2="数量指标", level3=level3, value=value, **kw
    )


def _finding(
    code: str, severity: str, scope: str, table: int | None = None, row: int | None = None
) -> Finding:
    return Finding(
        code=code,
        severity=severity,
        scope=scope,
        table_index=table,
        row_index=row,
        message=f"{code} 问题",
    )


def _doc_with_evil() -> Document:
    """A gold document with the rule engine's output plus fabricated findings,
    a graded row with a rewrite, and hostile text in cells."""
    doc = next(d for d in gold_documents() if d.source.startswith("002_"))
    doc.findings = list(run_rules(doc, None))
    t = doc.tables[0]
    r = t.rows[0]
    r.level3 = EVIL
    r.value = "=17个|<b>"
    r.grade = Grade(
        specificity=2,
        reasons=["只有方向"],
        grader="heuristic",
        rewrite=Rewrite(level3="培训人数", value="≥120人次"),
    )
    doc.findings += [
        _finding("U301", "error", "row", t.index, r.index).model_copy(update={"evidence": EVIL}),
        _finding("T101", "warning", "document"),
    ]
    return doc


# -- score ------------------------------------------------------------------------------------


def test_score_formula_by_hand():
    t1 = Table(index=1, kind="project", project="甲", rows=[_row(1), _row(2)])
    t2 = Table(index=2, kind="project", project="乙", rows=[_row(1), _row(2), _row(3), _row(4)])
    doc = Document(
        source="x.txt",
        tables=[t1, t2],
        findings=[
            _finding("U301", "error", "row", 1, 1),  # t1: q = [0, 1] -> R = 0.5
            _finding("C203", "warning", "project", 1),  # t1: -5
            _finding("V401", "warning", "row", 2, 1),  # t2: q = [0.5, 0.9, 1, 1] -> R = 0.85
            _finding("U307", "info", "row", 2, 2),
            _finding("T101", "warning", "document"),  # doc: -2
            _finding("T106", "info", "corpus"),  # doc: -0.5
        ],
    )
    s = score_document(doc)
    assert s.table(1).score == pytest.approx(100 * 0.5 - 5)
    assert s.table(2).score == pytest.approx(85.0)
    expected = (45 * 2 + 85 * 4) / 6 - 2.5
    assert doc.score == s.score == pytest.approx(round(expected, 1))

    # with specificity grades: 0.6 * R + 0.4 * (mean grade - 1) / 4
    t1.rows[0].grade = Grade(specificity=5)
    t1.rows[1].grade = Grade(specificity=1)
    s = score_document(doc)
    assert s.table(1).score == pytest.approx(100 * (0.6 * 0.5 + 0.4 * 0.5) - 5)
    assert s.table(2).score == pytest.approx(85.0)  # no grades there: rules only


def test_score_caps_and_bounds():
    rows = [_row(i) for i in range(1, 4)]
    doc = Document(source="x.txt", tables=[Table(index=1, kind="project", project="甲", rows=rows)])
    doc.findings = [_finding("U303", "error", "row", 1, 1)] * 3 + [
        _finding("C203", "error", "project", 1)
    ] * 10
    assert score_document(doc).table(1).score == 0.0  # clamped, never negative
    doc.findings = [_finding("T101", "error", "document")] * 50
    assert score_document(doc).score == 85.0  # document penalty capped at 15
    assert score_document(Document(source="empty.txt")).score == 0.0
    # a row finding whose row does not exist counts once, at the project level
    doc.findings = [_finding("C204", "warning", "row", 1, 99)]
    assert score_document(doc).table(1).score == 95.0


def test_formula_text_matches_constants():
    zh, en = formula_text("zh"), formula_text("en")
    for needle in ("1.0", "0.5", "0.1", "10", "5", "15", "0.6"):
        assert needle in zh and needle in en
    import auditor.scoring as score

    assert "0.6·R + 0.4·S" in score.__doc__ and "0.6·R + 0.4·S" in zh


# -- formats ----------------------------------------------------------------------------------


def test_every_format_written_and_contract(tmp_path):
    docs = gold_documents()[:3]
    docs[0] = _doc_with_evil() if docs[0].source.startswith("002_") else docs[0]
    paths = write_reports(docs, tmp_path, list(KINDS))
    names = {p.name for p in paths}
    for d in docs:
        stem = Path(d.source).stem
        assert {f"{stem}.{k}" for k in KINDS} <= names
    assert {"index.html", "summary.md", "audit.json", "audit.xlsx"} <= names
    assert all(p.exists() and p.stat().st_size > 0 for p in paths)
    data = json.loads((tmp_path / "audit.json").read_text(encoding="utf-8"))
    assert len(data["documents"]) == 3 and data["score_formula"] == formula_text("zh")
    again = [Document.model_validate(x) for x in data["documents"]]
    assert [d.score for d in again] == [d.score for d in docs] and all(
        d.score is not None for d in docs
    )
    assert sum(len(t.rows) for d in again for t in d.tables) == sum(
        len(t.rows) for d in docs for t in d.tables
    )
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for d in docs:
        assert f'href="{Path(d.source).stem}.html"' in index
    with pytest.raises(ValueError):
        write_reports(docs, tmp_path, ["pdf"])


def test_html_is_self_contained_and_escapes_text(tmp_path):
    doc = _doc_with_evil()
    (html,) = write_reports([doc], tmp_path, ["html"])
    text = html.read_text(encoding="utf-8")
    assert EVIL not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text
    assert "=17个|&lt;b&gt;" in text and "=17个|<b>" not in text
    assert len(re.findall(r"<script\b", text)) == 1  # only the report's own inline script
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)  # no network resources
    assert "<style>" in text and "@media print" in text
    # summary first, then the tables; formula, filters, charts and footer present
    assert text.index('id="summary"') < text.index('id="filters"') < text.index('class="tbl"')
    assert formula_text("zh").splitlines()[1] in text
    for needle in (
        'id="f-sev"',
        'id="f-fam"',
        'id="f-code"',
        'id="f-q"',
        "<svg",
        "<footer>",
        "heuristic",
    ):
        assert needle in text
    # the offending cell is highlighted and the rewrite is shown beside the row
    t, r = doc.tables[0], doc.tables[0].rows[0]
    row_html = text[text.index(f'id="t{t.index}r{r.index}"') :]
    row_html = row_html[: row_html.index("</tr>")]
    assert 'class="c-value hot"' in row_html and "≥120人次" in row_html and "U301" in row_html


def test_markdown_escapes(tmp_path):
    doc = _doc_with_evil()
    (md,) = write_reports([doc], tmp_path, ["md"])
    text = md.read_text(encoding="utf-8")
    assert "<script>" not in text and "\\<script\\>" in text
    assert md_escape("a|b\nc") == "a\\|b c"
    assert "质量得分" in text and "U301" in text


def test_xlsx_sheets_frozen_header_filter(tmp_path):
    doc = _doc_with_evil()
    (xlsx,) = write_reports([doc], tmp_path, ["xlsx"])
    wb = load_workbook(xlsx)
    assert {FINDINGS_SHEET, ROWS_SHEET} <= set(wb.sheetnames)
    for name in (FINDINGS_SHEET, ROWS_SHEET):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    ws = wb[FINDINGS_SHEET]
    assert ws.max_row - 1 == len(doc.findings)
    rows = wb[ROWS_SHEET]
    assert rows.max_row - 1 == sum(len(t.rows) for t in doc.tables)
    header = [c.value for c in rows[1]]
    evil_row = next(
        r
        for r in rows.iter_rows(min_row=2, values_only=True)
        if r[header.index("三级指标")] == EVIL
    )
    assert evil_row[header.index("指标值")] == "=17个|<b>"  # stored as text, not a formula
    assert (
        evil_row[header.index("具体性(1-5)")] == 2
        and evil_row[header.index("改写-指标值")] == "≥120人次"
    )
    cell = next(c for c in rows["J"] if c.value == "=17个|<b>")
    assert cell.data_type == "s"


def test_real_pipeline_report(tmp_path):
    """The report of a document that went through the real extractor and rules."""
    doc = audit_document(
        Path(__file__).resolve().parent.parent / "samples" / "corpus" / "000_2e9e93228bddc639.txt"
    )
    paths = write_reports([doc], tmp_path, list(KINDS))
    assert len(paths) == 4
    html = paths[0].read_text(encoding="utf-8")
    assert doc.score is not None and f'id="doc-score">{doc.score:.0f}<' in html
    for f in doc.findings or []:
        assert f.code in html
