"""Small statistics without scipy: P/R/F1, quadratic weighted kappa, Spearman, Cohen's kappa,
percentile bootstrap over clusters (documents or tables) with a fixed seed.

Grading metrics are computed from a K×K confusion matrix (gold × predicted, K = 5 grades), so a
bootstrap only has to add up per-cluster matrices.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from typing import Any

K = 5  # specificity grades 1..5
Matrix = list[list[int]]


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def empty_matrix() -> list[list[int]]:
    return [[0] * K for _ in range(K)]


def add_matrix(a: list[list[int]], b: list[list[int]], w: int = 1) -> None:
    for i in range(K):
        ai, bi = a[i], b[i]
        for j in range(K):
            ai[j] += w * bi[j]


def matrix_n(m: Matrix) -> int:
    return sum(sum(r) for r in m)


def exact(m: Matrix) -> float | None:
    n = matrix_n(m)
    return sum(m[i][i] for i in range(K)) / n if n else None


def within_one(m: Matrix) -> float | None:
    n = matrix_n(m)
    return sum(m[i][j] for i in range(K) for j in range(K) if abs(i - j) <= 1) / n if n else None


def mae(m: Matrix) -> float | None:
    n = matrix_n(m)
    return sum(m[i][j] * abs(i - j) for i in range(K) for j in range(K)) / n if n else None


def qwk(m: Matrix) -> float | None:
    """Quadratic weighted kappa (Cohen 1968) from a confusion matrix; None when undefined."""
    n = matrix_n(m)
    if not n:
        return None
    rows = [sum(m[i]) for i in range(K)]
    cols = [sum(m[i][j] for i in range(K)) for j in range(K)]
    num = den = 0.0
    for i in range(K):
        for j in range(K):
            w = (i - j) ** 2 / (K - 1) ** 2
            num += w * m[i][j]
            den += w * rows[i] * cols[j] / n
    if den == 0:
        return None
    return 1.0 - num / den


def _midranks(counts: Sequence[int]) -> list[float]:
    out, start = [], 0
    for c in counts:
        out.append(start + (c + 1) / 2.0)
        start += c
    return out


def spearman(m: Matrix) -> float | None:
    """Spearman's rho with average ranks for ties, from the contingency matrix."""
    n = matrix_n(m)
    if n < 2:
        return None
    rows = [sum(m[i]) for i in range(K)]
    cols = [sum(m[i][j] for i in range(K)) for j in range(K)]
    rx, ry = _midranks(rows), _midranks(cols)
    mx = sum(rx[i] * rows[i] for i in range(K)) / n
    my = sum(ry[j] * cols[j] for j in range(K)) / n
    sxy = sum(m[i][j] * (rx[i] - mx) * (ry[j] - my) for i in range(K) for j in range(K))
    sxx = sum(rows[i] * (rx[i] - mx) ** 2 for i in range(K))
    syy = sum(cols[j] * (ry[j] - my) ** 2 for j in range(K))
    if sxx == 0 or syy == 0:
        return None
    return float(sxy / math.sqrt(sxx * syy))


def grading_metrics(m: Matrix) -> dict[str, Any]:
    return {
        "n": matrix_n(m),
        "exact": exact(m),
        "within_one": within_one(m),
        "mae": mae(m),
        "qwk": qwk(m),
        "spearman": spearman(m),
    }


def binary_agreement(pairs: Sequence[tuple[bool, bool]]) -> dict[str, Any]:
    """Agreement of predicted vs gold booleans: accuracy, P/R/F1 (positive = defect), Cohen's kappa."""
    n = len(pairs)
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    tn = n - tp - fp - fn
    out = prf(tp, fp, fn)
    out["tn"] = tn
    out["n"] = n
    out["accuracy"] = (tp + tn) / n if n else None
    if n:
        po = (tp + tn) / n
        pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
        out["kappa"] = (po - pe) / (1 - pe) if pe < 1 else None
    else:
        out["kappa"] = None
    return out


def percentile(sorted_vals: list[float], q: float) -> float:
    if not sorted_vals:
        return float("nan")
    pos = (len(sorted_vals) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (pos - lo)


def bootstrap_weights(n_units: int, n_resamples: int, seed: int) -> list[list[int]]:
    """Multiplicity of each cluster in each resample (cluster bootstrap, fixed seed)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n_resamples):
        w = [0] * n_units
        for _ in range(n_units):
            w[rng.randrange(n_units)] += 1
        out.append(w)
    return out


def bootstrap_ci(
    stats: Sequence[Callable[[list[int]], float | None]],
    weights: list[list[int]],
    alpha: float = 0.05,
) -> list[tuple[float, float] | None]:
    """Percentile CI for several statistics evaluated on the same resamples (weights)."""
    samples: list[list[float]] = [[] for _ in stats]
    for w in weights:
        for k, fn in enumerate(stats):
            v = fn(w)
            if v is not None and not (isinstance(v, float) and math.isnan(v)):
                samples[k].append(v)
    out: list[tuple[float, float] | None] = []
    for vals in samples:
        if len(vals) < max(10, len(weights) // 2):  # statistic undefined in most resamples
            out.append(None)
            continue
        vals.sort()
        out.append((percentile(vals, alpha / 2), percentile(vals, 1 - alpha / 2)))
    return out
