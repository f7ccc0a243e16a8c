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

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from auditor.evaluation import stats
from auditor.evaluation.align import Alignment, align, identity_alignment, norm
from auditor.evaluation.dataset import Dataset, DatasetItem
from auditor.evaluation.matching import CodeScore, Scores, finding_item, gold_items, score_findings

__all__ = [
    "CodeScore",
    "ScoreResult",
    "Scores",
    "finding_item",
    "flatten",
    "gold_items",
    "score_findings",
    "score_run",
]

ROW_FIELDS = ("level1", "level2", "level3", "description", "value", "basis")
TABLE_FIELDS = ("kind", "project", "budget_wan", "goal")


@dataclass
class ScoreResult:
    metrics: dict
    outcomes: dict = field(default_factory=dict)  # per-item outcomes, used by `compare` for flips


def index_samples(samples: list[dict]) -> dict:
    """Group sample records: extraction[item], rules[item], grader[(model, item)]."""
    out = {"extraction": {}, "rules": {}, "grader": {}}
    for s in samples:
        if s["type"] == "grader":
            out["grader"][(s["model"], s["item"])] = s
        elif s["type"] in ("extraction", "rules"):
            out[s["type"]][s["item"]] = s
    return out


def alignment_for(item: DatasetItem, ext: dict | None) -> Alignment:
    if ext is None:
        return Alignment()
    if ext.get("input") == "gold":
        return identity_alignment(item)
    return align(item, ext.get("tables") or [])


# --- extraction -----------------------------------------------------------------------------------


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        try:
            return a is not None and b is not None and abs(float(a) - float(b)) < 1e-6
        except (TypeError, ValueError):
            return False
    return norm(a) == norm(b)


def score_extraction(item: DatasetItem, ext: dict | None, al: Alignment) -> dict:
    pred_tables = (ext or {}).get("tables") or []
    n_gold_t = len(item.tables)
    n_pred_t = len(pred_tables)
    n_gold_r = item.n_rows()
    n_pred_r = sum(len(t.get("rows") or []) for t in pred_tables)
    t_ok = sum(
        1
        for pt, gt in al.table_pairs
        if pt.get("kind") == gt.kind and norm(pt.get("project")) == norm(gt.project)
    )
    r_ok = sum(
        1
        for pr, gr, _ in al.row_pairs
        if norm(pr.get("level3")) == norm(gr.level3) and norm(pr.get("value")) == norm(gr.value)
    )
    fields = {
        f: sum(1 for pr, gr, _ in al.row_pairs if _same(pr.get(f), getattr(gr, f)))
        for f in ROW_FIELDS
    }
    row_exact = sum(
        1 for pr, gr, _ in al.row_pairs if all(_same(pr.get(f), getattr(gr, f)) for f in ROW_FIELDS)
    )
    tfields = {
        f: sum(1 for pt, gt in al.table_pairs if _same(pt.get(f), getattr(gt, f)))
        for f in TABLE_FIELDS
    }
    tfields["n_rows"] = sum(
        1 for pt, gt in al.table_pairs if len(pt.get("rows") or []) == len(gt.rows)
    )
    return {
        "gold_tables": n_gold_t,
        "pred_tables": n_pred_t,
        "tables_ok": t_ok,
        "gold_rows": n_gold_r,
        "pred_rows": n_pred_r,
        "rows_ok": r_ok,
        "rows_exact": row_exact,
        "row_fields": fields,
        "table_fields": tfields,
        "error": (ext or {}).get("error") if ext else "no extraction sample",
    }


def _pr(ok: int, pred: int, gold: int) -> dict:
    p = ok / pred if pred else None
    r = ok / gold if gold else None
    f = 2 * ok / (pred + gold) if pred + gold else None
    return {"precision": p, "recall": r, "f1": f, "correct": ok, "pred": pred, "gold": gold}


def _extraction_summary(per: dict[str, dict]) -> dict:
    tot = Counter()
    rf, tf = Counter(), Counter()
    for e in per.values():
        for k in (
            "gold_tables",
            "pred_tables",
            "tables_ok",
            "gold_rows",
            "pred_rows",
            "rows_ok",
            "rows_exact",
        ):
            tot[k] += e[k]
        rf.update(e["row_fields"])
        tf.update(e["table_fields"])
    gr, gt = tot["gold_rows"], tot["gold_tables"]
    return {
        "tables": _pr(tot["tables_ok"], tot["pred_tables"], gt),
        "rows": _pr(tot["rows_ok"], tot["pred_rows"], gr),
        "fields": {
            **{f: (rf[f] / gr if gr else None) for f in ROW_FIELDS},
            "all": tot["rows_exact"] / gr if gr else None,
        },
        "table_fields": {f: (tf[f] / gt if gt else None) for f in (*TABLE_FIELDS, "n_rows")},
    }


# --- rules ------------------------------------------------------------------------------------------


def _scope_of(key: tuple) -> str:
    if len(key) == 3:
        return "row"
    return "document" if key[1] is None else "project"


def key_str(item_id: str, it: tuple) -> str:
    key, code = it
    parts = [item_id, _scope_of(key)] + [f"{p}{v}" for p, v in zip("tr", key[1:]) if v is not None]
    return "|".join(parts + [code])


def _category_of(item: DatasetItem, key: tuple) -> str:
    scope = _scope_of(key)
    if scope != "row":
        return f"({scope})"
    t, r = key[1], key[2]
    if not isinstance(t, int) or not isinstance(r, int):
        return "(not a gold row)"
    return norm(item.tables[t - 1].rows[r - 1].level2) or "(empty)"


def score_rules(
    dataset: Dataset,
    idx: dict,
    aligns: dict[str, Alignment],
    weights: list[list[int]] | None,
    unit_index: dict,
) -> tuple[dict, dict]:
    """Rules vs gold. TP/FP/FN classification is auditor.evaluation.matching.score_findings (the
    one definition, also used by the tests); this adds slices and bootstrap intervals."""
    tallies: dict[str, Counter] = defaultdict(Counter)  # group -> tp/fp/fn
    unit_tallies: dict[str, dict[int, list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0, 0])
    )
    outcomes: dict[str, str] = {}
    unscored: Counter = Counter()
    errors = {}
    for item in dataset.items:
        if not item.has_labels("rules"):  # extraction-only item: its empty codes say nothing
            continue
        rec = idx["rules"].get(item.id)
        doc = item.source.name
        if rec is None or rec.get("error"):
            errors[item.id] = (rec or {}).get("error") or "no rules sample"
        pred = set()
        for f in (rec or {}).get("findings") or []:
            it = finding_item(doc, f, aligns[item.id])
            if it is None:
                unscored[f.get("code") or "?"] += 1
            else:
                pred.add(it)
        sc = score_findings(pred, gold_items(item))
        fps, fns = set(sc.fp_items), set(sc.fn_items)
        for it in sorted(pred | fns, key=repr):
            kind = 1 if it in fps else (2 if it in fns else 0)
            outcomes[key_str(item.id, it)] = ("tp", "fp", "fn")[kind]
            key, code = it
            cluster = key[1] if isinstance(key[1], int) else 0
            if isinstance(
                key[1], str
            ):  # invented table: attach to the gold table it was aligned near
                cluster = 0
            unit = unit_index[(item.id, cluster)]
            for g in (
                "all",
                f"scope:{_scope_of(key)}",
                f"family:{code[0]}",
                f"code:{code}",
                f"doc:{item.id}",
                f"category:{_category_of(item, key)}",
            ):
                tallies[g][("tp", "fp", "fn")[kind]] += 1
                unit_tallies[g][unit][kind] += 1

    def block(g: str) -> dict:
        c = tallies[g]
        out = stats.prf(c["tp"], c["fp"], c["fn"])
        if weights:
            entries = list(unit_tallies[g].items())
            ps, rs, fs = [], [], []
            for w in weights:
                tp = fp = fn = 0
                for u, (a, b, d) in entries:
                    k = w[u]
                    if k:
                        tp += k * a
                        fp += k * b
                        fn += k * d
                m = stats.prf(tp, fp, fn)
                ps.append(m["precision"]), rs.append(m["recall"]), fs.append(m["f1"])
            out["ci"] = {
                name: _ci(vals, len(weights))
                for name, vals in (("precision", ps), ("recall", rs), ("f1", fs))
            }
        return out

    groups = sorted(tallies)
    res = {
        "micro": block("all") if "all" in tallies else stats.prf(0, 0, 0),
        "by_scope": {g.split(":", 1)[1]: block(g) for g in groups if g.startswith("scope:")},
        "by_family": {g.split(":", 1)[1]: block(g) for g in groups if g.startswith("family:")},
        "by_code": {g.split(":", 1)[1]: block(g) for g in groups if g.startswith("code:")},
        "by_document": {g.split(":", 1)[1]: block(g) for g in groups if g.startswith("doc:")},
        "by_category": {
            g.split(":", 1)[1]: stats.prf(tallies[g]["tp"], tallies[g]["fp"], tallies[g]["fn"])
            for g in groups
            if g.startswith("category:")
        },
        "unscored": dict(unscored),
        "errors": errors,
    }
    gold_codes = [c for c, m in res["by_code"].items() if m["tp"] + m["fn"] > 0]
    f1s = [res["by_code"][c]["f1"] or 0.0 for c in gold_codes]
    res["macro_f1"] = sum(f1s) / len(f1s) if f1s else None
    return res, outcomes


def _ci(vals: list, n_resamples: int) -> list[float] | None:
    vals = sorted(v for v in vals if v is not None)
    if len(vals) < max(10, n_resamples // 2):
        return None
    return [stats.percentile(vals, 0.025), stats.percentile(vals, 0.975)]


# --- grading / rewrites / goals ---------------------------------------------------------------------


def _graded_rows(item: DatasetItem, rec: dict | None, al: Alignment) -> dict[tuple[int, int], dict]:
    out = {}
    for g in (rec or {}).get("grades") or []:
        key = al.row(g.get("table_index"), g.get("row_index"))
        if key and g.get("specificity") is not None:
            out.setdefault(key, g)
    return out


def score_grading(
    dataset: Dataset, idx: dict, aligns: dict, model: str, weights, unit_index: dict
) -> tuple[dict, dict, dict]:
    slices: dict[str, list[list[int]]] = defaultdict(stats.empty_matrix)
    unit_m: dict[int, list[list[int]]] = defaultdict(stats.empty_matrix)
    outcomes: dict[str, list[int]] = {}
    n_gold = n_missing = 0
    rw = Counter()
    for item in dataset.items:
        rec = idx["grader"].get((model, item.id))
        graded = _graded_rows(item, rec, aligns[item.id])
        for t in item.tables:
            unit = unit_index.get((item.id, t.table_index))
            for r in t.rows:
                gs = r.labels.specificity
                g = graded.get((t.table_index, r.row_index))
                if gs is not None:
                    n_gold += 1
                    if g is None:
                        n_missing += 1
                    else:
                        ps = int(g["specificity"])
                        if 1 <= ps <= 5:
                            i, j = gs - 1, ps - 1
                            fams = sorted({c[0] for c in r.labels.codes}) or ["none"]
                            for s in [
                                "all",
                                f"doc:{item.id}",
                                f"category:{norm(r.level2) or '(empty)'}",
                            ] + [f"family:{f}" for f in fams]:
                                slices[s][i][j] += 1
                            unit_m[unit][i][j] += 1
                            outcomes[f"{item.id}|t{t.table_index}|r{r.row_index}"] = [gs, ps]
                if g is not None and g.get("rewrite"):
                    rw["n_rewrites"] += 1
                    chk = g.get("rewrite_check") or {}
                    for k in ("valid", "passes_rules", "keeps_category", "measurable"):
                        if chk.get(k):
                            rw[k] += 1
                        if chk.get(k) is None:
                            rw[f"{k}_unknown"] += 1
                    if gs is not None and gs <= 3:
                        rw["weak_rewritten"] += 1
                if g is not None:
                    rw["graded"] += 1
                    if g.get("fallback_reason"):
                        rw["fallbacks"] += 1
                if gs is not None and gs <= 3:
                    rw["weak_gold"] += 1

    def with_ci(m) -> dict:
        out = stats.grading_metrics(m)
        if weights:
            units = list(unit_m.items())
            ex, qw = [], []
            for w in weights:
                acc = stats.empty_matrix()
                for u, um in units:
                    if w[u]:
                        stats.add_matrix(acc, um, w[u])
                ex.append(stats.exact(acc))
                qw.append(stats.qwk(acc))
            out["ci"] = {"exact": _ci(ex, len(weights)), "qwk": _ci(qw, len(weights))}
        return out

    res = with_ci(slices["all"]) if "all" in slices else stats.grading_metrics(stats.empty_matrix())
    res["gold_rows"] = n_gold
    res["coverage"] = (n_gold - n_missing) / n_gold if n_gold else None
    res["confusion"] = slices.get("all", stats.empty_matrix())
    for prefix, name in (
        ("doc:", "by_document"),
        ("family:", "by_family"),
        ("category:", "by_category"),
    ):
        res[name] = {
            s[len(prefix) :]: stats.grading_metrics(m)
            for s, m in sorted(slices.items())
            if s.startswith(prefix)
        }
    n = rw["n_rewrites"]
    rewrites = {
        "graded_rows": rw["graded"],
        "n_rewrites": n,
        "rewrite_rate": n / rw["graded"] if rw["graded"] else None,
        "weak_rows_rewritten": rw["weak_rewritten"] / rw["weak_gold"] if rw["weak_gold"] else None,
        "valid_rate": rw["valid"] / n if n else None,
        "passes_rules_rate": rw["passes_rules"] / (n - rw["passes_rules_unknown"])
        if n - rw["passes_rules_unknown"]
        else None,
        "keeps_category_rate": rw["keeps_category"] / (n - rw["keeps_category_unknown"])
        if n - rw["keeps_category_unknown"]
        else None,
        "measurable_rate": rw["measurable"] / n if n else None,
        "fallback_rate": rw["fallbacks"] / rw["graded"] if rw["graded"] else None,
    }
    return res, rewrites, outcomes


def score_goals(dataset: Dataset, idx: dict, aligns: dict, model: str) -> tuple[dict, dict]:
    pairs: dict[str, list[tuple[bool, bool]]] = {"G701": [], "G702": []}
    by_doc: dict[str, dict[str, list]] = defaultdict(lambda: {"G701": [], "G702": []})
    outcomes: dict[str, list] = {}
    n_tables = reviewed = 0
    for item in dataset.items:
        rec = idx["grader"].get((model, item.id))
        reviews = {}
        for gr in (rec or {}).get("goal_reviews") or []:
            gt = aligns[item.id].table(gr.get("table_index"))
            if gt is not None:
                reviews.setdefault(gt, gr)
        if not item.has_labels("rules"):
            continue
        for t in item.tables:
            n_tables += 1
            gr = reviews.get(t.table_index)
            if gr is None:
                continue
            reviewed += 1
            for code, fld in (("G701", "aligned"), ("G702", "assessable")):
                if gr.get(fld) is None:
                    continue
                gold, pred = code in t.labels.codes, gr[fld] is False
                pairs[code].append((gold, pred))
                by_doc[item.id][code].append((gold, pred))
                outcomes[f"{item.id}|t{t.table_index}|{code}"] = [gold, pred]
    res = {code: stats.binary_agreement(p) for code, p in pairs.items()}
    res["coverage"] = reviewed / n_tables if n_tables else None
    res["by_document"] = {
        d: {c: stats.binary_agreement(p) for c, p in v.items()} for d, v in sorted(by_doc.items())
    }
    return res, outcomes


def score_usage(dataset: Dataset, idx: dict, model: str) -> dict:
    tot = Counter()
    lat = 0.0
    errors = 0
    for item in dataset.items:
        rec = idx["grader"].get((model, item.id))
        if rec is None:
            continue
        for k, v in (rec.get("usage") or {}).items():
            if isinstance(v, (int, float)):
                tot[k] += v
        lat += rec.get("latency_s") or 0.0
        errors += 1 if rec.get("error") else 0
    return {
        **{
            k: tot.get(k, 0)
            for k in ("requests", "prompt_tokens", "completion_tokens", "cache_hits", "fallbacks")
        },
        "estimated_cost": round(tot.get("estimated_cost", 0.0), 6),
        "latency_s": round(lat, 3),
        "errors": errors,
    }


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
    samples: list[dict],
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

    inputs = {e.get("input") for e in idx["extraction"].values()}
    if inputs == {"gold"}:  # rules/graders ran on the gold extraction: nothing to score here
        extraction = _extraction_summary({})
        extraction.update(input="gold", skipped=True, by_document={}, errors={})
    else:
        per_ext = {
            it.id: score_extraction(it, idx["extraction"].get(it.id), aligns[it.id])
            for it in dataset.items
        }
        extraction = _extraction_summary(per_ext)
        extraction["input"] = ",".join(sorted(i for i in inputs if i)) or None
        extraction["by_document"] = {k: _extraction_summary({k: v}) for k, v in per_ext.items()}
        extraction["errors"] = {k: v["error"] for k, v in per_ext.items() if v["error"]}

    rules, rule_out = score_rules(dataset, idx, aligns, weights, unit_index)
    grading, rewrites, goals, usage = {}, {}, {}, {}
    grade_out, goal_out = {}, {}
    for m in models:
        grading[m], rewrites[m], grade_out[m] = score_grading(
            dataset, idx, aligns, m, weights, unit_index
        )
        goals[m], goal_out[m] = score_goals(dataset, idx, aligns, m)
        usage[m] = score_usage(dataset, idx, m)

    metrics = {
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
    }
    metrics["flat"] = flatten(metrics)
    return ScoreResult(metrics, {"rules": rule_out, "grading": grade_out, "goals": goal_out})


def flatten(metrics: dict) -> dict[str, float]:
    """Dotted scalar metrics (no slices by document/category; those stay in the nested tree)."""
    flat: dict[str, float] = {}

    def put(prefix: str, d: dict, keys=None) -> None:
        for k, v in d.items():
            if keys and k not in keys:
                continue
            if isinstance(v, bool):
                continue
            if isinstance(v, (int, float)):
                flat[f"{prefix}.{k}"] = v

    ex = metrics["extraction"]
    for g in ("tables", "rows"):
        put(f"extraction.{g}", ex[g], ("precision", "recall", "f1"))
    put("extraction.fields", ex["fields"])
    put("extraction.table_fields", ex["table_fields"])
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
    return flat
