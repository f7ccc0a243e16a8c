"""Precision / recall / F1 of rule findings against gold labels (shared with the eval harness).

Items are `(key, code)` pairs where `key` locates the finding:
  row scope                 key = (doc, table_index, row_index)
  project/document scope    key = (doc, table_index)  -- table_index None = document level
`doc` is the file's base name (gold uses base names; extracted documents carry a path).
Set semantics: several findings with the same (key, code) count once.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.models import Document, Finding

Item = tuple[Hashable, str]


@dataclass
class CodeScore:
    code: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(repr=False)
class Scores:
    per_code: dict[str, CodeScore] = field(default_factory=dict)
    fp_items: list[Item] = field(default_factory=list)  # for error analysis
    fn_items: list[Item] = field(default_factory=list)

    def __repr__(self) -> str:
        m = self.micro
        return f"Scores(micro P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f}, codes={len(self.per_code)})"

    @property
    def micro(self) -> CodeScore:
        m = CodeScore("micro")
        for s in self.per_code.values():
            m.tp += s.tp
            m.fp += s.fp
            m.fn += s.fn
        return m

    @property
    def macro_f1(self) -> float:
        vals = [s.f1 for s in self.per_code.values()]
        return sum(vals) / len(vals) if vals else 0.0

    def table(self, title: str = "") -> str:
        lines = [title] if title else []
        lines.append(
            f"{'code':<7}{'gold':>6}{'pred':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"
        )
        for code in sorted(self.per_code):
            lines.append(_line(self.per_code[code]))
        lines.append(_line(self.micro))
        lines.append(f"{'macro F1':<43}{self.macro_f1:>8.3f}")
        return "\n".join(lines)


def _line(s: CodeScore) -> str:
    return (
        f"{s.code:<7}{s.support:>6}{s.tp + s.fp:>6}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
        f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
    )


def score_findings(
    pred: Iterable[Item], gold: Iterable[Item], codes: Iterable[str] | None = None
) -> Scores:
    """Per-code TP/FP/FN of predicted vs gold `(key, code)` items.

    `codes` restricts the scoring to those codes (both sides); default all codes seen."""
    p, g = set(pred), set(gold)
    if codes is not None:
        keep = set(codes)
        p = {i for i in p if i[1] in keep}
        g = {i for i in g if i[1] in keep}
    scores = Scores()
    for code in sorted({c for _, c in p | g} | (set(codes) if codes is not None else set())):
        scores.per_code[code] = CodeScore(code)
    for item in p:
        s = scores.per_code[item[1]]
        if item in g:
            s.tp += 1
        else:
            s.fp += 1
            scores.fp_items.append(item)
    for item in g - p:
        scores.per_code[item[1]].fn += 1
        scores.fn_items.append(item)
    scores.fp_items.sort(key=repr)
    scores.fn_items.sort(key=repr)
    return scores


# -- building items ---------------------------------------------------------------------------
def doc_name(source: str) -> str:
    return Path(source).name


def row_items(doc: str, findings: Iterable[Finding]) -> set[Item]:
    """Row-level findings (row_index set) as ((doc, table, row), code)."""
    name = doc_name(doc)
    return {
        ((name, f.table_index, f.row_index), f.code) for f in findings if f.row_index is not None
    }


def project_items(doc: str, findings: Iterable[Finding]) -> set[Item]:
    """Project/document-level findings (no row index) as ((doc, table or None), code)."""
    name = doc_name(doc)
    return {((name, f.table_index), f.code) for f in findings if f.row_index is None}


def doc_items(docs: Iterable[Document]) -> tuple[set[Item], set[Item]]:
    """(row items, project/document items) of documents whose `findings` are filled in."""
    rows: set[Item] = set()
    projects: set[Item] = set()
    for d in docs:
        rows |= row_items(d.source, d.findings or [])
        projects |= project_items(d.source, d.findings or [])
    return rows, projects


def gold_row_items(labels: Iterable[dict[str, Any]]) -> set[Item]:
    """seed_labels.jsonl records -> ((doc, table, row), code)."""
    return {
        ((doc_name(r["doc"]), r["table_index"], r["row_index"]), c)
        for r in labels
        for c in r["codes"]
    }


def gold_project_items(labels: Iterable[dict[str, Any]]) -> set[Item]:
    """seed_project_labels.jsonl records -> ((doc, table or None), code)."""
    return {((doc_name(r["doc"]), r["table_index"]), c) for r in labels for c in r["codes"]}
