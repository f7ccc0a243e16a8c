"""Batch runner: plan, process in isolated workers, write in batches, corpus pass.

    run_batch(root, db, workers=2, executor="local", config=None) -> BatchResult

1. open the store (a run left 'running' by a killed coordinator is marked 'interrupted');
2. plan (auditor.batch.plan): skip unchanged files and known errors, reuse stored content,
   compute the rest once per distinct content;
3. the executor (local worker processes or Ray) returns compact per-document results; the
   coordinator commits them in batches (auditor.store.writer) — every `commit_seconds` or
   `commit_docs` documents — so a kill loses at most the last batch and a re-run resumes (each
   commit costs ~40 ms of coordinator CPU, so rarer commits are cheaper);
4. the corpus pass (T106, auditor.store.corpus) updates what the new documents changed.

The coordinator never holds the corpus: a result lives until its batch is written, the store's
DuckDB buffer pool is capped, and the corpus pass works in SQL and bounded chunks.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from auditor.batch.plan import QUARANTINE_AFTER, Plan, make_plan
from auditor.batch.pool import LocalPool
from auditor.batch.work import CRASH, Outcome, Work, process_file
from auditor.config import AuditConfig
from auditor.ingest import InputCheck
from auditor.store import Store
from auditor.store.corpus import CorpusResult, CorpusSettings, run_corpus_pass
from auditor.store.records import Placement
from auditor.store.writer import BatchWriter, FileError, FlushResult, spool_dir

EXECUTORS = ("local", "ray")
STORE_MEMORY = "1GB"  # DuckDB buffer pool of the coordinator (spills to disk beyond it)


@dataclass
class Event:
    """One file's fate, reported after it is written to the store."""

    path: str
    ok: bool
    reused: bool = False
    kind: str = ""
    message: str = ""


@dataclass
class BatchResult:
    run_id: str
    n_files: int = 0
    n_done: int = 0  # computed and stored
    n_reused: int = 0  # stored by reusing identical content
    n_skipped: int = 0  # unchanged, or a known error not retried
    n_errors: int = 0
    n_quarantined: int = 0
    n_pruned: int = 0
    n_corpus_findings: int | None = None  # None when the corpus pass was not needed
    seconds: float = 0.0  # wall time of the whole run, corpus pass included
    corpus_seconds: float = 0.0
    corpus: CorpusResult | None = None
    errors: list[tuple[str, str]] = field(default_factory=list)
    skipped_inputs: list[InputCheck] = field(default_factory=list)
    interrupted_runs: list[str] = field(default_factory=list)
    workers_replaced: int = 0  # died or killed on a file, and replaced
    workers_recycled: int = 0  # retired after RECYCLE_AFTER files
    nodes: list[str] = field(default_factory=list)  # Ray nodes that ran tasks

    @property
    def docs_per_second(self) -> float:
        n = self.n_done + self.n_reused
        return n / self.seconds if self.seconds > 0 else 0.0


def run_batch(
    root: str | Path,
    db: str | Path,
    workers: int = 2,
    executor: str = "local",
    config: AuditConfig | None = None,
    county_part: int | None = None,
    grade: bool = True,
    corpus: bool = True,
    retry_errors: bool = False,
    force: bool = False,
    prune: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[Event], None] | None = None,
    work: Work = process_file,
    commit_docs: int = 500,
    commit_seconds: float = 10.0,
    parts_dir: str | Path | None = None,
) -> BatchResult:
    """Audit every input under `root` into the store `db` (see the module docstring)."""
    if executor not in EXECUTORS:
        raise ValueError(f"未知执行器 {executor}（可选: {', '.join(EXECUTORS)}）")
    root = Path(root).resolve()
    db = Path(db).resolve()
    cfg = config or AuditConfig()
    started = time.perf_counter()
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    res = BatchResult(run_id=run_id)
    with Store(db, memory_limit=STORE_MEMORY, threads=1) as store:
        res.interrupted_runs = store.mark_interrupted_runs()
        own = {db, db.with_name(db.name + ".wal"), spool_dir(db)}
        plan = make_plan(store, root, cfg.limits, county_part, force, retry_errors, own)
        res.n_files, res.skipped_inputs = plan.n_files, plan.skipped_inputs
        res.n_skipped = plan.n_unchanged + plan.n_known_errors
        res.n_quarantined = plan.n_quarantined
        store.record_files(run_id)
        store.start_run(run_id, str(root), executor, workers, cfg, plan.n_files)
        status = "interrupted"
        try:
            if on_start:
                on_start(plan.n_todo)
            with BatchWriter(store, run_id) as writer:
                driver = _Driver(writer, plan, res, on_result, commit_docs, commit_seconds)
                driver.run(
                    _outcomes(executor, driver.queue, cfg, grade, workers, work, parts_dir, db, res)
                )
            if prune:
                res.n_pruned = store.prune(str(root))
            if corpus:
                store.con.execute("RESET threads")
                res.corpus = run_corpus_pass(store, CorpusSettings.from_config(cfg))
                res.n_corpus_findings = res.corpus.n_findings if res.corpus else None
                res.corpus_seconds = res.corpus.seconds if res.corpus else 0.0
            status = "finished"
        finally:
            res.seconds = time.perf_counter() - started
            counts = {
                "n_done": res.n_done,
                "n_skipped": res.n_skipped,
                "n_errors": res.n_errors,
                "n_reused": res.n_reused,
                "n_pruned": res.n_pruned,
                "n_skipped_inputs": len(res.skipped_inputs),
            }
            store.finish_run(run_id, counts, status)
    return res


def _outcomes(
    executor: str,
    queue: deque[Placement],
    config: AuditConfig,
    grade: bool,
    workers: int,
    work: Work,
    parts_dir: str | Path | None,
    db: Path,
    res: BatchResult,
) -> Iterator[Outcome]:
    if executor == "ray":
        from auditor.batch.ray_exec import RayExecutor  # needs the optional extra

        ray_exec = RayExecutor(workers, work, config, grade, parts_dir, db)
        yield from ray_exec.run(queue)
        res.nodes = sorted(ray_exec.nodes)
        return
    pool = LocalPool(workers, work, config, grade, config.limits)
    try:
        yield from pool.run(queue)
    finally:
        res.workers_replaced, res.workers_recycled = pool.replaced, pool.recycled


class _Driver:
    """Feeds outcomes to the writer, retries a crashed file once, flushes in batches and
    reports every file once it is stored."""

    def __init__(
        self,
        writer: BatchWriter,
        plan: Plan,
        res: BatchResult,
        on_result: Callable[[Event], None] | None,
        commit_docs: int,
        commit_seconds: float,
    ):
        self.writer, self.plan, self.res = writer, plan, res
        self.on_result = on_result
        self.commit_docs, self.commit_seconds = commit_docs, commit_seconds
        self.queue: deque[Placement] = deque(plan.compute)
        self.retrying: set[str] = set()  # crashed once, queued again
        self.last_flush = time.monotonic()

    def run(self, outcomes: Iterator[Outcome]) -> None:
        for e in self.plan.errors:
            self.writer.add_error(e)
        for place, source in self.plan.copies:
            self.writer.add_copy(place, source)
            self._maybe_flush()
        for out in outcomes:
            self._take(out)
            if not out.more:
                self._maybe_flush()
        self._flush()

    def _take(self, out: Outcome) -> None:
        place = out.place
        self.retrying.discard(place.path)
        followers = self.plan.followers.get(place.sha256, [])
        if out.payload is not None:
            self.writer.add_payload(place, out.payload)
            for f in followers:
                self.writer.add_copy(f, place.doc_id)
            self.plan.followers.pop(place.sha256, None)
            return
        attempts = self.plan.attempts.get(place.path, 0) + (1 if out.kind == CRASH else 0)
        quarantined = out.kind == CRASH and attempts >= QUARANTINE_AFTER
        self.writer.add_error(
            FileError(place, place.path, place.county, out.kind, out.message, attempts, quarantined)
        )
        if out.kind == CRASH and not quarantined:
            self.plan.attempts[place.path] = attempts
            self.retrying.add(place.path)
            self.queue.append(place)  # once more, at the end of this run
            return
        for f in followers:  # identical content: the same failure, without computing it again
            msg = f"{f.path}: 与 {place.path} 内容相同，同样无法处理：{out.message}"
            self.writer.add_error(
                FileError(f, f.path, f.county, out.kind, msg, attempts, quarantined)
            )
        self.plan.followers.pop(place.sha256, None)

    def _maybe_flush(self) -> None:
        if (
            len(self.writer.pending) >= self.commit_docs
            or time.monotonic() - self.last_flush >= self.commit_seconds
        ):
            self._flush()

    def _flush(self) -> None:
        self.last_flush = time.monotonic()
        done = self.writer.flush()
        self._report(done)

    def _report(self, done: FlushResult) -> None:
        res = self.res
        res.n_done += len(done.stored)
        res.n_reused += len(done.copied)
        final_errors = [e for e in done.errors if e.path not in self.retrying]
        res.n_errors += len(final_errors)
        res.errors += [(e.path, e.message) for e in final_errors]
        if self.on_result is None:
            return
        for p in done.stored:
            self.on_result(Event(p.path, True))
        for p in done.copied:
            self.on_result(Event(p.path, True, reused=True))
        for e in final_errors:
            self.on_result(Event(e.path, False, kind=e.kind, message=e.message))
