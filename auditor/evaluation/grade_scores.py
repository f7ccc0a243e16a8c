"""Graders against the gold: specificity grades (exact, within one, MAE, QWK, Spearman with
intervals), rewrites (valid, keep the category, measurable), goal reviews (G701/G702) and usage."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from auditor.evaluation import stats
from auditor.evaluation.align import Alignment, norm
from auditor.evaluation.dataset import Dataset, DatasetItem, GoldRow, GoldTable
from auditor.evaluation.rule_scores import ci

JSON = dict[str, Any]
Matrix = list[list[int]]
REWRITE_CHECKS = ("valid", "passes_rules", "keeps_category", "measurable")


def _graded_rows(rec: JSON | None, al: Alignment) -> dict[tuple[int, int], JSON]:
    out: dict[tuple[int, int], JSON] = {}
    for g in (rec or {}).get("grades") or []:
        key = al.row(g.get("table_index"), g.get("row_index"))
        if key and g.get("specificity") is not None:
            out.setdefault(key, g)
    return out


@dataclass
class _Grading:
    slices: dict[str, Matrix] = field(default_factory=lambda: defaultdict(stats.empty_matrix))
    units: dict[int, Matrix] = field(default_factory=lambda: defaultdict(stats.empty_matrix))
    outcomes: dict[str, list[int]] = field(default_factory=dict)
    n_gold: int = 0
    n_missing: int = 0
    rewrites: Counter[str] = field(default_factory=Counter)

    def grade(self, item: DatasetItem, t: GoldTable, r: GoldRow, g: JSON | None, unit: int) -> None:
        gs = r.labels.specificity
        if gs is None:
            return
        self.n_gold += 1
        if g is None:
            self.n_missing += 1
            return
        ps = int(g["specificity"])
        if not 1 <= ps <= 5:
            return
        i, j = gs - 1, ps - 1
        families = sorted({c[0] for c in r.labels.codes}) or ["none"]
        keys = ["all", f"doc:{item.id}", f"category:{norm(r.level2) or '(empty)'}"]
        for s in keys + [f"family:{f}" for f in families]:
            self.slices[s][i][j] += 1
        self.units[unit][i][j] += 1
        self.outcomes[f"{item.id}|t{t.table_index}|r{r.row_index}"] = [gs, ps]

    def rewrite(self, gold: int | None, g: JSON | None) -> None:
        rw = self.rewrites
        if gold is not None and gold <= 3:
            rw["weak_gold"] += 1
        if g is None:
            return
        rw["graded"] += 1
        if g.get("fallback_reason"):
            rw["fallbacks"] += 1
        if not g.get("rewrite"):
            return
        rw["n_rewrites"] += 1
        check = g.get("rewrite_check") or {}
        for k in REWRITE_CHECKS:
            if check.get(k):
                rw[k] += 1
            if check.get(k) is None:
                rw[f"{k}_unknown"] += 1
        if gold is not None and gold <= 3:
            rw["weak_rewritten"] += 1


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _rewrite_summary(rw: Counter[str]) -> JSON:
    n = rw["n_rewrites"]
    return {
        "graded_rows": rw["graded"],
        "n_rewrites": n,
        "rewrite_rate": _ratio(n, rw["graded"]),
        "weak_rows_rewritten": _ratio(rw["weak_rewritten"], rw["weak_gold"]),
        "valid_rate": _ratio(rw["valid"], n),
        "passes_rules_rate": _ratio(rw["passes_rules"], n - rw["passes_rules_unknown"]),
        "keeps_category_rate": _ratio(rw["keeps_category"], n - rw["keeps_category_unknown"]),
        "measurable_rate": _ratio(rw["measurable"], n),
        "fallback_rate": _ratio(rw["fallbacks"], rw["graded"]),
    }


def _with_ci(m: Matrix, units: dict[int, Matrix], weights: list[list[int]] | None) -> JSON:
    out = stats.grading_metrics(m)
    if weights:
        ex, qw = [], []
        for w in weights:
            acc = stats.empty_matrix()
            for u, um in units.items():
                if w[u]:
                    stats.add_matrix(acc, um, w[u])
            ex.append(stats.exact(acc))
            qw.append(stats.qwk(acc))
        out["ci"] = {"exact": ci(ex, len(weights)), "qwk": ci(qw, len(weights))}
    return out


def score_grading(
    dataset: Dataset,
    idx: JSON,
    aligns: dict[str, Alignment],
    model: str,
    weights: list[list[int]] | None,
    unit_index: dict[tuple[str, int], int],
) -> tuple[JSON, JSON, dict[str, list[int]]]:
    acc = _Grading()
    for item in dataset.items:
        graded = _graded_rows(idx["grader"].get((model, item.id)), aligns[item.id])
        for t in item.tables:
            unit = unit_index[(item.id, t.table_index)]
            for r in t.rows:
                g = graded.get((t.table_index, r.row_index))
                acc.grade(item, t, r, g, unit)
                acc.rewrite(r.labels.specificity, g)
    if "all" in acc.slices:
        res = _with_ci(acc.slices["all"], acc.units, weights)
    else:
        res = stats.grading_metrics(stats.empty_matrix())
    res["gold_rows"] = acc.n_gold
    res["coverage"] = _ratio(acc.n_gold - acc.n_missing, acc.n_gold)
    res["confusion"] = acc.slices.get("all", stats.empty_matrix())
    for prefix, name in (
        ("doc:", "by_document"),
        ("family:", "by_family"),
        ("category:", "by_category"),
    ):
        res[name] = {
            s[len(prefix) :]: stats.grading_metrics(m)
            for s, m in sorted(acc.slices.items())
            if s.startswith(prefix)
        }
    return res, _rewrite_summary(acc.rewrites), acc.outcomes


def score_goals(
    dataset: Dataset, idx: JSON, aligns: dict[str, Alignment], model: str
) -> tuple[JSON, dict[str, list[bool]]]:
    """G701/G702 from the goal reviews vs the gold project labels (items labelled for rules)."""
    pairs: dict[str, list[tuple[bool, bool]]] = {"G701": [], "G702": []}
    by_doc: dict[str, dict[str, list[tuple[bool, bool]]]] = defaultdict(
        lambda: {"G701": [], "G702": []}
    )
    outcomes: dict[str, list[bool]] = {}
    n_tables = reviewed = 0
    for item in dataset.items:
        if not item.has_labels("rules"):
            continue
        reviews: dict[int, JSON] = {}
        for gr in (idx["grader"].get((model, item.id)) or {}).get("goal_reviews") or []:
            gt = aligns[item.id].table(gr.get("table_index"))
            if gt is not None:
                reviews.setdefault(gt, gr)
        for t in item.tables:
            n_tables += 1
            review = reviews.get(t.table_index)
            if review is None:
                continue
            reviewed += 1
            for code, fld in (("G701", "aligned"), ("G702", "assessable")):
                if review.get(fld) is None:
                    continue
                gold, pred = code in t.labels.codes, review[fld] is False
                pairs[code].append((gold, pred))
                by_doc[item.id][code].append((gold, pred))
                outcomes[f"{item.id}|t{t.table_index}|{code}"] = [gold, pred]
    res: JSON = {code: stats.binary_agreement(p) for code, p in pairs.items()}
    res["coverage"] = _ratio(reviewed, n_tables)
    res["by_document"] = {
        d: {c: stats.binary_agreement(p) for c, p in v.items()} for d, v in sorted(by_doc.items())
    }
    return res, outcomes


def score_usage(dataset: Dataset, idx: JSON, model: str) -> JSON:
    tot: dict[str, int | float] = {}
    lat = 0.0
    errors = 0
    for item in dataset.items:
        rec = idx["grader"].get((model, item.id))
        if rec is None:
            continue
        for k, v in (rec.get("usage") or {}).items():
            if isinstance(v, int | float):
                tot[k] = tot.get(k, 0) + v
        lat += rec.get("latency_s") or 0.0
        errors += 1 if rec.get("error") else 0
    counts = (
        "requests",
        "prompt_tokens",
        "completion_tokens",
        "cached_tokens",
        "cache_hits",
        "fallbacks",
    )
    return {
        **{k: tot.get(k, 0) for k in counts},
        "estimated_cost": round(tot.get("estimated_cost", 0.0), 6),
        "latency_s": round(lat, 3),
        "errors": errors,
    }
