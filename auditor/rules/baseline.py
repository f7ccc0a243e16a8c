"""Baseline (waiver) files: accept today's findings, see only new ones (ruff `--add-noqa` analogue).

File format (JSON, UTF-8, stable key order so it diffs well in version control):

    {"version": 1, "tool": "indicator-auditor",
     "entries": [{"fingerprint": "…", "code": "V401", "unit": "…", "project": "…",
                  "level3": "…", "value": "…", "count": 1, "message": "…"}, …]}

A fingerprint does not use table or row numbers, so it survives re-extraction, re-ordered
projects and inserted rows. It is a hash of
  row findings       code + unit + project + normalised 三级 + normalised 指标值
  project findings   code + unit + project
  document/corpus    code + unit + message skeleton (digits masked, so "34个项目" -> "#个项目")
where "normalised" = NFKC, no whitespace or punctuation. `count` makes it a multiset: if the
baseline accepted one "满意度 ≥80%" U305 row in a project and a second identical row appears,
the second one is new.

Contract for rule authors: a document-scope message must not depend on table order (name a
canonical variant, not the first one met), or its fingerprint changes when projects move.

`apply_baseline` drops waived findings and reports unused entries (the finding is gone: fixed,
or the text changed) -- like ruff's RUF100 -- as a warning on `doc.warnings`; the
`BaselineResult` from `filter_baseline` gives them as data. Internal errors (E900) are never
written to, nor waived by, a baseline.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.config import INTERNAL_ERROR_CODE
from auditor.extract.normalize import letters, skeleton
from auditor.models import Document, Finding

VERSION = 1


def _unit(doc: Document) -> str:
    return letters(doc.unit) if doc.unit else letters(Path(doc.source).name)


def describe(doc: Document, f: Finding) -> dict[str, Any]:
    """The fingerprint parts of one finding (human-readable, stored in the file)."""
    table = (
        next((t for t in doc.tables if t.index == f.table_index), None)
        if f.table_index is not None
        else None
    )
    row = None
    if table is not None and f.row_index is not None:
        row = next((r for r in table.rows if r.index == f.row_index), None)
    project = table.project if table is not None else ""
    level3 = row.level3 if row is not None else ""
    value = row.value if row is not None else ""
    if row is not None:
        kind = "row"
        parts = [f.code, _unit(doc), letters(project), letters(level3), letters(value)]
    elif table is not None:
        kind = "project"
        parts = [f.code, _unit(doc), letters(project)]
    else:
        kind = "document"
        parts = [f.code, _unit(doc), skeleton(f.message)]
    fp = hashlib.sha1("\x1f".join([kind, *parts]).encode("utf-8")).hexdigest()[:20]
    return {
        "fingerprint": fp,
        "code": f.code,
        "unit": doc.unit or Path(doc.source).name,
        "project": project,
        "level3": level3,
        "value": value,
        "message": f.message,
        "source": Path(doc.source).name,  # informational; not part of the fingerprint
    }


def fingerprint(doc: Document, f: Finding) -> str:
    return str(describe(doc, f)["fingerprint"])


def write_baseline(docs: Iterable[Document], path: str | Path) -> Path:
    """Record every current finding of `docs` (d.findings) as accepted."""
    entries: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for f in doc.findings or []:
            if f.code == INTERNAL_ERROR_CODE:
                continue
            d = describe(doc, f)
            e = entries.get(d["fingerprint"])
            if e is None:
                entries[d["fingerprint"]] = {**d, "count": 1}
            else:
                e["count"] += 1
    data = {
        "version": VERSION,
        "tool": "indicator-auditor",
        "entries": sorted(
            entries.values(), key=lambda e: (e["unit"], e["project"], e["code"], e["fingerprint"])
        ),
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


_CACHE: dict[str, tuple[float, int, dict[str, Any]]] = {}


def load_baseline(path: str | Path) -> dict[str, dict[str, Any]]:
    """Entries by fingerprint. ValueError for a file that is not a baseline."""
    p = Path(path)
    st = p.stat()  # FileNotFoundError (an OSError) when missing
    key = str(p.resolve())
    hit = _CACHE.get(key)
    if hit and hit[0] == st.st_mtime and hit[1] == st.st_size:
        return hit[2]
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"基线文件无法读取 (baseline is not valid JSON): {p}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ValueError(f"不是基线文件 (not a baseline file, no 'entries' list): {p}")
    if data.get("version", VERSION) > VERSION:
        raise ValueError(
            f"基线文件版本 {data.get('version')} 过新 (baseline version newer than this tool): {p}"
        )
    entries = {
        e["fingerprint"]: e for e in data["entries"] if isinstance(e, dict) and "fingerprint" in e
    }
    _CACHE[key] = (st.st_mtime, st.st_size, entries)
    return entries


@dataclass
class BaselineResult:
    kept: list[Finding] = field(default_factory=list)  # new findings
    waived: list[Finding] = field(default_factory=list)
    unused: list[dict[str, Any]] = field(
        default_factory=list
    )  # entries recorded for this file that matched nothing


def filter_baseline(doc: Document, findings: list[Finding], path: str | Path) -> BaselineResult:
    """Split `findings` into new and waived; list this unit's baseline entries left unused."""
    entries = load_baseline(path)
    remaining = Counter({fp: int(e.get("count", 1)) for fp, e in entries.items()})
    res = BaselineResult()
    for f in findings:
        if f.code == INTERNAL_ERROR_CODE:
            res.kept.append(f)
            continue
        fp = fingerprint(doc, f)
        if remaining.get(fp, 0) > 0:
            remaining[fp] -= 1
            res.waived.append(f)
        else:
            res.kept.append(f)
    unit = letters(doc.unit or Path(doc.source).name)
    name = Path(doc.source).name
    for fp, left in remaining.items():
        e = entries[fp]
        mine = e["source"] == name if e.get("source") else letters(e.get("unit")) == unit
        if left > 0 and mine:
            res.unused.append({**e, "unused": left})
    return res


def apply_baseline(doc: Document, findings: list[Finding], path: str | Path) -> list[Finding]:
    """Drop the findings waived by the baseline; note unused entries on doc.warnings."""
    res = filter_baseline(doc, findings, path)
    if res.waived:
        doc.warnings.append(
            f"已按基线文件 {Path(path).name} 豁免 {len(res.waived)} 条已接受的问题；报告和得分只计其余问题 "
            f"(baseline applied: {len(res.waived)} accepted findings hidden)"
        )
    for e in res.unused:
        where = " / ".join(x for x in (e.get("project"), e.get("level3"), e.get("value")) if x)
        msg = (
            f"基线条目未使用 (unused baseline entry): {e['code']} {where or e.get('message', '')}"
            f" — 问题已不存在（已修正或文本已改动），可从基线文件中删除"
        )
        if msg not in doc.warnings:
            doc.warnings.append(msg)
    return res.kept
