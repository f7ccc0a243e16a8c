"""Conversions into and out of the dataset format: gold seed files -> items (`import-gold`),
an item -> a pipeline Document (rules and graders on the human extraction), a newly collected
disclosure -> a draft item for a reviewer (`auditor eval draft`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from auditor.evaluation.dataset import (
    DatasetHeader,
    DatasetItem,
    GoldRow,
    GoldTable,
    SourceRef,
    make_header,
)
from auditor.extract.values import confirm_doubled_digits, parse_value
from auditor.ingest import sha256_file
from auditor.models import Document, IndicatorRow, Location, Table
from auditor.pipeline import extract_document

JSON = dict[str, Any]

# --- conversion from gold seed files (an import source; nothing reads them at test time) ---

_PROJECT_EXTRA_SKIP = {"doc", "table_index", "codes", "why"}


def _jsonl(path: Path) -> list[JSON]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _skeletons(tables_meta: JSON, corpus: Path) -> dict[str, JSON]:
    """One item per document of seed_tables.json, without tables yet."""
    items: dict[str, JSON] = {}
    for doc, meta in tables_meta.items():
        path = corpus / doc
        if not path.exists():
            raise FileNotFoundError(f"{doc}: source file not found in {corpus}")
        items[doc] = {
            "id": Path(doc).stem,
            "source": {"name": doc, "sha256": sha256_file(path)},
            "unit": meta.get("unit"),
            "tables": {},
            "document_labels": {"codes": [], "why": {}, "extra": {}},
        }
    return items


def _table_of(item: JSON, r: JSON, tables_meta: JSON) -> JSON:
    """The item's table of seed row `r`, created on its first row."""
    t: JSON | None = item["tables"].get(r["table_index"])
    if t is None:
        tmeta = tables_meta[r["doc"]]["tables"][r["table_index"] - 1]
        t = item["tables"][r["table_index"]] = {
            "table_index": r["table_index"],
            "kind": r["table_kind"],
            "project": r["project"],
            "budget_wan": r["budget_wan"],
            "goal": r["goal"],
            "title": tmeta.get("title") or r.get("table_title") or "",
            "unit_line": r.get("table_unit"),
            "labels": {"codes": [], "why": {}, "extra": {}},
            "rows": [],
        }
    return t


def _row(r: JSON, lab: JSON) -> JSON:
    return {
        "row_index": r["row_index"],
        "level1": r["level1"] or "",
        "level2": r["level2"] or "",
        "level3": r["level3"] or "",
        "description": r["description"],
        "value": r["value"] or "",
        "basis": r["basis"],
        "scoring_standard": r.get("scoring_standard"),
        "source_line": r.get("source_line"),
        "note": r.get("note"),
        "labels": {
            "codes": lab["codes"],
            "why": lab.get("why") or {},
            "specificity": lab.get("specificity"),
        },
    }


def _add_group_labels(items: dict[str, JSON], plabels: list[JSON]) -> None:
    for p in plabels:
        it = items[p["doc"]]
        entry = {
            "codes": p["codes"],
            "why": p.get("why") or {},
            "extra": {k: v for k, v in p.items() if k not in _PROJECT_EXTRA_SKIP},
        }
        if p["table_index"] is None:
            it["document_labels"] = entry
        else:
            it["tables"][p["table_index"]]["labels"] = entry


def import_gold(
    gold: Path, corpus: Path, version: str = "1.0"
) -> tuple[DatasetHeader, list[DatasetItem]]:
    """Convert seed_rows/seed_tables/seed_labels/seed_project_labels into dataset items."""
    labels = {
        (r["doc"], r["table_index"], r["row_index"]): r for r in _jsonl(gold / "seed_labels.jsonl")
    }
    with open(gold / "seed_tables.json", encoding="utf-8") as fh:
        tables_meta: JSON = json.load(fh)
    items = _skeletons(tables_meta, corpus)
    for r in _jsonl(gold / "seed_rows.jsonl"):
        lab = labels.get((r["doc"], r["table_index"], r["row_index"]))
        if lab is None:
            raise ValueError(
                f"{r['doc']} t{r['table_index']} r{r['row_index']}: no label in seed_labels.jsonl"
            )
        _table_of(items[r["doc"]], r, tables_meta)["rows"].append(_row(r, lab))
    _add_group_labels(items, _jsonl(gold / "seed_project_labels.jsonl"))
    out: list[DatasetItem] = []
    for doc in sorted(items):
        it = items[doc]
        it["tables"] = [it["tables"][k] for k in sorted(it["tables"])]
        for t in it["tables"]:
            t["rows"].sort(key=lambda row: row["row_index"])
        out.append(DatasetItem.model_validate(it))
    header = make_header(
        out,
        version=version,
        dataset="gold",
        description="Human gold for the five sample disclosures (extraction, row labels, project/document labels)",
        source="shared/gold: seed_rows.jsonl, seed_tables.json, seed_labels.jsonl, seed_project_labels.jsonl",
    )
    return header, out


# --- dataset item <-> pipeline Document ---------------------------------------------------------


def item_to_document(item: DatasetItem) -> Document:
    """The gold extraction of an item as a pipeline Document (to run rules/graders on gold input)."""
    doc = Document(
        source=item.source.name,
        unit=item.unit,
        year=item.year,
        layout="gold",
        sha256=item.source.sha256,
    )
    for t in item.tables:
        table = Table(
            index=t.table_index,
            kind=t.kind,
            project=t.project,
            budget_wan=t.budget_wan,
            goal=t.goal,
            title=t.title,
            unit_line=t.unit_line,
            # a table the labeller recorded as cut off (end of an excerpt) is what the
            # extractor marks `truncated`: the same fact about the source, not a label
            truncated=bool(t.labels.extra.get("cut_off")),
        )
        for r in t.rows:
            table.rows.append(
                IndicatorRow(
                    index=r.row_index,
                    level1=r.level1,
                    level2=r.level2,
                    level3=r.level3,
                    description=r.description,
                    value=r.value,
                    basis=r.basis,
                    parsed=parse_value(r.value),
                    location=Location(line=r.source_line),
                    scoring_standard=r.scoring_standard,
                )
            )
        doc.tables.append(table)
    confirm_doubled_digits([row.parsed for _, row in doc.rows()])
    return doc


def draft_item(path: str | Path, item_id: str | None = None) -> DatasetItem:
    """A new item pre-filled from the extractor, with empty labels for a reviewer to fill in."""
    path = Path(path)
    doc = extract_document(path)
    tables = []
    for t in doc.tables:
        tables.append(
            GoldTable(
                table_index=t.index,
                kind=t.kind,
                project=t.project,
                budget_wan=t.budget_wan,
                goal=t.goal,
                title=t.title,
                unit_line=t.unit_line,
                rows=[
                    GoldRow(
                        row_index=r.index,
                        level1=r.level1,
                        level2=r.level2,
                        level3=r.level3,
                        description=r.description,
                        value=r.value,
                        basis=r.basis,
                        scoring_standard=r.scoring_standard,
                        source_line=r.location.line,
                    )
                    for r in t.rows
                ],
            )
        )
    return DatasetItem(
        id=item_id or path.stem,
        source=SourceRef(name=path.name, sha256=sha256_file(path)),
        unit=doc.unit,
        year=doc.year,
        tables=tables,
    )
