"""Generate the held-out rules set from the hand-written specs.

    python eval/heldout/gen_rules.py            # check labels, render, write the datasets
    python eval/heldout/gen_rules.py --check    # only check the specs and print the counts

Input: eval/heldout/rules_spec/*.spec (invented county documents with the labels next to the
rows, grammar in rules_spec.py). Output:

    eval/heldout/rules/<id>.docx      one Word table per performance table
    eval/heldout/rules/<id>.txt       the same document as tab-separated text
    eval/heldout/rules.jsonl          the labelled dataset, sources = the .docx files
    eval/heldout/rules-tsv.jsonl      the same labels, sources = the .txt files

Before writing anything the labels are checked for consistency with the labelling guide in
eval/heldout/README.md (mechanical codes applied uniformly, specificity caps, codes at scopes
the taxonomy allows); any problem stops the run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(REPO))

from rules_checks import check_doc, summary  # noqa: E402
from rules_render import render_docx, render_text, titled_tables  # noqa: E402
from rules_spec import Doc, Table, parse_spec  # noqa: E402

from auditor.evaluation.dataset import (  # noqa: E402
    DatasetItem,
    make_header,
    write_dataset,
)
from auditor.ingest import sha256_file  # noqa: E402

SPEC_DIR = HERE / "rules_spec"
OUT_DIR = HERE / "rules"
VERSION = "1.0"


def _labels(labels, extra: dict | None = None) -> dict:
    out = {"codes": list(labels.codes), "why": dict(labels.why)}
    if extra is not None:
        out["extra"] = extra
    return out


def _table_item(ti: int, title: str, t: Table, lines: dict | None) -> dict:
    return {
        "table_index": ti,
        "kind": t.kind,
        "project": t.project,
        "budget_wan": t.budget,
        "goal": t.goal or None,
        "title": title,
        "unit_line": None,
        "labels": _labels(t.labels, t.extra),
        "rows": [
            {
                "row_index": ri,
                "level1": r.level1,
                "level2": r.level2,
                "level3": r.level3,
                "description": r.description,
                "value": r.value,
                "basis": r.basis,
                "scoring_standard": None,
                "source_line": lines[(ti, ri)] if lines else None,
                "note": None,
                "labels": {**_labels(r.labels), "specificity": r.specificity},
            }
            for ri, r in enumerate(t.rows, start=1)
        ],
    }


def build_item(doc: Doc, source: Path, item_id: str, lines: dict | None) -> DatasetItem:
    tags = {k: doc.fields[k] for k in ("province", "county", "sector", "framework")}
    tags["columns"] = "+".join(doc.columns) or "none"
    tags["rendering"] = source.suffix.lstrip(".")
    return DatasetItem.model_validate(
        {
            "id": item_id,
            "source": {"name": source.name, "sha256": sha256_file(source)},
            "unit": doc.fields["unit"],
            "year": int(doc.fields["year"]),
            "tags": tags,
            "tables": [
                _table_item(ti, title, t, lines)
                for ti, (title, t) in enumerate(titled_tables(doc), start=1)
            ],
            "document_labels": _labels(doc.labels, doc.extra),
        }
    )


def load_docs() -> list[Doc]:
    docs: list[Doc] = []
    for path in sorted(SPEC_DIR.glob("*.spec")):
        docs += parse_spec(path)
    ids = [d.id for d in docs]
    if len(ids) != len(set(ids)):
        raise SystemExit(f"duplicate document ids: {ids}")
    return docs


def write_all(docs: list[Doc]) -> None:
    OUT_DIR.mkdir(exist_ok=True)
    docx_items, text_items = [], []
    for doc in docs:
        docx_path = OUT_DIR / f"{doc.id}.docx"
        render_docx(doc, docx_path)
        text, lines = render_text(doc)
        text_path = OUT_DIR / f"{doc.id}.txt"
        text_path.write_text(text, encoding="utf-8")
        docx_items.append(build_item(doc, docx_path, doc.id, None))
        text_items.append(build_item(doc, text_path, f"{doc.id}-tsv", lines))
    common = "invented county disclosures, labelled before any tuning (eval/heldout/README.md)"
    for name, items, kind in (
        ("rules.jsonl", docx_items, "DOCX"),
        ("rules-tsv.jsonl", text_items, "tab-separated text"),
    ):
        header = make_header(
            items,
            version=VERSION,
            dataset="heldout-" + name.removesuffix(".jsonl"),
            description=f"Held-out rules set ({kind} sources): {common}",
            source="eval/heldout/rules_spec/*.spec via eval/heldout/gen_rules.py",
        )
        write_dataset(HERE / name, header, items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check and print the counts")
    parser.add_argument("--quiet", action="store_true", help="do not print the counts")
    args = parser.parse_args()
    docs = load_docs()
    problems = [p for doc in docs for p in check_doc(doc)]
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); nothing written")
        return 1
    if not args.quiet:
        print(summary(docs))
    if not args.check:
        write_all(docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
