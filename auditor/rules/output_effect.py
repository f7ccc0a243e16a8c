"""C206: an effect (效益) row that is really a count of outputs.

Read by the category model (auditor.domain.category_fit): the row's profile is a count of
activities, objects or service days, or people brought in by an action, with no beneficiary,
outcome or income signal. C202 defers to this rule for such rows under a 效益 二级.
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.domain import row_vocab as rv
from auditor.domain.category_fit import match_profile, row_signals
from auditor.domain.framework import (
    ECOLOGICAL,
    ECONOMIC,
    SOCIAL,
    SUSTAINABLE,
    canonical_level2,
)
from auditor.domain.units import unit_family
from auditor.extract.normalize import squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import indicator_name
from auditor.rules.context import RuleContext

EFFECT_LEVEL2 = frozenset({ECONOMIC, SOCIAL, SUSTAINABLE, ECOLOGICAL})


def _evidence(row: IndicatorRow, reason: str) -> str:
    return f"{squeeze(row.level2)}/{indicator_name(row)} {squeeze(row.value)}：{reason}"


@register
class OutputAsEffect(Rule):
    code = "C206"
    name = "output-as-effect"
    family = "C"
    severity = "warning"
    scope = "row"
    cells_only = True
    summary = "效益指标实为产出数量"
    what = (
        "Flags a 效益 (经济/社会/生态/可持续影响) row whose content, read by the category model "
        "(auditor.domain.category_fit), is a count of outputs — activities, events, visits, "
        "objects built or bought, days of service — or people brought in by an action (引进人才 "
        "≥1人), rather than a change for the people served. Beneficiaries (受益/带动/就业/新增), "
        "outcomes (采用/转化/落地/改善), harm events (事故/投诉/返贫, lower is better; any count "
        "whose target is 0) and amounts are effects or belong to other rules, and are skipped."
    )
    why = (
        "效益 indicators measure results for beneficiaries or the area; counting what was done belongs in 产出/数量 "
        "(财预〔2021〕101号; domain-rules §2; §4.2 P-07 process/output indicators used as effects)."
    )
    bad = "效益指标/可持续影响指标/项目方回访次数 | ≥1 次"
    better = "产出指标/数量指标/项目方回访次数 | ≥1次（或 效益指标改为 回访项目问题整改率 ≥90%）"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        if canonical_level2(row.level2) not in EFFECT_LEVEL2 or row.parsed.number is None:
            return
        reason = output_count_reason(row)
        if reason is None:
            return
        yield Violation(
            message=f"效益指标“{indicator_name(row)}”计量的是产出数量，应列入产出指标或改为反映成效的指标。",
            message_en=f"Effect indicator '{indicator_name(row)}' counts outputs; move it to 产出/数量 or measure the effect.",
            evidence=_evidence(row, reason),
        )


_OUTPUT_PROFILES = frozenset({"output-count", "output-count-by-unit", "service-days"})
_OUTCOME_SIGNALS = frozenset({"n:beneficiary", "n:change", "n:income", "n:uptake"})


def output_count_reason(row: IndicatorRow) -> str | None:
    """Why the row counts outputs (activities, objects, service days, people brought in), or None."""
    signals, measure = row_signals(row)
    profile = match_profile(signals)
    if profile is None or profile.name not in _OUTPUT_PROFILES or "value-disagrees" in signals:
        return None
    if _OUTCOME_SIGNALS & signals or rv.polarity(row.level3) == "neg":
        return None
    if row.parsed.number == 0:
        return None  # nobody plans zero outputs: a target of 0 counts events that should not happen
    if profile.name == "service-days":
        return "提供服务的天数是产出数量，不是效益"
    kind = measure.kind if measure.kind else unit_family(row.parsed.unit)
    if kind == "person":
        if "n:action" not in signals:
            return None  # a head-count without an action word: people reached, an effect
        return "通过工作直接引进/组织/培训的人数是产出，不是效益"
    unit = row.parsed.unit or measure.head
    return f"以“{unit}”计的活动/产出数量不是效益"
