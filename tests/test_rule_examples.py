"""Every rule's documented examples run, as ruff's fixtures do: the `bad` example fires the rule,
the `better` one does not.

Row-rule examples are written in a small format (README, "Adding a rule"):

    一级/二级/三级 | 值 [| 描述：…] [| 依据：…] [| 预算：N万元] [| 项目：名称]   one row
    row ; row                                                  several examples (" ; ")

A `better` row may leave out 一级/二级 (or also 三级: just the value); they are taken from the bad
row at the same position. Text in full-width brackets starting with 或 — "（或 ≥95%）" — is an
aside for the reader. A project- or document-scope rule cannot fire on isolated rows; it states
why in `example_context` and its behaviour is tested on real tables (test_rules_project.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.context import RuleContext
from auditor.rules.registry import all_rules

_ASIDE = re.compile(r"（或[^（）]*）")
_BUDGET = re.compile(r"^预算[：:]\s*(\d+(?:\.\d+)?)\s*万元$")


@dataclass
class Example:
    level1: str
    level2: str
    level3: str
    value: str
    description: str | None = None
    basis: str | None = None
    budget_wan: float | None = None
    project: str = "示例项目"


def _parse_row(text: str, like: Example | None) -> Example:
    cells = [c.strip() for c in _ASIDE.sub("", text).split("|")]
    names, rest = cells[0], cells[1:]
    path = [p.strip() for p in names.split("/")] if names else []
    if len(path) == 3:
        level1, level2, level3 = path
    elif like is not None and len(path) == 1:
        level1, level2, level3 = like.level1, like.level2, path[0]
    else:
        raise ValueError(f"expected 一级/二级/三级 | 值, got {text!r}")
    ex = Example(level1, level2, level3, value="")
    if like is not None:
        ex.budget_wan, ex.project = like.budget_wan, like.project
    for cell in rest:
        budget = _BUDGET.match(cell)
        if cell.startswith(("描述：", "描述:")):
            ex.description = cell[3:].strip()
        elif cell.startswith(("依据：", "依据:")):
            ex.basis = cell[3:].strip()
        elif budget:
            ex.budget_wan = float(budget.group(1))
        elif cell.startswith(("项目：", "项目:")):
            ex.project = cell[3:].strip()
        else:
            ex.value = cell
    return ex


def parse_examples(text: str, like: list[Example] | None = None) -> list[Example]:
    out = []
    for i, part in enumerate(p.strip() for p in text.split(" ; ")):
        base = like[i] if like and i < len(like) else None
        if base is not None and "|" not in part and "/" not in part:  # a bare value
            out.append(
                Example(
                    base.level1,
                    base.level2,
                    base.level3,
                    _ASIDE.sub("", part).strip(),
                    base.description,
                    base.basis,
                    base.budget_wan,
                )
            )
        else:
            out.append(_parse_row(part, base))
    return out


def _fires(rule_cls, ex: Example) -> list:
    row = IndicatorRow(
        index=1,
        level1=ex.level1,
        level2=ex.level2,
        level3=ex.level3,
        value=ex.value,
        description=ex.description,
        basis=ex.basis,
        parsed=parse_value(ex.value),
    )
    table = Table(
        index=1,
        kind="project",
        project=ex.project,
        budget_wan=ex.budget_wan,
        has_basis_column=ex.basis is not None,
        rows=[row],
    )
    doc = Document(source="example.txt", tables=[table])
    ctx = RuleContext(config=AuditConfig())
    return list(rule_cls().check_row(row, table, doc, ctx) or ())


RULES = sorted(all_rules(), key=lambda r: r.code)
ROW_RULES = [r for r in RULES if r.scope == "row"]


@pytest.mark.parametrize("rule", ROW_RULES, ids=lambda r: r.code)
def test_bad_example_fires_and_better_does_not(rule):
    bad = parse_examples(rule.bad)
    better = parse_examples(rule.better, like=bad)
    for ex in bad:
        assert _fires(rule, ex), f"{rule.code}: the bad example does not fire: {ex}"
    for ex in better:
        found = _fires(rule, ex)
        assert not found, f"{rule.code}: the better example fires: {ex} -> {found}"


@pytest.mark.parametrize("rule", [r for r in RULES if r.scope != "row"], ids=lambda r: r.code)
def test_rules_that_need_context_say_why(rule):
    assert len(rule.example_context.strip()) > 10, (
        f"{rule.code} ({rule.scope}): write its examples as rows or set example_context"
    )


def test_the_format_parser():
    (bad,) = parse_examples("产出指标/质量指标/验收合格率 | ≥100% | 预算：20万元")
    assert (bad.level2, bad.level3, bad.value, bad.budget_wan) == (
        "质量指标",
        "验收合格率",
        "≥100%",
        20,
    )
    (better,) = parse_examples("验收合格率 | =100%（或 ≥95%）", like=[bad])
    assert (better.level1, better.value, better.budget_wan) == ("产出指标", "=100%", 20)
    two = parse_examples(
        "产出指标/数量指标/人数 | ≥5次 | 描述：参加人数 ; 产出指标/时效指标/及时率 | 12月底"
    )
    assert [e.level2 for e in two] == ["数量指标", "时效指标"] and two[0].description == "参加人数"
    with pytest.raises(ValueError):
        parse_examples("A training project with only 数量指标 rows")
