"""The LLM as a second checker: one request per project table may add C202/U301/V402/V405
findings that the rules missed.

Each added finding carries the rule's own code, name and configured severity, `model` = the
model id and the model's reason; rule findings are never removed or changed, and a model finding
that repeats a rule finding (same code, same row) is dropped. Answers are cached on disk and the
requests count against the client's budget like grading; a failed or over-budget request adds
nothing (the rule findings stand). Through the client, answers are normalised (reasoning, fences,
tool call or content), secrets redacted, truncated answers retried with a larger limit, and the
circuit breaker, the run deadline and a per-document deadline apply. Prompt: prompts/rule_check.j2.
"""

from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, Field

from auditor.config import AuditConfig
from auditor.domain.framework import canonical_level2
from auditor.extract.normalize import squeeze
from auditor.llm.client import BudgetExhausted, ItemFailure, ItemStats, LLMClient
from auditor.llm.guard import deadline_scope
from auditor.llm.prompts import prompt_version, render
from auditor.models import Document, Finding, IndicatorRow, LLMUsage, Table
from auditor.rules.registry import get_rule
from auditor.rules.selection import is_enabled, severity_for

log = logging.getLogger("auditor.grade")

PROMPT = "rule_check.j2"
CHECKED_CODES = ("C202", "U301", "V402", "V405")


class ModelFinding(BaseModel):
    id: str = Field(description="row id as sent, e.g. r3")
    code: Literal["C202", "U301", "V402", "V405"]
    level2: str | None = None  # C202: the 二级 the indicator belongs to
    reason: str = Field(min_length=2, max_length=300)


class CheckAnswer(BaseModel):
    findings: list[ModelFinding] = Field(default_factory=list, max_length=60)


def _payload(table: Table, rule_codes: dict[int, list[str]]) -> dict[str, object]:
    return {
        "project": table.project,
        "budget_wan": table.budget_wan,
        "goal": table.goal,
        "rows": [
            {
                "id": f"r{r.index}",
                "level1": r.level1,
                "level2": r.level2,
                "level3": r.level3,
                "description": r.description,
                "value": r.value,
                "basis": r.basis,
                "rule_codes": rule_codes.get(r.index, []),
            }
            for r in table.rows
        ],
    }


def _to_finding(
    mf: ModelFinding, row: IndicatorRow, table: Table, model: str, config: AuditConfig
) -> Finding:
    rule = get_rule(mf.code)
    target = ""
    if (
        mf.code == "C202"
        and mf.level2
        and canonical_level2(mf.level2) != canonical_level2(row.level2)
    ):
        target = f"（应属{squeeze(mf.level2)}）"
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=severity_for(config, rule.code, rule.severity),
        scope="row",
        table_index=table.index,
        row_index=row.index,
        message=f"{rule.summary}{target}：{mf.reason}（模型 {model} 发现）",
        evidence=f"{squeeze(row.level3)} {squeeze(row.value)}：{mf.reason}",
        model=model,
    )


async def check_table_llm(
    doc: Document, table: Table, client: LLMClient, config: AuditConfig
) -> list[Finding]:
    """Model findings for one project table (empty on failure, budget exhaustion or no answer)."""
    codes = [c for c in CHECKED_CODES if is_enabled(config, c)]
    if not codes or not table.rows:
        return []
    existing = {(f.row_index, f.code) for f in doc.findings or [] if f.table_index == table.index}
    rule_codes: dict[int, list[str]] = {}
    for row_index, code in existing:
        if row_index is not None:
            rule_codes.setdefault(row_index, []).append(code)
    data = _payload(table, {k: sorted(v) for k, v in rule_codes.items()})
    st = ItemStats()
    cached = False
    try:
        answer, cached = await client.ask_cached(
            CheckAnswer,
            render(PROMPT, data=data),
            prompt_version=prompt_version(PROMPT),
            cache_content=data,
            stats=st,
        )
    except (ItemFailure, BudgetExhausted) as exc:
        log.warning("LLM rule check of table %s skipped: %s", table.index, exc)
        return []
    finally:
        charge_usage(doc, st, cached)
    rows = {f"r{r.index}": r for r in table.rows}
    out: list[Finding] = []
    for mf in answer.findings:
        row = rows.get(mf.id)
        if row is None or mf.code not in codes or (row.index, mf.code) in existing:
            continue
        existing.add((row.index, mf.code))
        out.append(_to_finding(mf, row, table, client.model_id, config))
    return out


def charge_usage(doc: Document, st: ItemStats, cached: bool) -> None:
    """Add one checker request's usage to the document's llm_usage (beside grading's)."""
    u = doc.llm_usage if doc.llm_usage is not None else LLMUsage()
    st.charge_to(u)
    u.cache_hits += int(cached)
    doc.llm_usage = u


async def check_documents_llm(docs: list[Document], client: LLMClient, config: AuditConfig) -> int:
    """Add model findings to every document's findings; returns how many were added."""
    added = 0
    for doc in docs:
        if doc.findings is None:
            continue
        extra: list[Finding] = []
        with deadline_scope(client.document_deadline()):
            for table in doc.tables:
                if table.kind == "project" and client.blocked() is None:
                    extra += await check_table_llm(doc, table, client, config)
        if extra:
            doc.findings = sorted(
                [*doc.findings, *extra],
                key=lambda f: (f.table_index or -1, f.row_index or -1, f.code),
            )
            added += len(extra)
    return added
