"""What a run stores per item in samples.jsonl: the extraction, the findings, each grader's output.

The records hold enough to re-align and re-score a run without running anything again
(`auditor eval rescore`): rewrite checks are made at run time and stored with the grades.
"""

from __future__ import annotations

from typing import Any

from auditor.config import AuditConfig
from auditor.evaluation.columns import ModelSpec
from auditor.evaluation.dataset import DatasetItem
from auditor.evaluation.model_findings import model_finding_records
from auditor.evaluation.rewrite_check import check_rewrite
from auditor.models import Document, Finding, GoalReview, IndicatorRow, Table

JSON = dict[str, Any]


def doc_tables(doc: Document) -> list[JSON]:
    """The extraction as stored in samples.jsonl (enough to re-align and re-score)."""
    return [
        {
            "index": t.index,
            "kind": t.kind,
            "project": t.project,
            "budget_wan": t.budget_wan,
            "goal": t.goal,
            "title": t.title,
            "extracted_by": t.extracted_by,
            "rows": [
                {
                    "index": r.index,
                    "level1": r.level1,
                    "level2": r.level2,
                    "level3": r.level3,
                    "description": r.description,
                    "value": r.value,
                    "basis": r.basis,
                    **({"ocr_unsure": list(r.ocr.unsure)} if r.ocr is not None else {}),
                }
                for r in t.rows
            ],
        }
        for t in doc.tables
    ]


def finding_record(f: Finding) -> JSON:
    return {
        "code": f.code,
        "severity": f.severity,
        "scope": f.scope,
        "table_index": f.table_index,
        "row_index": f.row_index,
        "name": f.name,
        "message": f.message,
    }


def _review_record(t: Table, gr: GoalReview) -> JSON:
    return {
        "table_index": t.index,
        "aligned": gr.aligned,
        "assessable": gr.assessable,
        "grader": gr.grader,
        "prompt_version": gr.prompt_version,
        "unmeasured_goals": gr.unmeasured_goals,
    }


def _grade_record(
    r: IndicatorRow, t: Table, doc: Document, config: AuditConfig | None
) -> JSON | None:
    g = r.grade
    if g is None:
        return None
    rec: JSON = {
        "table_index": t.index,
        "row_index": r.index,
        "specificity": g.specificity,
        "grader": g.grader,
        "prompt_version": g.prompt_version,
        "fallback_reason": g.fallback_reason,
        "rewrite": None,
        "rewrite_check": None,
    }
    if g.rewrite is not None:
        rec["rewrite"] = g.rewrite.model_dump(mode="json")
        try:
            rec["rewrite_check"] = check_rewrite(rec["rewrite"], r, t, doc, config)
        except Exception as exc:  # a crashing check must not lose the column's grades
            rec["rewrite_check"] = {"error": f"{type(exc).__name__}: {exc}"}
    return rec


def grader_record(
    item: DatasetItem,
    spec: ModelSpec,
    doc: Document,
    latency: float,
    error: str | None,
    config: AuditConfig | None,
) -> JSON:
    grades: list[JSON] = []
    reviews: list[JSON] = []
    prompts: set[str] = set()
    for t in doc.tables:
        if t.goal_review is not None:
            reviews.append(_review_record(t, t.goal_review))
            if t.goal_review.prompt_version:
                prompts.add(t.goal_review.prompt_version)
        for r in t.rows:
            rec = _grade_record(r, t, doc, config)
            if rec is not None:
                grades.append(rec)
                if rec["prompt_version"]:
                    prompts.add(rec["prompt_version"])
    usage = doc.llm_usage.model_dump(mode="json") if doc.llm_usage is not None else {}
    return {
        "type": "grader",
        "item": item.id,
        "model": spec.name,
        "model_id": spec.model or "heuristic",
        "error": error,
        "latency_s": round(latency, 4),
        "usage": usage,
        "cache_hits": usage.get("cache_hits", 0),
        "prompt_versions": sorted(prompts),
        "grades": grades,
        "goal_reviews": reviews,
        "model_findings": model_finding_records(doc),  # added by an LLM second checker
    }


def failed_grader_record(item: DatasetItem, spec: ModelSpec, error: str) -> JSON:
    return {
        "type": "grader",
        "item": item.id,
        "model": spec.name,
        "error": error,
        "latency_s": 0.0,
        "usage": {},
        "grades": [],
        "goal_reviews": [],
    }
