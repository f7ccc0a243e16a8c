#!/usr/bin/env python3
"""CPU per document of the batch worker's unit of work, stage by stage (figures, no asserts).

    python benchmarks/bench_work.py [--docs 150] [--warm 100] [--work DIR] [--profile FILE]

Generates `warm + docs` documents with the bench_batch corpus generator (template spread over
20 counties), then in this one process, as a batch worker does: the worker's heap settings
(auditor.batch.work.settle_worker_heap), `warm` documents to fill the per-process memos, and
the CPU time (process_time) of each stage over the next `docs` different documents: read,
extract, rules, offline grading, store payload. With --profile, the same documents go through
`process_file` (what the worker calls per file) under cProfile instead, and the stats are
written to FILE (`python -m pstats FILE`). This machine is shared: compare runs side by side.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.batch.work import process_file, settle_worker_heap
from auditor.bench.synth import Spread, generate_corpus
from auditor.config import AuditConfig
from auditor.extract.tables import extract
from auditor.grade.heuristic import grade_document_offline
from auditor.ingest import read_document
from auditor.rules.engine import run_rules
from auditor.store.records import Placement, build_payload

STAGES = ("read", "extract", "rules", "grade", "payload")


def placement(p: Path) -> Placement:
    digest = hashlib.sha256(p.read_bytes()).hexdigest()
    return Placement(str(p), digest, p.parent.name, p.parent.parent.name)


def one(p: Path, config: AuditConfig, totals: dict[str, float]) -> None:
    t0 = time.process_time()
    raw = read_document(p)
    t1 = time.process_time()
    doc = extract(raw)
    t2 = time.process_time()
    doc.findings = run_rules(doc, config)
    t3 = time.process_time()
    grade_document_offline(doc, config)
    t4 = time.process_time()
    build_payload(doc, placement(p))
    t5 = time.process_time()
    for k, v in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
        totals[k] += v


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--warm", type=int, default=100)
    ap.add_argument("--work", type=Path, help="keep the generated corpus here")
    ap.add_argument("--profile", type=Path, help="cProfile process_file, stats to this file")
    a = ap.parse_args()
    corpus = (a.work or Path(tempfile.mkdtemp(prefix="bench_work_"))) / "corpus"
    if not corpus.exists():
        generate_corpus(corpus, a.warm + a.docs, 20, 0, spread=Spread(), provinces=1)
    files = sorted(corpus.rglob("*.txt"))[: a.warm + a.docs]
    config = AuditConfig()
    settle_worker_heap()
    scratch = dict.fromkeys(STAGES, 0.0)
    for p in files[: a.warm]:
        one(p, config, scratch)
    measured = files[a.warm :]
    if a.profile:
        places = [placement(p) for p in measured]
        prof = cProfile.Profile()
        c0 = time.process_time()
        prof.enable()
        for pl in places:
            process_file(pl, config, True)
        prof.disable()
        prof.dump_stats(a.profile)
        per = (time.process_time() - c0) / len(places) * 1000
        print(f"process_file under cProfile: {per:.1f} ms/doc; stats in {a.profile}")
        return
    totals = dict.fromkeys(STAGES, 0.0)
    for p in measured:
        one(p, config, totals)
    n = len(measured)
    parts = " ".join(f"{k} {totals[k] / n * 1000:.1f}" for k in STAGES)
    print(
        f"CPU ms per document ({n} documents, warm): {parts}; total "
        f"{sum(totals.values()) / n * 1000:.1f}"
    )


if __name__ == "__main__":
    main()
