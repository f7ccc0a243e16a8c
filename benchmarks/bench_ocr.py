"""Benchmark: scanned disclosures read by OCR — speed, and the engine comparison.

    python benchmarks/bench_ocr.py speed [--pages 10]
    python benchmarks/bench_ocr.py engines [--pages 12] [--engines rapidocr,tesseract]

`speed` prints a scanned disclosure of N pages (the sample gold tables, auditor.synth.scan: 150-
300 dpi, stamp, rotation, blur, noise) read end to end by `read_document` with an empty page
cache: wall time, CPU time of the process (all threads), seconds per page, the OCR threads, the
machine's load average; then the same file again (page cache: the re-run).

`engines` runs every engine on the same scanned pages through the same pipeline (rulings,
cells, layout, the extractor) and prints, against the gold rows of those pages: rows found
(三级 + 指标值 aligned), rows exact (一级, 二级, 三级 and 指标值 all right) and seconds per page.
Engines: `rapidocr` (the shipped one: PP-OCRv6 in the rapidocr wheel), `tesseract` (Debian
tesseract-ocr + tesseract-ocr-chi-sim through its command line; rulings erased first, words with
their confidences), and `rapidocr-v4` when a rapidocr-onnxruntime wheel's PP-OCRv4 models are
found (`--v4-models DIR`).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.extract.tables import extract
from auditor.goldsets import gold_documents
from auditor.ingest import read_document
from auditor.ingest.blocks import Block, RawDocument
from auditor.ingest.ocr import engine as rapid
from auditor.ingest.ocr.engine import TextBox
from auditor.ingest.ocr.page import ocr_page
from auditor.ingest.ocr.reader import RENDER_DPI, number_grids, ocr_workers
from auditor.ingest.ocr.ruling import ruling_masks
from auditor.models import Document, Table
from auditor.synth.scan import scan_document

Row = tuple[str, str, str, str]


def _norm(s: str | None) -> str:
    return "".join((s or "").split())


def _tables_for_pages(pages: int, tmp: Path) -> tuple[Path, list[Table]]:
    """A scanned PDF of at least `pages` pages made of sample gold tables, and those tables."""
    chosen = [t for doc in gold_documents() for t in doc.tables]
    doc = Document(source="bench", unit="测试县某某局", year=2024)
    out = tmp / "scanned.pdf"
    # each table starts a page (a long one takes two): the first `pages` tables
    doc.tables = [t.model_copy(update={"index": i}) for i, t in enumerate(chosen[:pages], 1)]
    scan_document(doc, out, seed=7)
    return out, doc.tables


def _cpu() -> float:
    """CPU seconds of this process (every thread) and its finished children (tesseract)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def speed(pages: int) -> None:
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        path, _tables = _tables_for_pages(pages, tmp)
        n = len(pdfium.PdfDocument(str(path)))
        os.environ["AUDITOR_OCR_CACHE"] = str(tmp / "cache")
        load0 = os.getloadavg()
        t0, c0 = time.perf_counter(), _cpu()
        raw = read_document(path)
        wall, cpu = time.perf_counter() - t0, _cpu() - c0
        t1 = time.perf_counter()
        read_document(path)
        again = time.perf_counter() - t1
        doc = extract(raw)
        rows = sum(len(t.rows) for t in doc.tables)
        print(f"scanned disclosure: {n} pages, {len(doc.tables)} tables, {rows} rows extracted")
        print(f"OCR threads: {ocr_workers()}  (cores: {os.cpu_count()})")
        print(
            f"load average before: {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}; after: {os.getloadavg()[0]:.2f}"
        )
        print(
            f"read (empty cache): {wall:.1f} s wall = {wall / n:.2f} s/page; CPU {cpu:.1f} s = {cpu / n:.2f} s/page"
        )
        print(f"re-run (page cache): {again:.2f} s")


# --- engines -----------------------------------------------------------------------------------


def _erase_rulings(rgb: np.ndarray) -> np.ndarray:
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    horiz, vert = ruling_masks(gray)
    mask = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((5, 5), np.uint8)) > 0
    out = rgb.copy()
    out[mask] = 255
    return out


def _tesseract(img: np.ndarray, psm: int) -> list[dict[str, str]]:
    _ok, png = cv2.imencode(".png", img)
    res = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "chi_sim", "--psm", str(psm), "tsv"],
        input=png.tobytes(),
        capture_output=True,
        check=True,
    )
    return list(
        csv.DictReader(io.StringIO(res.stdout.decode()), delimiter="\t", quoting=csv.QUOTE_NONE)
    )


def tesseract_boxes(rgb: np.ndarray) -> list[TextBox]:
    lines: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for w in _tesseract(_erase_rulings(rgb), 11):
        if w.get("level") == "5" and (w.get("text") or "").strip():
            lines.setdefault((w["block_num"], w["par_num"], w["line_num"]), []).append(w)
    boxes = []
    for words in lines.values():
        x0 = min(int(w["left"]) for w in words)
        y0 = min(int(w["top"]) for w in words)
        x1 = max(int(w["left"]) + int(w["width"]) for w in words)
        y1 = max(int(w["top"]) + int(w["height"]) for w in words)
        text = "".join(w["text"].strip() for w in words)
        score = min(float(w["conf"]) for w in words) / 100
        boxes.append(TextBox(x0, y0, x1, y1, text, max(score, 0.0)))
    return boxes


def tesseract_crop(img: np.ndarray) -> tuple[str, float]:
    words = [
        w for w in _tesseract(img, 7) if w.get("level") == "5" and (w.get("text") or "").strip()
    ]
    if not words:
        return "", 0.0
    return "".join(w["text"].strip() for w in words), min(float(w["conf"]) for w in words) / 100


Engine = tuple[Callable[[np.ndarray], list[TextBox]], Callable[[np.ndarray], tuple[str, float]]]


def _engines(names: list[str], v4_models: Path | None) -> dict[str, Engine]:
    out: dict[str, Engine] = {}
    for name in names:
        if name == "rapidocr":
            out[name] = (rapid.read_boxes, rapid.read_crop)
        elif name == "tesseract":
            if shutil.which("tesseract") is None:
                print(
                    "tesseract: not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)"
                )
                continue
            out[name] = (tesseract_boxes, tesseract_crop)
        elif name == "rapidocr-v4" and v4_models is not None:
            out[name] = _rapid_v4(v4_models)
    return out


def _rapid_v4(models: Path) -> Engine:
    """The same pipeline with rapidocr-onnxruntime's PP-OCRv4 mobile models."""
    v4 = rapid.build_engine(
        models / "ch_PP-OCRv4_det_infer.onnx", models / "ch_PP-OCRv4_rec_infer.onnx", "PP-OCRv4"
    )
    return (lambda img: rapid.read_boxes(img, v4)), (lambda img: rapid.read_crop(img, v4))


def _score(gold: list[Row], got: list[Row]) -> tuple[int, int]:
    """Rows found (aligned as the eval harness aligns them: equal 三级+指标值, or a misread row
    in the place of a gold row) and rows exact (一级, 二级, 三级, 指标值 all right)."""
    sm = difflib.SequenceMatcher(None, [g[2:] for g in gold], [g[2:] for g in got], autojunk=False)
    found = exact = 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag in ("equal", "replace"):
            n = min(i2 - i1, j2 - j1)
            found += n
            exact += sum(1 for k in range(n) if gold[i1 + k] == got[j1 + k])
    return found, exact


def engines(pages: int, names: list[str], v4_models: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp_dir:
        path, tables = _tables_for_pages(pages, Path(tmp_dir))
        pdf = pdfium.PdfDocument(str(path))
        images = [np.asarray(p.render(scale=RENDER_DPI / 72).to_pil().convert("RGB")) for p in pdf]
        gold = [
            (_norm(r.level1), _norm(r.level2), _norm(r.level3), _norm(r.value))
            for t in tables
            for r in t.rows
        ]
        print(f"{len(images)} scanned pages, {len(tables)} tables, {len(gold)} gold rows")
        print(
            "| engine | rows found | rows exact (一级/二级/三级/指标值) | s/page wall | s/page CPU |"
        )
        print("|---|---|---|---|---|")
        for name, (boxes, crop) in _engines(names, v4_models).items():
            t0, c0 = time.perf_counter(), _cpu()
            blocks: list[Block] = []
            for n, img in enumerate(images, start=1):
                blocks += ocr_page(img, n, boxes, crop)
            wall, cpu = time.perf_counter() - t0, _cpu() - c0
            number_grids(blocks)
            doc = extract(RawDocument(source=str(path), layout="pdf/ocr", blocks=blocks))
            got = [
                (_norm(r.level1), _norm(r.level2), _norm(r.level3), _norm(r.value))
                for t in doc.tables
                for r in t.rows
            ]
            found, exact = _score(gold, got)
            k = len(images)
            print(
                f"| {name} | {found}/{len(gold)} = {found / len(gold):.1%} | {exact}/{len(gold)} = "
                f"{exact / len(gold):.1%} | {wall / k:.2f} | {cpu / k:.2f} |"
            )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("mode", choices=["speed", "engines"])
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--engines", default="rapidocr,tesseract,rapidocr-v4")
    ap.add_argument(
        "--v4-models", type=Path, default=None, help="folder with ch_PP-OCRv4_*_infer.onnx"
    )
    args = ap.parse_args()
    if args.mode == "speed":
        speed(args.pages)
    else:
        engines(args.pages, args.engines.split(","), args.v4_models)


if __name__ == "__main__":
    main()
