"""U301 checks that read more than the head noun (auditor.domain.unit_fit): the object a name
counts, an abstract quality given a percentage, a benefit standard without its denominator, a
time requirement given a percentage. Each check is one small function returning
(measure family, reason) or None; U301 (rules/units.py) runs them after the head-noun check.
"""

from __future__ import annotations

from auditor.domain import unit_fit as uf
from auditor.domain.measure import RATIO_DEFINITION, Measure
from auditor.domain.units import unit_family
from auditor.extract.normalize import fold
from auditor.models import IndicatorRow, ParsedValue

Found = tuple[str, str] | None


def _unit(pv: ParsedValue) -> str:
    return pv.raw_unit or pv.unit or ""


def people_in_object_units(row: IndicatorRow, pv: ParsedValue, measure: Measure) -> Found:
    """People or households counted in a counting word for objects.

    bad: 受益群众 | ≥2100个 ; 资助困难学生数量 | 300个
    better: 受益群众 | ≥2100人 ; 资助困难学生数量 | 300人"""
    if measure.kind not in (None, "count") or pv.unit not in uf.OBJECT_COUNT_UNITS:
        return None
    noun = uf.counted_person(row.level3)
    if noun is None:
        return None
    return "person", f"“{noun}”是人或户，不能以“{_unit(pv)}”计（应使用人、人次、户）"


def percent_on_quality(row: IndicatorRow, pv: ParsedValue, measure: Measure) -> Found:
    """A percentage on an ability, image, atmosphere or role, which has no numerator/denominator.

    bad: 项目示范带动作用 | ≥90%
    better: 带动农户户数 | ≥300户（或 受益群众满意度 | ≥90%）"""
    if measure.kind is not None or unit_family(pv.unit) != "percent":
        return None
    if pv.comparator in ("≤", "<") or RATIO_DEFINITION.search(fold(row.description)):
        return None
    if uf.CHANGE_ONLY.search(row.value or ""):
        return None  # "提高10%": a change of the quality, vague (V401) rather than a unit error
    noun = uf.quality_noun(row.level3)
    if noun is None:
        return None
    return "quality", f"“{noun}”不是比率（没有分子分母），不能以“%”计；应换成可计数的结果或比率"


def standard_without_denominator(row: IndicatorRow, pv: ParsedValue, measure: Measure) -> Found:
    """A benefit or running-cost standard given as a bare amount: per whom, per what period?

    bad: 分散供养人员基本生活标准 | ≥680元
    better: 分散供养人员基本生活标准 | ≥680元/人·月"""
    if measure.kind not in (None, "money") or pv.number is None:
        return None
    if unit_family(pv.unit) != "money" or "/" in (pv.unit or ""):
        return None
    if not uf.standard_without_denominator(row.level3, row.description, pv.unit):
        return None
    return (
        "money",
        f"补助、生活、经费等标准是按人（户、亩、个）和期间计的单位标准，“{_unit(pv)}”缺少分母"
        "（应写作“元/人·月”“万元/村·年”等）",
    )


def percent_on_timely_action(row: IndicatorRow, pv: ParsedValue, measure: Measure) -> Found:
    """A time requirement (按时完成, 及时拨付) given as a bare percentage.

    bad: 按时完成项目建设 | 100%
    better: 项目完工时间 | 2024年10月底前（或 项目按期完工率 | =100%）"""
    if measure.kind is not None or unit_family(pv.unit) != "percent":
        return None
    if not uf.timely_action(row.level3) or RATIO_DEFINITION.search(fold(row.description)):
        return None
    return "time", "按时/及时完成是时间要求，应写完成时间或期限，或定义为及时率（分子/分母）"


CHECKS = (
    people_in_object_units,
    percent_on_quality,
    standard_without_denominator,
    percent_on_timely_action,
)


def measure_unit_mismatch(row: IndicatorRow, pv: ParsedValue, measure: Measure) -> Found:
    """The first of the checks above that finds the value's unit wrong for the name."""
    for check in CHECKS:
        found = check(row, pv, measure)
        if found:
            return found
    return None
