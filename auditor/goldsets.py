"""Access to the human-labelled gold data in ../shared/gold (development set).

`gold_documents()` rebuilds Document models from seed_rows.jsonl so that rules, graders and
reports can be developed and measured on exactly the gold extraction, independently of the
extractor. The eval harness (eval/) converts the same files into its own dataset format.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from auditor.extract.values import confirm_doubled_digits, parse_value
from auditor.models import Document, IndicatorRow, Location, Table

REPO_ROOT = Path(__file__).resolve().parent.parent


def gold_dir() -> Path:
    """Gold folder: $AUDITOR_GOLD_DIR, else ../shared/gold next to the repo."""
    env = os.environ.get("AUDITOR_GOLD_DIR")
    if env:
        return Path(env)
    for cand in (REPO_ROOT.parent / "shared" / "gold", REPO_ROOT / "eval" / "gold"):
        if cand.exists():
            return cand
    return REPO_ROOT.parent / "shared" / "gold"


def corpus_dir() -> Path:
    return REPO_ROOT / "samples" / "corpus"


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@lru_cache(maxsize=1)
def gold_rows() -> tuple[dict, ...]:
    return tuple(_jsonl(gold_dir() / "seed_rows.jsonl"))


@lru_cache(maxsize=1)
def gold_tables() -> dict:
    with open(gold_dir() / "seed_tables.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def gold_row_labels() -> tuple[dict, ...]:
    return tuple(_jsonl(gold_dir() / "seed_labels.jsonl"))


@lru_cache(maxsize=1)
def gold_project_labels() -> tuple[dict, ...]:
    return tuple(_jsonl(gold_dir() / "seed_project_labels.jsonl"))


def gold_documents() -> list[Document]:
    """Documents built from the gold extraction (fresh objects on every call)."""
    docs: dict[str, Document] = {}
    tables: dict[tuple[str, int], Table] = {}
    meta = gold_tables()
    for r in gold_rows():
        doc = docs.get(r["doc"])
        if doc is None:
            doc = docs[r["doc"]] = Document(source=r["doc"], unit=r["unit"], layout="gold")
        key = (r["doc"], r["table_index"])
        table = tables.get(key)
        if table is None:
            tmeta = meta[r["doc"]]["tables"][r["table_index"] - 1]
            table = tables[key] = Table(
                index=r["table_index"],
                kind=r["table_kind"],
                project=r["project"],
                budget_wan=r["budget_wan"],
                goal=r["goal"],
                title=tmeta.get("title") or r.get("table_title") or "",
                unit_line=r.get("table_unit"),
            )
            doc.tables.append(table)
        table.rows.append(
            IndicatorRow(
                index=r["row_index"],
                level1=r["level1"] or "",
                level2=r["level2"] or "",
                level3=r["level3"] or "",
                description=r["description"],
                value=r["value"] or "",
                basis=r["basis"],
                parsed=parse_value(r["value"]),
                location=Location(line=r.get("source_line")),
                scoring_standard=r.get("scoring_standard"),
            )
        )
    for doc in docs.values():
        confirm_doubled_digits([row.parsed for _, row in doc.rows()])
    return list(docs.values())
