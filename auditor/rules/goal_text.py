"""Goal texts copied rather than set: T103 duplicated goals, T104 goals restating the project.

T103 spans two scopes (items repeated inside one goal: project; the same goal across projects:
document), so it is a document rule that sets each finding's scope.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from auditor.domain import goal_vocab as gv
from auditor.domain import place_vocab as pv
from auditor.extract.normalize import fold
from auditor.models import Document, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import (
    UnionFind,
    collapsed_goal,
    distinct_projects,
    goal_items,
    longest_common,
    norm_text,
    project_tables,
    short,
    tables_label,
)
from auditor.rules.context import RuleContext

# --------------------------------------------------------------------------------------------
# T103 duplicated goal text
# --------------------------------------------------------------------------------------------


def duplicate_items(items: list[str]) -> list[tuple[int, int, str]]:
    """Pairs of goal items (1-based) that repeat each other: equal, nearly equal, or one repeated
    inside the other. Returns (i, j, kind)."""
    norms = [norm_text(x) for x in items]
    out = []
    for i in range(len(norms)):
        for j in range(i + 1, len(norms)):
            a, b = norms[i], norms[j]
            if len(a) < 4 or len(b) < 4:
                continue
            if a == b:
                out.append((i + 1, j + 1, "相同"))
                continue
            shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
            if len(shorter) >= 6 and shorter in longer:
                out.append((i + 1, j + 1, "包含"))
                continue
            if fuzz.ratio(a, b) >= 90:
                out.append((i + 1, j + 1, "近乎相同"))
                continue
            # the same result clause repeated after a different lead-in ("通过…，实现X" / "…，实现X"):
            # the common run must be the end of the shorter item, where Chinese goals put the result
            common = longest_common(shorter, longer)
            if len(common) >= 10 and len(common) >= 0.6 * len(shorter) and shorter.endswith(common):
                out.append((i + 1, j + 1, "结果表述重复"))
    return out


@register
class DuplicatedGoal(Rule):
    code = "T103"
    name = "duplicated-goal"
    family = "T"
    severity = "warning"
    scope = "document"  # emits project-scope (in one goal) and document-scope (across goals)
    summary = "绩效目标文字重复：同一项目内目标条目重复，或多个项目目标相同"
    what = (
        "Project scope: the goal's numbered items repeat each other — identical, nearly identical "
        "(ratio ≥ 90), one item contained in another, or sharing a run of ≥10 characters that covers "
        "≥60% of the shorter item. Document scope: the goals of two or more projects are the same "
        "or nearly the same after removing numbering and repeated items (ratio ≥ 90), and so is a "
        "department-wide (整体) goal equal to a project's; one finding per group with the tables in "
        "`related`."
    )
    why = (
        "A goal states what this project will achieve this year (财预〔2021〕101号 §绩效目标); "
        "'1. X 2. X' fills the form without adding a second target, and the same goal for different "
        "projects means the goals were copied, not set."
    )
    example_context = "compares goal texts inside a project and across the projects of a unit"
    bad = "1. 确保机关各项工作正常运转 2. 确保机关各项工作正常运转"
    better = "1. 完成ISO9001体系换证审核，取得新证书 2. 年内内审不合格项整改率100%"

    group_ratio = 90

    def check_document(self, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        goals: dict[int, str] = {}
        distinct = {t.index for t in distinct_projects(doc)}
        for t in project_tables(doc):
            items = goal_items(t.goal)
            dups = duplicate_items(items)
            if dups:
                i, j, kind = dups[0]
                pairs = "；".join(f"第{a}条与第{b}条{k}" for a, b, k in dups)
                yield Violation(
                    message=f"项目“{short(t.project, 30)}”的绩效目标条目重复（{pairs}），未提出新的目标",
                    message_en=f"goal items repeat each other ({len(dups)} pair(s))",
                    evidence=f"第{i}条“{short(items[i - 1])}” / 第{j}条“{short(items[j - 1])}”：{kind}",
                    table_index=t.index,
                    scope="project",
                )
            g = collapsed_goal(t.goal)
            if len(g.replace("|", "")) >= 8 and t.index in distinct:
                goals[t.index] = g  # the same project printed again shares its goal, rightly
        for t in doc.tables:
            g = collapsed_goal(t.goal)
            if t.kind == "overall" and len(g.replace("|", "")) >= 8:
                goals[t.index] = g  # a project's goal copied as the whole unit's goal, or back
        uf = UnionFind()
        idx = sorted(goals)
        texts = [goals[i] for i in idx]
        for a_i, text in enumerate(texts[:-1]):
            # one C loop per goal over the later ones (process.extract needs no numpy)
            later = texts[a_i + 1 :]
            for _, _, k in process.extract(
                text, later, scorer=fuzz.ratio, score_cutoff=self.group_ratio, limit=None
            ):
                uf.union(idx[a_i], idx[a_i + 1 + k])
        by_index = {t.index: t for t in doc.tables}
        for group in uf.groups():
            first = by_index[group[0]]
            same = all(goals[x] == goals[group[0]] for x in group)
            yield Violation(
                message=f"{len(group)}个项目的绩效目标{'相同' if same else '近乎相同'}（{tables_label(group)}）",
                message_en=f"{len(group)} projects share the {'same' if same else 'nearly the same'} goal text",
                evidence=f"{tables_label(group)} 目标均为“{short(' / '.join(dict.fromkeys(goal_items(first.goal))), 50)}”",
                related=group,
                scope="document",
            )


# --------------------------------------------------------------------------------------------
# T104 goal restates the project
# --------------------------------------------------------------------------------------------


def has_outcome(text: str) -> bool:
    t = fold(text)
    return any(w in t for w in pv.OUTCOME_WORDS)


# a number is matched from its first digit only: a search from every digit of a long run would
# rescan the run each time (quadratic)
# A deadline ("6月底前发放到位", "年底前完工"): the goal says by when, an assessable result.
_DUE_BY = re.compile(r"\d{1,2}月(底|末|\d{1,2}日)?(前|以前)|年底前")
_QUANTITY = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(万|亿|千)?(个|项|人|名|次|场|期|户|家|台|套|所|座|篇|件|条|处|册|本|份|辆|吨|亩|公顷|公里|千米|米|平方米|㎡|立方米|%|％|万元|元|天|小时|分钟|支)"
)


def restates_project(item: str, project: str) -> str | None:
    """Why an item only restates the project (None if it states a result)."""
    n, p = norm_text(item), norm_text(project)
    if not n:
        return None
    if has_outcome(item) or _QUANTITY.search(fold(item)) or _DUE_BY.search(fold(item)):
        return None
    if p and (n == p or fuzz.ratio(n, p) >= 80 or (len(n) >= 4 and (n in p or p in n))):
        return "复述项目名称"
    if pv.USE_PREFIX.search(fold(item)):
        return "仅写资金用途"
    if pv.FUND_NOUN_END.search(n):
        return "仅列资金名称"
    if gv.AIM_CLAUSE.match(fold(item)):
        return None  # an aim with no object of the project (弘扬…精神) is a slogan: G702's finding
    return "仅描述工作内容，无预期结果"


# Tables whose goal belongs to one fund: a project, a transfer payment, a project's self-evaluation.
_FUNDED_KINDS = frozenset({"project", "transfer", "self_evaluation"})


@register
class GoalRestatesProject(Rule):
    code = "T104"
    name = "goal-restates-project"
    family = "T"
    severity = "warning"
    scope = "project"
    summary = "绩效目标只复述项目名称或资金用途，没有预期结果"
    what = (
        "Flags a project goal whose every item (after removing numbering) contains no result word "
        "(提高/保障/实现/完成/降低…) and no quantity (数字+单位), and is the project name, a fund use (主要用于…/用于…/为…提供), a "
        "bare fund name (…扶持资金) or a plain description of the activity. An item that only states "
        "an aim (an aim verb opens it: 弘扬/保障/提高…) is a slogan, left to G702."
    )
    why = (
        "A performance goal is the expected output and effect of the money within the year "
        "(财预〔2021〕101号); naming the fund or what it pays for gives nothing to evaluate."
    )
    example_context = "compares a project's goal with its name and use of funds"
    bad = "中国开发区协会会费 — goal: 1. 中国开发区协会会费 2. 中国开发区协会会费"
    better = "按时缴纳会费，全年参加协会组织的政策研讨、经验交流活动不少于3次，形成学习报告2篇"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        if table.kind not in _FUNDED_KINDS:
            return  # a department-wide goal has no project name to restate
        items = goal_items(table.goal)
        if not items:
            return
        reasons = [restates_project(it, table.project) for it in items]
        if all(reasons):
            kinds = "、".join(dict.fromkeys(r for r in reasons if r))
            yield Violation(
                message=f"绩效目标只复述项目名称或资金用途（{kinds}），未写明预期产出和效果",
                message_en="the goal only restates the project name or the use of funds; no intended result",
                evidence=f"目标“{short(' '.join(items), 60)}”；项目“{short(table.project, 30)}”：无任何结果性表述",
            )
