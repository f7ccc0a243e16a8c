"""Rules against the gold labels: precision/recall/F1 micro, by scope, family, code, document and
二级 category, with cluster-bootstrap intervals. TP/FP/FN classification is
auditor.evaluation.matching.score_findings (the one definition)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from auditor.evaluation import stats
from auditor.evaluation.align import Alignment, norm
from auditor.evaluation.dataset import Dataset, DatasetItem
from auditor.evaluation.matching import Item, finding_item, gold_items, score_findings

JSON = dict[str, Any]
OUTCOMES = ("tp", "fp", "fn")


def scope_of(key: tuple[Any, ...]) -> str:
    if len(key) == 3:
        return "row"
    return "document" if key[1] is None else "project"


def key_str(item_id: str, it: Item) -> str:
    key, code = it
    assert isinstance(key, tuple)
    parts = [item_id, scope_of(key)] + [f"{p}{v}" for p, v in zip("tr", key[1:]) if v is not None]
    return "|".join(parts + [code])


def _category_of(item: DatasetItem, key: tuple[Any, ...]) -> str:
    scope = scope_of(key)
    if scope != "row":
        return f"({scope})"
    t, r = key[1], key[2]
    if not isinstance(t, int) or not isinstance(r, int):
        return "(not a gold row)"
    return norm(item.tables[t - 1].rows[r - 1].level2) or "(empty)"


def ci(vals: list[float | None], n_resamples: int) -> list[float] | None:
    """95% percentile interval, or None when too few resamples gave a value."""
    kept = sorted(v for v in vals if v is not None)
    if len(kept) < max(10, n_resamples // 2):
        return None
    return [stats.percentile(kept, 0.025), stats.percentile(kept, 0.975)]


@dataclass
class _Tallies:
    groups: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    # group -> bootstrap cluster -> [tp, fp, fn]
    units: dict[str, dict[int, list[int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    )
    outcomes: dict[str, str] = field(default_factory=dict)
    unscored: Counter[str] = field(default_factory=Counter)
    errors: dict[str, str] = field(default_factory=dict)

    def add(self, item: DatasetItem, it: Item, kind: int, unit: int) -> None:
        key, code = it
        assert isinstance(key, tuple)
        self.outcomes[key_str(item.id, it)] = OUTCOMES[kind]
        for g in (
            "all",
            f"scope:{scope_of(key)}",
            f"family:{code[0]}",
            f"code:{code}",
            f"doc:{item.id}",
            f"category:{_category_of(item, key)}",
        ):
            self.groups[g][OUTCOMES[kind]] += 1
            self.units[g][unit][kind] += 1


def _tally_item(
    tallies: _Tallies,
    item: DatasetItem,
    rec: JSON | None,
    al: Alignment,
    unit_index: dict[tuple[str, int], int],
) -> None:
    doc = item.source.name
    if rec is None or rec.get("error"):
        tallies.errors[item.id] = (rec or {}).get("error") or "no rules sample"
    pred: set[Item] = set()
    for f in (rec or {}).get("findings") or []:
        it = finding_item(doc, f, al)
        if it is None:
            tallies.unscored[f.get("code") or "?"] += 1
        else:
            pred.add(it)
    sc = score_findings(pred, gold_items(item))
    fps, fns = set(sc.fp_items), set(sc.fn_items)
    for it in sorted(pred | fns, key=repr):
        kind = 1 if it in fps else (2 if it in fns else 0)
        key = it[0]
        assert isinstance(key, tuple)
        # findings on tables the extraction invented attach to the document cluster
        cluster = key[1] if isinstance(key[1], int) else 0
        tallies.add(item, it, kind, unit_index[(item.id, cluster)])


def _block(tallies: _Tallies, g: str, weights: list[list[int]] | None) -> JSON:
    c = tallies.groups[g]
    out = stats.prf(c["tp"], c["fp"], c["fn"])
    if weights:
        entries = list(tallies.units[g].items())
        ps, rs, fs = [], [], []
        for w in weights:
            tp = sum(w[u] * a for u, (a, _, _) in entries)
            fp = sum(w[u] * b for u, (_, b, _) in entries)
            fn = sum(w[u] * d for u, (_, _, d) in entries)
            m = stats.prf(tp, fp, fn)
            ps.append(m["precision"])
            rs.append(m["recall"])
            fs.append(m["f1"])
        out["ci"] = {
            name: ci(vals, len(weights))
            for name, vals in (("precision", ps), ("recall", rs), ("f1", fs))
        }
    return out


def score_rules(
    dataset: Dataset,
    idx: JSON,
    aligns: dict[str, Alignment],
    weights: list[list[int]] | None,
    unit_index: dict[tuple[str, int], int],
) -> tuple[JSON, dict[str, str]]:
    """Rules vs gold on the items labelled for rules (extraction-only items are left out)."""
    tallies = _Tallies()
    for item in dataset.items:
        if item.has_labels("rules"):
            _tally_item(tallies, item, idx["rules"].get(item.id), aligns[item.id], unit_index)
    groups = sorted(tallies.groups)

    def by(prefix: str) -> JSON:
        return {
            g.split(":", 1)[1]: _block(tallies, g, weights) for g in groups if g.startswith(prefix)
        }

    res: JSON = {
        "micro": _block(tallies, "all", weights) if "all" in tallies.groups else stats.prf(0, 0, 0),
        "by_scope": by("scope:"),
        "by_family": by("family:"),
        "by_code": by("code:"),
        "by_document": by("doc:"),
        "by_category": {
            g.split(":", 1)[1]: stats.prf(*(tallies.groups[g][k] for k in OUTCOMES))
            for g in groups
            if g.startswith("category:")
        },
        "unscored": dict(tallies.unscored),
        "errors": tallies.errors,
    }
    gold_codes = [c for c, m in res["by_code"].items() if m["tp"] + m["fn"] > 0]
    f1s = [res["by_code"][c]["f1"] or 0.0 for c in gold_codes]
    res["macro_f1"] = sum(f1s) / len(f1s) if f1s else None
    return res, tallies.outcomes
