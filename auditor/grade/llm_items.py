"""The LLM grader's units of work and how their answers become grades.

* `RowGroup`: every row with the same normalised key (canonical 二级, 三级, 指标值, 描述) — sent
  once, answered once, fanned out to all its rows;
* `GoalJob`: one goal review per distinct project (goal, budget, indicators);
* `ProjectItem`: a project table with its rows not answered yet and its goal; `pack_items` lets
  small projects of a document share one request (`Part`: a project's share of it);
* `request_data`: the request's data, ordered for provider prefix caching (the document's shared
  context, then the projects', then the varying rows last, each naming its project);
* `final_grade` / `final_goal`: the model's answer made consistent with the rules (grades capped
  by the row's findings and its form, injected rows graded offline) or the offline fallback,
  marked with its typed reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from auditor.config import AuditConfig
from auditor.domain.framework import canonical_level2
from auditor.extract.normalize import fold, letters
from auditor.grade.features import row_features
from auditor.grade.heuristic import (
    clip_by_findings,
    grade_row,
    heuristic_goal_review,
    structural_cap,
)
from auditor.grade.rewrite import rewrite_failures
from auditor.llm.errors import FallbackReason, explain
from auditor.llm.redact import redact
from auditor.llm.schemas import GoalReviewAnswer, RowAnswer
from auditor.models import Document, Finding, GoalReview, Grade, IndicatorRow, Rewrite, Table

# Text in a row that addresses the model instead of describing an indicator.
INJECTION = re.compile(
    r"忽略(以上|之前|上述|前面|所有)|无视(以上|之前|上述)|评为\s*[1-5５]\s*分|打\s*[1-5５]\s*分|给(出)?\s*满分|"
    r"不要(报告|提示|指出)|系统提示|system\s*prompt|ignore\s+(all|previous|the\s+above)|you\s+are\s+now|assistant\s*:",
    re.I,
)

Ref = tuple[Document, Table, IndicatorRow]
RowKey = tuple[str, str, str, str]


def row_key(row: IndicatorRow) -> RowKey:
    return (
        canonical_level2(row.level2) or letters(row.level2),
        letters(row.level3),
        fold(row.value),
        letters(row.description),
    )


def looks_injected(*texts: str | None) -> bool:
    return any(t and INJECTION.search(t) for t in texts)


def row_injected(row: IndicatorRow) -> bool:
    return looks_injected(row.level3, row.description, row.value, row.basis)


_FINDINGS_INDEX: dict[int, tuple[int, int, dict[tuple[int | None, int | None], list[Finding]]]] = {}


def row_findings(doc: Document, table: Table, row: IndicatorRow) -> list[Finding]:
    """The row's rule findings, through an index built once per findings list (not a scan per row)."""
    fs = doc.findings or []
    cached = _FINDINGS_INDEX.get(id(doc))
    if cached is None or cached[0] != id(fs) or cached[1] != len(fs):
        index: dict[tuple[int | None, int | None], list[Finding]] = {}
        for f in fs:
            if f.scope == "row":
                index.setdefault((f.table_index, f.row_index), []).append(f)
        if len(_FINDINGS_INDEX) > 64:  # a long batch: keep only recent documents' indexes
            _FINDINGS_INDEX.clear()
        cached = _FINDINGS_INDEX[id(doc)] = (id(fs), len(fs), index)
    return list(cached[2].get((table.index, row.index), ()))


@dataclass
class RowGroup:
    key: RowKey
    refs: list[Ref] = field(default_factory=list)
    answer: RowAnswer | None = None
    fail: FallbackReason | None = None
    cache_key: str = ""
    rewrite: Rewrite | None = None
    rewrite_note: str | None = None
    level2_note: str | None = None

    @property
    def first(self) -> Ref:
        return self.refs[0]

    def payload(self, rid: str) -> dict[str, Any]:
        doc, table, row = self.first
        return {
            "id": rid,
            "level1": row.level1,
            "level2": row.level2,
            "level3": row.level3,
            "description": row.description,
            "value": row.value,
            "basis": row.basis,
            "rule_findings": sorted({f.code for f in row_findings(doc, table, row)}),
        }

    def content(self) -> dict[str, Any]:
        """What the cached answer depends on (the row's text and its rule findings)."""
        p = self.payload("")
        return {
            "key": list(self.key),
            "basis": p["basis"],
            "level1": p["level1"],
            "rule_findings": p["rule_findings"],
        }


@dataclass
class GoalJob:
    table: Table
    doc: Document
    content: dict[str, Any]
    cache_key: str = ""
    answer: GoalReviewAnswer | None = None
    fail: FallbackReason | None = None
    tables: list[tuple[Document, Table]] = field(default_factory=list)


@dataclass
class ProjectItem:
    doc: Document
    table: Table
    groups: list[RowGroup]
    goal: GoalJob | None


def goal_content(table: Table) -> dict[str, Any]:
    return {
        "project": letters(table.project),
        "goal": fold(table.goal),
        "budget_wan": table.budget_wan,
        "indicators": sorted({letters(r.level3) for r in table.rows}),
    }


@dataclass
class Part:
    """One project's share of a request: its rows to grade and, maybe, its goal to review."""

    item: ProjectItem
    groups: list[RowGroup]
    goal: GoalJob | None


def pack_items(items: list[ProjectItem], max_rows: int) -> list[list[ProjectItem]]:
    """Consecutive small projects of one document share a request of at most `max_rows` rows
    (a goal-only project counts as one): the fixed instructions are sent, and billed, once for
    them. A project is never split here (a truncated answer is split by the grader)."""
    batches: list[list[ProjectItem]] = []
    rows = 0
    for item in items:
        n = max(1, len(item.groups))
        if batches and batches[-1][0].doc is item.doc and rows + n <= max_rows:
            batches[-1].append(item)
            rows += n
        else:
            batches.append([item])
            rows = n
    return batches


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    """Fields without content are left out (a missing key reads as empty; fewer tokens)."""
    return {k: v for k, v in d.items() if v is not None and v != [] and v != ""}


def request_data(doc: Document, parts: list[Part]) -> tuple[dict[str, Any], list[str], list[str]]:
    """The request's data, the row ids and the project ids whose goal is reviewed.

    Ordered for provider prefix caching: the document's context, then the projects', the rows to
    grade last; each row names its project (`project_id`)."""
    projects: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    ids: list[str] = []
    for n, part in enumerate(parts, 1):
        pid, t = f"p{n}", part.item.table
        sent = {id(g.first[2]) for g in part.groups}
        projects.append(
            _compact(
                {
                    "project_id": pid,
                    "table_kind": "项目绩效目标表" if t.kind == "project" else "整体绩效目标表",
                    "project": t.project,
                    "budget_wan": t.budget_wan,
                    "goal": t.goal,
                    "other_indicators": [
                        f"{r.level2}/{r.level3}: {r.value}" for r in t.rows if id(r) not in sent
                    ],
                    "goal_review_needed": part.goal is not None,
                }
            )
        )
        for g in part.groups:
            ids.append(f"r{len(ids) + 1}")
            rows.append(_compact({"id": ids[-1], "project_id": pid, **g.payload(ids[-1])}))
    data = {"unit": doc.unit, "year": doc.year, "projects": projects, "rows_to_grade": rows}
    goal_ids = [f"p{n}" for n, part in enumerate(parts, 1) if part.goal is not None]
    return data, ids, goal_ids


def goal_data(table: Table) -> dict[str, Any]:
    return {
        "project": table.project,
        "budget_wan": table.budget_wan,
        "goal": table.goal,
        "indicators": [f"{r.level2}/{r.level3}: {r.value}" for r in table.rows],
    }


def fallback_grade(
    row: IndicatorRow, table: Table, doc: Document, reason: FallbackReason, config: Any
) -> Grade:
    g = grade_row(row, table, doc, config=config)
    g.fallback_reason = reason.value
    g.reasons.append("（离线评级：" + explain(reason) + "）")
    return g


def _model_reasons(answer: RowAnswer) -> list[str]:
    return [redact(r)[:200] for r in answer.reasons[:5]]


def final_grade(g: RowGroup, ref: Ref, model: str, pv: str, config: AuditConfig | None) -> Grade:
    """The row's grade: the model's answer held to the rules, or the offline grade, marked."""
    doc, table, row = ref
    if row_injected(row):
        return fallback_grade(row, table, doc, FallbackReason.SUSPECTED_PROMPT_INJECTION, config)
    if g.answer is None:
        return fallback_grade(row, table, doc, g.fail or FallbackReason.MISSING, config)
    reasons = _model_reasons(g.answer)
    score, why = clip_by_findings(g.answer.specificity, row_findings(doc, table, row))
    if why:
        reasons.append(why)
    cap, why2 = structural_cap(row_features(row, codes=set()))  # form only, no rules needed
    if score > cap:
        score = cap
        if why2:
            reasons.append(why2)
    rewrite = g.rewrite
    if rewrite is not None and ref != g.first:
        # same row text in another table: the rewrite must pass the rules in this table's context too
        if rewrite_failures(rewrite, row, table, doc, config):
            rewrite = None
            reasons.append("改写在本表中未通过行规则（如预算不符），已删除")
    if g.rewrite_note:
        reasons.append(g.rewrite_note)
    if g.level2_note and rewrite is not None:
        reasons.append(g.level2_note)
    if score == 5:
        rewrite = None
    return Grade(
        specificity=score, reasons=reasons, rewrite=rewrite, grader=model, prompt_version=pv
    )


def _offline_goal(table: Table, reason: FallbackReason) -> GoalReview:
    gr = heuristic_goal_review(table)
    gr.reasons.append("（离线审核：" + explain(reason) + "）")
    gr.fallback_reason = reason.value
    return gr


def final_goal(job: GoalJob, table: Table, model: str, pv: str) -> GoalReview:
    if looks_injected(table.goal, table.project):
        return _offline_goal(table, FallbackReason.SUSPECTED_PROMPT_INJECTION)
    if job.answer is None:
        return _offline_goal(table, job.fail or FallbackReason.MISSING)
    a = job.answer
    return GoalReview(
        aligned=a.aligned,
        assessable=a.assessable,
        unmeasured_goals=[redact(x)[:200] for x in a.unmeasured_goals],
        reasons=[redact(x)[:200] for x in a.reasons],
        grader=model,
        prompt_version=pv,
    )
