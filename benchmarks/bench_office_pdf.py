"""Extraction on labelled Word/Excel documents exported to PDF by an office suite.

Counties often publish the PDF export of the very Word or Excel file they drafted. This script
takes each item of a labelled dataset whose source is `.docx/.doc/.xlsx/.xls`, exports it to
PDF with LibreOffice headless (the export a reviewer's office suite makes: page size and breaks,
fonts, a wide sheet cut into pages), reads the PDF with the normal pipeline and scores it
against the same labels; the same items read from their sources are scored beside it, so the
difference is what the PDF export costs. Nothing is written to the repository; the PDFs are made
in a temporary folder (or `--keep DIR`, reused by later runs).

    nice -n 10 python benchmarks/bench_office_pdf.py eval/heldout/layouts-h.jsonl [--keep DIR]

Needs LibreOffice (`soffice`). Development data only: not for the held-out sets.

Workbooks (`--suffixes .xlsx,.xls`) can be exported too, but the figure then says more about the
workbook than about the reader: the labelled sets' workbooks are written for the screen (fixed
row heights, narrow columns), so the print has wrapped text overflowing its rows into the
neighbouring ones, `###` for amounts wider than their column, and wide tables cut into pages
column-wise. Real disclosures printed that carelessly exist, but a figure for them needs
workbooks laid out as their authors printed them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from auditor.evaluation.dataset import Dataset, load_dataset
from auditor.evaluation.run import run_eval
from auditor.models import Document
from auditor.pipeline import extract_document

WORD_SUFFIXES = (".docx", ".doc")
TIMEOUT_S = 180
METRICS = (
    "extraction.row_reading.found",
    "extraction.row_reading.exact",
    "extraction.tables.f1",
    "extraction.table_fields.project",
    "extraction.table_fields.budget_wan",
    "extraction.table_fields.goal",
)


def export_pdf(source: Path, out_dir: Path) -> Path:
    """`source` exported to PDF by LibreOffice into `out_dir` (a private profile per call)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("bench_office_pdf: LibreOffice (soffice) is not installed")
    target = out_dir / f"{source.stem}.pdf"
    if target.exists():
        return target
    with tempfile.TemporaryDirectory(prefix="bench-soffice-") as tmp:
        work = Path(tmp)
        # an ASCII copy: some LibreOffice builds mangle non-ASCII names on the command line
        copy = work / f"input{source.suffix.lower()}"
        shutil.copyfile(source, copy)
        cmd = [
            exe,
            f"-env:UserInstallation=file://{work / 'profile'}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "out"),
            str(copy),
        ]
        proc = subprocess.Popen(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        try:
            proc.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        made = work / "out" / "input.pdf"
        if not made.is_file():
            raise SystemExit(f"bench_office_pdf: LibreOffice did not export {source.name}")
        shutil.copyfile(made, target)
    return target


class ExportedExtractor:
    """An eval extractor that reads the office suite's PDF export instead of the source file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.export_seconds = 0.0
        self.read_seconds = 0.0

    def __call__(self, src: Path) -> Document:
        start = time.perf_counter()
        pdf = export_pdf(Path(src), self.folder)
        self.export_seconds += time.perf_counter() - start
        start = time.perf_counter()
        doc = extract_document(pdf)
        self.read_seconds += time.perf_counter() - start
        doc.source = str(src)
        return doc


def office_items(ds: Dataset, suffixes: tuple[str, ...]) -> Dataset:
    ids = [it.id for it in ds.items if Path(it.source.name).suffix.lower() in suffixes]
    return ds.select(ids) if ids else Dataset(header=ds.header, items=[], path=ds.path)


def figures(flat: dict[str, float]) -> str:
    return "  ".join(f"{m.split('.', 2)[-1]}={flat.get(m, float('nan')):.3f}" for m in METRICS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("datasets", type=Path, nargs="+")
    ap.add_argument("--keep", type=Path, help="keep the exported PDFs here (and reuse them)")
    ap.add_argument(
        "--suffixes",
        default=",".join(WORD_SUFFIXES),
        help="source suffixes to export (default: Word; see the note on workbooks)",
    )
    args = ap.parse_args()
    suffixes = tuple(s.strip().lower() for s in args.suffixes.split(",") if s.strip())
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.datasets:
            ds = office_items(load_dataset(path), suffixes)
            if not ds.items:
                print(f"{path}: no {args.suffixes} sources")
                continue
            folder = (args.keep or Path(tmp)) / path.stem
            folder.mkdir(parents=True, exist_ok=True)
            source = run_eval(ds, [], Path(tmp) / f"{path.stem}-source", bootstrap=0)
            exported = ExportedExtractor(folder)
            pdf = run_eval(ds, [], Path(tmp) / f"{path.stem}-pdf", bootstrap=0, extractor=exported)
            n = len(ds.items)
            print(f"{path} ({n} documents: {args.suffixes})")
            print(f"  source       {figures(source.metrics['flat'])}")
            print(
                f"  office PDF   {figures(pdf.metrics['flat'])}"
                f"  (export {exported.export_seconds:.0f} s, read {exported.read_seconds:.1f} s)"
            )
            worst = sorted(
                pdf.metrics["extraction"]["by_document"].items(),
                key=lambda kv: kv[1]["row_reading"]["exact"],
            )[:5]
            for doc_id, m in worst:
                rr = m["row_reading"]
                if rr["exact"] < 1:
                    print(f"    {doc_id}: found {rr['found']:.3f} exact {rr['exact']:.3f}")


if __name__ == "__main__":
    main()
