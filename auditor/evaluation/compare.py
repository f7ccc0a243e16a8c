"""`auditor eval compare A B`: metric deltas (B − A) and the items whose outcome flipped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

JSON = dict[str, Any]


def _read(path: Path) -> JSON:
    data: JSON = json.loads(path.read_text(encoding="utf-8"))
    return data


def _outcomes(run_dir: Path) -> JSON:
    p = run_dir / "outcomes.json"
    return _read(p) if p.exists() else {}


def _rule_flips(oa: JSON, ob: JSON) -> list[JSON]:
    ra, rb = oa.get("rules", {}), ob.get("rules", {})
    out = []
    for k in sorted(set(ra) | set(rb)):
        x, y = ra.get(k, "tn"), rb.get(k, "tn")
        if x != y:
            out.append({"key": k, "a": x, "b": y})
    return out


def _judgement_flips(ga: JSON, gb: JSON) -> list[JSON]:
    """Grades or goal labels ([gold, pred] per key) that went right <-> wrong."""
    out = []
    for model in sorted(set(ga) & set(gb)):
        for k in sorted(set(ga[model]) | set(gb[model])):
            x, y = ga[model].get(k), gb[model].get(k)
            ok_x = None if x is None else x[0] == x[1]
            ok_y = None if y is None else y[0] == y[1]
            if ok_x != ok_y:
                out.append(
                    {
                        "model": model,
                        "key": k,
                        "gold": (x or y)[0],
                        "a": None if x is None else x[1],
                        "b": None if y is None else y[1],
                        "a_correct": ok_x,
                        "b_correct": ok_y,
                    }
                )
    return out


def compare_runs(run_a: str | Path, run_b: str | Path) -> JSON:
    """Metric deltas (B − A) and the items whose outcome flipped between two runs."""
    a_dir, b_dir = Path(run_a), Path(run_b)
    ma, mb = _read(a_dir / "metrics.json"), _read(b_dir / "metrics.json")
    fa, fb = ma["flat"], mb["flat"]
    deltas = []
    for k in sorted(set(fa) | set(fb)):
        va, vb = fa.get(k), fb.get(k)
        d = None if va is None or vb is None else vb - va
        deltas.append({"metric": k, "a": va, "b": vb, "delta": d})
    oa, ob = _outcomes(a_dir), _outcomes(b_dir)
    flips: dict[str, list[JSON]] = {
        "rules": _rule_flips(oa, ob),
        "grading": _judgement_flips(oa.get("grading", {}), ob.get("grading", {})),
        "goals": _judgement_flips(oa.get("goals", {}), ob.get("goals", {})),
    }
    return {
        "a": a_dir.name,
        "b": b_dir.name,
        "dataset": {
            "a": ma.get("dataset", {}).get("content_hash"),
            "b": mb.get("dataset", {}).get("content_hash"),
        },
        "models": {"a": ma.get("models"), "b": mb.get("models")},
        "deltas": deltas,
        "flips": flips,
    }
