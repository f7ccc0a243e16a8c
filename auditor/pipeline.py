"""The one-way pipeline: read -> extract -> check -> grade -> report.

`audit_document` is the pure per-document unit of work (picklable arguments, JSON-able result)
used by the CLI, the batch runner and the Ray executor alike.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from auditor.config import AuditConfig
from auditor.extract.tables import extract
from auditor.ingest import InputError, read_document, scan_inputs
from auditor.limits import ChildFailed, FileLimits, LimitExceeded, run_limited
from auditor.models import Document
from auditor.rules.engine import run_corpus_rules, run_rules


@dataclass
class FileError:
    """A file that could not be processed, with a message that names it and the reason."""

    source: str
    message: str
    kind: str = "input"  # "input" (bad file), "limit" (over a per-file limit), "internal" (a bug)
    traceback: str | None = field(default=None, repr=False)  # for the log file, never shown

    def public(self) -> dict[str, str]:
        """What the JSON output shows: source, message, kind (no traceback)."""
        return {"source": self.source, "message": self.message, "kind": self.kind}


def extract_document(path: str | Path) -> Document:
    """Read one file and extract its performance tables. Raises InputError for bad input.

    A document whose only indicator tables could not be read safely is kept: its unparsed
    regions are listed (and go to the LLM extraction when an endpoint is configured)."""
    raw = read_document(path)
    doc = extract(raw)
    if not doc.tables and not doc.unparsed:
        raise InputError(
            str(path),
            "未找到绩效目标表（项目绩效目标表/整体绩效目标表）",
            "no performance tables found",
        )
    return doc


def check_document(doc: Document, config: AuditConfig | None = None) -> Document:
    """Run the row/project/document rules; findings are stored on the document."""
    doc.findings = run_rules(doc, config)
    return doc


def audit_document(path: str | Path, config: AuditConfig | None = None) -> Document:
    """Extract and check one document (no grading, no corpus rules): the batch unit of work."""
    return check_document(extract_document(path), config)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories into the supported files they contain (sorted, recursive); hidden,
    temporary and report files are left out (`auditor.ingest.scan_inputs` also says why)."""
    return scan_inputs(paths)[0]


def _limits(config: AuditConfig | None) -> FileLimits:
    return config.limits if config is not None else FileLimits()


def file_error(path: str | Path, exc: Exception) -> FileError:
    """The FileError for an exception raised while processing `path` (input, limit or bug)."""
    if isinstance(exc, LimitExceeded):
        return FileError(str(path), exc.message(), "limit")
    if isinstance(exc, InputError):
        return FileError(str(path), exc.message(), "input")
    if isinstance(exc, ChildFailed):
        return FileError(str(path), f"{path}: 内部错误 (internal error): {exc}", "internal", exc.tb)
    import traceback

    return FileError(
        str(path),
        f"{path}: 内部错误 (internal error): {type(exc).__name__}: {exc}",
        "internal",
        "".join(traceback.format_exception(exc)),
    )


def audit_file(path: str | Path, config: AuditConfig | None = None) -> Document:
    """`audit_document` under the per-file limits of `config.limits` (size, time, memory).

    Raises InputError (LimitExceeded when over a limit) or ChildFailed for a bug."""
    return run_limited(audit_document, (path, config), _limits(config), path)


# Readers load their libraries on first use. A forked per-file child's imports die with it, so the
# parent loads the readers the inputs need once, before the children start (a folder of 100
# .docx files imports python-docx once, not 100 times).
_READER_MODULES = {
    ".pdf": "auditor.ingest.pdf_reader",
    ".docx": "auditor.ingest.docx_reader",
    ".xlsx": "auditor.ingest.xlsx_reader",
    ".xlsm": "auditor.ingest.xlsx_reader",
    ".html": "auditor.ingest.html_reader",
    ".htm": "auditor.ingest.html_reader",
}


def _preload_readers(paths: list[Path]) -> None:
    modules = {"auditor.ingest.text_reader"}
    modules |= {_READER_MODULES[s] for p in paths if (s := p.suffix.lower()) in _READER_MODULES}
    for name in sorted(modules):
        importlib.import_module(name)


def _each_file(
    paths: Iterable[str | Path],
    work: Callable[[Path], Document],
    on_progress: Callable[[Path], None] | None,
) -> tuple[list[Document], list[FileError]]:
    docs: list[Document] = []
    errors: list[FileError] = []
    files = discover(paths)
    _preload_readers(files)
    for path in files:
        try:
            docs.append(work(path))
        except Exception as exc:  # a bad file, a file over a limit or a bug: record, go on
            errors.append(file_error(path, exc))
        if on_progress:
            on_progress(path)
    return docs, errors


def extract_many(
    paths: Iterable[str | Path],
    on_progress: Callable[[Path], None] | None = None,
    limits: FileLimits | None = None,
) -> tuple[list[Document], list[FileError]]:
    """Extract every file under the per-file limits; a bad file becomes a FileError."""
    lim = limits or FileLimits()
    return _each_file(paths, lambda p: run_limited(extract_document, (p,), lim, p), on_progress)


def _recover_unparsed(docs: list[Document], config: AuditConfig | None) -> None:
    """Tables the deterministic extractor could not rebuild: LLM-assisted (marked) when an
    endpoint is configured; the recovered tables are checked too. The LLM stack (httpx,
    the client) is imported only when there is something to recover and an endpoint to ask:
    the offline path never loads it."""
    if not any(d.unparsed for d in docs) or (config is not None and config.offline):
        return
    from auditor.llm.settings import load_llm_settings

    if load_llm_settings(config) is None:
        return
    from auditor.llm.extract import recover_unparsed

    before = [len(d.tables) for d in docs]
    if recover_unparsed(docs, config):
        for doc, n in zip(docs, before):
            if len(doc.tables) != n:
                check_document(doc, config)


def audit_many(
    paths: Iterable[str | Path],
    config: AuditConfig | None = None,
    corpus_rules: bool = True,
    grade: bool = True,
    on_progress: Callable[[Path], None] | None = None,
) -> tuple[list[Document], list[FileError]]:
    """Extract and check each file (under the limits), corpus-check, grade, score.

    Reports are written by the caller."""
    docs, errors = _each_file(paths, lambda p: audit_file(p, config), on_progress)
    return finish_audit(docs, config, corpus_rules, grade), errors


def finish_audit(
    docs: list[Document],
    config: AuditConfig | None = None,
    corpus_rules: bool = True,
    grade: bool = True,
) -> list[Document]:
    """The steps after the per-document `audit_document`: LLM recovery of unparsed tables,
    corpus rules (several documents), grading and scoring. Used by `audit_many` and by callers
    that run `audit_file` themselves (the web app's worker pool)."""
    if grade:
        _recover_unparsed(docs, config)
    if corpus_rules and len(docs) > 1:
        extra = run_corpus_rules(docs, config)
        for doc in docs:
            doc.findings = (doc.findings or []) + extra.get(doc.source, [])
    if grade:
        from auditor.grade import grade_documents

        grade_documents(docs, config)
    from auditor.scoring import score_document

    for doc in docs:
        score_document(doc)  # sets doc.score (0-100) from findings and grades
    return docs
