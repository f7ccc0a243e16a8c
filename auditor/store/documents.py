"""Stored documents back as `Document` models (tables, rows, grades, findings, score).

`iter_documents(store)` streams them in doc_id order with one sorted scan per table merged by
doc_id, so reading a large store back needs memory for one document at a time. What the store
does not keep (body text, extraction notes, goal reviews) is absent from these documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import duckdb

from auditor.models import Document, Finding, Grade, IndicatorRow, ParsedValue, Rewrite, Table
from auditor.store.duckdb_store import Store

_QUERIES = {
    "tables": "SELECT doc_id, table_index, kind, project, budget_wan, goal FROM tables",
    "rows": "SELECT doc_id, table_index, row_index, level1, level2, level3, description, value, "
    "basis, comparator, number, value_unit, flags FROM rows",
    "grades": "SELECT doc_id, table_index, row_index, specificity, grader, prompt_version, "
    "reasons, rewrite_level3, rewrite_value, rewrite_definition, rewrite_evidence, "
    "fallback_reason FROM grades",
    "findings": "SELECT doc_id, code, severity, scope, table_index, row_index, name, message, "
    "evidence, fix FROM findings",
}
_ORDER = {
    "tables": "doc_id, table_index",
    "rows": "doc_id, table_index, row_index",
    "grades": "doc_id, table_index, row_index",
    "findings": "doc_id, seq",
}


class _Stream:
    """A sorted result read in chunks, consumed one doc_id at a time."""

    def __init__(self, con: duckdb.DuckDBPyConnection, name: str):
        self.cur = con.cursor()
        self.cur.execute(f"{_QUERIES[name]} ORDER BY {_ORDER[name]}")
        self.buf: list[tuple[Any, ...]] = []
        self.pos = 0

    def _peek(self) -> tuple[Any, ...] | None:
        if self.pos >= len(self.buf):
            self.buf, self.pos = self.cur.fetchmany(5000), 0
        return self.buf[self.pos] if self.buf else None

    def take(self, doc_id: str) -> list[tuple[Any, ...]]:
        out = []
        while (row := self._peek()) is not None and row[0] < doc_id:
            self.pos += 1  # records of a document that no longer exists
        while (row := self._peek()) is not None and row[0] == doc_id:
            out.append(row)
            self.pos += 1
        return out

    def close(self) -> None:
        self.cur.close()


def iter_documents(store: Store) -> Iterator[Document]:
    """Every stored document with its tables, rows, grades and findings (corpus included)."""
    streams = {name: _Stream(store.con, name) for name in _QUERIES}
    docs = store.con.cursor()
    docs.execute(
        "SELECT doc_id, path, unit, year, layout, sha256, score FROM documents ORDER BY doc_id"
    )
    try:
        while batch := docs.fetchmany(500):
            for doc_id, path, unit, year, layout, sha, score in batch:
                yield _document(doc_id, path, unit, year, layout, sha, score, streams)
    finally:
        docs.close()
        for s in streams.values():
            s.close()


def _document(
    doc_id: str,
    path: str,
    unit: str | None,
    year: int | None,
    layout: str | None,
    sha: str | None,
    score: float | None,
    streams: dict[str, _Stream],
) -> Document:
    grades = {(r[1], r[2]): _grade(r) for r in streams["grades"].take(doc_id)}
    tables: dict[int, Table] = {}
    for _, t_i, kind, project, budget, goal in streams["tables"].take(doc_id):
        tables[t_i] = Table(
            index=t_i, kind=kind, project=project or "", budget_wan=budget, goal=goal
        )
    for r in streams["rows"].take(doc_id):
        _, t_i, r_i, l1, l2, l3, desc, value, basis, cmp_, num, unit_, flags = r
        parsed = ParsedValue(
            raw=value or "", comparator=cmp_, number=num, unit=unit_, flags=flags or []
        )
        row = IndicatorRow(
            index=r_i,
            level1=l1 or "",
            level2=l2 or "",
            level3=l3 or "",
            description=desc,
            value=value or "",
            basis=basis,
            parsed=parsed,
            grade=grades.get((t_i, r_i)),
        )
        tables[t_i].rows.append(row)
    findings = [
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
        for _, c, sv, sc, ti, ri, n, m, e, fx in streams["findings"].take(doc_id)
    ]
    return Document(
        source=path,
        unit=unit,
        year=year,
        layout=layout or "",
        sha256=sha,
        tables=list(tables.values()),
        findings=findings,
        score=score,
    )


def _grade(r: tuple[Any, ...]) -> Grade:
    _, _, _, spec, grader, prompt, reasons, l3, value, definition, evidence, fallback = r
    rewrite = (
        Rewrite(level3=l3, value=value or "", definition=definition, evidence=evidence)
        if l3 is not None
        else None
    )
    return Grade(
        specificity=spec,
        reasons=json.loads(reasons) if isinstance(reasons, str) else list(reasons or []),
        rewrite=rewrite,
        grader=grader or "heuristic",
        prompt_version=prompt,
        fallback_reason=fallback,
    )
