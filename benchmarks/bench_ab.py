#!/usr/bin/env python3
"""Best-of-N CPU throughput of read + extraction and of the rules, for A/B comparisons.

    python benchmarks/bench_ab.py [--copies 40] [--passes 7] [--which both]

Generates the perturbed sample corpus (auditor.bench.synth.generate_corpus) in a memory-backed
temp folder, extracts it once to warm the memo caches, then times N warm passes of
`auditor.pipeline.extract_document` over the same files (and of `run_rules` over the documents)
and prints the best pass as rows/s per core (CPU time of this process, so other sessions on a
shared machine distort it less; single runs still vary by ±25% here, so compare A and B side
by side in the same minutes, alternating runs).

The auditor package is imported from this script's own tree (its parent folder is put first on
sys.path) and its location is printed, so a copy of the script in another worktree measures
that worktree.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import auditor
from auditor.bench.synth import generate_corpus
from auditor.models import Document
from auditor.pipeline import extract_document
from auditor.rules.engine import run_rules


def _best_cpu(work: Callable[[], object], passes: int) -> float:
    """Smallest CPU time of `passes` runs of `work` (collector emptied before each)."""
    best = float("inf")
    for _ in range(passes):
        gc.collect()
        t0 = time.process_time()
        work()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=40, help="perturbed copies of the samples")
    ap.add_argument("--passes", type=int, default=7, help="timed warm passes (best is kept)")
    ap.add_argument("--which", choices=("extract", "rules", "both"), default="both")
    args = ap.parse_args()
    print(f"auditor: {auditor.__file__}")
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as t:
        root = Path(t)
        generate_corpus(root, args.copies, 8, 1)
        files = sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))
        docs: list[Document] = [extract_document(f) for f in files]  # warm pass
        rows = sum(len(tb.rows) for d in docs for tb in d.tables)
        print(f"{len(files)} documents, {rows} rows; best of {args.passes} warm passes")
        if args.which in ("extract", "both"):
            best = _best_cpu(lambda: [extract_document(f) for f in files], args.passes)
            print(f"  read + extraction: {rows / best:,.0f} rows/s per core ({best:.3f} s CPU)")
        if args.which in ("rules", "both"):
            best = _best_cpu(lambda: [run_rules(d) for d in docs], args.passes)
            print(f"  rules:             {rows / best:,.0f} rows/s per core ({best:.3f} s CPU)")


if __name__ == "__main__":
    main()
