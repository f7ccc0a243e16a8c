"""Rewrite suggestions: the validation every rewrite must pass, and the offline rewrite.

A rewrite is a Rewrite(level3, value, definition, evidence). Offline rewrites are templates per
二级 category (auditor.grade.rewrite_templates) with the reviewer's blanks marked "【请填写】";
where the row already has a sane number it is kept. Any rewrite (offline or LLM) is checked by
running the row-scope rules on a synthetic row (blanks replaced by a neutral probe number) and is
dropped if it fails.
"""

from __future__ import annotations

from auditor.config import AuditConfig
from auditor.domain import framework as fw
from auditor.domain.category_fit import category_fit
from auditor.domain.units import unit_family
from auditor.extract.normalize import fold, letters, squeeze
from auditor.extract.values import parse_value
from auditor.grade.rewrite_templates import BLANK, plain_number, template_rewrite
from auditor.models import Document, Finding, IndicatorRow, Location, Rewrite, Table
from auditor.rules.base import Violation
from auditor.rules.category import MisplacedIndicator
from auditor.rules.engine import check_row_standalone, to_finding
from auditor.rules.units import GarbledValue

__all__ = [
    "BLANK",
    "category_target",
    "check_row",
    "context_table",
    "heuristic_rewrite",
    "level2_change_failure",
    "probe_value",
    "rewrite_failure_codes",
    "rewrite_failures",
    "synthetic_row",
    "template_rewrite",
]


def probe_value(value: str, table: Table | None = None) -> str:
    """Replace the reviewer's blank by a neutral number so the rules can check the template."""
    if BLANK not in value:
        return value
    unit = value.split(BLANK, 1)[1]
    fam = unit_family(parse_value("1" + unit).unit) if unit else None
    n = {
        "percent": "90",
        "money": plain_number(table.budget_wan) if table and table.budget_wan else "10",
    }.get(fam or "", "10")
    return value.replace(BLANK, n)


def synthetic_row(
    rw: Rewrite,
    row: IndicatorRow,
    table: Table,
    level2: str | None = None,
    probe: str | None = None,
) -> IndicatorRow:
    value = probe or probe_value(rw.value, table)
    return IndicatorRow(
        index=row.index,
        level1=row.level1,
        level2=level2 or row.level2,
        level3=rw.level3,
        description=rw.definition,
        value=value,
        basis=rw.evidence,
        parsed=parse_value(value),
        location=row.location,
    )


def check_row(
    row: IndicatorRow, table: Table, doc: Document | None = None, config: object = None
) -> list[Finding]:
    """Every row-scope rule on one (rewritten) row. The user's rule selection does not apply: a
    rewrite must pass all row rules even when a run only reports some of them."""
    return list(check_row_standalone(row, table, doc, None))


def level2_change_failure(
    row: IndicatorRow, new_level2: str, row_findings: list[Finding]
) -> Finding | None:
    """A rewrite that moves a row to another 二级 although no category rule (C2xx) questioned
    the row's 二级: reported as C202 (misplaced-indicator) of the rewritten row, under that
    rule's own code and name."""
    if fw.canonical_level2(new_level2) == fw.canonical_level2(row.level2):
        return None
    if any(f.code.startswith("C2") for f in row_findings):
        return None
    moved = f"改写把二级指标从“{row.level2}”改为“{new_level2}”，但该行没有归类错误"
    return to_finding(
        MisplacedIndicator,
        Violation(
            message=moved,
            message_en="the rewrite moves the row to another 二级",
            evidence=f"{squeeze(row.level3)}：{moved}",
        ),
        row=row,
    )


def rewrite_failures(
    rw: Rewrite,
    row: IndicatorRow,
    table: Table,
    doc: Document | None = None,
    config: AuditConfig | None = None,
    level2: str | None = None,
    probe: str | None = None,
) -> list[Finding]:
    """Findings (error/warning) the rewrite itself would get; empty list = the rewrite passes."""
    if not letters(rw.level3) or not fold(rw.value):
        empty = "改写缺少三级指标或指标值"
        return [
            to_finding(
                GarbledValue,
                Violation(
                    message=empty, message_en="the rewrite has no name or value", evidence=empty
                ),
                row=row,
            )
        ]
    syn = synthetic_row(rw, row, table, level2, probe)
    return [f for f in check_row(syn, table, None, config) if f.severity in ("error", "warning")]


def category_target(row: IndicatorRow, findings: list[Finding]) -> str | None:
    """The 二级 a misplaced row (C202) moves to: the one its content fits, spelled so that it is
    valid under the row's 一级 (成本指标 under 产出 in the older tree). None: stay."""
    if not any(f.code == "C202" for f in findings):
        return None
    home = category_fit(row).home
    if home is None:
        return None
    candidates = [home, fw.COST2, fw.ECON_COST] if home in (fw.COST2, fw.ECON_COST) else [home]
    for c in candidates:
        if fw.is_valid_pair(row.level1, c) is not False:
            return c
    return None


# -- the offline rewrite's check, memoised ------------------------------------------------------
# A template rewrite is checked on a synthetic row that carries only the rewrite's cells, in a
# one-row copy of its table. The row rules read those cells and the table's context (kind,
# budget, columns, basis column, truncation …), never where the row or table sits (their index
# and location only label the findings) nor the table's title, project or warnings, nor its
# texts: goal, unit and budget lines, mid-term and actual goals (the project-scope rules read
# those; tests/test_rewrite_context.py watches what the row rules read). The offline check runs
# on exactly that — a position-free row in a position-free context table — so its failing codes
# are a function of the cells and the context, memoised per process: templates repeat across
# the rows of a table and across documents. On a generated corpus 44% of the checks are repeats
# (13% while each table's goal and unit were part of the context), and the offline grade memo,
# keyed by the same context, now spares half of the checks altogether.
_CONTEXT_FREE = {"index": 0, "title": "", "project": "", "location": Location(), "warnings": []}
PROJECT_TEXTS: dict[str, object] = {
    "goal": None,
    "unit_line": None,
    "budget_texts": [],
    "budget_lines": {},
    "unit_name": None,
    "midterm_goal": None,
    "actual_goal": None,
}
_CODES_MEMO: dict[tuple[object, ...], tuple[str, ...]] = {}
_CODES_MEMO_SIZE = 50_000
_CONTEXT: dict[int, tuple[Table, Table, str]] = {}


def context_table(table: Table) -> tuple[Table, str]:
    """The table as the row rules see it in a rewrite check (no rows, no position, no title or
    project) and its JSON as a memo key; cached for the table being graded."""
    hit = _CONTEXT.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1], hit[2]
    ctx = table.model_copy(
        update={**_CONTEXT_FREE, **PROJECT_TEXTS, "rows": [], "goal_review": None}
    )
    key = ctx.model_dump_json()
    if len(_CONTEXT) >= 64:
        _CONTEXT.clear()
    _CONTEXT[id(table)] = (table, ctx, key)
    return ctx, key


def rewrite_failure_codes(
    rw: Rewrite,
    row: IndicatorRow,
    table: Table,
    level2: str | None = None,
    probe: str | None = None,
) -> tuple[str, ...]:
    """The codes of the error/warning findings the rewrite would get (empty: it passes), from
    the position-free check described above; memoised per distinct rewrite and context."""
    if not letters(rw.level3) or not fold(rw.value):
        return (GarbledValue.code,)
    syn = synthetic_row(rw, row, table, level2, probe)
    ctx, ctx_key = context_table(table)
    key = (syn.level1, syn.level2, syn.level3, syn.description, syn.value, syn.basis, ctx_key)
    codes = _CODES_MEMO.get(key)
    if codes is None:
        free = syn.model_copy(update={"index": 1, "location": Location()})
        found = check_row(free, ctx, None, None)
        codes = tuple(sorted({f.code for f in found if f.severity in ("error", "warning")}))
        if len(_CODES_MEMO) >= _CODES_MEMO_SIZE:
            _CODES_MEMO.clear()
        _CODES_MEMO[key] = codes
    return codes


def heuristic_rewrite(
    row: IndicatorRow,
    table: Table,
    doc: Document | None,
    findings: list[Finding],
    config: AuditConfig | None = None,
) -> tuple[Rewrite | None, str | None]:
    target = category_target(row, findings)
    rw, probe = template_rewrite(row, table, level2=target, findings=findings)
    if target is not None:
        rw.level2 = target
    codes = rewrite_failure_codes(rw, row, table, level2=target, probe=probe)
    if codes:
        hint = (
            "；该指标可能不属于本二级类别，宜移至合适的二级指标后重写"
            if any(c.startswith("C2") for c in codes)
            else ""
        )
        return None, "未给出改写：模板改写未通过行规则（" + "、".join(codes) + "）" + hint
    return rw, None
