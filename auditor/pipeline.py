"""The one-way pipeline: read -> extract -> check -> grade -> report.

`audit_document` is the pure per-document unit of work (picklable arguments, JSON-able result)
used by the CLI, the batch runner and the Ray executor alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from auditor.ingest import InputError, read_document, scan_inputs
from auditor.models import Document


@dataclass
class FileError:
    """A file that could not be processed, with a message that names it and the reason."""

    source: str
    message: str
    kind: str = "input"  # "input" (bad file) or "internal" (a bug in the tool)


def extract_document(path: str | Path) -> Document:
    """Read one file and extract its performance tables. Raises InputError for bad input."""
    from auditor.extract.tables import extract

    raw = read_document(path)
    doc = extract(raw)
    if not doc.tables:
        raise InputError(
            str(path),
            "未找到绩效目标表（项目绩效目标表/整体绩效目标表）",
            "no performance tables found",
        )
    return doc


def check_document(doc: Document, config=None) -> Document:
    """Run the row/project/document rules; findings are stored on the document."""
    from auditor.rules.engine import run_rules

    doc.findings = run_rules(doc, config)
    return doc


def audit_document(path: str | Path, config=None) -> Document:
    """Extract and check one document (no grading, no corpus rules): the batch unit of work."""
    return check_document(extract_document(path), config)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories into the supported files they contain (sorted, recursive); hidden,
    temporary and report files are left out (`auditor.ingest.scan_inputs` also says why)."""
    return scan_inputs(paths)[0]


def extract_many(
    paths: Iterable[str | Path], on_progress: Callable[[Path], None] | None = None
) -> tuple[list[Document], list[FileError]]:
    """Extract every file; a bad file becomes a FileError and the others go on."""
    docs: list[Document] = []
    errors: list[FileError] = []
    for path in discover(paths):
        try:
            docs.append(extract_document(path))
        except InputError as exc:
            errors.append(FileError(str(path), exc.message(), "input"))
        except Exception as exc:  # a reader/extractor bug must not sink the batch
            errors.append(
                FileError(
                    str(path),
                    f"{path}: 内部错误 (internal error): {type(exc).__name__}: {exc}",
                    "internal",
                )
            )
        if on_progress:
            on_progress(path)
    return docs, errors


def audit_many(
    paths: Iterable[str | Path],
    config=None,
    corpus_rules: bool = True,
    grade: bool = True,
    on_progress: Callable[[Path], None] | None = None,
) -> tuple[list[Document], list[FileError]]:
    """Extract, check, (corpus-check), grade. Reports are written by the caller."""
    from auditor.rules.engine import run_corpus_rules

    docs, errors = extract_many(paths, on_progress)
    if grade:
        # tables the deterministic extractor could not rebuild: LLM-assisted, marked, if configured
        from auditor.llm.extract import recover_unparsed

        recover_unparsed(docs, config)
    for doc in docs:
        check_document(doc, config)
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
    return docs, errors
