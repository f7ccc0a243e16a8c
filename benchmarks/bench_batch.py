"""Benchmark of `auditor batch`: a generated corpus (default 1,000 documents in 8 counties)
through the local process pool (or Ray) into a fresh DuckDB store, then an unchanged re-run.

    python benchmarks/bench_batch.py --docs 1000 --workers 2 [--executor ray] [--keep DIR]

Prints documents/second (processing and overall), the corpus-pass time, the time of the
no-op re-run, peak memory (coordinator and the largest worker, from getrusage) and the store
size. The unit tests use ~36 documents; this script is for the big run.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.batch.runner import run_batch
from auditor.bench.synth import generate_corpus
from auditor.store import Store


def _mb(kib: int) -> float:
    return kib / 1024.0  # ru_maxrss is in KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--counties", type=int, default=8)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--executor", default="local", choices=["local", "ray"])
    ap.add_argument("--no-grade", action="store_true", help="skip the heuristic grader")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="keep corpus and store in this folder")
    args = ap.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_batch_"))
    corpus, db = work / "corpus", work / "bench.duckdb"
    if db.exists():
        db.unlink()
    t = time.perf_counter()
    if not corpus.exists():
        generate_corpus(corpus, args.docs, args.counties, args.seed)
    gen = time.perf_counter() - t
    size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    print(
        f"corpus: {args.docs} docs, {args.counties} counties, {size / 1e6:.1f} MB (generated in {gen:.1f}s) in {corpus}"
    )

    res = run_batch(
        corpus, db, workers=args.workers, executor=args.executor, grade=not args.no_grade
    )
    process_s = res.seconds - res.corpus_seconds
    print(
        f"batch ({args.executor}, {args.workers} workers): {res.n_done} done, {res.n_errors} errors in {res.seconds:.1f}s"
    )
    print(f"  processing: {process_s:.1f}s = {res.n_done / process_s:.1f} docs/s")
    print(f"  corpus rules (T106): {res.corpus_seconds:.1f}s, {res.n_corpus_findings} findings")
    print(f"  overall: {res.docs_per_second:.1f} docs/s")

    t = time.perf_counter()
    again = run_batch(
        corpus, db, workers=args.workers, executor=args.executor, grade=not args.no_grade
    )
    print(
        f"re-run unchanged: {again.n_done} processed, {again.n_skipped} skipped in {time.perf_counter() - t:.2f}s"
    )

    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak memory: coordinator {_mb(me):.0f} MB, largest worker {_mb(kids):.0f} MB")
    with Store(db, read_only=True) as s:
        c = s.counts()
    print(
        f"store: {db.stat().st_size / 1e6:.1f} MB; " + ", ".join(f"{k} {v}" for k, v in c.items())
    )


if __name__ == "__main__":
    main()
