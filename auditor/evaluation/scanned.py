"""The "scanned" slices: each labelled document printed, scanned and read back by OCR.

A gate with `scan = true` (eval/gates.toml) measures extraction on scanned renderings of its
dataset instead of the source files: every item's gold tables are printed (in the item's layout
when it is one of the renderer's, else the common county layout), rasterised at 150-300 dpi with
a red stamp, rotation, blur and noise (auditor.synth.scan), wrapped into an image-only PDF and
read by the normal pipeline (the PDF reader sends the pages to OCR). The scans are made on first
use and kept in eval/runs/scanned/ under a key of the item's content, the seed and the renderer's
code, so a second run reads them (and the OCR page cache) instead of making them again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import auditor.synth.scan as scan_module
import auditor.synth.scan_layouts as scan_layouts_module
import auditor.synth.table_pdf as table_pdf_module
from auditor.evaluation.convert import item_to_document
from auditor.evaluation.dataset import REPO_ROOT, Dataset, DatasetItem
from auditor.models import Document
from auditor.pipeline import extract_document
from auditor.synth.scan_layouts import scan_labelled

SCANS_DIR = REPO_ROOT / "eval" / "runs" / "scanned"


def _renderer_version() -> str:
    h = hashlib.sha256()
    for module in (scan_module, table_pdf_module, scan_layouts_module):
        h.update(Path(str(module.__file__)).read_bytes())
    return h.hexdigest()[:12]


def _seed(item: DatasetItem) -> int:
    return int(hashlib.sha256(item.id.encode()).hexdigest()[:8], 16)


def scanned_path(item: DatasetItem, folder: Path = SCANS_DIR) -> Path:
    """The scanned rendering of one item (made now if it is not there yet)."""
    content = json.dumps(item.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    key = hashlib.sha256((content + _renderer_version()).encode()).hexdigest()[:16]
    path = folder / f"{item.id}-{key}.pdf"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.pdf")
        scan_labelled(item_to_document(item), item.tags.get("layout"), tmp, _seed(item))
        tmp.replace(path)
    return path


class ScannedExtractor:
    """An eval extractor (source path -> Document) that reads the item's scan instead."""

    def __init__(self, dataset: Dataset, folder: Path = SCANS_DIR) -> None:
        self.items = {item.source.name: item for item in dataset.items}
        self.folder = folder

    def __call__(self, src: Path) -> Document:
        doc = extract_document(scanned_path(self.items[Path(src).name], self.folder))
        doc.source = str(src)
        return doc
