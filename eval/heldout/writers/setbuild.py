"""Build one layout held-out set (layouts-c onward): render every document of its content
modules into ../layouts-X/ and write ../layouts-X.jsonl (deterministic: same scripts, same
bytes). Each set's own build.py names the set (`HeldSet`) and calls `main`; its folder comes
first on sys.path, so a writer module kept in the set's folder replaces the shared one here.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import sys
from dataclasses import dataclass
from pathlib import Path

from spec import Doc, check_doc, item_json

from auditor.evaluation.dataset import DatasetItem, make_header, write_dataset

WRITERS = Path(__file__).resolve().parent


@dataclass(frozen=True)
class HeldSet:
    """One set: its generator folder, the letter of its content modules and its ordinal."""

    here: Path
    letter: str  # layouts-<letter>, content modules h<letter>NN_*.py
    ordinal: str  # "sixth" in the dataset header's description
    version: str = "1.0"

    @property
    def name(self) -> str:
        return f"layouts-{self.letter}"

    @property
    def out_dir(self) -> Path:
        return self.here.parent / self.name

    @property
    def dataset(self) -> Path:
        return self.here.parent / f"{self.name}.jsonl"

    def load_docs(self) -> list[Doc]:
        modules = sorted(p.stem for p in self.here.glob(f"h{self.letter}[0-9][0-9]_*.py"))
        return [importlib.import_module(name).DOC for name in modules]


def build(held: HeldSet, write: bool = True) -> list[DatasetItem]:
    items = []
    problems: list[str] = []
    held.out_dir.mkdir(exist_ok=True)
    for doc in held.load_docs():
        problems += check_doc(doc)
        assert doc.render is not None, doc.id
        data = doc.render(doc)  # also fills in source_line for text documents
        if write:
            (held.out_dir / doc.file).write_bytes(data)
        sha = hashlib.sha256(data).hexdigest()
        items.append(DatasetItem.model_validate(item_json(doc, sha)))
    if problems:
        sys.exit("content problems:\n" + "\n".join(problems))
    if write:
        header = make_header(
            items,
            held.version,
            dataset=held.name,
            description=f"{held.ordinal} layout held-out set: invented county disclosures in the layouts "
            "of docs/layouts.md §1-§4, gold extraction and defect labels (eval/heldout/README.md)",
            source=f"eval/heldout/generate_{held.letter} (hand-written content, rendered by script)",
        )
        write_dataset(held.dataset, header, items)
    return items


def main(held: HeldSet) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-only", action="store_true", help="render in memory, write nothing")
    args = ap.parse_args()
    items = build(held, write=not args.check_only)
    n_t = sum(len(it.tables) for it in items)
    n_r = sum(it.n_rows() for it in items)
    print(f"{len(items)} documents, {n_t} tables, {n_r} rows")
