"""Render every document of the second layout held-out set into ../layouts-b/ and write
../layouts-b.jsonl (deterministic: same scripts, same bytes).

    cd eval/heldout/generate_b && python build.py [--check-only]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# grid.py and pdfout.py come from the shared writers (this folder's own modules come first)
sys.path.append(str(HERE.parent / "writers"))

from spec import Doc, check_doc, item_json  # noqa: E402

from auditor.evaluation.dataset import DatasetItem, make_header, write_dataset  # noqa: E402

VERSION = "1.0"
OUT_DIR = HERE.parent / "layouts-b"
DATASET = HERE.parent / "layouts-b.jsonl"
MODULES = sorted(p.stem for p in HERE.glob("hb[0-9][0-9]_*.py"))


def load_docs() -> list[Doc]:
    docs = []
    for name in MODULES:
        mod = importlib.import_module(name)
        docs.append(mod.DOC)
    return docs


def build(write: bool = True) -> list[DatasetItem]:
    items = []
    problems: list[str] = []
    OUT_DIR.mkdir(exist_ok=True)
    for doc in load_docs():
        problems += check_doc(doc)
        assert doc.render is not None, doc.id
        data = doc.render(doc)  # also fills in source_line for text documents
        if write:
            (OUT_DIR / doc.file).write_bytes(data)
        sha = hashlib.sha256(data).hexdigest()
        items.append(DatasetItem.model_validate(item_json(doc, sha)))
    if problems:
        sys.exit("content problems:\n" + "\n".join(problems))
    if write:
        header = make_header(
            items,
            VERSION,
            dataset="layouts-b",
            description="second layout held-out set: invented county disclosures in the layouts "
            "of docs/layouts.md §1-§4, gold extraction and defect labels (eval/heldout/README.md)",
            source="eval/heldout/generate_b (hand-written content, rendered by script)",
        )
        write_dataset(DATASET, header, items)
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-only", action="store_true", help="render in memory, write nothing")
    args = ap.parse_args()
    items = build(write=not args.check_only)
    n_t = sum(len(it.tables) for it in items)
    n_r = sum(it.n_rows() for it in items)
    print(f"{len(items)} documents, {n_t} tables, {n_r} rows")


if __name__ == "__main__":
    main()
