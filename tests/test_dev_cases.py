"""The rules and the offline grader on the development cases (tests/data/dev_cases): invented
indicators of many sectors and provinces' wording, both frameworks, project, overall-unit,
self-evaluation and transfer tables, each judged code's positives and negatives and a
specificity grade per row. Run `pytest -s tests/test_dev_cases.py` for the per-code, per-kind
and grading tables. These are development figures (the semantic rules and the grader were tuned
while watching them); the held-out figures are measured by the lead on data nobody here has seen."""

from __future__ import annotations

from collections import Counter

import pytest
from devcases import PROJECT_CODES, ROW_CODES, Cases, all_cases

from auditor.config import AuditConfig
from auditor.evaluation.stats import add_matrix, empty_matrix, grading_metrics
from auditor.grade.heuristic import grade_document_offline
from auditor.rules.engine import run_rules

# Thresholds sit under today's figures with a margin (see README, "Rules").
ROW_P, ROW_R = 0.95, 0.92
PRJ_P, PRJ_R = 0.90, 0.85
GRADE_QWK, GRADE_WITHIN_ONE = 0.90, 0.97

Item = tuple[str, int, int, str]  # (document, table, row or 0, code)


class Tally:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()
        self.by_kind: dict[str, Counter[str]] = {}
        self.misses: list[str] = []

    def add(self, pred: set[Item], gold: set[Item], kind_of: dict[tuple[str, int], str]) -> None:
        for item in sorted(pred | gold):
            code, kind = item[-1], kind_of[item[:2]]
            k = self.by_kind.setdefault(kind, Counter())
            outcome = "tp" if item in pred and item in gold else "fp" if item in pred else "fn"
            getattr(self, outcome)[code] += 1
            k[outcome] += 1
            if outcome != "tp":
                self.misses.append(f"{outcome.upper()} {item}")


def _items(cases: Cases) -> tuple[set[Item], set[Item], dict[tuple[str, int], str]]:
    src = cases.doc.source
    found = run_rules(cases.doc, AuditConfig())
    cases.doc.findings = found
    pred = {
        (src, f.table_index or 0, f.row_index or 0, f.code)
        for f in found
        if (f.scope == "row" and f.code in ROW_CODES)
        or (f.scope == "project" and f.code in PROJECT_CODES)
    }
    gold = {(src, t, r, c) for t, r, c in cases.row_labels}
    gold |= {(src, t, 0, c) for t, c in cases.project_labels}
    kinds = {(src, t.index): t.kind for t in cases.doc.tables}
    return pred, gold, kinds


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


@pytest.fixture(scope="module")
def results() -> tuple[Tally, list[list[int]]]:
    tally = Tally()
    matrix = empty_matrix()
    for cases in all_cases():
        tally.add(*_items(cases))
        grade_document_offline(cases.doc, AuditConfig(), with_rewrite=False)
        pairs = {(t.index, r.index): r.grade for t, r in cases.doc.rows()}
        for key, gold in cases.grades.items():
            got = pairs[key]
            assert got is not None
            m = empty_matrix()
            m[gold - 1][got.specificity - 1] = 1
            add_matrix(matrix, m)
    _print(tally, matrix)
    return tally, matrix


def _print(tally: Tally, matrix: list[list[int]]) -> None:
    print("\ncode  gold  pred     P     R")
    for code in sorted(ROW_CODES | PROJECT_CODES):
        tp, fp, fn = tally.tp[code], tally.fp[code], tally.fn[code]
        p, r = _pr(tp, fp, fn)
        print(f"{code}  {tp + fn:4d}  {tp + fp:4d}  {p:.2f}  {r:.2f}")
    print("\ntable kind        tp   fp   fn")
    for kind, c in sorted(tally.by_kind.items()):
        print(f"{kind:16s} {c['tp']:4d} {c['fp']:4d} {c['fn']:4d}")
    g = grading_metrics(matrix)
    print(
        f"\ngrading: n={g['n']} exact={g['exact']:.3f} within_one={g['within_one']:.3f} "
        f"qwk={g['qwk']:.3f} mae={g['mae']:.3f}"
    )
    print("gold\\pred " + " ".join(f"{i:4d}" for i in range(1, 6)))
    for i, line in enumerate(matrix, 1):
        print(f"{i:9d} " + " ".join(f"{x:4d}" for x in line))
    print("\n".join(tally.misses))


@pytest.mark.parametrize(
    ("codes", "min_p", "min_r"), [(ROW_CODES, ROW_P, ROW_R), (PROJECT_CODES, PRJ_P, PRJ_R)]
)
def test_dev_cases_micro(results, codes, min_p, min_r):
    tally, _ = results
    p, r = _pr(*(sum(c[k] for k in codes) for c in (tally.tp, tally.fp, tally.fn)))
    assert p >= min_p and r >= min_r, f"P={p:.3f} R={r:.3f} (need P>={min_p} R>={min_r})"


def test_dev_cases_grading(results):
    _, matrix = results
    g = grading_metrics(matrix)
    assert g["qwk"] >= GRADE_QWK and g["within_one"] >= GRADE_WITHIN_ONE, g


def test_every_judged_code_has_positive_cases():
    labelled = Counter(code for c in all_cases() for *_, code in c.row_labels | c.project_labels)
    assert set(labelled) == ROW_CODES | PROJECT_CODES


def test_every_table_kind_is_covered():
    kinds = {t.kind for c in all_cases() for t in c.doc.tables}
    assert kinds == {"project", "overall", "self_evaluation", "transfer", "evaluation_system"}
