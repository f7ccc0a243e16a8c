"""G — goal ↔ indicator alignment, heuristic first pass (the LLM grader deepens it later).

G701: output indicators that share no content with the project name and goal.
G702: goals that are slogans (no scope, quantity or time) and could belong to any project.
Both aim at high precision: they fire only on clear cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from auditor.domain import goal_vocab as gv
from auditor.domain import place_vocab as pv
from auditor.domain.framework import QUALITY, QUANTITY, TIMELINESS, canonical_level2
from auditor.extract.normalize import fold, squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import goal_items, norm_text
from auditor.rules.context import RuleContext
from auditor.rules.goal_clauses import concrete_clause, goal_clauses, has_figure, unmeasured_targets
from auditor.rules.goal_text import restates_project

# Administrative filler and measurement words: they say nothing about the subject matter of a
# project, so they are removed before comparing an indicator with the project name and goal.
GENERIC_WORDS = re.compile(
    "|".join(
        sorted(
            [
                "项目",
                "数量",
                "个数",
                "次数",
                "条数",
                "户数",
                "人数",
                "人次",
                "合格率",
                "合格",
                "验收",
                "完成率",
                "完成",
                "及时率",
                "及时",
                "时间",
                "时限",
                "时效",
                "率",
                "情况",
                "工作",
                "发放",
                "资金",
                "到位",
                "按时",
                "拨付",
                "补助",
                "补贴",
                "覆盖",
                "满意度",
                "满意",
                "质量",
                "成本",
                "经费",
                "费用",
                "正常",
                "开展",
                "运行",
                "运转",
                "购买",
                "采购",
                "服务",
                "保障",
                "确保",
                "保证",
                "提高",
                "提升",
                "效率",
                "年度",
                "当年",
                "全年",
                "计划",
                "任务",
                "指标",
                "程度",
                "水平",
                "管理",
                "实施",
                "执行",
                "使用",
                "支出",
                "预算",
                "单位",
                "机关",
                "各项",
                "相关",
                "有效",
                "通过",
                "进行",
                "用于",
                "主要",
                "反映",
                "达到",
                "实现",
                "推进",
                "推动",
                "促进",
                "加强",
                "既定",
                "是否",
                "数",
                "的",
                "及",
                "和",
                "与",
                "等",
                "各",
                "区内",
                "全区",
                "我区",
                "我县",
                "全县",
                "本级",
                "开发区",
                "经开区",
                "高新区",
                "园区",
                "区域",
                "域内",
                "日常",
                "按照",
                "规定",
                "标准",
                "控制",
                "是",
                "否",
                "年",
            ],
            key=len,
            reverse=True,
        )
    )
)


def content_chars(text: str | None) -> set[str]:
    """Subject-matter characters of a text: generic words, digits and Latin removed."""
    return set(_content_chars(text))


_DIGITS_LATIN = re.compile(r"[0-9a-z]+")


@lru_cache(maxsize=65536)
def _content_chars(text: str | None) -> frozenset[str]:
    t = _DIGITS_LATIN.sub(" ", norm_text(text))
    t = GENERIC_WORDS.sub(" ", t)
    return frozenset(c for c in t if "\u4e00" <= c <= "\u9fff")


def _output_rows(table: Table) -> Iterator[IndicatorRow]:
    for r in table.rows:
        if canonical_level2(r.level2) in (QUANTITY, QUALITY, TIMELINESS):
            yield r


@register
class IndicatorsUnrelatedToGoal(Rule):
    code = "G701"
    name = "goal-indicator-mismatch"
    family = "G"
    severity = "warning"
    scope = "project"
    status = "preview"
    summary = "产出指标与项目目标/名称无关，或目标没有对应指标（启发式初筛）"
    what = (
        "Heuristic first pass: takes the subject-matter characters of the project name and goal "
        "(administrative filler and measurement words such as 数量/合格率/完成/工作 removed) and of "
        "each 产出 (数量/质量/时效) indicator's name and description. Fires when the table has at "
        "least 3 output rows with at least 2 subject-matter characters each and none of them shares "
        "a character with the name/goal; also a goal target (figure or deadline) that no indicator "
        "shares a word or figure with, or an activity the goal promises (…培训, …演练) that no "
        "indicator mentions. The LLM stage refines this judgement."
    )
    why = (
        "Indicators must measure the project's goal (财预〔2021〕101号: 指标与目标相关、对应); outputs "
        "about something else (research reports for a membership fee, office supplies for a "
        "report) cannot show whether the money achieved anything."
    )
    example_context = "compares the project's goal with all of its indicators"
    bad = "河北开发区协会会费 — outputs: 专题研究报告数量, 重大活动完成情况, 上报建议和意见数量"
    better = "会费缴纳及时率 100%; 参加协会组织的培训/交流活动 ≥3次; 获取政策信息并形成报告 ≥2篇"

    min_rows = 3

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        if table.kind in ("evaluation_system",) or table.truncated:
            return
        unmeasured = unmeasured_targets(table)
        if unmeasured:
            listed = "；".join(f"“{squeeze(c)[:30]}”" for c in unmeasured[:3])
            yield Violation(
                message=f"绩效目标中的{listed}没有任何指标衡量",
                message_en=f"{len(unmeasured)} goal target(s) have no indicator measuring them",
                evidence=f"目标条目{listed}：表中无指标的名称、描述或指标值与之对应",
            )
            return
        if table.kind != "project":
            return
        yield from self._unrelated_outputs(table)

    def _unrelated_outputs(self, table: Table) -> Iterable[Violation]:
        anchor = content_chars(table.project) | content_chars(table.goal)
        if len(anchor) < 2:
            return
        rows = []
        for r in _output_rows(table):
            grams = content_chars(r.level3) | content_chars(r.description)
            if len(grams) >= 2:
                rows.append((r, grams))
        if len(rows) < self.min_rows:
            return
        related = [r for r, g in rows if g & anchor]
        if related:
            return
        names = "、".join(squeeze(r.level3) for r, _ in rows[:4])
        yield Violation(
            message=f"产出指标（{names}）与项目“{squeeze(table.project)}”的名称和目标无共同内容，疑与项目无关",
            message_en="none of the output indicators shares subject matter with the project name or goal",
            evidence=f"项目/目标关键词与{len(rows)}个产出指标均无重合：{names}",
        )


_HAS_NUMBER = re.compile(r"\d")


_YEAR = re.compile(r"(19|20)\d{2}\s*年(度)?")


def slogan_items(goal: str | None, max_residue: int = 6) -> tuple[list[str], list[str]]:
    """(items, the items that are slogans).

    An item is a slogan when it matches the slogan patterns and, once those matches and the
    administrative filler are removed, at most `max_residue` subject-matter characters remain —
    or when it strings together three or more slogans."""
    items = goal_items(goal)
    return items, [it for it in items if _is_slogan_item(it, max_residue)]


_SLOGAN_PATTERNS = tuple(re.compile(p) for p in pv.SLOGAN_PATTERNS)


@lru_cache(maxsize=65536)
def _is_slogan_item(item: str, max_residue: int) -> bool:
    t = fold(item)
    hits = [m for p in _SLOGAN_PATTERNS for m in p.finditer(t)]
    if not hits:
        return False
    rest = t
    for m in sorted(hits, key=lambda m: -len(m.group(0))):
        rest = rest.replace(m.group(0), " ")
    return len(_content_chars(rest)) <= max_residue or len(hits) >= 3


def _aim_clause(clause: str) -> bool:
    c = fold(clause)
    return bool(
        gv.AIM_CLAUSE.match(c)
        or gv.SUPPORT_CLAUSE.match(c)
        or gv.SUCCESS_CLAUSE.search(c)
        or len(pv.ABSTRACT_GOAL_WORDS.sub("", norm_text(c))) <= pv.ABSTRACT_CLAUSE_MAX_REST
    )


def aim_clauses(goal: str) -> list[str]:
    """The clauses of a goal when every one only states an aim (an aim verb opens it, it names
    an abstract help or claims success, or nothing but abstract words remain); else []."""
    clauses = goal_clauses(goal)
    if not clauses or not all(_aim_clause(c) for c in clauses):
        return []
    return clauses


@register
class VagueGoal(Rule):
    code = "G702"
    name = "vague-goal"
    family = "G"
    severity = "warning"
    scope = "project"
    status = "preview"
    summary = "绩效目标空泛，无范围、数量或时限，无法评价（启发式初筛）"
    what = (
        "Heuristic first pass: a goal with no number (no quantity, no date; a bare budget year does "
        "not count) whose every item is a generic slogan — keeping 'all work running normally', 'promoting "
        "development', 'achieving real results', principles (坚持…), national slogans (六稳六保), "
        "'raising efficiency' — with at most a few subject-matter characters left once the slogans "
        "and administrative filler are removed (or three slogans strung together); or a goal whose "
        "every clause only states an aim — an aim verb opens it (保障/提高/方便/加强…), it names an "
        "abstract help (为…提供有力保障) or claims success (取得实效) — with no clause a year-end "
        "review could check (figure, quantifier, deadline, deliverable with its object)."
    )
    why = (
        "A goal must state what will be achieved, for whom, how much and by when so that the year-end "
        "self-evaluation can compare (财预〔2021〕101号: 目标应具体、可衡量、可实现)."
    )
    example_context = "reads the goal text of a project table"
    bad = "1. 确保机关各项工作正常运转 2. 确保机关各项工作正常运转"
    better = "2021年11月底前完成ISO9001换证审核并取得证书，内审发现问题整改率100%"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        goal = table.goal or ""
        if not goal.strip() or table.kind == "evaluation_system":
            return
        items, slogans = slogan_items(goal)
        # a bare budget year ("2021年") is not a deadline: every annual goal is for its year
        if not items or any(has_figure(it) for it in items):
            return
        if all(restates_project(it, table.project) for it in items):
            return  # a goal that only names the fund or its use is T104's finding
        if any(concrete_clause(c) for c in goal_clauses(goal)):
            return  # something a year-end review can check: a deliverable, quantifier, deadline
        if len(slogans) < len(items):
            aims = aim_clauses(goal)
            if not aims:
                return
            slogans = aims
        yield Violation(
            message="绩效目标为口号式表述，无范围、数量和时限，无法据以评价",
            message_en="the goal is a slogan without scope, quantity or deadline",
            evidence="；".join(f"“{squeeze(s)[:40]}”" for s in slogans[:3]) + "：套话，无数量/时限",
        )
