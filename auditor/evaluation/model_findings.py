"""Scoring of the findings an LLM second checker adds (auditor.grade.llm_checker), per model.

A model column of `auditor eval --model …` with `llm-check = true` may add C202/U301/V402/V405
findings the rules missed (each marked with the model id). The rules are scored once
(auditor.evaluation.scorers.score_rules); here, per model: how many findings the model added,
how many of them the gold confirms (a gain in recall) and how many it does not (lost precision),
and the rules + model micro P/R/F1 on the codes the checker covers.
"""

from __future__ import annotations

from typing import Any

from auditor.evaluation.align import Alignment
from auditor.evaluation.dataset import Dataset
from auditor.evaluation.matching import finding_item, gold_items
from auditor.evaluation.stats import prf

CHECKED_CODES = ("C202", "U301", "V402", "V405")


def model_finding_records(doc: object) -> list[dict[str, object]]:
    """The model-added findings of a graded document, as stored in samples.jsonl."""
    out: list[dict[str, object]] = []
    for f in getattr(doc, "findings", None) or []:
        if getattr(f, "model", None):
            out.append(
                {
                    "code": f.code,
                    "scope": f.scope,
                    "table_index": f.table_index,
                    "row_index": f.row_index,
                    "model": f.model,
                    "message": f.message,
                }
            )
    return out


def score_model_findings(
    dataset: Dataset, idx: dict[str, Any], aligns: dict[str, Alignment], model: str
) -> dict[str, Any]:
    """Added / confirmed / unconfirmed model findings and rules + model P/R on CHECKED_CODES."""
    added = tp_added = fp_added = 0
    rules_tp = rules_fp = gold_n = 0
    for item in dataset.items:
        if not item.has_labels("rules"):
            continue
        doc = item.source.name
        al = aligns[item.id]
        gold = {g for g in gold_items(item) if g[1] in CHECKED_CODES}
        rec = idx["rules"].get(item.id) or {}
        rule_items = {
            it
            for f in rec.get("findings") or []
            if (it := finding_item(doc, f, al)) is not None and it[1] in CHECKED_CODES
        }
        grader = idx["grader"].get((model, item.id)) or {}
        model_items = {
            it
            for f in grader.get("model_findings") or []
            if (it := finding_item(doc, f, al)) is not None and it[1] in CHECKED_CODES
        } - rule_items
        added += len(model_items)
        tp_added += len(model_items & gold)
        fp_added += len(model_items - gold)
        rules_tp += len(rule_items & gold)
        rules_fp += len(rule_items - gold)
        gold_n += len(gold)
    rules_only = prf(rules_tp, rules_fp, gold_n - rules_tp)
    combined_tp = rules_tp + tp_added
    combined = prf(combined_tp, rules_fp + fp_added, gold_n - combined_tp)
    return {
        "codes": list(CHECKED_CODES),
        "added": added,
        "added_confirmed": tp_added,
        "added_unconfirmed": fp_added,
        "added_precision": (tp_added / added) if added else None,
        "rules": rules_only,
        "rules_plus_model": combined,
    }
