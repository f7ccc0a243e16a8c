"""A transparent 0–100 quality score per table, document, unit and county.

The score only uses what the report shows: the findings (by severity and rule scope) and, when
present, the specificity grades (1–5) of the rows. Nothing is learned or hidden.

Formula (also printed in every report, and returned by `formula_text()` for the README):

1. Row quality, per indicator row:  q = 1 − min(1, Σ w(f))  over the row-scope findings f of
   the row, with w(error) = 1.0, w(warning) = 0.5, w(info) = 0.1.
   (One error, or two warnings, make a row worthless; info notes cost little.)
2. Rule part of a table:  R = mean q over its rows (R = 1 for a table without rows).
3. Specificity part of a table:  S = (mean grade − 1) / 4 over its graded rows
   (grade 1 → 0, grade 5 → 1); only when at least one row is graded.
4. Table score = clamp(100 × (0.6·R + 0.4·S) − P_project, 0, 100), or 100 × R − P_project when
   no row is graded, where P_project = Σ over the project-scope findings of the table of
   10 (error) / 5 (warning) / 1 (info).
5. Document score = clamp(row-weighted mean of its table scores (weight = max(1, rows))
   − P_document, 0, 100), with P_document = min(15, Σ over document- and corpus-scope findings of
   3 (error) / 2 (warning) / 0.5 (info)). A document without tables scores 0.
6. Unit score = mean of the scores of the unit's documents; county score = mean of its unit scores.

Findings whose scope says "row" but carry no row index count at the project level, and
project-scope findings without a table index count at the document level (so every finding is
counted exactly once). `score_document` sets `doc.score` and returns a `DocumentScore` with the
per-table breakdown.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from auditor.models import Document, Finding, Table

ROW_WEIGHT = {"error": 1.0, "warning": 0.5, "info": 0.1}
PROJECT_PENALTY = {"error": 10.0, "warning": 5.0, "info": 1.0}
DOCUMENT_PENALTY = {"error": 3.0, "warning": 2.0, "info": 0.5}
DOCUMENT_PENALTY_CAP = 15.0
RULE_SHARE = 0.6  # share of the rule part when grades are present; the rest is specificity

SEVERITIES = ("error", "warning", "info")
FAMILIES = ("T", "C", "U", "V", "B", "R", "G")

FORMULA_ZH = (
    "得分说明（0–100，越高越好）：\n"
    "① 每个指标行：行质量 q = 1 − min(1, Σ权重)，该行每条行级问题按严重程度计权：错误 1.0、警告 0.5、提示 0.1；\n"
    "② 表的规则分 R = 各行 q 的平均值；\n"
    "③ 有具体性评分（1–5）时，具体性分 S = (平均评分 − 1) / 4；\n"
    "④ 表得分 = 100 × (0.6·R + 0.4·S) − 项目级扣分（无评分时为 100 × R − 项目级扣分），"
    "项目级问题每条扣：错误 10、警告 5、提示 1，结果限定在 0–100；\n"
    "⑤ 文档得分 = 各表得分按行数加权平均 − 文档级扣分（文档级及跨文档问题每条扣：错误 3、警告 2、提示 0.5，合计最多扣 15）；\n"
    "⑥ 单位得分 = 该单位各文档得分的平均值；县（区）得分 = 其各单位得分的平均值。"
)

FORMULA_EN = (
    "Score (0–100, higher is better):\n"
    "1. Row quality q = 1 − min(1, Σ w) over the row's row-scope findings, w = 1.0 error / 0.5 warning / 0.1 info.\n"
    "2. Table rule part R = mean q over the table's rows.\n"
    "3. With specificity grades (1–5): S = (mean grade − 1) / 4.\n"
    "4. Table score = 100·(0.6·R + 0.4·S) − P_project (100·R − P_project without grades); "
    "P_project = 10 / 5 / 1 per project-scope error / warning / info; clamped to 0–100.\n"
    "5. Document score = row-weighted mean of table scores − P_document, "
    "P_document = min(15, 3 / 2 / 0.5 per document- or corpus-scope error / warning / info).\n"
    "6. Unit score = mean of its documents; county score = mean of its units."
)


def formula_text(lang: str = "zh") -> str:
    """The score formula as plain text (Chinese for reports, English for the README)."""
    return FORMULA_EN if lang == "en" else FORMULA_ZH


@dataclass
class TableScore:
    table_index: int
    project: str
    score: float
    rule_part: float
    specificity_part: float | None
    project_penalty: float
    rows: int


@dataclass
class DocumentScore:
    score: float
    tables: list[TableScore] = field(default_factory=list)
    document_penalty: float = 0.0  # as applied (capped)
    base: float = 0.0  # row-weighted mean of the table scores (before the document penalty)
    raw_penalty: float = 0.0  # uncapped sum of the document-level penalties
    # tables by index, built on first lookup: reports ask for every table of a compilation
    _by_index: dict[int, TableScore] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def table(self, index: int) -> TableScore | None:
        if self._by_index is None or len(self._by_index) != len(self.tables):
            self._by_index = {t.table_index: t for t in self.tables}
        return self._by_index.get(index)


def mean(xs: Sequence[float]) -> float:
    """Arithmetic mean (math.fsum: statistics.mean would import fractions/decimal/random on
    every single-file run for the same figure)."""
    return math.fsum(xs) / len(xs)


def _clamp(x: float) -> float:
    return max(0.0, min(100.0, x))


_Buckets = tuple[dict[tuple[int, int], list[Finding]], dict[int, list[Finding]], list[Finding]]


def _bucket(findings: Iterable[Finding], tables: list[Table]) -> _Buckets:
    """Split findings into row-, project- and document-level buckets (each counted once)."""
    row_keys = {(t.index, r.index) for t in tables for r in t.rows}
    table_keys = {t.index for t in tables}
    by_row: dict[tuple[int, int], list[Finding]] = defaultdict(list)
    by_table: dict[int, list[Finding]] = defaultdict(list)
    doc_level: list[Finding] = []
    for f in findings:
        ti, ri = f.table_index, f.row_index
        if f.scope == "row" and ti is not None and ri is not None and (ti, ri) in row_keys:
            by_row[(ti, ri)].append(f)
        elif f.scope in ("row", "project") and ti is not None and ti in table_keys:
            by_table[ti].append(f)
        else:
            doc_level.append(f)
    return by_row, by_table, doc_level


def score_table(
    table: Table,
    row_findings: dict[tuple[int, int], list[Finding]],
    project_findings: list[Finding],
) -> TableScore:
    qualities = [
        1.0
        - min(
            1.0,
            sum(
                ROW_WEIGHT.get(f.severity, 0.0)
                for f in row_findings.get((table.index, r.index), [])
            ),
        )
        for r in table.rows
    ]
    rule = mean(qualities) if qualities else 1.0
    grades = [r.grade.specificity for r in table.rows if r.grade is not None]
    spec = (mean(grades) - 1.0) / 4.0 if grades else None
    penalty = sum(PROJECT_PENALTY.get(f.severity, 0.0) for f in project_findings)
    base = (
        100.0 * (RULE_SHARE * rule + (1 - RULE_SHARE) * spec) if spec is not None else 100.0 * rule
    )
    return TableScore(
        table.index,
        table.project,
        round(_clamp(base - penalty), 1),
        rule,
        spec,
        penalty,
        len(table.rows),
    )


def score_document(doc: Document) -> DocumentScore:
    """Score every table and the document; sets and returns doc.score (0–100, one decimal)."""
    by_row, by_table, doc_level = _bucket(doc.findings or [], doc.tables)
    tables = [score_table(t, by_row, by_table.get(t.index, [])) for t in doc.tables]
    raw = document_penalty(doc_level)
    if tables:
        weights = [max(1, t.rows) for t in tables]
        base = sum(t.score * w for t, w in zip(tables, weights)) / sum(weights)
    else:
        base = 0.0
    score = combine(base, raw)
    doc.score = score
    return DocumentScore(
        score=score,
        tables=tables,
        document_penalty=min(DOCUMENT_PENALTY_CAP, raw),
        base=base,
        raw_penalty=raw,
    )


def document_penalty(findings: Iterable[Finding]) -> float:
    """Uncapped sum of the document-level penalties of these (document/corpus-level) findings."""
    return sum(DOCUMENT_PENALTY.get(f.severity, 0.0) for f in findings)


def combine(base: float, raw_penalty: float) -> float:
    """Document score from the table part and the uncapped document-level penalty (step 5)."""
    return round(_clamp(base - min(DOCUMENT_PENALTY_CAP, raw_penalty)), 1)


def aggregate(scores: Iterable[float | None]) -> float | None:
    """Mean of the given scores (units from documents, counties from units); None if empty."""
    vals = [s for s in scores if s is not None]
    return round(mean(vals), 1) if vals else None


def family(code: str) -> str:
    return code[:1].upper() if code else "?"
