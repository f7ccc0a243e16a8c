"""Scorers: pure functions of (dataset, run samples) -> metrics + per-item outcomes.

Metric groups (metrics.json):
    extraction      tables / rows precision-recall-F1 vs gold, per-field accuracy (denominator: gold)
    rules           precision / recall / F1 micro, per scope, family, code, 二级 category, document,
                    with cluster-bootstrap confidence intervals (resample tables or documents)
    grading[model]  exact / within-one accuracy, MAE, quadratic weighted kappa, Spearman vs gold
                    specificity (+ CI for exact and QWK), slices by document, family, category
    rewrites[model] share of rewrites that pass the row rules, keep the 二级 category, are measurable
    goals[model]    G701/G702 from goal_review vs gold project labels (accuracy, P/R/F1, Cohen κ)
    usage[model]    requests, tokens, cache hits, cost, fallbacks, latency
`flat` repeats every scalar under a dotted name (e.g. `rules.micro.f1`, `grading.offline.qwk`)
for --fail-under and `compare`.

Rules matching: findings are mapped into gold coordinates through the extraction alignment and
classified by auditor.evaluation.matching.score_findings: a finding with a row index is a row item
(doc, table, row, code), with only a table index a project item, with neither a document item;
set semantics (a code flagged twice on one row counts once). Codes outside taxonomy v1 (E900
internal errors) and T106 (corpus, not labelled) are not scored; they are listed under
rules.unscored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from auditor.evaluation import stats
from auditor.evaluation.align import Alignment, align, identity_alignment
from auditor.evaluation.dataset import Dataset, DatasetItem
from auditor.evaluation.extraction_scores import score_extraction, score_extraction_run
from auditor.evaluation.grade_scores import score_goals, score_grading, score_usage
from auditor.evaluation.matching import CodeScore, Scores, finding_item, gold_items, score_findings
from auditor.evaluation.model_findings import score_model_findings
from auditor.evaluation.rule_scores import score_rules

__all__ = [
    "CodeScore",
    "ScoreResult",
    "Scores",
    "finding_item",
    "flatten",
    "gold_items",
    "score_extraction",
    "score_findings",
    "score_goals",
    "score_grading",
    "score_rules",
    "score_run",
    "score_usage",
]

JSON = dict[str, Any]


@dataclass
class ScoreResult:
    metrics: JSON
    outcomes: JSON = field(default_factory=dict)  # per-item outcomes, used by `compare` for flips


def index_samples(samples: list[JSON]) -> JSON:
    """Group sample records: extraction[item], rules[item], grader[(model, item)]."""
    out: dict[str, dict[Any, JSON]] = {"extraction": {}, "rules": {}, "grader": {}}
    for s in samples:
        if s["type"] == "grader":
            out["grader"][(s["model"], s["item"])] = s
        elif s["type"] in ("extraction", "rules"):
            out[s["type"]][s["item"]] = s
    return out


def alignment_for(item: DatasetItem, ext: JSON | None) -> Alignment:
    if ext is None:
        return Alignment()
    if ext.get("input") == "gold":
        return identity_alignment(item)
    return align(item, ext.get("tables") or [])


# --- everything ---------------------------------------------------------------------------------------


def make_units(dataset: Dataset, unit: str) -> dict[tuple[str, int], int]:
    """Cluster ids for the bootstrap: one per gold table (+ one per document for document keys),
    or one per document."""
    out: dict[tuple[str, int], int] = {}
    for d, item in enumerate(dataset.items):
        if unit == "document":
            for t in range(len(item.tables) + 1):
                out[(item.id, t)] = d
        else:
            for t in range(len(item.tables) + 1):
                out[(item.id, t)] = len(out)
    return out


def score_run(
    dataset: Dataset,
    samples: list[JSON],
    models: list[str],
    *,
    bootstrap: int = 1000,
    seed: int = 0,
    unit: str = "table",
) -> ScoreResult:
    idx = index_samples(samples)
    aligns = {it.id: alignment_for(it, idx["extraction"].get(it.id)) for it in dataset.items}
    unit_index = make_units(dataset, unit)
    n_units = len(set(unit_index.values()))
    weights = (
        stats.bootstrap_weights(n_units, bootstrap, seed) if bootstrap and n_units > 1 else None
    )

    extraction = score_extraction_run(dataset, idx["extraction"], aligns)
    rules, rule_out = score_rules(dataset, idx, aligns, weights, unit_index)
    grading: JSON = {}
    rewrites: JSON = {}
    goals: JSON = {}
    usage: JSON = {}
    model_findings: JSON = {}
    grade_out: JSON = {}
    goal_out: JSON = {}
    for m in models:
        grading[m], rewrites[m], grade_out[m] = score_grading(
            dataset, idx, aligns, m, weights, unit_index
        )
        goals[m], goal_out[m] = score_goals(dataset, idx, aligns, m)
        usage[m] = score_usage(dataset, idx, m)
        model_findings[m] = score_model_findings(dataset, idx, aligns, m)

    metrics: JSON = {
        "dataset": {
            "version": dataset.header.dataset_version,
            "content_hash": dataset.header.content_hash,
            "items": [it.id for it in dataset.items],
            "gold_rows": sum(it.n_rows() for it in dataset.items),
        },
        "bootstrap": {
            "resamples": bootstrap if weights else 0,
            "seed": seed,
            "unit": unit,
            "clusters": n_units,
            "level": 0.95,
        },
        "models": list(models),
        "extraction": extraction,
        "rules": rules,
        "grading": grading,
        "rewrites": rewrites,
        "goals": goals,
        "usage": usage,
        "model_findings": model_findings,
    }
    metrics["flat"] = flatten(metrics)
    return ScoreResult(metrics, {"rules": rule_out, "grading": grade_out, "goals": goal_out})


def flatten(metrics: JSON) -> dict[str, float]:
    """Dotted scalar metrics (no slices by document/category; those stay in the nested tree)."""
    flat: dict[str, float] = {}

    def put(prefix: str, d: JSON, keys: tuple[str, ...] | None = None) -> None:
        for k, v in d.items():
            if keys and k not in keys:
                continue
            if isinstance(v, bool):
                continue
            if isinstance(v, int | float):
                flat[f"{prefix}.{k}"] = v

    ex = metrics["extraction"]
    for g in ("tables", "rows"):
        put(f"extraction.{g}", ex[g], ("precision", "recall", "f1"))
    put("extraction.fields", ex["fields"])
    put("extraction.table_fields", ex["table_fields"])
    if "row_reading" in ex:
        put("extraction.row_reading", ex["row_reading"])
    ru = metrics["rules"]
    put("rules.micro", ru["micro"], ("precision", "recall", "f1", "tp", "fp", "fn"))
    if ru.get("macro_f1") is not None:
        flat["rules.macro_f1"] = ru["macro_f1"]
    for sect in ("by_scope", "by_family", "by_code"):
        for name, m in ru[sect].items():
            put(f"rules.{sect[3:]}.{name}", m, ("precision", "recall", "f1"))
    for model, g in metrics["grading"].items():
        put(
            f"grading.{model}",
            g,
            ("exact", "within_one", "mae", "qwk", "spearman", "coverage", "n"),
        )
    for model, r in metrics["rewrites"].items():
        put(f"rewrites.{model}", r)
    for model, g in metrics["goals"].items():
        for code in ("G701", "G702"):
            put(
                f"goals.{model}.{code}",
                g[code],
                ("accuracy", "precision", "recall", "f1", "kappa", "n"),
            )
        if g.get("coverage") is not None:
            flat[f"goals.{model}.coverage"] = g["coverage"]
    for model, u in metrics["usage"].items():
        put(f"usage.{model}", u)
    for model, mf in (metrics.get("model_findings") or {}).items():
        put(f"model_findings.{model}", mf)
        put(f"model_findings.{model}.rules_plus_model", mf["rules_plus_model"])
    return flat
