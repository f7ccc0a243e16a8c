#!/usr/bin/env python3
"""Benchmark of `auditor batch` at several corpus sizes (figures printed, nothing asserted).

    python benchmarks/bench_batch.py --sizes 1000,10000,50000 --workers 2 [--work DIR]
                                     [--add 100] [--no-grade] [--executor local|ray]

For each size a corpus is generated (auditor.bench.synth with a realistic template spread: each
county rewrites half of the indicator names for its units, each unit a quarter on its own, the
rest is shared province-wide; 50 documents per county, 100 counties per province) and audited
into a fresh store by a child process, so every figure belongs to one run:

  wall time, documents/s, CPU time per document (coordinator + workers), peak RSS of the
  coordinator (getrusage) and of the largest worker (sampled), store size, corpus-pass time.

After the largest size, `--add` more documents are put into that corpus (new units in the
existing counties) and the batch runs again (incremental: only they are processed, the corpus
pass joins their band keys against the stored ones); for comparison the same number of
documents is run into a fresh store. The table ends with an extrapolation to 150,000 documents.
Corpora are kept in --work (default: a temp folder) and reused by later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DOCS_PER_COUNTY = 50
COUNTIES_PER_PROVINCE = 100


def _layout(n: int) -> tuple[int, int]:
    counties = max(8, n // DOCS_PER_COUNTY)
    return counties, max(1, counties // COUNTIES_PER_PROVINCE)


def make_corpus(folder: Path, n: int, seed: int, start: int = 0, counties: int = 0) -> None:
    from auditor.bench.synth import Spread, generate_corpus

    marker = folder / f".generated-{start}-{n}"
    if marker.exists():
        return
    auto, provinces = _layout(max(n, start))
    generate_corpus(
        folder, n, counties or auto, seed, spread=Spread(), provinces=provinces, start=start
    )
    marker.write_text("ok")


class _Sampler(threading.Thread):
    """Peak RSS and CPU time of this process's descendants (the workers), sampled."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        import psutil

        self.me = psutil.Process()
        self.peak: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.5):
            for p in self.me.children(recursive=True):
                try:
                    self.peak[p.pid] = max(self.peak.get(p.pid, 0), p.memory_info().rss)
                    t = p.cpu_times()
                    self.cpu[p.pid] = t.user + t.system
                except Exception:  # exited between listing and sampling
                    continue


def child_run(corpus: str, db: str, workers: int, grade: bool, executor: str) -> None:
    """One batch run in this fresh process; prints one JSON line of figures."""
    from auditor.batch.runner import run_batch

    sampler = _Sampler()
    sampler.start()
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    res = run_batch(corpus, db, workers=workers, executor=executor, grade=grade)
    wall = time.perf_counter() - t0
    sampler.stop.set()
    me = resource.getrusage(resource.RUSAGE_SELF)
    size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*") if p.is_file())
    pass_ = res.corpus
    print(
        json.dumps(
            {
                "files": res.n_files,
                "done": res.n_done + res.n_reused,
                "errors": res.n_errors,
                "skipped": res.n_skipped,
                "wall": wall,
                "corpus_s": res.corpus_seconds,
                "cpu_coord": me.ru_utime + me.ru_stime,
                "cpu_workers": sum(sampler.cpu.values()),
                "rss_coord_mb": me.ru_maxrss / 1024,
                "rss_worker_mb": max(sampler.peak.values(), default=0) / 2**20,
                "store_mb": size / 1e6,
                "t106": res.n_corpus_findings,
                "candidates": pass_.n_candidates if pass_ else 0,
                "edges": pass_.n_edges if pass_ else 0,
                "load": [round(load0, 1), round(os.getloadavg()[0], 1)],
            }
        )
    )


def run_child(corpus: Path, db: Path, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "_run", str(corpus), str(db), str(args.workers)]
    cmd += ["--executor", args.executor] + (["--no-grade"] if args.no_grade else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def row(label: str, r: dict[str, Any]) -> str:
    n = max(1, r["done"])
    cpu = (r["cpu_coord"] + r["cpu_workers"]) / n * 1000
    return (
        f"| {label} | {r['done']:,} | {r['wall']:.0f} s | {r['done'] / r['wall']:.1f} | "
        f"{cpu:.0f} ms ({r['cpu_coord'] / n * 1000:.0f}) | {r['rss_coord_mb']:.0f} MB | "
        f"{r['rss_worker_mb']:.0f} MB | {r['store_mb']:.0f} MB | {r['corpus_s']:.1f} s | "
        f"{r['load'][0]}→{r['load'][1]} |"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_run":
        ap = argparse.ArgumentParser()
        ap.add_argument("cmd")
        ap.add_argument("corpus")
        ap.add_argument("db")
        ap.add_argument("workers", type=int)
        ap.add_argument("--no-grade", action="store_true")
        ap.add_argument("--executor", default="local")
        a = ap.parse_args()
        child_run(a.corpus, a.db, a.workers, not a.no_grade, a.executor)
        return
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="1000", help="comma-separated corpus sizes")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--add", type=int, default=100, help="documents added to the largest store")
    ap.add_argument("--no-grade", action="store_true")
    ap.add_argument("--executor", default="local", choices=["local", "ray"])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", type=Path, help="keep corpora and stores here")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench_batch_"))
    sizes = [int(s) for s in args.sizes.split(",")]
    head = "| run | documents | wall | docs/s | CPU/doc (coordinator) | coordinator RSS | worker RSS | store | corpus pass | load |"
    lines = [head, "|" + "---|" * 10]
    results: dict[int, dict[str, Any]] = {}
    for n in sizes:
        corpus, db = work / f"c{n}", work / f"s{n}.duckdb"
        make_corpus(corpus, n, args.seed)
        for p in work.glob(f"s{n}.duckdb*"):
            p.unlink()
        results[n] = r = run_child(corpus, db, args)
        lines.append(row(f"{n:,} new", r))
        print(lines[-1], flush=True)
    big = max(sizes)
    if args.add:
        corpus, db = work / f"c{big}", work / f"s{big}.duckdb"
        make_corpus(corpus, args.add, args.seed + 1, start=big, counties=_layout(big)[0])
        inc = run_child(corpus, db, args)
        lines.append(row(f"+{args.add} to {big:,}", inc))
        print(lines[-1], flush=True)
        small, sdb = work / f"c{args.add}-fresh", work / f"s{args.add}-fresh.duckdb"
        shutil.rmtree(small, ignore_errors=True)
        make_corpus(small, args.add, args.seed + 1)
        for p in work.glob(sdb.name + "*"):
            p.unlink()
        fresh = run_child(small, sdb, args)
        lines.append(row(f"{args.add} new", fresh))
        lines.append(
            f"\nadding {args.add} to the {big:,} store: {inc['wall']:.1f} s = "
            f"{inc['wall'] / fresh['wall']:.1f}× a {args.add}-document batch ({fresh['wall']:.1f} s)"
        )
    r = results[big]
    per_doc = r["wall"] / r["done"]
    lines.append(
        f"150,000 documents extrapolated from {big:,} at {args.workers} workers: "
        f"{150_000 * per_doc / 3600:.1f} h wall (this load), "
        f"{150_000 * (r['cpu_coord'] + r['cpu_workers']) / r['done'] / args.workers / 3600:.1f} h "
        f"on {args.workers} idle cores, store {r['store_mb'] * 150_000 / r['done'] / 1000:.1f} GB, "
        f"coordinator RSS ≈ {r['rss_coord_mb']:.0f} MB (flat)"
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
