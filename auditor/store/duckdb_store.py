"""DuckDB results store for batch runs: one file, plain SQL, crash-safe per document.

Schema (logical keys in brackets; no SQL constraints so that a document can be replaced by
DELETE + INSERT inside one transaction):

  runs       [run_id]  started_at, finished_at, tool_version, root, executor, workers, config (JSON),
             n_files, n_done, n_skipped, n_errors, status ('running' | 'finished' | 'interrupted')
  files      [path]    sha256, county, run_id, seen_at       -- every file seen, path -> content
  documents  [doc_id]  doc_id = sha256 of the file bytes; path, county, unit, year, layout,
             score (0–100, corpus findings included), n_tables, n_rows,
             n_findings (corpus findings included), run_id, processed_at, tool_version,
             table_score (row-weighted mean of the table scores), doc_penalty (uncapped
             document-level penalty of the document's own findings),
             doc (JSON: the Document contract with its own findings and grades; corpus findings
             live in `findings` only and are merged in by Store.iter_documents)
  tables     [doc_id, table_index]  kind, project, budget_wan, goal, score, n_rows
  rows       [doc_id, table_index, row_index]  level1, level2, level3, description, value, basis,
             comparator, number, value_unit, norm_key (normalised 三级|指标值), location
  findings   [doc_id, seq]  code, family, severity, scope, table_index, row_index, name, message,
             evidence, fix, origin ('document' = per-document rules, 'corpus' = the corpus pass,
             e.g. T106; the corpus rows are replaced by each corpus pass)
  grades     [doc_id, table_index, row_index]  specificity, grader, prompt_version, reasons (JSON),
             rewrite_level3, rewrite_value, rewrite_definition, rewrite_evidence, fallback_reason
  errors     [sha256]  path, county, kind ('input' | 'internal'), message, run_id, failed_at

Each document is written by `put_document` in ONE transaction (delete its old rows, insert the
new ones, commit): a run killed at any moment leaves only complete documents, and a re-run
skips every sha256 already in `documents` (or in `errors`, unless retried).
Only the coordinating process writes; workers return JSON.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from auditor import __version__
from auditor.extract.normalize import indicator_key_text as norm_key
from auditor.models import Document, Finding
from auditor.scoring import combine, document_penalty, family, score_document

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  run_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, tool_version VARCHAR, root VARCHAR,
  executor VARCHAR, workers INTEGER, config JSON, n_files INTEGER, n_done INTEGER, n_skipped INTEGER,
  n_errors INTEGER, status VARCHAR);
CREATE TABLE IF NOT EXISTS files (
  path VARCHAR, sha256 VARCHAR, county VARCHAR, run_id VARCHAR, seen_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS documents (
  doc_id VARCHAR, path VARCHAR, county VARCHAR, unit VARCHAR, year INTEGER, layout VARCHAR,
  score DOUBLE, n_tables INTEGER, n_rows INTEGER, n_findings INTEGER, run_id VARCHAR,
  processed_at TIMESTAMP, tool_version VARCHAR, table_score DOUBLE, doc_penalty DOUBLE, doc JSON);
CREATE TABLE IF NOT EXISTS tables (
  doc_id VARCHAR, table_index INTEGER, kind VARCHAR, project VARCHAR, budget_wan DOUBLE,
  goal VARCHAR, score DOUBLE, n_rows INTEGER);
CREATE TABLE IF NOT EXISTS rows (
  doc_id VARCHAR, table_index INTEGER, row_index INTEGER, level1 VARCHAR, level2 VARCHAR,
  level3 VARCHAR, description VARCHAR, value VARCHAR, basis VARCHAR, comparator VARCHAR,
  number DOUBLE, value_unit VARCHAR, norm_key VARCHAR, location VARCHAR);
CREATE TABLE IF NOT EXISTS findings (
  doc_id VARCHAR, seq INTEGER, code VARCHAR, family VARCHAR, severity VARCHAR, scope VARCHAR,
  table_index INTEGER, row_index INTEGER, name VARCHAR, message VARCHAR, evidence VARCHAR, fix VARCHAR,
  origin VARCHAR);
CREATE TABLE IF NOT EXISTS grades (
  doc_id VARCHAR, table_index INTEGER, row_index INTEGER, specificity INTEGER, grader VARCHAR,
  prompt_version VARCHAR, reasons JSON, rewrite_level3 VARCHAR, rewrite_value VARCHAR,
  rewrite_definition VARCHAR, rewrite_evidence VARCHAR, fallback_reason VARCHAR);
CREATE TABLE IF NOT EXISTS errors (
  sha256 VARCHAR, path VARCHAR, county VARCHAR, kind VARCHAR, message VARCHAR, run_id VARCHAR,
  failed_at TIMESTAMP);
"""

DOC_TABLES = ("documents", "tables", "rows", "findings", "grades")

EXAMPLE_QUERIES = """
-- units ranked by mean score
SELECT county, unit, round(avg(score), 1) AS score, sum(n_rows) AS rows
FROM documents GROUP BY ALL ORDER BY score;
-- findings per 100 rows by county and family
SELECT d.county, f.family, round(100.0 * count(*) / any_value(r.n), 1) AS per_100_rows
FROM findings f JOIN documents d USING (doc_id)
JOIN (SELECT county, sum(n_rows) AS n FROM documents GROUP BY county) r USING (county)
GROUP BY ALL ORDER BY 1, 2;
-- the most widespread templated indicators (same normalised 三级+指标值)
SELECT any_value(level3) AS level3, any_value(value) AS value,
       count(DISTINCT d.unit) AS units, count(DISTINCT d.county) AS counties
FROM rows JOIN documents d USING (doc_id) GROUP BY norm_key ORDER BY units DESC LIMIT 20;
-- every error of one unit, with the row
SELECT f.code, f.message, r.level3, r.value FROM findings f JOIN documents d USING (doc_id)
LEFT JOIN rows r USING (doc_id, table_index, row_index)
WHERE d.unit LIKE '%工业和信息化局%' AND f.severity = 'error';
"""


def _now() -> _dt.datetime:
    return _dt.datetime.now()


def _cols(records: list[tuple]) -> list[list]:
    return [list(c) for c in zip(*records)] if records else []


class Store:
    """A DuckDB file holding batch results (see the module docstring for the schema)."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)

    # -- context manager ------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- queries --------------------------------------------------------------------------------
    def sql(self, query: str, params: list | None = None) -> list[tuple]:
        return self.con.execute(query, params or []).fetchall()

    def known_hashes(self) -> set[str]:
        return {r[0] for r in self.sql("SELECT doc_id FROM documents")}

    def error_hashes(self) -> set[str]:
        return {r[0] for r in self.sql("SELECT sha256 FROM errors")}

    def counts(self) -> dict[str, int]:
        return {
            t: self.sql(f"SELECT count(*) FROM {t}")[0][0]
            for t in (*DOC_TABLES, "errors", "runs", "files")
        }

    def corpus_documents(self) -> list[Document]:
        """Slim documents for the corpus rules, built from the rows table with SQL: unit, source,
        tables (index, kind, project) and rows (names, description, value) only — a fraction of the
        memory of the full documents, so the cross-document pass scales to larger stores."""
        from auditor.models import IndicatorRow, Table

        docs: dict[str, Document] = {}
        tables: dict[tuple[str, int], Table] = {}
        for doc_id, path, unit in self.con.execute(
            "SELECT doc_id, path, unit FROM documents ORDER BY path"
        ).fetchall():
            docs[doc_id] = Document(source=path, unit=unit, sha256=doc_id)
        for doc_id, t_i, kind, project in self.con.execute(
            "SELECT doc_id, table_index, kind, project FROM tables ORDER BY doc_id, table_index"
        ).fetchall():
            if doc_id in docs:
                t = Table(index=t_i, kind=kind, project=project or "")
                docs[doc_id].tables.append(t)
                tables[(doc_id, t_i)] = t
        cur = self.con.cursor()
        cur.execute(
            "SELECT doc_id, table_index, row_index, level1, level2, level3, description, value FROM rows "
            "ORDER BY doc_id, table_index, row_index"
        )
        while batch := cur.fetchmany(10000):
            for doc_id, t_i, r_i, l1, l2, l3, desc, value in batch:
                t = tables.get((doc_id, t_i))
                if t is not None:
                    t.rows.append(
                        IndicatorRow(
                            index=r_i,
                            level1=l1 or "",
                            level2=l2 or "",
                            level3=l3 or "",
                            description=desc,
                            value=value or "",
                        )
                    )
        return list(docs.values())

    def iter_documents(
        self, corpus_findings: bool = True, findings: bool = True, chunk: int = 64
    ) -> Iterator[Document]:
        """Stored documents in path order (streamed). With corpus_findings, the findings of the
        last corpus pass are appended and doc.score includes them; with findings=False the
        documents come without findings, grades and goal reviews (light: tables and rows, what
        the corpus rules read)."""
        cur = self.con.cursor()
        cur.execute("SELECT doc_id, doc, score FROM documents ORDER BY path")
        extra_cur = self.con.cursor()
        while True:
            batch = cur.fetchmany(chunk)
            if not batch:
                break
            for doc_id, text, score in batch:
                data = json.loads(text)
                if not findings:
                    data["findings"] = data["llm_usage"] = None
                    for t in data.get("tables", []):
                        t["goal_review"] = None
                        for r in t.get("rows", []):
                            r["grade"] = None
                doc = Document.model_validate(data)
                if findings and corpus_findings:
                    recs = extra_cur.execute(
                        "SELECT code, severity, scope, table_index, row_index, name, message, evidence, fix "
                        "FROM findings WHERE doc_id = ? AND origin = 'corpus' ORDER BY seq",
                        [doc_id],
                    ).fetchall()
                    if recs:
                        doc.findings = (doc.findings or []) + [
                            Finding(
                                code=c,
                                severity=sv,
                                scope=sc,
                                table_index=ti,
                                row_index=ri,
                                name=n or "",
                                message=m,
                                evidence=e or "",
                                fix=fx,
                            )
                            for c, sv, sc, ti, ri, n, m, e, fx in recs
                        ]
                    doc.score = score
                yield doc
        cur.close()
        extra_cur.close()

    # -- runs -----------------------------------------------------------------------------------
    def start_run(
        self, run_id: str, root: str, executor: str, workers: int, config: Any, n_files: int
    ) -> None:
        cfg = config.model_dump(mode="json") if hasattr(config, "model_dump") else {}
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, 0, 0, 0, 'running')",
            [
                run_id,
                _now(),
                __version__,
                root,
                executor,
                workers,
                json.dumps(cfg, ensure_ascii=False),
                n_files,
            ],
        )

    def finish_run(
        self, run_id: str, n_done: int, n_skipped: int, n_errors: int, status: str = "finished"
    ) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, n_done = ?, n_skipped = ?, n_errors = ?, status = ? WHERE run_id = ?",
            [_now(), n_done, n_skipped, n_errors, status, run_id],
        )

    def record_files(self, entries: Iterable[tuple[str, str, str]], run_id: str) -> None:
        """Remember path -> sha256 -> county for every file seen (latest wins)."""
        entries = list(entries)
        if not entries:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "DELETE FROM files WHERE path IN (SELECT unnest(?))", [[p for p, _, _ in entries]]
            )
            paths, shas, counties = _cols(entries)
            self.con.execute(
                "INSERT INTO files SELECT unnest(?), unnest(?), unnest(?), ?, ?",
                [paths, shas, counties, run_id, _now()],
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    # -- writes ---------------------------------------------------------------------------------
    def put_document(
        self, doc: Document, sha256: str, path: str, county: str | None, run_id: str
    ) -> None:
        """Write one document and everything under it in one transaction (replacing any old copy)."""
        doc.sha256 = sha256
        doc.findings = [
            f for f in (doc.findings or []) if f.scope != "corpus"
        ]  # corpus pass adds those
        sc = score_document(doc)
        findings = doc.findings
        n_rows = sum(len(t.rows) for t in doc.tables)
        table_recs = []
        for t in doc.tables:
            ts = sc.table(t.index)
            table_recs.append(
                (
                    sha256,
                    t.index,
                    t.kind,
                    t.project,
                    t.budget_wan,
                    t.goal,
                    ts.score if ts else None,
                    len(t.rows),
                )
            )
        row_recs, grade_recs = [], []
        for t, r in doc.rows():
            p = r.parsed
            row_recs.append(
                (
                    sha256,
                    t.index,
                    r.index,
                    r.level1,
                    r.level2,
                    r.level3,
                    r.description,
                    r.value,
                    r.basis,
                    p.comparator,
                    p.number,
                    p.unit,
                    norm_key(r.level3, r.value),
                    r.location.label(),
                )
            )
            g = r.grade
            if g is not None:
                rw = g.rewrite
                grade_recs.append(
                    (
                        sha256,
                        t.index,
                        r.index,
                        g.specificity,
                        g.grader,
                        g.prompt_version,
                        json.dumps(g.reasons, ensure_ascii=False),
                        rw.level3 if rw else None,
                        rw.value if rw else None,
                        rw.definition if rw else None,
                        rw.evidence if rw else None,
                        g.fallback_reason,
                    )
                )
        finding_recs = [_finding_rec(sha256, i, f) for i, f in enumerate(findings, start=1)]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for tbl in DOC_TABLES:
                con.execute(f"DELETE FROM {tbl} WHERE doc_id = ?", [sha256])
            con.execute("DELETE FROM errors WHERE sha256 = ?", [sha256])
            con.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    sha256,
                    path,
                    county,
                    doc.unit or Path(path).stem,
                    doc.year,
                    doc.layout,
                    sc.score,
                    len(doc.tables),
                    n_rows,
                    len(findings),
                    run_id,
                    _now(),
                    __version__,
                    sc.base,
                    sc.raw_penalty,
                    doc.model_dump_json(),
                ],
            )
            _bulk(con, "tables", table_recs)
            _bulk(con, "rows", row_recs)
            _bulk(con, "findings", finding_recs)
            _bulk(con, "grades", grade_recs)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def put_error(
        self, sha256: str, path: str, county: str | None, kind: str, message: str, run_id: str
    ) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM errors WHERE sha256 = ?", [sha256])
            self.con.execute(
                "INSERT INTO errors VALUES (?, ?, ?, ?, ?, ?, ?)",
                [sha256, path, county, kind, message, run_id, _now()],
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def replace_corpus_findings(self, by_doc: dict[str, list[Finding]]) -> int:
        """Replace every corpus-scope finding (T106) and update scores and finding counts of all
        documents, in one transaction. `by_doc` maps doc_id -> corpus findings. Returns their number."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM findings WHERE origin = 'corpus'")
            local = dict(
                con.execute("SELECT doc_id, count(*) FROM findings GROUP BY doc_id").fetchall()
            )
            recs, updates, total = [], [], 0
            for doc_id, base, raw in con.execute(
                "SELECT doc_id, table_score, doc_penalty FROM documents"
            ).fetchall():
                new = by_doc.get(doc_id, [])
                n_local = local.get(doc_id, 0)
                recs += [
                    _finding_rec(doc_id, n_local + i, f, "corpus")
                    for i, f in enumerate(new, start=1)
                ]
                total += len(new)
                updates.append(
                    (
                        doc_id,
                        combine(base or 0.0, (raw or 0.0) + document_penalty(new)),
                        n_local + len(new),
                    )
                )
            _bulk(con, "findings", recs)
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _doc_update (doc_id VARCHAR, score DOUBLE, n_findings INTEGER)"
            )
            _bulk(con, "_doc_update", updates)
            con.execute(
                "UPDATE documents SET score = u.score, n_findings = u.n_findings FROM _doc_update u WHERE documents.doc_id = u.doc_id"
            )
            con.execute("DROP TABLE _doc_update")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return total

    # -- export ---------------------------------------------------------------------------------
    def export_parquet(self, out_dir: str | Path) -> list[Path]:
        """COPY each table to <out_dir>/<table>.parquet (documents without the JSON column)."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for tbl in ("documents", "tables", "rows", "findings", "grades", "errors", "runs"):
            target = out / f"{tbl}.parquet"
            select = (
                "SELECT * EXCLUDE (doc) FROM documents"
                if tbl == "documents"
                else f"SELECT * FROM {tbl}"
            )
            self.con.execute(f"COPY ({select}) TO '{_sql_str(target)}' (FORMAT parquet)")
            written.append(target)
        return written


def _sql_str(p: Path) -> str:
    return str(p).replace("'", "''")


def _finding_rec(sha: str, seq: int, f: Finding, origin: str = "document") -> tuple:
    return (
        sha,
        seq,
        f.code,
        family(f.code),
        f.severity,
        f.scope,
        f.table_index,
        f.row_index,
        f.name,
        f.message,
        f.evidence,
        f.fix,
        origin,
    )


def _bulk(con: duckdb.DuckDBPyConnection, table: str, records: list[tuple]) -> None:
    """Insert many records with one statement (columnar lists unnested side by side)."""
    if not records:
        return
    cols = _cols(records)
    placeholders = ", ".join("unnest(?)" for _ in cols)
    con.execute(f"INSERT INTO {table} SELECT {placeholders}", cols)
