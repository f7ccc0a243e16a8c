"""Batch runs into the DuckDB store: parallel, incremental, resumable after SIGKILL, Ray parity,
cross-county report and Parquet export. Uses a generated corpus of 36 documents (auditor.bench.synth)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from auditor.batch import county_of, run_batch
from auditor.bench.synth import generate_corpus
from auditor.store import EXAMPLE_QUERIES, Store

REPO = Path(__file__).resolve().parent.parent
N_DOCS, N_COUNTIES = 36, 3

pytestmark = pytest.mark.slow


def _generate(out: Path, n_docs: int, n_counties: int, seed: int) -> list[Path]:
    """Perturbed copies of the sample disclosures (units renamed, numbers changed) in county folders."""
    return generate_corpus(out, n_docs, n_counties, seed)


def _counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as s:
        out = s.counts()
        out["corpus_findings"] = s.sql("SELECT count(*) FROM findings WHERE origin = 'corpus'")[0][
            0
        ]
        out["score_sum"] = round(s.sql("SELECT coalesce(sum(score), 0) FROM documents")[0][0], 3)
    for k in ("runs", "files"):
        out.pop(k)
    return out


def _snapshot(db: Path) -> dict[str, list]:
    """Order-independent content of the store (no run ids or timestamps)."""
    with Store(db, read_only=True) as s:
        return {
            "documents": s.sql(
                "SELECT doc_id, path, county, unit, score, n_rows, n_findings FROM documents ORDER BY doc_id"
            ),
            "findings": s.sql(
                "SELECT doc_id, code, severity, scope, table_index, row_index, message FROM findings ORDER BY ALL"
            ),
            "grades": s.sql(
                "SELECT doc_id, table_index, row_index, specificity, grader FROM grades ORDER BY ALL"
            ),
            "rows": s.sql("SELECT doc_id, table_index, row_index, norm_key FROM rows ORDER BY ALL"),
        }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    _generate(root, N_DOCS, N_COUNTIES, seed=7)
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
        # each document is complete: its row/finding counts match the child tables
        bad = s.sql("""SELECT d.doc_id FROM documents d
                       LEFT JOIN (SELECT doc_id, count(*) n FROM rows GROUP BY doc_id) r USING (doc_id)
                       LEFT JOIN (SELECT doc_id, count(*) n FROM findings GROUP BY doc_id) f USING (doc_id)
                       WHERE d.n_rows <> coalesce(r.n, 0) OR d.n_findings <> coalesce(f.n, 0)""")
        assert bad == []
        assert {r[0] for r in s.sql("SELECT DISTINCT county FROM documents")} == {
            f"county_{i:02d}" for i in range(1, N_COUNTIES + 1)
        }
        errs = dict(s.sql("SELECT regexp_extract(path, '[^/]+$'), kind FROM errors"))
        assert set(errs) == {"broken.txt", "empty.docx"}
        # doc_id is the sha256 of the file bytes
        import hashlib

        path, doc_id = s.sql("SELECT path, doc_id FROM documents LIMIT 1")[0]
        assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == doc_id
        # the stored JSON is the Document contract
        from auditor.models import Document

        doc = next(s.iter_documents())
        assert isinstance(doc, Document) and doc.score is not None
        # corpus findings (T106) are merged in, and the stored score is the formula's on that document
        from auditor.scoring import score_document

        n_corpus = s.sql("SELECT count(*) FROM findings WHERE origin = 'corpus'")[0][0]
        assert n_corpus > 0  # the generated corpus repeats indicator texts across units
        docs = list(s.iter_documents())
        assert (
            sum(1 for d in docs for f in d.findings if f.code == "T106")
            == s.sql("SELECT count(*) FROM findings WHERE code = 'T106'")[0][0]
        )
        for d in docs[:5]:
            stored = d.score
            assert score_document(d.model_copy(deep=True)).score == stored
        # the documented example queries run
        for q in filter(str.strip, EXAMPLE_QUERIES.split(";")):
            if "SELECT" in q:
                s.sql(q)


def test_rerun_processes_nothing(reference, corpus, tmp_path):
    before = _snapshot(reference)
    res = run_batch(corpus, reference, workers=2)
    assert res.n_done == 0 and res.n_errors == 0 and res.n_skipped == N_DOCS + 2
    assert res.n_corpus_findings is None  # document set unchanged: no corpus pass
    assert _snapshot(reference) == before


def test_changed_file_is_reprocessed(corpus, reference, tmp_path):
    import shutil

    root = tmp_path / "c"
    shutil.copytree(corpus, root)
    db = tmp_path / "x.duckdb"
    shutil.copy(reference, db)
    victim = sorted(root.glob("county_02/*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\n附注：修改过。\n", encoding="utf-8")
    res = run_batch(root, db, workers=1)
    assert res.n_done == 1 and res.n_skipped == N_DOCS + 1
    assert res.n_corpus_findings is not None  # set changed: corpus rules ran again


def test_kill_and_resume(corpus, reference, tmp_path):
    db = tmp_path / "killed.duckdb"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor", "batch", str(corpus), "--db", str(db), "--workers", "2"],
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
            if re.match(r"\[\d+/\d+\] (完成|出错) ", line):
                seen += 1
            if seen >= 10 or time.monotonic() > deadline:
                break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the coordinator and its worker processes
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert 10 <= seen < N_DOCS + 2, "the batch must be killed midway"

    partial = _counts(db)
    assert 1 <= partial["documents"] < N_DOCS
    with Store(db, read_only=True) as s:  # only complete documents survived
        assert (
            s.sql("""SELECT count(*) FROM documents d
                        WHERE d.n_rows <> (SELECT count(*) FROM rows r WHERE r.doc_id = d.doc_id)
                           OR d.n_findings <> (SELECT count(*) FROM findings f WHERE f.doc_id = d.doc_id)""")[
                0
            ][0]
            == 0
        )
        assert s.sql("SELECT status FROM runs")[0][0] == "running"  # never got to finish

    res = run_batch(corpus, db, workers=2)
    assert res.n_done + res.n_errors + partial["documents"] + partial["errors"] == N_DOCS + 2
    assert res.n_skipped == partial["documents"] + partial["errors"]
    assert _counts(db) == _counts(reference)
    assert _snapshot(db) == _snapshot(reference)


def test_county_of(tmp_path):
    root = tmp_path / "省"
    p = root / "甲市" / "乙县" / "2024" / "x.txt"
    assert county_of(p, root) == "2024"
    assert county_of(p, root, 1) == "乙县"
    assert county_of(p, root, 0) == "甲市"
    assert county_of(root / "y.txt", root) == "省"


def test_batch_report_and_parquet(reference, tmp_path):
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
    n_rows = _counts(reference)["rows"]
    assert (
        duckdb.connect()
        .execute(f"SELECT count(*) FROM '{out / 'parquet' / 'rows.parquet'}'")
        .fetchall()[0][0]
        == n_rows
    )
    from openpyxl import load_workbook

    wb = load_workbook(out / "batch.xlsx")
    assert {"单位排名", "县区排名", "模板化指标", "类别比率"} <= set(wb.sheetnames)
    assert wb["单位排名"].max_row - 1 == len({(r[0], r[1]) for r in _units(reference)})
    # the most widespread templated indicator is shared by several units
    with Store(reference, read_only=True) as s:
        top = s.sql("""SELECT count(DISTINCT d.unit) FROM rows r JOIN documents d USING (doc_id)
                       WHERE norm_key <> '|' GROUP BY norm_key ORDER BY 1 DESC LIMIT 1""")[0][0]
    assert top >= 2 and f'<td class="num">{top}</td>' in html


def _units(db: Path):
    with Store(db, read_only=True) as s:
        return s.sql("SELECT county, unit FROM documents GROUP BY ALL")


def test_cli_batch_unknown_executor(tmp_path, corpus):
    from typer.testing import CliRunner

    from auditor.cli import app

    result = CliRunner().invoke(
        app, ["batch", str(corpus), "--db", str(tmp_path / "a.duckdb"), "--executor", "dask"]
    )
    assert result.exit_code == 2


def test_ray_matches_local(tmp_path):
    pytest.importorskip(
        "ray", reason="ray is not installed (optional extra: pip install 'indicator-auditor[ray]')"
    )
    root = tmp_path / "small"
    _generate(root, 8, 2, seed=3)
    (root / "county_01" / "broken.txt").write_text("没有表格\n", encoding="utf-8")
    local_db, ray_db = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    a = run_batch(root, local_db, workers=2, executor="local")
    b = run_batch(root, ray_db, workers=2, executor="ray")
    assert (a.n_done, a.n_errors) == (b.n_done, b.n_errors) == (8, 1)
    assert _snapshot(local_db) == _snapshot(ray_db)
    with Store(ray_db, read_only=True) as s:
        assert s.sql("SELECT executor FROM runs")[0][0] == "ray"


def test_slim_corpus_documents_give_the_same_t106_findings(reference):
    """The corpus pass reads slim documents from SQL; they must give what the full documents give."""
    from auditor.rules.engine import run_corpus_rules

    with Store(reference, read_only=True) as s:
        slim = s.corpus_documents()
        full = list(s.iter_documents(findings=False))

    def key(res):
        return sorted(
            (src, f.table_index, f.row_index, f.message) for src, fs in res.items() for f in fs
        )

    a, b = key(run_corpus_rules(slim)), key(run_corpus_rules(full))
    assert a and a == b
