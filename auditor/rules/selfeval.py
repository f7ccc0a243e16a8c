"""S — self-evaluation tables (绩效自评表): targets, actual values, scores and deviation reasons.

A self-evaluation row states its annual target (年度指标值), the actual value (实际完成值), the
points it can earn (分值), the points given (得分) and, when the target was missed, why
(偏差原因分析及改进措施). 财预〔2020〕10号 (项目支出绩效评价管理办法) and the provincial
self-evaluation rules derived from it score an indicator in full only when its target is met;
a missed target earns part of the points and needs a stated reason and a remedy. These rules
read the columns the layout-general extractor keeps on each row (actual, weight, score,
deviation) and the table's 总分 row (total_weight, total_score).

The checks need the whole table (its kind, its total), so they are project rules; findings about
one indicator are reported at row scope.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.extract.normalize import squeeze
from auditor.models import Document, IndicatorRow, ParsedValue, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.context import RuleContext

SCORED_KINDS = ("self_evaluation",)
_NO_REASON = frozenset(
    {"", "无", "/", "／", "—", "-", "－", "无偏差", "不适用", "无。", "否", "暂无"}
)
_MISSED_WORDS = re.compile(
    r"(未完成|未达到|未达标|部分完成|部分达到|部分达成|未达成|未实现|滞后|延期)"
)
_TOLERANCE = 1e-9


def missed_target(row: IndicatorRow) -> str | None:
    """Why the actual value misses the row's target (None when it meets it or cannot be told)."""
    actual = row.actual_parsed
    if not row.actual or actual is None:
        return None
    if _MISSED_WORDS.search(squeeze(row.actual)):
        return f"实际完成情况为“{row.actual}”"
    late = _late_against_deadline(row.value, row.actual)
    if late:
        return late
    target = row.parsed
    if target.number is None or actual.number is None or not _same_unit(target, actual):
        return None
    low, high = _bounds(target)
    unit = target.unit or actual.unit or ""
    if low is not None and actual.number < low - _TOLERANCE:
        return f"实际完成{_num(actual.number)}{unit}，低于目标{row.value}"
    if high is not None and actual.number > high + _TOLERANCE:
        return f"实际完成{_num(actual.number)}{unit}，高于目标上限{row.value}"
    return None


# A month of a year in a deadline or a completion date ("2024年9月底前", "2024年11月完成").
_YEAR_MONTH = re.compile(r"(20\d{2})年(\d{1,2})月")
_DEADLINE_MARK = re.compile(r"(底|末|\d{1,2}日)?(前|以前|之前)")


def _late_against_deadline(target: str | None, actual: str | None) -> str | None:
    """A deadline target (by a month of a year) met in a later month: the target was missed."""
    t, a = _YEAR_MONTH.search(target or ""), _YEAR_MONTH.search(actual or "")
    if t is None or a is None or not _DEADLINE_MARK.match((target or "")[t.end() :]):
        return None
    due = (int(t.group(1)), int(t.group(2)))
    done = (int(a.group(1)), int(a.group(2)))
    if done > due:
        return f"实际完成于{done[0]}年{done[1]}月，晚于目标“{target}”"
    return None


def _bounds(target: ParsedValue) -> tuple[float | None, float | None]:
    n = target.number
    c = target.comparator
    if n is None:
        return None, None
    if c in ("≤", "<"):
        return None, n
    if c == "range" and len(target.numbers) > 1:
        return n, target.numbers[1]
    if c == "±":
        return None, None  # a tolerance around a planned value: the actual deviation is not given
    return n, None  # ≥, >, = and a bare number: the target is a floor


def _same_unit(target: ParsedValue, actual: ParsedValue) -> bool:
    return not actual.unit or not target.unit or actual.unit == target.unit


def _num(x: float) -> str:
    return f"{x:g}"


def _scored_rows(table: Table) -> list[IndicatorRow]:
    return [r for r in table.rows if r.weight is not None and r.score is not None]


@register
class FullScoreDespiteMiss(Rule):
    code = "S801"
    name = "full-score-despite-miss"
    family = "S"
    severity = "warning"
    scope = "project"
    summary = "自评表中实际完成值未达到年度指标值，却得满分"
    what = (
        "In a self-evaluation table, compares each row's actual value (实际完成值) with its annual "
        "target (年度指标值) by comparator, number and unit — or reads a stated shortfall "
        "(未完成, 部分完成) — and flags a row that misses its target yet is given the full points "
        "(得分 = 分值). Reported at row scope."
    )
    why = (
        "财预〔2020〕10号 and the provincial self-evaluation rules score an indicator in full only "
        "when its annual target is met, in part otherwise; a full score for a missed target "
        "inflates the self-evaluation and hides the shortfall from the finance bureau."
    )
    example_context = "needs a self-evaluation table: target, actual value, 分值 and 得分 per row"
    bad = "产出指标/数量指标/培训农民人次 | 年度指标值 ≥1200人次 | 实际完成值 1050人次 | 分值 20 | 得分 20"
    better = "same row with 得分 17 and the reason: 部分乡镇培训推迟到次年一季度"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        if table.kind not in SCORED_KINDS:
            return
        for r in _scored_rows(table):
            reason = missed_target(r)
            if reason and r.score is not None and r.weight is not None and r.score >= r.weight:
                yield Violation(
                    message=f"“{squeeze(r.level3)}”未完成年度目标却得满分（{_num(r.score)}/{_num(r.weight)}分）。",
                    message_en=f"'{squeeze(r.level3)}' misses its target but gets full points.",
                    evidence=f"{reason}；得分{_num(r.score)}=分值{_num(r.weight)}",
                    row_index=r.index,
                    scope="row",
                )


@register
class ScoreAboveWeight(Rule):
    code = "S802"
    name = "score-above-weight"
    family = "S"
    severity = "error"
    scope = "project"
    summary = "自评得分超过该指标的分值"
    what = (
        "Flags a self-evaluation or evaluation-system row whose score (得分) is higher than the "
        "points the indicator can earn (分值/权重), or negative. Reported at row scope."
    )
    why = (
        "An indicator cannot earn more than its weight (10号: the weights of an evaluation add up "
        "to 100); a score above it is a typing error or an inflated result."
    )
    example_context = "needs the 分值 and 得分 columns of a self-evaluation table"
    bad = "产出指标/质量指标/培训合格率 | 分值 20 | 得分 25"
    better = "产出指标/质量指标/培训合格率 | 分值 20 | 得分 18"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        if table.kind not in (*SCORED_KINDS, "evaluation_system"):
            return
        for r in _scored_rows(table):
            assert r.score is not None and r.weight is not None
            if r.score > r.weight + _TOLERANCE or r.score < 0:
                yield Violation(
                    message=f"“{squeeze(r.level3)}”得分{_num(r.score)}分，超出其分值{_num(r.weight)}分。",
                    message_en=f"'{squeeze(r.level3)}' scores {r.score:g} of {r.weight:g} points.",
                    evidence=f"得分{_num(r.score)}，分值{_num(r.weight)}",
                    row_index=r.index,
                    scope="row",
                )


@register
class ScoresDoNotAddUp(Rule):
    code = "S803"
    name = "scores-do-not-add-up"
    family = "S"
    severity = "warning"
    scope = "project"
    summary = "分值或得分合计与表中总分不符（或分值合计不是100分）"
    what = (
        "Adds up the rows' 分值 and 得分 of a self-evaluation or evaluation-system table and "
        "compares them with the table's 总分/合计 row; without a stated total, the 分值 (plus the "
        "budget-execution points a self-evaluation states in its budget lines) must make 100."
    )
    why = (
        "10号 weights an evaluation out of 100 points (budget execution 10, outputs 50, effects "
        "30, satisfaction 10 for a single project by default); a total that does not add up makes "
        "the self-evaluation's grade unverifiable."
    )
    example_context = "needs every row's 分值/得分 and the table's 总分 row"
    bad = "分值 20 + 20 + 30 + 20 = 90, 总分 100 (no budget-execution line)"
    better = "分值 30 + 20 + 30 + 20 = 100 = 总分"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        if table.kind not in (*SCORED_KINDS, "evaluation_system"):
            return
        weights = [r.weight for r in table.rows if r.weight is not None]
        if not weights or len(weights) < len(table.rows):
            return
        total_w = sum(weights)
        budget_points = table.budget_lines.get("预算执行分值") or 0.0
        stated = table.total_weight
        if stated is not None and abs(total_w + budget_points - stated) > 0.01:
            if abs(total_w - stated) > 0.01:
                yield self._v(table, f"各行分值合计{_num(total_w)}分，总分行为{_num(stated)}分")
        elif stated is None and abs(total_w + budget_points - 100) > 0.01:
            extra = f"（另有预算执行分值{_num(budget_points)}分）" if budget_points else ""
            yield self._v(table, f"各行分值合计{_num(total_w)}分{extra}，不等于100分")
        scores = [r.score for r in table.rows if r.score is not None]
        if table.total_score is not None and len(scores) == len(table.rows):
            budget_got = table.budget_lines.get("预算执行得分") or 0.0
            got = sum(scores)
            if (
                abs(got + budget_got - table.total_score) > 0.01
                and abs(got - table.total_score) > 0.01
            ):
                yield self._v(
                    table, f"各行得分合计{_num(got)}分，总分行为{_num(table.total_score)}分"
                )

    def _v(self, table: Table, evidence: str) -> Violation:
        return Violation(
            message=f"表{table.index}“{squeeze(table.project)}”的分值/得分合计不符：{evidence}。",
            message_en="the points of the table do not add up to its stated total",
            evidence=evidence,
        )


@register
class MissingDeviationReason(Rule):
    code = "S804"
    name = "missing-deviation-reason"
    family = "S"
    severity = "warning"
    scope = "project"
    summary = "自评未达目标或被扣分，却未写偏差原因及改进措施"
    what = (
        "Flags a self-evaluation row that misses its target (see S801) or loses points (得分 < "
        "分值) while its 偏差原因分析及改进措施 cell is empty or says only 无 / — . Tables "
        "without a deviation column are not checked. Reported at row scope."
    )
    why = (
        "10号 and the provincial self-evaluation templates require the reason for every target "
        "not met and the measures to correct it; without them the self-evaluation cannot feed "
        "the next budget."
    )
    example_context = "needs a self-evaluation table with a 偏差原因分析及改进措施 column"
    bad = "满意度指标/服务对象满意度指标/低保对象满意度 | ≥90% | 实际 86% | 分值 10 | 得分 8 | 偏差原因 无"
    better = "same row with 偏差原因: 部分乡镇入户回访不及时；次年起按季度回访"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        if table.kind not in SCORED_KINDS or not any("偏差" in c for c in table.columns):
            return
        for r in table.rows:
            if squeeze(r.deviation) not in _NO_REASON:
                continue
            reason = missed_target(r)
            lost = r.score is not None and r.weight is not None and r.score < r.weight - 0.001
            if reason or lost:
                why = reason or f"得分{_num(r.score or 0)}低于分值{_num(r.weight or 0)}"
                yield Violation(
                    message=f"“{squeeze(r.level3)}”{why}，但未写偏差原因及改进措施。",
                    message_en=f"'{squeeze(r.level3)}' missed its target without a stated reason.",
                    evidence=f"{why}；偏差原因：“{r.deviation or ''}”",
                    row_index=r.index,
                    scope="row",
                )
