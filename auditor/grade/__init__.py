"""Grading stage: specificity grade, rewrite and goal review for every row / project table.

`grade_documents(docs, config)` uses the LLM grader when an endpoint is configured (environment
AUDITOR_LLM_BASE_URL + AUDITOR_LLM_MODEL, or `[tool.auditor.llm]` base_url/model) and the run is
not offline; otherwise the deterministic offline grader. Every Grade says who produced it
(`grader` = "heuristic" or the model id) and, when an LLM item degraded to the offline grader,
why (`fallback_reason`).
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from auditor.config import AuditConfig
from auditor.grade.heuristic import grade_document_offline
from auditor.models import Document, LLMUsage
from auditor.rules.registry import get_rule
from auditor.rules.selection import is_enabled, severity_for

if TYPE_CHECKING:  # the LLM stack loads only when an endpoint is configured
    from auditor.llm.client import LLMClient

log = logging.getLogger("auditor.grade")
T = TypeVar("T")


def _run(coro: Coroutine[Any, Any, T]) -> T:
    # asyncio (and ssl under it) loads only for LLM grading: the offline path never needs it
    import asyncio
    import concurrent.futures

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1) as ex:  # called from inside an event loop
        return ex.submit(asyncio.run, coro).result()


def grade_documents(
    docs: list[Document], config: AuditConfig | None = None, client: LLMClient | None = None
) -> None:
    """Fill row.grade, table.goal_review (project tables) and doc.llm_usage for every document."""
    settings = None
    if client is None and not getattr(config, "offline", False):
        from auditor.llm.settings import load_llm_settings

        settings = load_llm_settings(config)
    if client is None and settings is None:
        for doc in docs:
            grade_document_offline(doc, config)
            doc.llm_usage = LLMUsage()
        return

    from auditor.grade.llm_checker import check_documents_llm
    from auditor.grade.llm_grader import grade_documents_llm
    from auditor.llm.client import LLMClient
    from auditor.llm.redact import redact

    own = client is None
    if client is not None:
        cl = client
    else:
        assert settings is not None  # checked above: no client and no settings graded offline
        cl = LLMClient(settings)

    async def main() -> None:
        try:
            await grade_documents_llm(docs, cl, config)
            if isinstance(config, AuditConfig) and config.llm_check:
                await check_documents_llm(docs, cl, config)
        finally:
            await cl.aclose()  # the HTTP pool belongs to this event loop; the cache stays open

    try:
        _run(main())
        for doc in docs:
            add_goal_findings(doc, config)
    except Exception as exc:  # a bug in the LLM stage must not lose the grades
        log.error(
            "LLM grading failed, using the offline grader: %s",
            redact(f"{type(exc).__name__}: {exc}"),
        )
        for doc in docs:
            grade_document_offline(doc, config)
            for _, row in doc.rows():
                if row.grade is not None:
                    row.grade.fallback_reason = "llm_stage_error"
            doc.llm_usage = LLMUsage(fallbacks=sum(1 for _ in doc.rows()))
    finally:
        if own:
            cl.cache.close()


async def grade_documents_async(
    docs: list[Document], client: LLMClient, config: AuditConfig | None = None
) -> None:
    """Async entry for callers that own an event loop and an LLMClient (tests, benchmarks)."""
    from auditor.grade.llm_grader import grade_documents_llm

    await grade_documents_llm(docs, client, config)


def add_goal_findings(doc: Document, config: AuditConfig | None = None) -> int:
    """Turn a model's goal review into G701/G702 findings (the rules' G7xx are heuristics).

    Only model judgements are added (the offline review is no better than the G7xx rules), only
    where the rules have not already flagged the table, and only for enabled codes. The message
    names the model, so the reviewer knows the finding is model-judged. Returns the number added.
    """
    from auditor.models import Finding

    findings = doc.findings if doc.findings is not None else []
    have = {(f.code, f.table_index) for f in findings}
    added = 0
    for table in doc.tables:
        review = table.goal_review
        if review is None or review.grader == "heuristic" or review.fallback_reason:
            continue
        checks = []
        if review.assessable is False:
            checks.append(("G702", "绩效目标空泛，无法考核"))
        if review.aligned is False:
            missing = "；".join(review.unmeasured_goals[:3])
            checks.append(
                ("G701", "指标未衡量绩效目标" + (f"（未衡量：{missing}）" if missing else ""))
            )
        for code, text in checks:
            if (code, table.index) in have:
                continue
            if config is not None and not is_enabled(config, code):
                continue
            rule = get_rule(code)
            severity = severity_for(config, code, rule.severity) if config else rule.severity
            reasons = "；".join(review.reasons[:2])
            findings.append(
                Finding(
                    code=code,
                    severity=severity,
                    scope="project",
                    table_index=table.index,
                    message=f"{text}（模型 {review.grader} 判定）",
                    evidence=reasons,
                    name=rule.name,
                )
            )
            added += 1
    doc.findings = findings
    return added
