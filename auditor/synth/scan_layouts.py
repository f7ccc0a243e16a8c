"""Scanned renderings of labelled documents: which printed form each document gets.

A document labelled in one of the renderer's layouts (a dataset item tagged with a layout name
of auditor.synth.layouts) is printed in that layout (auditor.synth.pdf); any other document in
the common county layout (auditor.synth.table_pdf). Both are then scanned (auditor.synth.scan).
"""

from __future__ import annotations

from pathlib import Path

from auditor.models import Document
from auditor.synth.build import build_page
from auditor.synth.generate import SynthDocument
from auditor.synth.layouts import BY_NAME
from auditor.synth.pdf import write_pdf
from auditor.synth.scan import scan_document, scan_pdf


def _extras(doc: Document) -> SynthDocument:
    """The extra columns a layout may print, made up plainly from each row's own value."""
    sd = SynthDocument(doc=doc)
    for table in doc.tables:
        n = max(1, len(table.rows))
        for i, row in enumerate(table.rows):
            weight = str(90 // n + (1 if i < 90 % n else 0))
            sd.extras[(table.index, row.index)] = {
                "nature": "定量" if any(ch.isdigit() for ch in row.value) else "定性",
                "weight": weight,
                "direction": "反向" if row.value.startswith("≤") else "正向",
                "remark": "",
                "actual": row.value.lstrip("≥≤="),
                "score_max": weight,
                "score": weight,
                "deviation": "无",
            }
    return sd


def scan_labelled(doc: Document, layout: str | None, out: Path, seed: int) -> Path:
    """Print `doc` (in `layout` when it is a renderer layout) and scan it into `out`."""
    lay = BY_NAME.get(layout or "")
    if lay is None or lay.text_only:
        return scan_document(doc, out, seed)
    page, _expected = build_page(_extras(doc), lay)
    printed = out.with_suffix(".print.pdf")
    write_pdf(page, printed)
    try:
        return scan_pdf(printed, out, seed)
    finally:
        printed.unlink(missing_ok=True)
