"""Extraction on labelled documents printed as text PDFs: ruled, and without rulings.

Each item of a labelled dataset (its gold extraction) is printed as a text PDF the way
auditor/synth prints it — an item tagged with a renderer layout in that layout
(auditor.synth.pdf), any other in the common county layout (auditor.synth.table_pdf: metadata
rows, merged 一级/二级, tables across pages) — once with cell rulings and once without, then
read by the normal pipeline and scored against the gold (auditor.evaluation: rows found, exact).
The renderings are made in a temporary folder; nothing is written to the repository.

    nice -n 10 python benchmarks/bench_pdf_layouts.py eval/datasets/layouts.jsonl
    nice -n 10 python benchmarks/bench_pdf_layouts.py eval/heldout/layouts-b.jsonl --only unruled

Development data only: the rules set and the held-out layout sets are not for this script.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from auditor.evaluation.convert import item_to_document
from auditor.evaluation.dataset import Dataset, DatasetItem, load_dataset
from auditor.evaluation.run import run_eval
from auditor.models import Document
from auditor.pipeline import extract_document
from auditor.synth.build import build_page
from auditor.synth.layouts import BY_NAME
from auditor.synth.pdf import write_pdf

# the scanned slices' printer fills a layout's extra columns (权重, 方向 …) from each row's value;
# the same filling here, so the text PDFs print what the scans print
from auditor.synth.scan_layouts import _extras as extras_for
from auditor.synth.table_pdf import write_tables_pdf

METRICS = (
    "extraction.row_reading.found",
    "extraction.row_reading.exact",
    "extraction.tables.f1",
    "extraction.table_fields.project",
    "extraction.table_fields.budget_wan",
)


def print_item(item: DatasetItem, path: Path, ruled: bool) -> None:
    doc = item_to_document(item)
    lay = BY_NAME.get(item.tags.get("layout") or "")
    if lay is None or lay.text_only:
        write_tables_pdf(doc, path, ruled=ruled)
    else:
        page, _expected = build_page(extras_for(doc), lay)
        write_pdf(page, path, ruled=ruled)


class PrintedExtractor:
    """An eval extractor that reads the item's printed PDF instead of its source file."""

    def __init__(self, dataset: Dataset, folder: Path, ruled: bool) -> None:
        self.items = {item.source.name: item for item in dataset.items}
        self.folder = folder
        self.ruled = ruled
        self.seconds = 0.0

    def __call__(self, src: Path) -> Document:
        item = self.items[Path(src).name]
        path = self.folder / f"{item.id}-{'ruled' if self.ruled else 'unruled'}.pdf"
        if not path.exists():
            print_item(item, path, self.ruled)
        start = time.perf_counter()
        doc = extract_document(path)
        self.seconds += time.perf_counter() - start
        doc.source = str(src)
        return doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--only", choices=("ruled", "unruled"))
    args = ap.parse_args()
    ds = load_dataset(args.dataset)
    variants = [args.only == "ruled"] if args.only else [True, False]
    with tempfile.TemporaryDirectory() as tmp:
        for ruled in variants:
            extractor = PrintedExtractor(ds, Path(tmp), ruled)
            res = run_eval(ds, [], Path(tmp) / f"run-{ruled}", bootstrap=0, extractor=extractor)
            flat = res.metrics["flat"]
            figures = "  ".join(
                f"{m.split('.', 1)[1]}={flat.get(m, float('nan')):.3f}" for m in METRICS
            )
            name = "ruled" if ruled else "unruled"
            print(f"{args.dataset} {name:8s} {figures}  read {extractor.seconds:.1f} s")


if __name__ == "__main__":
    main()
