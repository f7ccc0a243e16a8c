"""Batch runner: hash, skip, process in parallel, write each document atomically, corpus rules.

    run_batch(root, db, workers=4, executor="local", config=None) -> BatchResult

1. discover the supported files under `root`; sha256 of each file's bytes;
2. skip every hash already in the store (documents, or errors unless retry_errors);
   the same bytes under two paths are processed once;
3. run `process_file` on the rest through the executor (local processes or Ray);
4. the coordinator writes each result in ONE transaction keyed by the hash (a crash or kill
   leaves only complete documents; the next run resumes with the missing ones);
5. corpus rules (T106) over every stored document when the set of documents changed since the
   last corpus pass; corpus findings are replaced in one transaction.
"""

from __future__ import annotations

import hashlib
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.batch.executors import run as run_executor
from auditor.ingest import sha256_file
from auditor.store import Store


@dataclass
class BatchResult:
    run_id: str
    n_files: int = 0
    n_done: int = 0
    n_skipped: int = 0
    n_errors: int = 0
    n_corpus_findings: int | None = None  # None when the corpus pass was not needed
    seconds: float = 0.0  # wall time of the whole run, corpus pass included
    corpus_seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.n_done / self.seconds if self.seconds > 0 else 0.0


def county_of(path: Path, root: Path, part: int | None = None) -> str:
    """County = a path component: the parent folder's name by default, or component `part`
    of the path relative to the batch root (0 = the first folder under it)."""
    if part is not None:
        try:
            parts = path.resolve().relative_to(root.resolve()).parts[:-1]
        except ValueError:
            parts = path.parts[:-1]
        if parts:
            return parts[min(part, len(parts) - 1)] if part >= 0 else parts[part]
    return path.parent.name or root.name


def _corpus_key(hashes: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(hashes)).encode()).hexdigest()


def run_corpus_pass(store: Store, config: Any = None, force: bool = False) -> int | None:
    """Run the corpus rules over every stored document if the document set changed (or force)."""
    hashes = sorted(store.known_hashes())
    key = _corpus_key(hashes)
    store.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)")
    last = store.sql("SELECT value FROM meta WHERE key = 'corpus_key'")
    if not force and last and last[0][0] == key:
        return None
    from auditor.rules.engine import run_corpus_rules

    docs = store.corpus_documents()  # the corpus rules read names and texts only: slim documents
    extra = run_corpus_rules(docs, config) if len(docs) > 1 else {}
    by_sha = {d.sha256: extra.get(d.source, []) for d in docs}
    del docs, extra
    n = store.replace_corpus_findings(by_sha)
    store.con.execute("DELETE FROM meta WHERE key = 'corpus_key'")
    store.con.execute("INSERT INTO meta VALUES ('corpus_key', ?)", [key])
    return n


def run_batch(
    root: str | Path,
    db: str | Path,
    workers: int = 2,
    executor: str = "local",
    config: Any = None,
    county_part: int | None = None,
    grade: bool = True,
    corpus: bool = True,
    retry_errors: bool = False,
    force: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[dict], None] | None = None,
) -> BatchResult:
    from auditor.pipeline import discover

    root = Path(root)
    started = time.perf_counter()
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    files = discover([root])
    with Store(db) as store:
        entries = [(str(p), sha256_file(p), county_of(p, root, county_part)) for p in files]
        store.record_files(entries, run_id)
        done = set() if force else store.known_hashes()
        failed = set() if (force or retry_errors) else store.error_hashes()
        todo: dict[str, tuple[str, str]] = {}
        for path, sha, county in entries:
            if sha not in done and sha not in failed and sha not in todo:
                todo[sha] = (path, county)
        res = BatchResult(run_id=run_id, n_files=len(entries), n_skipped=len(entries) - len(todo))
        store.start_run(run_id, str(root), executor, workers, config, len(entries))
        by_path = {path: (sha, county) for sha, (path, county) in todo.items()}
        if on_start:
            on_start(len(todo))
        status = "interrupted"
        try:
            from auditor.models import Document

            for r in run_executor(executor, [p for p, _ in todo.values()], config, grade, workers):
                sha, county = by_path[r["path"]]
                if r["ok"]:
                    doc = Document.model_validate_json(r["doc"])
                    store.put_document(doc, sha, r["path"], county, run_id)
                    res.n_done += 1
                else:
                    store.put_error(sha, r["path"], county, r["kind"], r["message"], run_id)
                    res.n_errors += 1
                    res.errors.append((r["path"], r["message"]))
                if on_result:
                    on_result(r)
            if corpus:
                t0 = time.perf_counter()
                res.n_corpus_findings = run_corpus_pass(store, config)
                res.corpus_seconds = time.perf_counter() - t0
            status = "finished"
        finally:
            res.seconds = time.perf_counter() - started
            try:
                store.finish_run(run_id, res.n_done, res.n_skipped, res.n_errors, status)
            except Exception:  # pragma: no cover - never mask the original error
                print("warning: could not record the end of the run", file=sys.stderr)
    return res
