"""Rewrite check, run at eval time (the result is stored in samples.jsonl, so a rescore needs no
rules): is a suggested rewrite usable as a row of its table?"""

from __future__ import annotations

import re

from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.grade.rewrite import BLANK, probe_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.engine import check_row_standalone

_GRADED_STANDARD = re.compile(r"优|良|中|差|合格|达标|[一二三四五ⅠⅡⅢ1-5]级|[A-E]级|等级|档")


def check_rewrite(
    rewrite: dict[str, str | None],
    row: IndicatorRow,
    table: Table,
    doc: Document,
    config: AuditConfig | None = None,
) -> dict[str, object]:
    """Is a suggested rewrite usable? passes the row rules, keeps the 二级 category, is measurable.

    The rewrite is checked as a row of the same table under the original 一级/二级 names through
    auditor.rules.engine.check_row_standalone (error- and warning-level findings fail it; C201/C202
    mean the category was not kept). A reviewer blank (【请填写】) is replaced by a neutral probe
    number first, as the grader does; `has_blank` records it. Measurable = comparator + number +
    unit in the value, or a graded standard (优/良/中/差, 等级 …) in the value or definition."""
    value = rewrite.get("value") or ""
    probe = probe_value(value, table)
    pv = parse_value(probe)
    numeric = bool(
        pv.comparator
        and pv.number is not None
        and pv.unit
        and not {"garbled", "missing_unit", "multiple_comparators"} & set(pv.flags)
    )
    graded = bool(
        _GRADED_STANDARD.search(value) or _GRADED_STANDARD.search(rewrite.get("definition") or "")
    )
    candidate = IndicatorRow(
        index=row.index,
        level1=row.level1,
        # a rewrite that moves a misplaced row (C202) names its new 二级; it is checked there
        level2=rewrite.get("level2") or row.level2,
        level3=rewrite.get("level3") or "",
        description=rewrite.get("definition"),
        value=probe,
        basis=rewrite.get("evidence"),
        parsed=pv,
        location=row.location,
    )
    findings = check_row_standalone(candidate, table, doc, config)
    codes = sorted({f.code for f in findings if f.severity in ("error", "warning")})
    keeps = not ({"C201", "C202"} & set(codes))
    return {
        "passes_rules": not codes,
        "rule_codes": codes,
        "keeps_category": keeps,
        "measurable": numeric or graded,
        "has_blank": BLANK in value,
        "valid": bool(not codes and keeps and (numeric or graded)),
    }
