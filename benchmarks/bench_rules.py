#!/usr/bin/env python3
"""Throughput of extraction + rules on a synthetic corpus (not a test: no timing asserts).

    python benchmarks/bench_rules.py [--docs 1000] [--workers N] [--counties 8] [--seed 0] [--keep DIR]

Generates N perturbed copies of samples/corpus/*.txt (auditor.bench.synth.generate_corpus) in
a temp dir, then runs auditor.pipeline.extract_document + auditor.rules.engine.run_rules over
them with a multiprocessing pool, and run_corpus_rules (T106) in the parent afterwards. Prints
documents/s, rows/s, rows/s per worker process, with and without the corpus pass, and peak
memory (largest resident set of the parent and of any worker, from getrusage).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.bench.synth import generate_corpus


def _work(path: str):
    """Extract + run the rules on one file; return the document (needed by the corpus pass)."""
    from auditor.pipeline import extract_document
    from auditor.rules.engine import run_rules

    t0 = time.perf_counter()
    try:
        doc = extract_document(path)
    except Exception as exc:
        return path, None, f"{type(exc).__name__}: {exc}", 0.0, 0.0
    t1 = time.perf_counter()
    doc.findings = run_rules(doc)
    t2 = time.perf_counter()
    return path, doc, None, t1 - t0, t2 - t1


def _warm() -> None:
    import auditor.pipeline
    import auditor.rules.engine
    import auditor.rules.registry  # noqa: F401


def _maxrss_mb(who: int) -> float:
    kb = resource.getrusage(who).ru_maxrss  # KiB on Linux
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--docs", type=int, default=1000, help="number of synthetic documents (default 1000)"
    )
    ap.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="pool size (default: all cores)"
    )
    ap.add_argument(
        "--counties", type=int, default=8, help="county folders to spread documents over"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--single", type=int, default=200, help="documents for the single-process (per-core) figure"
    )
    ap.add_argument("--keep", type=Path, default=None, help="write the corpus here and keep it")
    return ap.parse_args(argv)


def _run_single(paths: list[Path]) -> tuple[int, float]:
    """One process, no pool: the per-core figure without inter-process copying of results.
    Returns (rows read, seconds)."""
    t0 = time.perf_counter()
    rows = 0
    for p in paths:
        _, doc, _, _, _ = _work(str(p))
        rows += sum(len(t.rows) for t in doc.tables) if doc is not None else 0
    return rows, max(time.perf_counter() - t0, 1e-9)


@dataclass
class PoolRun:
    results: list[tuple]  # (path, document or None, error, extraction s, rules s) per file
    seconds: float  # wall time of the work, from a ready pool
    total: float  # wall time including the pool's start-up

    @property
    def docs(self) -> list:
        return [r[1] for r in self.results if r[1] is not None]

    @property
    def failures(self) -> list[tuple[str, str]]:
        return [(r[0], r[2]) for r in self.results if r[1] is None]


def _run_pool(paths: list[Path], workers: int) -> PoolRun:
    t0 = time.perf_counter()
    with mp.get_context("fork" if sys.platform == "linux" else "spawn").Pool(
        workers, initializer=_warm
    ) as pool:
        t_ready = time.perf_counter()
        results = pool.map(
            _work, [str(p) for p in paths], chunksize=max(1, len(paths) // (workers * 8))
        )
        t_pool = time.perf_counter() - t_ready
    return PoolRun(results, t_pool, time.perf_counter() - t0)


def _print_table(
    run: PoolRun, single: tuple[int, int, float], t_corpus: float, n_corpus_rules: int, w: int
) -> None:
    """The throughput table: one process, the pool, the pool with the corpus pass."""
    n_docs = len(run.docs)
    n_rows = sum(len(t.rows) for d in run.docs for t in d.tables)
    n_single, single_rows, t_single = single

    def line(label: str, secs: float) -> str:
        return (
            f"| {label:<38} | {secs:>8.2f} | {n_docs / secs:>8.1f} | {n_rows / secs:>9.0f} "
            f"| {n_rows / secs / w:>12.0f} |"
        )

    print()
    print(
        f"| {'stage':<38} | {'wall s':>8} | {'docs/s':>8} | {'rows/s':>9} | {'rows/s/core':>12} |"
    )
    print(f"|{'-' * 40}|{'-' * 10}|{'-' * 10}|{'-' * 11}|{'-' * 14}|")
    print(
        f"| {'extract + rules (1 process, ' + str(n_single) + ' docs)':<38} | {t_single:>8.2f} "
        f"| {n_single / t_single:>8.1f} | {single_rows / t_single:>9.0f} | {single_rows / t_single:>12.0f} |"
    )
    print(line("extract + rules (pool)", run.seconds))
    print(line("extract + rules + corpus (T106)", run.seconds + t_corpus))
    if n_corpus_rules:
        print(
            f"| {'corpus pass alone (parent, 1 core)':<38} | {t_corpus:>8.2f} | {n_docs / t_corpus:>8.1f} "
            f"| {n_rows / t_corpus:>9.0f} | {n_rows / t_corpus:>12.0f} |"
        )
    else:
        print("(no corpus-scope rule (T106) is registered yet: the corpus pass did nothing)")


def _print_totals(run: PoolRun, n_corpus: int) -> None:
    n_rows = sum(len(t.rows) for d in run.docs for t in d.tables)
    n_findings = sum(len(d.findings or []) for d in run.docs)
    t_extract = sum(r[3] for r in run.results)
    t_rules = sum(r[4] for r in run.results)
    print()
    print(
        f"documents: {len(run.docs)} ok, {len(run.failures)} failed; rows: {n_rows}; "
        f"findings: {n_findings} (+{n_corpus} corpus)"
    )
    print(
        f"CPU time in workers: extraction {t_extract:.1f}s, rules {t_rules:.1f}s "
        f"({100 * t_rules / max(t_extract + t_rules, 1e-9):.0f}% rules); pool start-up "
        f"{run.total - run.seconds:.2f}s"
    )
    print(
        f"peak RSS: parent {_maxrss_mb(resource.RUSAGE_SELF):.0f} MB, largest worker "
        f"{_maxrss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )
    for path, msg in run.failures[:5]:
        print(f"  failed: {path}: {msg}")


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    from auditor.rules.engine import enabled_rules, run_corpus_rules
    from auditor.rules.registry import checking_rules

    tmp = None
    out_dir = args.keep
    if out_dir is None:
        tmp = tempfile.mkdtemp(prefix="auditor-bench-")
        out_dir = Path(tmp)
    try:
        t0 = time.perf_counter()
        paths = generate_corpus(out_dir, args.docs, args.counties, args.seed)
        t_gen = time.perf_counter() - t0
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        print(
            f"corpus: {len(paths)} documents, {size_mb:.1f} MB in {args.counties} county folders "
            f"({out_dir}), generated in {t_gen:.1f}s"
        )
        print(
            f"rules: {len(checking_rules())} registered; workers: {args.workers}; cores: {os.cpu_count()}"
        )
        single = paths[: min(len(paths), args.single)]
        single_rows, t_single = _run_single(single)
        run = _run_pool(paths, args.workers)
        n_corpus_rules = len(enabled_rules(None, ("corpus",)))
        t0 = time.perf_counter()
        corpus = run_corpus_rules(run.docs)
        t_corpus = max(time.perf_counter() - t0, 1e-9)
        w = max(1, args.workers)
        _print_table(run, (len(single), single_rows, t_single), t_corpus, n_corpus_rules, w)
        _print_totals(run, sum(len(v) for v in corpus.values()))
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
