"""The rule registry: importing this module registers every rule family.

Plain imports on purpose: a family module that is missing or broken must fail loudly at import
time, never silently shrink the rule set. `all_rules()` / `get_rule()` are what the engine, the
`auditor rules` command and the docs use.
"""

from __future__ import annotations

import auditor.rules.artefacts
import auditor.rules.boilerplate
import auditor.rules.budget
import auditor.rules.category
import auditor.rules.corpus_index
import auditor.rules.goal_text
import auditor.rules.goals
import auditor.rules.leftovers
import auditor.rules.output_effect
import auditor.rules.ratio
import auditor.rules.selfeval
import auditor.rules.structure
import auditor.rules.targets
import auditor.rules.units
import auditor.rules.vague  # noqa: F401
from auditor.config import INTERNAL_ERROR_CODE
from auditor.rules.base import REGISTRY, Rule, register


@register
class InternalError(Rule):
    """Pseudo-rule: the engine reports a rule that raised under this code (never run itself)."""

    code = INTERNAL_ERROR_CODE
    name = "internal-error"
    family = "E"
    severity = "error"
    scope = "document"
    summary = "规则执行出错：该规则对本文件的检查不完整"
    what = (
        "Emitted by the engine, not by a check: one finding per rule that raised an exception "
        "while checking a document. It names the rule, the exception, the first location that "
        "failed and how many times it failed. The other rules still run."
    )
    why = (
        "A crashing rule means the audit of that document is incomplete, so the result must not "
        "look clean: the default severity is error, which makes `--fail-on error` exit 1 "
        "(sqlfluff reports rule crashes as lint errors in the same way). E900 ignores "
        "select/ignore (it is always reported) but its severity can be configured, e.g. "
        'severity = { E900 = "warning" }. Please report it with the evidence text.'
    )
    example_context = "reports a rule that crashed while checking a document; nothing to run"
    bad = "E900 规则 U301 (unit-mismatch) 执行出错: KeyError: '万元'（首次于表3第2行，共1次）"
    better = "No E900 finding: every selected rule ran to completion."


def all_rules() -> list[type[Rule]]:
    """Every registered rule class (including the E900 pseudo-rule), sorted by code."""
    return [REGISTRY[c] for c in sorted(REGISTRY)]


def checking_rules() -> list[type[Rule]]:
    """The rules that actually check something (all_rules() without the E900 pseudo-rule)."""
    return [r for r in all_rules() if r.code != INTERNAL_ERROR_CODE]


def get_rule(code: str) -> type[Rule]:
    """The rule with this code (case-insensitive) or symbolic name; KeyError if unknown."""
    key = code.strip()
    rule = REGISTRY.get(key.upper())
    if rule is not None:
        return rule
    for r in REGISTRY.values():
        if r.name == key.lower():
            return r
    raise KeyError(key)
