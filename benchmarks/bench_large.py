"""Large documents: seconds, rows/s and peak RSS per stage on 1, 4 and 16 MB disclosures.

    python benchmarks/bench_large.py [--sizes 1,4,16] [--stages read,extract,check,grade,score,report]

A county-wide compilation is many departments' disclosures in one file; the benchmark builds
one by concatenating the bundled samples (cycled) up to each size, so tables, projects and
boilerplate repeat the way they do in real compilations. Each size runs in a fresh process
(peak RSS is that document's); stages run in the pipeline's order. Figures only, no asserts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

STAGES = ("read", "extract", "check", "grade", "score", "report")


class PeakRSS:
    """Peak resident set size of this process while the block runs (sampled every 10 ms)."""

    def __init__(self) -> None:
        self.proc = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            self._stop.wait(0.01)

    def __enter__(self) -> PeakRSS:
        self.peak = self.proc.memory_info().rss
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)


def build_document(megabytes: float, path: Path) -> Path:
    from auditor.goldsets import corpus_dir

    samples = [p.read_bytes() for p in sorted(corpus_dir().glob("*.txt"))]
    target = int(megabytes * 1_000_000)
    parts: list[bytes] = []
    size, i = 0, 0
    while size < target:
        parts.append(samples[i % len(samples)])
        size += len(parts[-1])
        i += 1
    path.write_bytes(b"\n".join(parts))
    return path


def run_one(path: Path, stages: list[str], out: Path) -> dict[str, object]:
    """Every stage on one document in this process; returns the figures as a dict."""
    from auditor.config import AuditConfig
    from auditor.extract.tables import extract
    from auditor.grade import grade_documents
    from auditor.ingest import read_document
    from auditor.report import write_reports
    from auditor.rules.engine import run_rules
    from auditor.scoring import score_document

    config = AuditConfig(offline=True)
    state: dict[str, object] = {}
    steps = {
        "read": lambda: state.__setitem__("raw", read_document(path)),
        "extract": lambda: state.__setitem__("doc", extract(state["raw"])),
        "check": lambda: setattr(state["doc"], "findings", run_rules(state["doc"], config)),
        "grade": lambda: grade_documents([state["doc"]], config),
        "score": lambda: score_document(state["doc"]),
        "report": lambda: write_reports([state["doc"]], out, ["html", "md", "json", "xlsx"]),
    }
    figures: dict[str, object] = {"bytes": path.stat().st_size}
    for stage in STAGES:
        if stage not in stages and stage not in ("read", "extract"):
            continue
        with PeakRSS() as rss:
            t0 = time.perf_counter()
            steps[stage]()
            figures[stage] = (time.perf_counter() - t0, rss.peak)
    doc = state["doc"]
    figures["tables"] = len(doc.tables)  # type: ignore[attr-defined]
    figures["rows"] = sum(len(t.rows) for t in doc.tables)  # type: ignore[attr-defined]
    figures["findings"] = len(doc.findings or [])  # type: ignore[attr-defined]
    return figures


def print_figures(mb: float, f: dict[str, object]) -> None:
    rows = int(f["rows"])  # type: ignore[call-overload]
    total = sum(f[s][0] for s in STAGES if s in f)  # type: ignore[index]
    print(
        f"\n{mb:g} MB document: {int(f['bytes']) / 1e6:.1f} MB, {f['tables']} tables, "  # type: ignore[call-overload]
        f"{rows} rows, {f['findings']} findings; total {total:.1f} s ({rows / total:,.0f} rows/s)"
    )
    print(f"  {'stage':8s} {'seconds':>8s} {'rows/s':>10s} {'peak RSS':>10s}")
    for s in STAGES:
        if s in f:
            sec, peak = f[s]  # type: ignore[misc]
            print(f"  {s:8s} {sec:8.2f} {rows / max(sec, 1e-9):10,.0f} {peak / 2**20:8.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,4,16", help="document sizes in MB, comma list")
    ap.add_argument("--stages", default=",".join(STAGES))
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # child mode: one document
    args = ap.parse_args()
    stages = args.stages.split(",")
    if args.one:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(run_one(args.one, stages, Path(tmp))))
        return
    with tempfile.TemporaryDirectory(prefix="auditor-large-") as tmp:
        for mb in (float(s) for s in args.sizes.split(",")):
            doc = build_document(mb, Path(tmp) / f"compilation-{mb:g}MB.txt")
            res = subprocess.run(
                [sys.executable, __file__, "--one", str(doc), "--stages", args.stages],
                capture_output=True,
                text=True,
                check=False,
            )
            if res.returncode:
                print(f"\n{mb:g} MB: failed\n{res.stderr[-2000:]}")
                continue
            print_figures(mb, json.loads(res.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
