"""Findings against gold labels: TP/FP/FN per code (set semantics), the one definition.

Items are `(key, code)` pairs where `key` locates the finding in gold coordinates:
  row scope        key = (doc, table_index, row_index)
  project scope    key = (doc, table_index)
  document scope   key = (doc, None)
`doc` is the source file's base name. Several findings with the same (key, code) count once.
Used by auditor.evaluation.scorers (runs, CI gate, README figures) and by the tests.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from auditor.evaluation.align import Alignment
from auditor.evaluation.dataset import TAXONOMY, DatasetItem

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


def gold_items(item: DatasetItem) -> set[Item]:
    """The labels of one dataset item as scoring items."""
    doc = item.source.name
    out: set[Item] = {
        ((doc, None), c) for c in item.document_labels.codes if "corpus" not in TAXONOMY.get(c, ())
    }
    for t in item.tables:
        out |= {((doc, t.table_index), c) for c in t.labels.codes}
        for r in t.rows:
            out |= {((doc, t.table_index, r.row_index), c) for c in r.labels.codes}
    return out


def finding_item(doc: str, f: dict[str, Any], al: Alignment) -> Item | None:
    """A finding (as stored in samples.jsonl) as a scoring item in gold coordinates: row index
    set -> row item, else table index -> project item, else document item. Findings on
    rows/tables the extraction invented get an 'x' coordinate and can only be false positives.
    None for codes that are not scored (outside taxonomy v1, or T106 which is not labelled)."""
    code = f.get("code") or ""
    if code not in TAXONOMY or TAXONOMY[code] == ("corpus",):
        return None
    t, r = f.get("table_index"), f.get("row_index")
    if r is not None:
        g = al.row(t, r)
        return ((doc, g[0], g[1]) if g else (doc, f"x{t}", f"x{r}"), code)
    if t is not None:
        gt = al.table(t)
        return ((doc, gt if gt is not None else f"x{t}"), code)
    return ((doc, None), code)
