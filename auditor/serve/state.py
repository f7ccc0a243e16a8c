"""What the web app's routes share: the history (DuckDB), the upload store, the audit worker pool,
the Jinja environment (the web app's templates in front of the report's, which they extend) and
a small cache of reopened audits."""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from jinja2 import ChoiceLoader, Environment, PackageLoader
from starlette.requests import Request
from starlette.responses import HTMLResponse

from auditor.models import Document
from auditor.pipeline import FileError
from auditor.report import make_env
from auditor.report.meta import run_meta
from auditor.rules.baseline import fingerprint
from auditor.serve.history import History, StoredAudit
from auditor.serve.jobs import Job, JobRunner, new_id
from auditor.serve.review import Review, waived_documents
from auditor.serve.revision import revision_diff
from auditor.serve.security import csrf_token, remember_csrf
from auditor.serve.settings import ServeSettings
from auditor.serve.uploads import UploadStore

CACHED_AUDITS = 8


def template_env() -> Environment:
    loader = ChoiceLoader(
        [PackageLoader("auditor.serve", "templates"), PackageLoader("auditor.report", "templates")]
    )
    return make_env(True, loader)


@dataclass
class AppState:
    settings: ServeSettings
    history: History
    runner: JobRunner | None = None
    env: Environment = field(default_factory=template_env)
    md_env: Environment = field(default_factory=lambda: make_env(False))
    _cache: OrderedDict[str, StoredAudit] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def uploads(self) -> UploadStore:
        return UploadStore(
            self.settings.uploads_dir, self.settings.config.limits.size, self.settings.zip
        )

    def start(self) -> None:
        s = self.settings
        self.runner = JobRunner(s.workers, s.config, self.store_result)
        for name in ("review_document.html.j2", "review_index.html.j2", "job.html.j2"):
            self.env.get_template(name)  # compiled once, before the first audit is shown

    def stop(self) -> None:
        if self.runner is not None:
            self.runner.shutdown()
        self.history.close()

    def jobs(self) -> JobRunner:
        if self.runner is None:
            raise RuntimeError("the worker pool is not running")
        return self.runner

    def audit(self, audit_id: str) -> StoredAudit | None:
        """An audit from the history (a few recent ones kept in memory)."""
        with self._lock:
            hit = self._cache.get(audit_id)
            if hit is not None:
                self._cache.move_to_end(audit_id)
                return hit
        found = self.history.load_audit(audit_id)
        if found is not None:
            with self._lock:
                self._cache[audit_id] = found
                while len(self._cache) > CACHED_AUDITS:
                    self._cache.popitem(last=False)
        return found

    def store_result(self, job: Job, docs: list[Document], errors: list[FileError]) -> None:
        """The job's `on_done`: keep the audit; for a revised draft, the revision check too."""
        meta = run_meta(docs, self.settings.config)
        meta.pop("formula", None)  # the templates take it from the current code
        audit_id = new_id()
        self.history.save_audit(audit_id, docs, errors, meta, job.kind, job.base_audit_id)
        job.audit_id = audit_id
        if job.base_audit_id:
            base = self.audit(job.base_audit_id)
            if base is not None:
                review = Review.model_validate(self.history.load_review(base.audit_id))
                waived = [
                    Counter(fingerprint(d, f) for f in d.findings or [])
                    for d in waived_documents(base.docs, review)
                ]
                diff = revision_diff(base.docs, docs, waived)
                revision_id = new_id()
                self.history.save_revision(revision_id, base.audit_id, audit_id, diff)
                job.revision_id = revision_id

    def render(
        self, request: Request, template: str, status: int = 200, **ctx: object
    ) -> HTMLResponse:
        """A page: autoescaped template, the CSRF token for its forms and scripts."""
        html = self.env.get_template(template).render(csrf=csrf_token(request), **ctx)
        return remember_csrf(request, HTMLResponse(html, status_code=status))  # type: ignore[return-value]


def state_of(request: Request) -> AppState:
    state: AppState = request.app.state.desk
    return state
