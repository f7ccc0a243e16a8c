"""Audit jobs, run off the request thread.

A job is one upload: its documents are audited in a pool of worker processes (spawned, so the
web server's threads are never forked), each by `auditor.pipeline.audit_file` -- the pipeline's
per-document unit of work under the per-file limits (size, time, memory) of the configuration.
A file that fails or runs over a limit becomes that file's error (the Chinese InputError
message, with the client's file name, never the stored path) and the other files go on. When
every file is done, `finish_audit` (corpus rules across the documents, grading, scoring) runs in
the pool too, and the `on_done` callback stores the result (history, revision check).

`Job.public()` is what the progress page polls: per file queued / running / done / error.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from auditor.config import AuditConfig
from auditor.ingest import InputError
from auditor.limits import LimitExceeded
from auditor.models import Document
from auditor.pipeline import FileError, audit_file, file_error, finish_audit
from auditor.rules.baseline import apply_baseline
from auditor.serve.uploads import Rejected, StoredFile

STATUS_ZH = {
    "queued": "排队中",
    "running": "审核中",
    "done": "完成",
    "error": "失败",
    "finishing": "评分与汇总",
    "failed": "失败",
}


KEPT_JOBS = 100  # finished jobs whose progress page still answers

# what audit_file (in the forked child) and finish_audit import lazily
WARM_MODULES = (
    "auditor.ingest.docx_reader",
    "auditor.ingest.xlsx_reader",
    "auditor.ingest.pdf_reader",
    "auditor.ingest.html_reader",
    "auditor.llm.extract",
    "auditor.grade",
)


def new_id() -> str:
    return secrets.token_hex(8)


# --- worker side (runs in the pool's processes) -------------------------------------------------


def warm_up() -> bool:
    """Import every reader and stage in a fresh worker, once: the per-file children are forked
    from it, so the first audit does not pay for the imports."""
    for module in WARM_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:  # a reader renamed or moved: the audit imports what it needs
            continue
    return True


def _named_error(name: str, stored: Path, exc: Exception) -> FileError:
    """The FileError with the client's file name in place of the stored path."""
    if isinstance(exc, LimitExceeded):
        return FileError(
            name, LimitExceeded(name, exc.kind, exc.reason, exc.reason_en).message(), "limit"
        )
    if isinstance(exc, InputError):
        return FileError(name, InputError(name, exc.reason, exc.reason_en).message(), "input")
    err = file_error(name, exc)
    err.message = err.message.replace(str(stored), name)
    return err


def audit_upload(path: str, name: str, config: AuditConfig) -> Document | FileError:
    """Audit one stored upload (extract + rules under the per-file limits)."""
    try:
        doc = audit_file(path, config)
    except Exception as exc:  # a bad file, a limit or a bug: that file's error, the job goes on
        return _named_error(name, Path(path), exc)
    doc.source = name
    return doc


def finish_documents(docs: list[Document], config: AuditConfig) -> list[Document]:
    """Corpus rules, grading and scores; the configured baseline, as `auditor audit` applies it."""
    docs = finish_audit(docs, config)
    if config.baseline:
        for doc in docs:
            doc.findings = apply_baseline(doc, doc.findings or [], Path(config.baseline))
    return docs


def unique_names(files: list[StoredFile]) -> list[StoredFile]:
    """Two uploads of the same name become "a.docx" and "a (2).docx" (names identify documents
    within an audit: reports, corpus rules)."""
    seen: set[str] = set()
    out = []
    for f in files:
        name, n = f.name, 2
        stem, dot, suffix = f.name.rpartition(".")
        while name in seen:
            name = f"{stem} ({n}).{suffix}" if dot else f"{f.name} ({n})"
            n += 1
        seen.add(name)
        out.append(replace(f, name=name))
    return out


# --- server side ---------------------------------------------------------------------------------


@dataclass
class FileState:
    name: str
    status: str = "queued"
    message: str = ""
    score: float | None = None
    future: Future[Any] | None = field(default=None, repr=False)

    def public(self) -> dict[str, Any]:
        status = self.status
        if status == "queued" and self.future is not None and self.future.running():
            status = "running"
        return {
            "name": self.name,
            "status": status,
            "status_zh": STATUS_ZH[status],
            "message": self.message,
            "score": self.score,
        }


@dataclass
class Job:
    id: str
    kind: str  # "audit" | "revision"
    files: list[FileState]
    base_audit_id: str | None = None
    status: str = "running"  # running | finishing | done | failed
    message: str = ""
    audit_id: str | None = None
    revision_id: str | None = None
    created: _dt.datetime = field(default_factory=_dt.datetime.now)

    def result_url(self) -> str | None:
        if self.revision_id:
            return f"/revisions/{self.revision_id}"
        if self.audit_id:
            return f"/audits/{self.audit_id}/"
        return None

    def public(self) -> dict[str, Any]:
        files = [f.public() for f in self.files]
        done = sum(1 for f in files if f["status"] in ("done", "error"))
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "status_zh": STATUS_ZH.get(self.status, self.status),
            "message": self.message,
            "done": done,
            "total": len(files),
            "files": files,
            "url": self.result_url() if self.status == "done" else None,
        }


OnDone = Callable[[Job, list[Document], list[FileError]], None]


class JobRunner:
    """The worker pool and the jobs in flight (kept in memory; results go to the history)."""

    def __init__(self, workers: int, config: AuditConfig, on_done: OnDone):
        self.config = config
        self.on_done = on_done
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.ready = [self.pool.submit(warm_up) for _ in range(workers)]

    def is_ready(self) -> bool:
        return all(f.done() for f in self.ready)

    def submit(
        self,
        files: list[StoredFile],
        rejected: list[Rejected],
        kind: str = "audit",
        base_audit_id: str | None = None,
    ) -> Job:
        files = unique_names(files)
        states = [FileState(f.name) for f in files]
        states += [FileState(r.name, "error", r.message) for r in rejected]
        job = Job(new_id(), kind, states, base_audit_id)
        with self.lock:
            self.jobs[job.id] = job
            finished = [j for j in self.jobs.values() if j.status in ("done", "failed")]
            for old in finished[: max(0, len(finished) - KEPT_JOBS)]:
                del self.jobs[old.id]  # the results are in the history
        for state, stored in zip(states, files):
            state.future = self.pool.submit(
                audit_upload, str(stored.path), stored.name, self.config
            )
        threading.Thread(
            target=self._follow, args=(job,), daemon=True, name=f"job-{job.id}"
        ).start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def _follow(self, job: Job) -> None:
        """Wait for the job's files, finish the audit, hand the result to `on_done`."""
        docs: list[Document] = []
        errors = [FileError(f.name, f.message) for f in job.files if f.status == "error"]
        for state in job.files:
            if state.future is None:
                continue
            try:
                result = state.future.result()
            except Exception as exc:  # the worker process died (BrokenProcessPool …)
                result = FileError(
                    state.name, f"{state.name}: 审核进程异常终止：{type(exc).__name__}", "internal"
                )
            if isinstance(result, Document):
                docs.append(result)
                state.status = "done"
            else:
                errors.append(result)
                state.status, state.message = "error", result.message
        self._finish(job, docs, errors)

    def _finish(self, job: Job, docs: list[Document], errors: list[FileError]) -> None:
        job.status = "finishing"
        try:
            if docs:
                docs = self.pool.submit(finish_documents, docs, self.config).result()
            for state in job.files:
                doc = next((d for d in docs if d.source == state.name), None)
                state.score = doc.score if doc is not None else None
            if not docs:
                job.status, job.message = "failed", "没有一个文件能够审核（见各文件的错误）"
                return
            self.on_done(job, docs, errors)
            job.status = "done"
        except Exception as exc:  # storing or finishing failed: say so on the progress page
            job.status, job.message = "failed", f"审核未能完成：{type(exc).__name__}: {exc}"

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
