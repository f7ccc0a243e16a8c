"""Memo of the offline grade per distinct row, context and findings (one per process).

Once the rules have run, an offline grade is a function of the row's cells (level1–3,
description, value, basis, parsed value: auditor.rules.row_memo.row_key), of the table as the
row rules see it in the rewrite check (auditor.grade.rewrite.context_table: no rows, no
position, no title or project, none of the table's texts such as its goal; of the table, the
grade itself reads only the budget) and of the row's findings (code, severity and fix, in order: the
cap names the first finding at the lowest cap, a kept value takes the first fix). It never
reads where the row sits, the document or the configuration. Templated disclosures repeat the
same rows in the same kind of table across units and counties, so a batch worker grades each
distinct combination once; every caller gets its own copy of the memoised grade.
"""

from __future__ import annotations

from auditor.models import Finding, Grade, IndicatorRow
from auditor.rules.row_memo import row_key

MEMO_SIZE = 20_000
_GRADES: dict[tuple[object, ...], Grade] = {}


def grade_key(
    row: IndicatorRow, context_key: str, findings: list[Finding], with_rewrite: bool
) -> tuple[object, ...]:
    """Everything an offline grade reads once the rules have run."""
    return (
        row_key(row),
        context_key,
        tuple((f.code, f.severity, f.fix) for f in findings),
        with_rewrite,
    )


def _copy(grade: Grade) -> Grade:
    rewrite = grade.rewrite.model_copy() if grade.rewrite is not None else None
    return grade.model_copy(update={"reasons": list(grade.reasons), "rewrite": rewrite})


def recall(key: tuple[object, ...]) -> Grade | None:
    """A copy of the grade memoised under `key`, or None."""
    hit = _GRADES.get(key)
    return _copy(hit) if hit is not None else None


def remember(key: tuple[object, ...], grade: Grade) -> Grade:
    """Keep a copy of `grade` under `key`; returns `grade` itself for the caller."""
    if len(_GRADES) >= MEMO_SIZE:
        _GRADES.clear()
    _GRADES[key] = _copy(grade)
    return grade
