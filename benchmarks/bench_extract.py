#!/usr/bin/env python3
"""Throughput of extraction alone and of extraction + rules, in one process (one core).

    python benchmarks/bench_extract.py [--copies 40] [--seeds 4]

Two text corpora, both read from memory-backed temp files in this process:

* the sample corpus (samples/corpus/*.txt), each file perturbed per copy
  (auditor.bench.synth.generate_corpus: renamed units, shuffled tables, changed numbers), so
  the memo caches see the repetition a real county batch has but not identical files;
* the renderer's text layouts (auditor.synth: every separator of docs/layouts.md §1 and the
  §2-§4 layouts as tab text) for a few generated documents.

Prints rows/s per core (CPU time of the process, so a busy shared machine does not distort it)
for reading + extraction, for the rules alone and for both (no timing asserts; figures, not tests).
Each corpus is extracted twice; the second pass shows the memo caches warm, as in a batch.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.bench.synth import generate_corpus
from auditor.config import AuditConfig
from auditor.pipeline import extract_document
from auditor.rules.engine import run_rules
from auditor.synth import combinations, generate, render


def _measure(label: str, paths: list[Path]) -> None:
    """CPU time of this process (the per-core figure on a shared machine) and wall time.

    The heap built so far (modules, vocabularies, the generated corpus) is frozen first, as
    `auditor.limits` does in the child process that audits each file: the cyclic collector then
    walks only what the measured work allocates."""
    gc.collect()
    gc.freeze()
    w0, c0 = time.perf_counter(), time.process_time()
    docs = [extract_document(p) for p in paths]
    w1, c1 = time.perf_counter(), time.process_time()
    config = AuditConfig()
    for d in docs:
        run_rules(d, config)
    w2, c2 = time.perf_counter(), time.process_time()
    rows = sum(len(t.rows) for d in docs for t in d.tables)
    print(f"{label}: {len(docs)} documents, {rows} rows")
    print(
        f"  read + extraction: {rows / (c1 - c0):,.0f} rows/s per core "
        f"({c1 - c0:.2f} s CPU, {w1 - w0:.2f} s wall)"
    )
    print(f"  rules alone:       {rows / (c2 - c1):,.0f} rows/s per core ({c2 - c1:.2f} s CPU)")
    print(
        f"  extraction + rules: {rows / (c2 - c0):,.0f} rows/s per core "
        f"({c2 - c0:.2f} s CPU, {w2 - w0:.2f} s wall)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=40, help="perturbed copies of the samples")
    ap.add_argument("--seeds", type=int, default=4, help="generated documents per text layout")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate_corpus(root / "samples", n_docs=args.copies, n_counties=4, seed=0)
        samples = sorted((root / "samples").rglob("*.txt"))
        layouts = []
        for seed in range(args.seeds):
            sd = generate(seed)
            for layout, fmt in combinations():
                if fmt == "txt":
                    layouts.append(render(sd, layout, fmt, root).path)
        for label in ("first pass", "second pass"):
            _measure(f"sample corpus, perturbed copies ({label})", samples)
            _measure(f"renderer text layouts ({label})", layouts)


if __name__ == "__main__":
    main()
