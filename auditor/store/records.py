"""Compact per-document results: what a worker sends back and the store writes.

A worker turns its audited `Document` into a `Payload`: one NDJSON text per store table (the
columns of auditor.store.schema.COLUMNS), built where the work is done so the coordinator only
appends bytes to spool files and DuckDB parses them natively. The T106 index entries (skeleton
id, text, LSH band keys) are computed here too, so the corpus pass never reads documents back.

A value the store cannot hold (an infinite number, a lone surrogate) raises `StorageError` for
that file instead of failing the batch.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pydantic_core

from auditor.extract.normalize import indicator_key_text, skeleton, squeeze
from auditor.models import Document, Finding, IndicatorRow, Table
from auditor.rules.corpus_index import CrossUnitCopy, row_text
from auditor.rules.near_duplicates import band_keys, skeleton_id
from auditor.scoring import DocumentScore, family, score_document


class StorageError(ValueError):
    """A document holds a value the store cannot represent."""


@dataclass(frozen=True)
class Placement:
    """Where a document lives in the corpus: its identity is the path plus the content hash."""

    path: str  # absolute path of the file
    sha256: str  # of the file bytes
    county: str
    province: str
    old_doc_id: str | None = None  # the earlier version of this path in the store, if any

    @property
    def doc_id(self) -> str:
        return doc_id_for(self.path, self.sha256)


def doc_id_for(path: str, sha256: str) -> str:
    return hashlib.sha256(f"{path}\0{sha256}".encode()).hexdigest()[:32]


@dataclass
class Payload:
    """One document's records as NDJSON per table (bytes), ready for the store."""

    doc_id: str
    lines: dict[str, bytes] = field(default_factory=dict)
    n_rows: int = 0
    parts: dict[str, list[str]] = field(default_factory=dict)  # Ray: Parquet files per table


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _dumps(rec: dict[str, Any]) -> str:
    try:
        return _ENCODER.encode(rec)
    except ValueError:
        bad = [k for k, v in rec.items() if isinstance(v, float) and not math.isfinite(v)]
        where = (
            f"表{rec.get('table_index')}第{rec.get('row_index')}行 " if "row_index" in rec else ""
        )
        raise StorageError(
            f"{where}{'、'.join(bad) or '数值'}超出可存储范围（无穷大或非数）"
            " (a number is infinite or NaN and cannot be stored)"
        ) from None


def _ndjson(records: Iterable[dict[str, Any]]) -> bytes:
    """One JSON line per record. pydantic-core's serializer writes the same bytes as
    `json.dumps(ensure_ascii=False, separators=(",", ":"))` at about twice the speed; a record
    it cannot write (a lone surrogate) or an infinite number (written as a bare Infinity/NaN
    token here) takes the exact path, which raises the StorageError naming the value."""
    recs = list(records)
    try:
        text = b"".join(pydantic_core.to_json(r, inf_nan_mode="constants") + b"\n" for r in recs)
    except pydantic_core.PydanticSerializationError:
        return _ndjson_exact(recs)
    if b"Infinity" in text or b"NaN" in text:
        return _ndjson_exact(recs)
    return text


def _ndjson_exact(records: list[dict[str, Any]]) -> bytes:
    text = "".join(_dumps(r) + "\n" for r in records)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise StorageError(f"文本含无法存储的字符（{exc.reason}）(text cannot be stored)") from None


def _table_recs(doc_id: str, doc: Document, sc: DocumentScore) -> Iterator[dict[str, Any]]:
    for t in doc.tables:
        ts = sc.table(t.index)
        yield {
            "doc_id": doc_id,
            "table_index": t.index,
            "kind": t.kind,
            "project": t.project,
            "budget_wan": t.budget_wan,
            "goal": t.goal,
            "score": ts.score if ts else None,
            "n_rows": len(t.rows),
        }


def _row_rec(doc_id: str, t: Table, r: IndicatorRow) -> dict[str, Any]:
    p = r.parsed
    return {
        "doc_id": doc_id,
        "table_index": t.index,
        "row_index": r.index,
        "level1": r.level1,
        "level2": r.level2,
        "level3": r.level3,
        "description": r.description,
        "value": r.value,
        "basis": r.basis,
        "comparator": p.comparator,
        "number": p.number,
        "value_unit": p.unit,
        "norm_key": indicator_key_text(r.level3, r.value),
        "location": r.location.label(),
        "flags": list(p.flags),
    }


def _grade_rec(doc_id: str, t: Table, r: IndicatorRow) -> dict[str, Any] | None:
    g = r.grade
    if g is None:
        return None
    rw = g.rewrite
    return {
        "doc_id": doc_id,
        "table_index": t.index,
        "row_index": r.index,
        "specificity": g.specificity,
        "grader": g.grader,
        "prompt_version": g.prompt_version,
        "reasons": g.reasons,
        "rewrite_level3": rw.level3 if rw else None,
        "rewrite_value": rw.value if rw else None,
        "rewrite_definition": rw.definition if rw else None,
        "rewrite_evidence": rw.evidence if rw else None,
        "fallback_reason": g.fallback_reason,
    }


def finding_rec(doc_id: str, seq: int, f: Finding) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "seq": seq,
        "code": f.code,
        "family": family(f.code),
        "severity": f.severity,
        "scope": f.scope,
        "table_index": f.table_index,
        "row_index": f.row_index,
        "name": f.name,
        "message": f.message,
        "evidence": f.evidence,
        "fix": f.fix,
        "origin": "document",
    }


def _index_recs(doc_id: str, doc: Document) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """T106 index entries of the document's project rows, and its distinct skeletons with their
    LSH band keys (computed here, in the worker)."""
    links: list[dict[str, Any]] = []
    skels: dict[str, int] = {}
    min_len = CrossUnitCopy.min_len
    for t in doc.tables:
        if t.kind != "project":
            continue
        for r in t.rows:
            text = row_text(r.level3, r.description)
            sk = skeleton(text)
            if len(sk.replace("#", "")) < min_len:
                continue
            sid = skels.setdefault(sk, skeleton_id(sk))
            links.append(
                {
                    "doc_id": doc_id,
                    "table_index": t.index,
                    "row_index": r.index,
                    "link_no": len(links) + 1,
                    "skel_id": sid,
                    "text": squeeze(text),
                }
            )
    names = list(skels)
    skel_recs = [
        {"skel_id": skels[s], "skeleton": s, "len": len(s), "bands": k}
        for s, k in zip(names, memo_band_keys(names))
    ]
    return links, skel_recs


# skeleton -> its LSH band keys: templates repeat across the documents a worker sees
_BANDS_MEMO: dict[str, list[int]] = {}
_BANDS_MEMO_SIZE = 20_000


def memo_band_keys(skeletons: list[str]) -> list[list[int]]:
    """`band_keys` of each skeleton, computed once per distinct skeleton in this process."""
    new = [s for s in dict.fromkeys(skeletons) if s not in _BANDS_MEMO]
    if len(_BANDS_MEMO) + len(new) > _BANDS_MEMO_SIZE:
        _BANDS_MEMO.clear()
        new = list(dict.fromkeys(skeletons))
    if new:
        _BANDS_MEMO.update(zip(new, band_keys(new).tolist()))
    return [_BANDS_MEMO[s] for s in skeletons]


def build_payload(doc: Document, place: Placement) -> Payload:
    """The document's records for the store (its corpus-scope findings are left to the store's
    corpus pass). Raises StorageError for a value the store cannot hold."""
    doc_id = place.doc_id
    doc.sha256 = place.sha256
    doc.findings = [f for f in (doc.findings or []) if f.scope != "corpus"]
    sc = score_document(doc)
    findings = doc.findings
    n_rows = sum(len(t.rows) for t in doc.tables)
    document = {
        "doc_id": doc_id,
        "path": place.path,
        "county": place.county,
        "province": place.province,
        "sha256": place.sha256,
        "unit": doc.unit or Path(place.path).stem,
        "year": doc.year,
        "layout": doc.layout,
        "score": sc.score,
        "n_tables": len(doc.tables),
        "n_rows": n_rows,
        "n_findings": len(findings),
        "n_doc_findings": len(findings),
        "n_corpus": 0,
        "own_score": sc.score,
        "table_score": sc.base,
        "doc_penalty": sc.raw_penalty,
    }
    rows = [_row_rec(doc_id, t, r) for t, r in doc.rows()]
    grades = [g for t, r in doc.rows() if (g := _grade_rec(doc_id, t, r)) is not None]
    links, skels = _index_recs(doc_id, doc)
    lines = {
        "documents": _ndjson([document]),
        "tables": _ndjson(_table_recs(doc_id, doc, sc)),
        "rows": _ndjson(rows),
        "doc_findings": _ndjson(finding_rec(doc_id, i, f) for i, f in enumerate(findings, 1)),
        "grades": _ndjson(grades),
        "t106_links": _ndjson(links),
        "skeletons": _ndjson(skels),
    }
    return Payload(doc_id, {k: v for k, v in lines.items() if v}, n_rows)
