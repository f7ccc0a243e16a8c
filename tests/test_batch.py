"""Batch runs into the DuckDB store: parallel, incremental, resumable after SIGKILL, the SQL
corpus pass, the cross-county report and Parquet export. Uses a generated corpus of 36
documents in 3 county folders (auditor.bench.synth) plus two bad files."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from auditor.batch.plan import county_of, province_of
from auditor.batch.runner import run_batch
from auditor.bench.synth import generate_corpus
from auditor.scoring import score_document
from auditor.store import EXAMPLE_QUERIES, Store
from auditor.store.documents import iter_documents

REPO = Path(__file__).resolve().parent.parent
N_DOCS, N_COUNTIES = 36, 3

pytestmark = pytest.mark.slow


def _counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as s:
        out = s.counts()
        out["corpus_findings"] = s.scalar("SELECT count(*) FROM findings WHERE origin = 'corpus'")
        out["score_sum"] = round(s.scalar("SELECT coalesce(sum(score), 0) FROM documents"), 3)
    for k in ("runs", "files"):
        out.pop(k)
    return out


def snapshot(db: Path) -> dict[str, list]:
    """Order-independent content of the store (no run ids or timestamps)."""
    with Store(db, read_only=True) as s:
        return {
            "documents": s.sql(
                "SELECT doc_id, path, county, unit, score, n_rows, n_findings, n_corpus "
                "FROM documents ORDER BY doc_id"
            ),
            "findings": s.sql(
                "SELECT doc_id, seq, code, severity, scope, table_index, row_index, message, "
                "evidence FROM findings ORDER BY ALL"
            ),
            "grades": s.sql(
                "SELECT doc_id, table_index, row_index, specificity, grader FROM grades ORDER BY ALL"
            ),
            "rows": s.sql("SELECT doc_id, table_index, row_index, norm_key FROM rows ORDER BY ALL"),
            "errors": s.sql("SELECT path, kind, message FROM errors ORDER BY ALL"),
        }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    generate_corpus(root, N_DOCS, N_COUNTIES, seed=7)
    (root / "county_01" / "broken.txt").write_text(
        "这不是预算公开文件，没有绩效目标表。\n", encoding="utf-8"
    )
    (root / "county_02" / "empty.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return root


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    """An uninterrupted run with two local worker processes."""
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    res = run_batch(corpus, db, workers=2, executor="local")
    assert res.n_files == N_DOCS + 2
    assert res.n_done == N_DOCS and res.n_errors == 2 and res.n_skipped == 0
    return db


def test_store_contents(reference, corpus):
    c = _counts(reference)
    assert c["documents"] == N_DOCS and c["errors"] == 2
    assert c["tables"] > N_DOCS and c["rows"] > 10 * N_DOCS and c["findings"] > 0
    with Store(reference, read_only=True) as s:
        # each document is complete: its row/finding counts match the child tables and the view
        bad = s.sql("""SELECT d.doc_id FROM documents d
                       LEFT JOIN (SELECT doc_id, count(*) n FROM rows GROUP BY doc_id) r USING (doc_id)
                       LEFT JOIN (SELECT doc_id, count(*) n FROM findings GROUP BY doc_id) f USING (doc_id)
                       LEFT JOIN (SELECT doc_id, count(*) n FROM corpus_findings GROUP BY doc_id) t
                            USING (doc_id)
                       WHERE d.n_rows <> coalesce(r.n, 0) OR d.n_findings <> coalesce(f.n, 0)
                          OR d.n_corpus <> coalesce(t.n, 0)""")
        assert bad == []
        assert {r[0] for r in s.sql("SELECT DISTINCT county FROM documents")} == {
            f"county_{i:02d}" for i in range(1, N_COUNTIES + 1)
        }
        errs = dict(s.sql("SELECT regexp_extract(path, '[^/]+$'), kind FROM errors"))
        assert errs == {"broken.txt": "input", "empty.docx": "input"}
        path, sha = s.sql("SELECT path, sha256 FROM documents LIMIT 1")[0]
        assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha
        # findings carry unique keys per document
        assert (
            s.scalar(
                "SELECT count(*) FROM (SELECT doc_id, seq FROM findings GROUP BY ALL HAVING count(*) > 1)"
            )
            == 0
        )
        # corpus findings (T106) are counted in the score: the stored score is the formula's
        assert s.scalar("SELECT count(*) FROM findings WHERE origin = 'corpus'") > 0
        docs = list(iter_documents(s))
        assert len(docs) == N_DOCS
        assert sum(1 for d in docs for f in d.findings if f.code == "T106") == s.scalar(
            "SELECT sum(n_corpus) FROM documents"
        )
        for d in docs:
            assert score_document(d.model_copy(deep=True)).score == d.score
        for q in filter(str.strip, EXAMPLE_QUERIES.split(";")):
            if "SELECT" in q:
                s.sql(q)


def test_rerun_processes_nothing(reference, corpus):
    before = snapshot(reference)
    res = run_batch(corpus, reference, workers=2)
    assert res.n_done == res.n_errors == res.n_reused == 0 and res.n_skipped == N_DOCS + 2
    assert res.n_corpus_findings is None  # nothing changed: no corpus pass
    assert snapshot(reference) == before


def test_sql_corpus_pass_equals_the_in_memory_rule(reference):
    """The out-of-core pass (bands in DuckDB) links the same rows as the in-memory T106 rule on
    the same documents (units are distinct per county in the generated corpus)."""
    from auditor.rules.engine import run_corpus_rules

    with Store(reference, read_only=True) as s:
        docs = list(iter_documents(s))
        stored = set(
            s.sql("""SELECT d.path, f.table_index, f.row_index FROM corpus_findings f
                     JOIN documents d USING (doc_id)""")
        )
    for d in docs:
        d.findings = []
    in_memory = {
        (src, f.table_index, f.row_index)
        for src, fs in run_corpus_rules(docs).items()
        for f in fs
        if f.code == "T106"
    }
    assert stored and stored == in_memory


def test_kill_and_resume(corpus, reference, tmp_path):
    db = tmp_path / "killed.duckdb"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "auditor",
            "batch",
            str(corpus),
            "--db",
            str(db),
            "--workers",
            "2",
            # progress lines follow commits: commits this often leave most of the corpus
            # unstored when the tenth line is read, even on a fast idle machine (with 1 s the
            # whole corpus once fitted in the first commit and the kill came too late)
            "--commit-seconds",
            "0.1",
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    seen = 0
    deadline = time.monotonic() + 120
    try:
        for line in proc.stderr:
            if re.match(r"\[\d+/\d+\] (完成|出错|复用) ", line):
                seen += 1
            if seen >= 10 or time.monotonic() > deadline:
                break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the coordinator and its worker processes
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert 10 <= seen < N_DOCS + 2, "the batch must be killed midway"

    partial = _counts(db)
    assert 10 <= partial["documents"] + partial["errors"] < N_DOCS + 2  # reported = stored
    with Store(db, read_only=True) as s:  # only complete documents survived
        assert (
            s.scalar("""SELECT count(*) FROM documents d
                           WHERE d.n_rows <> (SELECT count(*) FROM rows r WHERE r.doc_id = d.doc_id)
                              OR d.n_doc_findings <> (SELECT count(*) FROM doc_findings f
                                                      WHERE f.doc_id = d.doc_id)""")
            == 0
        )
        assert s.sql("SELECT status FROM runs") == [("running",)]  # never got to finish

    res = run_batch(corpus, db, workers=2)
    assert res.interrupted_runs and res.n_skipped == partial["documents"] + partial["errors"]
    assert res.n_done + res.n_errors + res.n_skipped == N_DOCS + 2
    with Store(db, read_only=True) as s:
        assert [r[0] for r in s.sql("SELECT status FROM runs ORDER BY started_at")] == [
            "interrupted",
            "finished",
        ]
    assert _counts(db) == _counts(reference)
    assert snapshot(db) == snapshot(reference)


def test_county_and_province_of(tmp_path):
    root = tmp_path / "省"
    p = root / "甲市" / "乙县" / "2024" / "x.txt"
    assert county_of(p, root) == "2024" and province_of(p, root) == "乙县"
    assert county_of(p, root, 1) == "乙县" and province_of(p, root, 1) == "甲市"
    assert county_of(p, root, 0) == "甲市" and province_of(p, root, 0) == "省"
    assert county_of(root / "y.txt", root) == "省" and province_of(root / "y.txt", root) == "省"


def test_batch_report_and_parquet(reference, tmp_path):
    from openpyxl import load_workbook
    from typer.testing import CliRunner

    from auditor.cli import app

    out = tmp_path / "br"
    result = CliRunner().invoke(app, ["batch-report", "--db", str(reference), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in (
        "batch.html",
        "batch.md",
        "batch.xlsx",
        "parquet/rows.parquet",
        "parquet/findings.parquet",
    ):
        assert (out / name).stat().st_size > 0
    html = (out / "batch.html").read_text(encoding="utf-8")
    for c in range(1, N_COUNTIES + 1):
        assert f"county_{c:02d}" in html
    assert "模板化指标" in html and "<svg" in html and "得分分布" in html
    c = _counts(reference)
    q = "SELECT count(*) FROM '{}'"
    assert (
        duckdb.connect().execute(q.format(out / "parquet" / "rows.parquet")).fetchall()[0][0]
        == c["rows"]
    )
    assert (
        duckdb.connect().execute(q.format(out / "parquet" / "findings.parquet")).fetchall()[0][0]
        == c["findings"]
    )
    wb = load_workbook(out / "batch.xlsx")
    assert {"单位排名", "县区排名", "模板化指标", "类别比率"} <= set(wb.sheetnames)
    with Store(reference, read_only=True) as s:
        n_units = s.scalar("SELECT count(*) FROM (SELECT DISTINCT county, unit FROM documents)")
        top = s.scalar("""SELECT count(DISTINCT (d.county, d.unit)) FROM rows r JOIN documents d USING (doc_id)
                          WHERE norm_key <> '|' GROUP BY norm_key ORDER BY 1 DESC LIMIT 1""")
    assert wb["单位排名"].max_row - 1 == n_units
    assert wb["县区排名"].max_row - 1 == N_COUNTIES
    assert top >= 2 and f'<td class="num">{top}</td>' in html


def test_cli_batch_unknown_executor(tmp_path, corpus):
    from typer.testing import CliRunner

    from auditor.cli import app

    result = CliRunner().invoke(
        app, ["batch", str(corpus), "--db", str(tmp_path / "a.duckdb"), "--executor", "dask"]
    )
    assert result.exit_code == 2 and "未知执行器" in result.output
