"""The row-rule memo (auditor.rules.row_memo) and the offline grade memo (auditor.grade.memo)
change nothing but speed: the same findings and grades as unmemoised runs, each at its own
position."""

from __future__ import annotations

import pytest

from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.grade import memo as grade_memo
from auditor.grade.heuristic import grade_document_offline
from auditor.models import Document, IndicatorRow, ParsedValue, Table
from auditor.rules import row_memo
from auditor.rules.base import REGISTRY, Rule, Violation, register
from auditor.rules.context import RuleContext
from auditor.rules.engine import enabled_rules, run_rules


def _findings(doc: Document) -> list[str]:
    return [f.model_dump_json() for f in run_rules(doc, AuditConfig())]


def _grades(doc: Document) -> list[str]:
    grade_document_offline(doc, AuditConfig())
    return [r.grade.model_dump_json() for _, r in doc.rows() if r.grade is not None]


def test_some_rules_are_memoised():
    rules = {r.code: r for r in enabled_rules(AuditConfig(), ("row",))}
    assert any(r.cells_only for r in rules.values())
    table = Table(index=1, kind="project", project="", has_basis_column=True)
    assert rules["V404"].row_context(table, Document(source="x"), RuleContext()) is True


def test_same_findings_and_grades_as_without_memo(extracted_corpus, monkeypatch):
    docs = [d.model_copy(deep=True) for d in extracted_corpus]
    first = [_findings(d) for d in docs]
    again = [_findings(d) for d in docs]  # every memoised row is a hit now
    with monkeypatch.context() as m:
        m.setattr(Rule, "row_context", lambda self, table, doc, ctx: None)
        plain = [_findings(d) for d in docs]
    assert first == again == plain
    for d in docs:
        d.findings = run_rules(d, AuditConfig())
    graded = [_grades(d.model_copy(deep=True)) for d in docs]
    regraded = [_grades(d.model_copy(deep=True)) for d in docs]
    with monkeypatch.context() as m:
        m.setattr(grade_memo, "recall", lambda key: None)
        fresh = [_grades(d.model_copy(deep=True)) for d in docs]
    assert graded == regraded == fresh


def _row(index: int, value: str, parsed: ParsedValue) -> IndicatorRow:
    return IndicatorRow(
        index=index,
        level1="产出指标",
        level2="数量指标",
        level3="协管员人数",
        value=value,
        parsed=parsed,
    )


def test_findings_of_a_repeated_row_carry_their_own_position():
    rows = [_row(i, "≥5次", parse_value("≥5次")) for i in (1, 2)]
    tables = [Table(index=t, kind="project", project="协管", rows=rows) for t in (1, 3)]
    doc = Document(source="x", tables=tables)
    found = {(f.code, f.table_index, f.row_index) for f in run_rules(doc, AuditConfig())}
    assert {("U301", t, r) for t in (1, 3) for r in (1, 2)} <= found


def test_parsed_value_is_part_of_the_key():
    a = _row(1, "5", ParsedValue(raw="5", number=5))
    b = _row(1, "5", ParsedValue(raw="5", number=5, flags=["missing_unit"]))
    c = _row(1, "5", ParsedValue(raw="5", number=5, unit="人"))
    assert len({row_memo.row_key(r) for r in (a, b, c)}) == 3
    assert row_memo.row_key(a) == row_memo.row_key(a.model_copy(update={"index": 7}))


# -- the verdict of a table's memoised rules kept together per row ------------------------------
class _OverBudget(Rule):
    """Flags a row whose number exceeds its table's budget (reads the budget: a context)."""

    code, name, family, severity, scope = "Z951", "fake-over-budget", "Z", "warning", "row"
    summary = "超预算"

    def row_context(self, table, doc, ctx):
        return table.budget_wan

    def check_row(self, row, table, doc, ctx):
        if row.parsed.number is not None and row.parsed.number > (table.budget_wan or 0):
            yield Violation(message=f"{row.value} 超过预算 {table.budget_wan}")


class _Fragile(Rule):
    """A cells-only rule that fails on rows without a description."""

    code, name, family, severity, scope = "Z952", "fake-fragile", "Z", "info", "row"
    summary = "出错"
    cells_only = True

    def check_row(self, row, table, doc, ctx):
        if not row.description:
            raise ValueError("没有描述")
        yield Violation(message="有描述")


@pytest.fixture
def memo_fakes():
    for cls in (_OverBudget, _Fragile):
        register(cls)
    yield AuditConfig(select=["Z951", "Z952"])
    for cls in (_OverBudget, _Fragile):
        REGISTRY.pop(cls.code, None)


def _cost_doc(described: bool) -> Document:
    def row(i: int) -> IndicatorRow:
        r = _row(i, "12万元", parse_value("12万元"))
        return r.model_copy(update={"description": "年度维修支出" if described else None})

    tables = [
        Table(index=t, kind="project", project="维修", budget_wan=b, rows=[row(1), row(2)])
        for t, b in ((1, 50.0), (2, 8.0), (3, 50.0))
    ]
    return Document(source="budget.txt", tables=tables)


def test_group_memo_keeps_each_tables_context(memo_fakes):
    runs = [run_rules(_cost_doc(True), memo_fakes) for _ in range(3)]  # later runs: all hits
    assert runs[0] == runs[1] == runs[2]
    over = {(f.table_index, f.row_index) for f in runs[0] if f.code == "Z951"}
    assert over == {(2, 1), (2, 2)}  # only the table whose budget is below 12万元
    assert sum(f.code == "Z952" for f in runs[0]) == 6


def test_a_memoised_rule_that_raises_is_reported_every_time(memo_fakes):
    for _ in range(2):  # the failure is never memoised: the second run reports it again
        fs = run_rules(_cost_doc(False), memo_fakes)
        (e900,) = [f for f in fs if f.code == "E900"]
        assert "Z952" in e900.message and "共6次" in e900.message
        assert {(f.table_index, f.row_index) for f in fs if f.code == "Z951"} == {(2, 1), (2, 2)}
