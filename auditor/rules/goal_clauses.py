"""A goal read clause by clause, against the indicators (helpers of G701/G702, T104's territory).

A clause is *concrete* when a year-end review could check it: it has a number (not the bare
budget year), a quantifier or deadline (全覆盖, 按月, 年底前 …), or a deliverable verb with an
object of its own (完成…普查登记, 走访慰问…部队, 免除学杂费; auditor.domain.goal_vocab). A
*target* clause states a figure or a deadline; it is *measured* when an indicator of the table
shares its subject (a content bigram of name or description) or its figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.domain import goal_vocab as gv
from auditor.domain.units import KNOWN_UNITS
from auditor.extract.normalize import fold
from auditor.models import Table
from auditor.rules.common import goal_items, norm_text

_CLAUSE_SPLIT = re.compile(r"[，,；;。！!\n]")
_YEAR = re.compile(r"(19|20)\d{2}\s*年(度)?")
# "对" puts the object before the verb ("对全县农村公路实施日常养护"); 为/向/给 name the
# beneficiary ("为农业生产提供有力保障" delivers nothing named).
_PREPOSITION = re.compile(r"^(对于|对)")
# A figure with its unit in a goal ("5600名", "1.2万亩", "95%", "18公里"); not a code or a
# document number ("ISO9001", "〔2017〕5号").
_UNITS = "|".join(
    sorted((re.escape(u) for u in KNOWN_UNITS | {"％", "所", "处", "名"}), key=len)[::-1]
)
_FIGURE = re.compile(rf"(?<![A-Za-z0-9〔\[【(（])(\d+(?:\.\d+)?)\s*(万|亿|千)?\s*({_UNITS})(?!号)")
_DEADLINE = re.compile(r"\d{1,2}月(底|末|\d{1,2}日)?(前|以前)|年底前|年内")
_NOISE = re.compile(r"[0-9a-z.%％‰]+")


def goal_clauses(goal: str | None) -> list[str]:
    """The clauses of a goal (items split at commas and full stops), at least 2 characters."""
    out = []
    for item in goal_items(goal):
        out += [c.strip() for c in _CLAUSE_SPLIT.split(item) if len(norm_text(c)) >= 2]
    return out


def has_figure(text: str) -> bool:
    """A number with a unit other than the budget year ("2022年" is not a target)."""
    return bool(_FIGURE.search(_YEAR.sub("", fold(text))))


def _object_after(text: str, start: int) -> str:
    return gv.CLAUSE_FILLER.sub("", norm_text(text[start:]))


@lru_cache(maxsize=16384)
def concrete_clause(clause: str) -> bool:
    """Could a year-end review check this clause (figure, quantifier/deadline, deliverable)?"""
    t = fold(clause)
    if has_figure(t) or gv.GOAL_QUANTIFIERS.search(t):
        return True
    for verb in gv.DELIVERABLE_VERBS:
        i = t.find(verb)
        while i >= 0:
            if len(_object_after(t, i + len(verb))) >= gv.CLAUSE_OBJECT_MIN:
                return True
            before = gv.CLAUSE_FILLER.sub("", norm_text(t[:i]))
            if _PREPOSITION.match(t) and len(before) - 1 >= gv.CLAUSE_OBJECT_MIN:
                return True  # "对全县农村公路实施日常养护": the object stands before the verb
            i = t.find(verb, i + 1)
    return False


def _bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for seg in gv.CLAUSE_FILLER.sub(" ", _NOISE.sub(" ", norm_text(text))).split():
        out |= {seg[i : i + 2] for i in range(len(seg) - 1)}
    return out


def _figures(text: str) -> set[str]:
    return {f"{m.group(1)}{m.group(2) or ''}{m.group(3)[:1]}" for m in _FIGURE.finditer(fold(text))}


# The funds of the project stated in its goal ("安排资金152万元", "项目资金50万元"): an input, which
# the budget rules (B502) compare, not a target an indicator should measure; and the basis of a
# calculation ("全年按200天在校天数计").
_FUNDING = re.compile(
    r"(资金|预算|经费|投入|拨款|(?:计划|总|项目)投资)[^，,；;。]{0,6}\d+(\.\d+)?\s*(万元|亿元|元)"
)
_CALCULATION_BASIS = re.compile(r"按[^，,；;。]{1,20}(计|计算)$")


def _not_a_target(clause: str) -> bool:
    t = fold(clause)
    return bool(_FUNDING.search(t) or _CALCULATION_BASIS.search(t))


def target_clauses(goal: str | None) -> list[str]:
    """Clauses that state a figure or a deadline (not the funds, not a calculation basis)."""
    return [
        c
        for c in goal_clauses(goal)
        if (has_figure(c) or _DEADLINE.search(fold(c))) and not _not_a_target(c)
    ]


# Activities a goal can promise without a figure ("组织…消防安全培训"): a clause ending in one
# is a deliverable; when no indicator mentions the activity at all, nothing measures it.
_ACTIVITY_END = re.compile(r"(培训|演练|宣讲|讲座|义诊|体检|筛查|慰问|走访|调研|督查)$")


def unmeasured_activities(table: Table) -> list[str]:
    """Goal clauses ending in an activity (培训, 演练 …) that no indicator text mentions (not
    even the activity's last character: 参训 counts 培训)."""
    if not table.rows:
        return []
    texts = "".join(
        fold(r.level3) + fold(r.description or "") + fold(r.value or "") for r in table.rows
    )
    out = []
    for clause in goal_clauses(table.goal):
        m = _ACTIVITY_END.search(norm_text(clause))
        if m and concrete_clause(clause) and m.group(1)[-1] not in texts:
            out.append(clause)
    return out


def unmeasured_targets(table: Table) -> list[str]:
    """Target clauses of the goal that no indicator of the table measures, and activities it
    promises that no indicator mentions."""
    targets = target_clauses(table.goal)
    if not table.rows:
        return []
    if not targets:
        return unmeasured_activities(table)
    grams: set[str] = set()
    figures: set[str] = set()
    for r in table.rows:
        # the value too: a name and target written in one cell ("森林覆盖率稳定在68%以上")
        grams |= _bigrams(r.level3) | _bigrams(r.description or "") | _bigrams(r.value or "")
        figures |= _figures(r.value or "")
    out = []
    for clause in targets:
        if _bigrams(_FIGURE.sub(" ", clause)) & grams or _figures(clause) & figures:
            continue
        out.append(clause)
    return out + [c for c in unmeasured_activities(table) if c not in out]
