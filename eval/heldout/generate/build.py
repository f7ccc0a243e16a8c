"""Render every held-out document into eval/heldout/layouts/ and write eval/heldout/layouts.jsonl.

    cd eval/heldout/generate && python build.py

Deterministic: the same scripts give the same bytes (fixed zip times, reportlab invariant mode).
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import defaultdict
from typing import get_args

from spec import HERE, SOURCES, Doc, to_item

REPO = HERE.parent.parent.parent
sys.path.insert(0, str(REPO))

from auditor.evaluation.dataset import (  # noqa: E402  (the repo root is put on the path above)
    DatasetItem,
    GoldTable,
    make_header,
    write_dataset,
)

# The table kinds the dataset schema accepts. Intended kinds it does not know yet
# (self_evaluation, transfer, evaluation_system) fall back to project/overall; the intended kind
# is always in labels.extra.table_kind. When the schema learns them, rebuilding changes the
# labels: bump VERSION then.
SCHEMA_KINDS: tuple[str, ...] = get_args(GoldTable.model_fields["kind"].annotation)

DATASET = HERE.parent / "layouts.jsonl"
MODULES = sorted(p.stem for p in HERE.glob("d[0-9][0-9]_*.py"))
VERSION = "1.1"


def pattern_coverage(docs: list[Doc]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for p in d.patterns:
            base = p.split(":")[0]
            if d.id not in seen[base]:
                seen[base].append(d.id)
    return dict(sorted(seen.items()))


def main() -> None:
    SOURCES.mkdir(parents=True, exist_ok=True)
    docs = [importlib.import_module(m).build() for m in MODULES]
    items = [DatasetItem.model_validate(to_item(d, SCHEMA_KINDS)) for d in docs]
    mapped = sum(1 for d in docs for t in d.tables if t.table_kind not in SCHEMA_KINDS)
    if mapped:
        print(
            f"note: {mapped} tables labelled with a schema kind (project/overall); intended kind in extra"
        )
    header = make_header(
        items,
        VERSION,
        dataset="heldout-layouts",
        description=(
            "Held-out set: invented county disclosures in the layouts of shared/layouts.md "
            "(text, HTML, DOCX, XLSX, PDF), with gold extraction and defect labels"
        ),
        source="eval/heldout/generate (sources in eval/heldout/layouts/)",
    )
    write_dataset(DATASET, header, items)
    cov = pattern_coverage(docs)
    for pattern, ids in cov.items():
        flag = "" if len(ids) >= 2 else "   <-- fewer than two documents"
        print(f"{pattern:40s} {len(ids):2d} {flag}")
    print(
        json.dumps(
            {"items": header.n_items, "tables": header.n_tables, "rows": header.n_rows},
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
