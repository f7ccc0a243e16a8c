"""Bad-input figures for the readers: mutate N inputs per format and count the outcomes.

    python benchmarks/fuzz_readers.py --n 2000 [--formats text,html,docx,xlsx,xls,pdf]
                                      [--time-limit 10] [--seed 1] [--soffice]

Each format runs in its own process; every mutated input (benchmarks/fuzz_inputs.py: truncation,
bit flips, overwritten/inserted/deleted runs, corrupted zip members) is written to a temp file and
read with `auditor.ingest.read_document`. Printed per format: read ok, input error, other
exception (a reader bug), over the time limit (SIGALRM), the slowest input and the process's peak
RSS. LibreOffice conversion is off unless --soffice (each conversion takes seconds).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import resource
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fuzz_inputs import MUTATIONS, SEEDS, mutate


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


def run_format(fmt: str, n: int, seed: int, time_limit: int, soffice: bool) -> dict:
    import logging

    from auditor.ingest import InputError, read_document

    logging.disable(logging.WARNING)  # pdfminer logs every repair it makes to a broken PDF

    if not soffice:
        os.environ["AUDITOR_SOFFICE"] = "/nonexistent/soffice"
    suffix, build = SEEDS[fmt]
    data = build()
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    bugs: list[str] = []
    slowest = 0.0
    signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        for i in range(n):
            path.write_bytes(mutate(data, MUTATIONS[i % len(MUTATIONS)], rng))
            start = time.perf_counter()
            signal.alarm(time_limit)
            try:
                read_document(path)
                counts["ok"] += 1
            except InputError:
                counts["input_error"] += 1
            except _Timeout:
                counts["over_time"] += 1
            except Exception:
                counts["other"] += 1
                if len(bugs) < 3:
                    bugs.append(traceback.format_exc(limit=3))
            finally:
                signal.alarm(0)
            slowest = max(slowest, time.perf_counter() - start)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return {
        "format": fmt,
        **counts,
        "slowest_s": round(slowest, 2),
        "peak_rss_mb": rss,
        "bugs": bugs,
    }


def _worker(args: tuple) -> dict:
    return run_format(*args)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--formats", default=",".join(SEEDS))
    ap.add_argument("--time-limit", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--soffice", action="store_true", help="allow LibreOffice conversions")
    args = ap.parse_args()
    formats = args.formats.split(",")
    jobs = [(f, args.n, args.seed, args.time_limit, args.soffice) for f in formats]
    started = time.perf_counter()
    ctx = mp.get_context("spawn")
    with ctx.Pool(min(2, len(jobs)), maxtasksperchild=1) as pool:
        results = pool.map(_worker, jobs, chunksize=1)
    print(
        f"{'format':<7} {'inputs':>6} {'read ok':>8} {'input err':>9} {'other exc':>9} "
        f"{'over time':>9} {'slowest s':>9} {'peak RSS MB':>11}"
    )
    for r in results:
        print(
            f"{r['format']:<7} {args.n:>6} {r.get('ok', 0):>8} {r.get('input_error', 0):>9} "
            f"{r.get('other', 0):>9} {r.get('over_time', 0):>9} {r['slowest_s']:>9} "
            f"{r['peak_rss_mb']:>11}"
        )
        for bug in r["bugs"]:
            print(f"--- {r['format']} other exception:\n{bug}")
    print(
        f"wall time {time.perf_counter() - started:.0f} s, time limit {args.time_limit} s per input"
    )


if __name__ == "__main__":
    main()
