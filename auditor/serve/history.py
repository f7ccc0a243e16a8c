"""The reviewer's history: audits, reviews, opinions and revision checks in DuckDB.

The tables live in the same DuckDB file as the batch store (auditor/store/, `--db` to point at
it; by default `<data-dir>/audit.duckdb`), added beside the batch tables under a `serve_`
prefix -- nothing of the batch schema is read or changed:

  serve_audits     [audit_id]  created_at, kind ('audit' | 'revision'), base_audit_id,
                   units (joined), n_documents, n_errors, score (mean), tool_version,
                   meta (JSON: run metadata), errors (JSON: files that could not be audited)
  serve_documents  [audit_id, seq]  name (the uploaded file's name), sha256, unit, year, score,
                   n_tables, n_rows, n_findings, doc (JSON: the Document contract)
  serve_projects   [audit_id, seq, table_index]  project, score, n_findings
  serve_reviews    [audit_id]  updated_at, review (JSON: the reviewer's decisions, see review.py)
  serve_opinions   [opinion_id]  audit_id, created_at, reviewer, n_items, docx (BLOB: the
                   审核意见 as issued)
  serve_revisions  [revision_id]  base_audit_id, new_audit_id, created_at, score_before,
                   score_after, n_fixed, n_remaining, n_new, n_rows_changed,
                   diff (JSON: see revision.py)

    -- every audit of a unit, newest first
    SELECT a.created_at, d.name, d.score, d.n_findings FROM serve_documents d
    JOIN serve_audits a USING (audit_id) WHERE d.unit LIKE '%农业农村局%' ORDER BY 1 DESC;

One connection, used under a lock (DuckDB allows one writing process per file: a batch run on
the same file must wait until the server stops).
"""

from __future__ import annotations

import datetime as _dt
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from auditor import __version__
from auditor.models import Document
from auditor.pipeline import FileError
from auditor.scoring import aggregate, score_document

SCHEMA = """
CREATE TABLE IF NOT EXISTS serve_audits (
  audit_id VARCHAR, created_at TIMESTAMP, kind VARCHAR, base_audit_id VARCHAR, units VARCHAR,
  n_documents INTEGER, n_errors INTEGER, score DOUBLE, tool_version VARCHAR, meta JSON,
  errors JSON);
CREATE TABLE IF NOT EXISTS serve_documents (
  audit_id VARCHAR, seq INTEGER, name VARCHAR, sha256 VARCHAR, unit VARCHAR, year INTEGER,
  score DOUBLE, n_tables INTEGER, n_rows INTEGER, n_findings INTEGER, doc JSON);
CREATE TABLE IF NOT EXISTS serve_projects (
  audit_id VARCHAR, seq INTEGER, table_index INTEGER, project VARCHAR, score DOUBLE,
  n_findings INTEGER);
CREATE TABLE IF NOT EXISTS serve_reviews (audit_id VARCHAR, updated_at TIMESTAMP, review JSON);
CREATE TABLE IF NOT EXISTS serve_opinions (
  opinion_id VARCHAR, audit_id VARCHAR, created_at TIMESTAMP, reviewer VARCHAR, n_items INTEGER,
  docx BLOB);
CREATE TABLE IF NOT EXISTS serve_revisions (
  revision_id VARCHAR, base_audit_id VARCHAR, new_audit_id VARCHAR, created_at TIMESTAMP,
  score_before DOUBLE, score_after DOUBLE, n_fixed INTEGER, n_remaining INTEGER, n_new INTEGER,
  n_rows_changed INTEGER, diff JSON);
"""


@dataclass
class AuditSummary:
    """One line of the history list."""

    audit_id: str
    created_at: _dt.datetime
    kind: str
    base_audit_id: str | None
    units: str
    n_documents: int
    n_errors: int
    score: float | None
    names: str
    projects: int


@dataclass
class StoredAudit:
    audit_id: str
    created_at: _dt.datetime
    kind: str
    base_audit_id: str | None
    docs: list[Document]
    errors: list[dict[str, str]]
    meta: dict[str, Any]


class History:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.con = duckdb.connect(str(path))
        self.con.execute(SCHEMA)
        self.lock = threading.Lock()

    def close(self) -> None:
        with self.lock:
            self.con.close()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.lock:
            return self.con.execute(sql, list(params)).fetchall()

    # --- audits ------------------------------------------------------------------------------

    def save_audit(
        self,
        audit_id: str,
        docs: list[Document],
        errors: list[FileError],
        meta: dict[str, Any],
        kind: str = "audit",
        base_audit_id: str | None = None,
    ) -> None:
        """One transaction: the audit, its documents and their projects."""
        units = "、".join(dict.fromkeys(d.unit or d.source for d in docs))
        score = aggregate(d.score for d in docs if d.score is not None)
        now = _dt.datetime.now()
        with self.lock:
            con = self.con
            con.execute("BEGIN")
            try:
                con.execute(
                    "INSERT INTO serve_audits VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        audit_id, now, kind, base_audit_id, units, len(docs), len(errors),
                        score, __version__, json.dumps(meta, ensure_ascii=False, default=str),
                        json.dumps([e.public() for e in errors], ensure_ascii=False),
                    ],
                )  # fmt: skip
                for seq, doc in enumerate(docs):
                    self._insert_document(audit_id, seq, doc)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise

    def _insert_document(self, audit_id: str, seq: int, doc: Document) -> None:
        findings = doc.findings or []
        scores = score_document(doc)
        self.con.execute(
            "INSERT INTO serve_documents VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                audit_id, seq, doc.source, doc.sha256, doc.unit, doc.year, doc.score,
                len(doc.tables), sum(len(t.rows) for t in doc.tables), len(findings),
                doc.model_dump_json(),
            ],
        )  # fmt: skip
        projects = [
            (
                audit_id,
                seq,
                t.index,
                t.project,
                ts.score if (ts := scores.table(t.index)) else None,
                sum(1 for f in findings if f.table_index == t.index),
            )
            for t in doc.tables
        ]
        if projects:
            self.con.executemany("INSERT INTO serve_projects VALUES (?,?,?,?,?,?)", projects)

    def list_audits(
        self, unit: str = "", project: str = "", limit: int = 200
    ) -> list[AuditSummary]:
        """Newest first; `unit` / `project` filter by substring."""
        rows = self._run(
            """
            SELECT a.audit_id, a.created_at, a.kind, a.base_audit_id, a.units, a.n_documents,
                   a.n_errors, a.score,
                   (SELECT string_agg(d.name, '、' ORDER BY d.seq) FROM serve_documents d
                     WHERE d.audit_id = a.audit_id),
                   (SELECT count(*) FROM serve_projects p WHERE p.audit_id = a.audit_id)
            FROM serve_audits a
            WHERE (? = '' OR EXISTS (SELECT 1 FROM serve_documents d WHERE d.audit_id = a.audit_id
                     AND (contains(coalesce(d.unit, ''), ?) OR contains(d.name, ?))))
              AND (? = '' OR EXISTS (SELECT 1 FROM serve_projects p WHERE p.audit_id = a.audit_id
                     AND contains(p.project, ?)))
            ORDER BY a.created_at DESC LIMIT ?
            """,
            [unit, unit, unit, project, project, limit],
        )
        return [
            AuditSummary(
                str(r[0]),
                r[1],
                str(r[2]),
                r[3],
                str(r[4] or ""),
                int(r[5]),
                int(r[6]),
                r[7],
                str(r[8] or ""),
                int(r[9]),
            )
            for r in rows
        ]

    def load_audit(self, audit_id: str) -> StoredAudit | None:
        head = self._run(
            "SELECT created_at, kind, base_audit_id, meta, errors FROM serve_audits "
            "WHERE audit_id = ?",
            [audit_id],
        )
        if not head:
            return None
        created, kind, base, meta, errors = head[0]
        docs = self._run(
            "SELECT doc FROM serve_documents WHERE audit_id = ? ORDER BY seq", [audit_id]
        )
        return StoredAudit(
            audit_id,
            created,
            kind,
            base,
            [Document.model_validate_json(d) for (d,) in docs],
            json.loads(errors or "[]"),
            json.loads(meta or "{}"),
        )

    # --- reviews, opinions, revisions --------------------------------------------------------

    def save_review(self, audit_id: str, review: dict[str, Any]) -> None:
        with self.lock:
            self.con.execute("BEGIN")
            self.con.execute("DELETE FROM serve_reviews WHERE audit_id = ?", [audit_id])
            self.con.execute(
                "INSERT INTO serve_reviews VALUES (?,?,?)",
                [audit_id, _dt.datetime.now(), json.dumps(review, ensure_ascii=False)],
            )
            self.con.execute("COMMIT")

    def load_review(self, audit_id: str) -> dict[str, Any]:
        rows = self._run("SELECT review FROM serve_reviews WHERE audit_id = ?", [audit_id])
        return dict(json.loads(rows[0][0])) if rows else {}

    def save_opinion(
        self, opinion_id: str, audit_id: str, reviewer: str, n_items: int, docx: bytes
    ) -> None:
        self._run(
            "INSERT INTO serve_opinions VALUES (?,?,?,?,?,?)",
            [opinion_id, audit_id, _dt.datetime.now(), reviewer, n_items, docx],
        )

    def load_opinion(self, opinion_id: str) -> tuple[str, bytes] | None:
        rows = self._run(
            "SELECT audit_id, docx FROM serve_opinions WHERE opinion_id = ?", [opinion_id]
        )
        return (str(rows[0][0]), bytes(rows[0][1])) if rows else None

    def opinions_of(self, audit_id: str) -> list[tuple[str, _dt.datetime, str, int]]:
        rows = self._run(
            "SELECT opinion_id, created_at, reviewer, n_items FROM serve_opinions "
            "WHERE audit_id = ? ORDER BY created_at DESC",
            [audit_id],
        )
        return [(str(a), b, str(c), int(d)) for a, b, c, d in rows]

    def save_revision(self, revision_id: str, base: str, new: str, diff: dict[str, Any]) -> None:
        totals = diff["totals"]
        self._run(
            "INSERT INTO serve_revisions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                revision_id, base, new, _dt.datetime.now(), totals["score_before"],
                totals["score_after"], totals["fixed"], totals["remaining"], totals["new"],
                totals["rows_changed"], json.dumps(diff, ensure_ascii=False),
            ],
        )  # fmt: skip

    def load_revision(self, revision_id: str) -> dict[str, Any] | None:
        rows = self._run(
            "SELECT base_audit_id, new_audit_id, created_at, diff FROM serve_revisions "
            "WHERE revision_id = ?",
            [revision_id],
        )
        if not rows:
            return None
        base, new, created, diff = rows[0]
        return {"base": base, "new": new, "created_at": created, **json.loads(diff)}

    def revisions_of(self, audit_id: str) -> list[tuple[str, str, _dt.datetime]]:
        """(revision_id, other audit, date) of the revision checks this audit took part in."""
        rows = self._run(
            "SELECT revision_id, CASE WHEN base_audit_id = ? THEN new_audit_id "
            "ELSE base_audit_id END, created_at FROM serve_revisions "
            "WHERE base_audit_id = ? OR new_audit_id = ? ORDER BY created_at DESC",
            [audit_id, audit_id, audit_id],
        )
        return [(str(a), str(b), c) for a, b, c in rows]
