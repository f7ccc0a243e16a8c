"""Row rules of family U: units and values (U301-U307).

All checks read the parsed value (auditor.extract.values.parse_value) and the unit families of
auditor.domain.units; what the 三级 name measures comes from auditor.domain.row_vocab.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from auditor.domain import row_vocab as rv
from auditor.domain.framework import (
    COST,
    COST2,
    ECO_COST,
    ECON_COST,
    SOCIAL_COST,
    canonical_level1,
    canonical_level2,
)
from auditor.domain.measure import (
    PERSON_UNITS_NEEDED,
    RATIO_DEFINITION,
    SLOGAN_OPENING,
    infer_measure,
    is_slogan_name,
)
from auditor.domain.units import NONSTANDARD_UNIT_SPELLINGS, is_known_unit, unit_family
from auditor.domain.vocab import BOILERPLATE_VALUE_PATTERNS
from auditor.extract.normalize import fold, squeeze
from auditor.models import Document, IndicatorRow, ParsedValue, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.context import RuleContext

_COST_LEVEL2 = {COST2, ECON_COST, SOCIAL_COST, ECO_COST}


def _name(row: IndicatorRow) -> str:
    return squeeze(row.level3)


def _value(row: IndicatorRow) -> str:
    return squeeze(row.value)


def _ev(row: IndicatorRow, reason: str) -> str:
    return f"{_name(row)} {_value(row)}：{reason}"


def _is_cost_row(row: IndicatorRow) -> bool:
    return canonical_level2(row.level2) in _COST_LEVEL2 or (
        canonical_level1(row.level1) == COST and canonical_level2(row.level2) is None
    )


def name_measure(row: IndicatorRow) -> str | None:
    """What the row measures as a unit family key: rate, person, count, time, money, physical."""
    return _KIND_FAMILY.get(infer_measure(row.level3, _short_description(row)).kind or "")


def _short_description(row: IndicatorRow) -> str | None:
    d = row.description
    if d and (len(rv.core(d)) <= 16 or RATIO_DEFINITION.search(fold(d))):
        return d
    return None


_KIND_FAMILY = {
    "rate": "rate",
    "satisfaction": "rate",
    "person": "person",
    "count": "count",
    "duration": "time",
    "date": "time",
    "money": "money",
    "length": "physical",
    "area": "physical",
}
_UNIT_FITS = {
    "rate": {"percent"},
    "person": {"person"},
    "count": {"count", "person"},
    "time": {"time"},
    "money": {"money"},
    "physical": {"measure"},
}


def _boilerplate(text: str) -> bool:
    t = squeeze(text)
    return any(
        re.search(p, t)
        for p in list(BOILERPLATE_VALUE_PATTERNS) + list(rv.EXTRA_BOILERPLATE_PATTERNS)
    )


_FAMILY_ZH = {
    "rate": "比率",
    "person": "人数",
    "count": "数量",
    "time": "时间",
    "money": "金额",
    "physical": "长度/面积",
    "slogan": "工作表述（不是比率）",
}


def _unit_text(pv: ParsedValue) -> str:
    return pv.raw_unit or pv.unit or ""


def _rate_reason(row: IndicatorRow, pv: ParsedValue, ufam: str | None) -> str | None:
    if ufam in ("count", "person", "time", "money", "measure"):
        return f"比率应以“%”计，不能用“{_unit_text(pv)}”"
    if (
        pv.number is None
        and ("qualitative" in pv.flags or "date" in pv.flags)
        and pv.text
        and not _boilerplate(pv.text)
    ):
        return f"比率以文字/日期“{pv.text}”表述，无比例"
    if "deadline" in pv.flags:
        return f"比率以日期“{_value(row)}”表述，无比例"
    return None


def _per_unit_total(
    row: IndicatorRow, table: Table, pv: ParsedValue, in_name: bool = True
) -> str | None:
    """A standard per person/household/mu given as a total amount (no per-unit unit). When only
    the description says "每人…", the amount must reach half the budget to count as a total."""
    unit = pv.unit or ""
    if "/" in unit or pv.number is None or unit_family(unit) != "money":
        return None
    yuan = pv.number * (10000 if unit.startswith("万") else 1)
    huge = in_name and unit.startswith("万") and yuan >= 10000
    if huge or (table.budget_wan and yuan >= 0.5 * table.budget_wan * 10000):
        return f"人均/户均等单位标准应以“元/人”“元/户”等计，“{_value(row)}”是总额"
    return None


def _family_reason(fam: str, row: IndicatorRow, pv: ParsedValue, ufam: str | None) -> str | None:
    unit = _unit_text(pv)
    if fam == "person":
        if pv.unit in rv.NON_PERSON_COUNT_UNITS or ufam in ("percent", "money", "time", "measure"):
            return f"单位“{unit}”不能计量人数（应使用{PERSON_UNITS_NEEDED}）"
    elif fam == "count":
        if ufam in ("percent", "money", "time"):
            return f"数量不应以“{unit}”计，应使用计数单位（个、项、次…）"
        if rv.core(row.level3).endswith("次数") and pv.unit in rv.NON_EVENT_COUNT_UNITS:
            return f"次数应以“次”计，不能用“{pv.unit}”"
    elif fam == "rate":
        return _rate_reason(row, pv, ufam)
    elif fam == "time":
        if ufam in ("percent", "money", "measure") or (
            ufam in ("count", "person") and pv.unit not in ("天", "日")
        ):
            return f"时间/期限不应以“{unit}”计，应使用时间单位（天、月、年）或日期"
    elif fam == "money" and not rv.contains_any(row.level3, rv.TIMELINESS_WORDS):
        if ufam in ("percent", "count", "person", "time", "measure"):
            return f"金额不应以“{unit}”计，应使用元或万元"
    elif fam == "physical" and ufam in ("percent", "count", "person", "money", "time"):
        return f"长度/面积不应以“{unit}”计，应使用公里、米、平方米、亩等"
    return None


@register
class UnitMismatch(Rule):
    code = "U301"
    name = "unit-mismatch"
    family = "U"
    severity = "error"
    scope = "row"
    summary = "计量单位与指标所计量的内容不符"
    what = (
        "Infers what the 三级 measures from its head noun (auditor.domain.measure: 率/人数/户数/次数/"
        "长度/面积/时间/成本/满意度 …, with the description as second source) and flags a value whose "
        "unit cannot measure it: a head-count in 次/个/项; a rate given as a count, duration, amount, "
        "word or date; a count, length, duration or amount in %; a length in 个; a completion time "
        "as 100%; a per-person/household standard given as a total (万元, or half the budget); a "
        "percentage on a name that is an action, not a rate, with no ratio definition."
    )
    why = (
        "A target is object + measure + comparator + number + unit; when the unit does not fit the measure "
        "the target cannot be checked at self-evaluation (domain-rules §2 typical units per 二级; §4.2 P-08 "
        "计量单位错误, 岳阳楼区 money value with unit %)."
    )
    bad = "产出指标/数量指标/协管员人数 | ≥5次 ; 产出指标/时效指标/工作及时率 | 12月底"
    better = "协管员人数 | ≥5人 ; 工作按时完成率 | ≥95%（或 时效指标“工作完成时间 | ≤12月底”）"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        found = _unit_mismatch(row, table)
        if found:
            fam, reason = found
            yield Violation(
                message=f"“{_name(row)}”计量的是{_FAMILY_ZH[fam]}，指标值“{_value(row)}”的单位与之不符。",
                message_en=f"'{_name(row)}' measures a {fam}; the unit of '{_value(row)}' does not fit.",
                evidence=_ev(row, reason),
            )


def _unit_mismatch(row: IndicatorRow, table: Table) -> tuple[str, str] | None:
    """(measure family, reason) when the value's unit cannot measure what the name measures."""
    pv = row.parsed
    if "garbled" in pv.flags:
        return None
    ufam = unit_family(pv.unit)
    measure = infer_measure(row.level3, _short_description(row))
    fam = _KIND_FAMILY.get(measure.kind or "")
    if fam is None:
        # an upper bound on such a name is reported as an inverted bound (U305)
        if (
            is_slogan_name(row.level3)
            and ufam == "percent"
            and pv.comparator not in ("≤", "<")
            and not _defines_ratio(row)
        ):
            return "slogan", "名称是工作表述，不是比率，却以“%”为单位，且描述未给出分子分母"
        return None
    desc = _short_description(row)
    dfam = _KIND_FAMILY.get(infer_measure(desc).kind or "") if desc else None
    if desc and RATIO_DEFINITION.search(fold(desc)):
        dfam = "rate"  # "供餐学生数/在校学生数" defines a ratio, whatever its last noun
    fits_description = bool(dfam and dfam != fam and _UNIT_FITS.get(dfam, set()) & {ufam})
    if fits_description and rv.char_overlap(row.level3, row.description) < 0.6:
        return None  # the value fits the description: a name/description mismatch (C205)
    if SLOGAN_OPENING.match(rv.core(row.level3)):
        return None  # a slogan used as name ("提高资金利用率"): no measure to hold the unit against
    if fam == "money" and measure.per_unit:
        reason = _per_unit_total(row, table, pv, measure.per_unit_in_name)
        if reason:
            return fam, reason
    reason = _family_reason(fam, row, pv, ufam)
    return (fam, reason) if reason else None


def _defines_ratio(row: IndicatorRow) -> bool:
    return bool(RATIO_DEFINITION.search(fold(row.description)))


_GROWTH_WORDS = (
    "增长",
    "增幅",
    "增速",
    "同比",
    "环比",
    "上升",
    "提高率",
    "提升率",
    "倍",
    "超额",
    "增加率",
)


def _is_proportion(row: IndicatorRow) -> bool:
    if rv.contains_any(row.level3, _GROWTH_WORDS) or rv.contains_any(
        row.description, _GROWTH_WORDS
    ):
        return False
    if name_measure(row) == "rate":
        return True
    d = squeeze(row.description)
    return (
        bool(re.search(r"占.{1,30}(比率|比例|比重|百分比|的比)", d))
        or rv.measure_family(row.description) == "rate"
    )


@register
class ProportionOutOfRange(Rule):
    code = "U302"
    name = "proportion-out-of-range"
    family = "U"
    severity = "error"
    scope = "row"
    summary = "比率超出0–100%，或比率设“≥100%”下限"
    what = (
        "Flags a proportion (a part of a whole: …率, …占…的比率, 满意度) whose target exceeds 100 %, or whose "
        "lower bound is 100 % or more (≥100 % can only mean =100 %). Growth rates are not proportions and are "
        "skipped."
    )
    why = "Rates must lie in 0–100 %; a '≥ 100 %' target on a rate is only meaningful as '= 100 %' (domain-rules §3.6)."
    bad = "产出指标/质量指标/验收合格率 | ≥100%"
    better = "验收合格率 | =100%（或 ≥95%）"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        if pv.unit != "%" or pv.number is None:
            return
        n = max(pv.numbers or [pv.number])
        proportion = _is_proportion(row)
        growth = rv.contains_any(row.level3, _GROWTH_WORDS) or rv.contains_any(
            row.description, _GROWTH_WORDS
        )
        # a percentage of 200 or more is only meaningful for growth / magnitude ratios
        if n > 100 and (proportion or (n >= 200 and not growth)):
            yield Violation(
                message=f"比率指标“{_name(row)}”的目标值{rv.number_text(n)}%超出0–100%的范围。",
                message_en=f"Proportion '{_name(row)}' has a target of {rv.number_text(n)}%, outside 0-100%.",
                evidence=_ev(row, "比率不能超过100%"),
            )
        elif proportion and pv.comparator in ("≥", ">") and pv.number >= 100:
            fix = None
            if pv.comparator == "≥" and pv.number == 100:
                fix = "=100%"
            yield Violation(
                message=f"比率指标“{_name(row)}”设下限“{pv.comparator}{rv.number_text(pv.number)}%”，比率不可能超过100%。",
                message_en=f"Proportion '{_name(row)}' has a lower bound of {pv.comparator}{rv.number_text(pv.number)}%.",
                evidence=_ev(row, "比率下限≥100%，只能写作“=100%”"),
                fix=fix,
            )


@register
class GarbledValue(Rule):
    code = "U303"
    name = "garbled-value"
    family = "U"
    severity = "error"
    scope = "row"
    summary = "指标值乱码或无法解析"
    what = (
        "Flags a value the parser marks as garbled: doubled digits from a broken text layer (≤100100%), two "
        "comparators run together (≤2≥2 万元), a unit whose number was lost (元按照规定标准控制), a number glued "
        "to words (≤1 运行正常)."
    )
    why = (
        "A value that cannot be read cannot be scored at self-evaluation (101号 principle 量化易评, "
        "domain-rules §4.1); it has to be corrected at the source."
    )
    bad = "产出指标/成本指标/项目总成本 | ≤2≥2 万元"
    better = "项目总成本 | ≤2万元"

    _REASONS: ClassVar[dict[str, str]] = {
        "doubled_digits": "数字重复（文本层重复字符）",
        "multiple_comparators": "多个比较符号混杂",
        "unit_without_number": "只有单位没有数值",
        "number_with_text": "数值与文字混杂",
        "absurd_number": "数字位数异常（不可能的目标值）",
    }

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        if "garbled" not in pv.flags:
            return
        garble_flags = set(self._REASONS) & set(pv.flags)
        if garble_flags == {"number_with_text"} and pv.text and is_known_unit(pv.text):
            return  # a composite unit split by the parser ("元/人·年", "3个工作日"), not a garbled value
        reasons = [r for f, r in self._REASONS.items() if f in pv.flags] or ["无法解析"]
        fix = None
        if (
            "doubled_digits" in pv.flags
            and pv.number is not None
            and "multiple_comparators" not in pv.flags
        ):
            unit = pv.unit or ""
            fix = f"{pv.comparator if pv.comparator in ('≥', '≤', '>', '<', '=') else ''}{rv.number_text(pv.number)}{unit}"
        yield Violation(
            message=f"指标值“{_value(row)}”乱码，无法读取（{'；'.join(reasons)}）。",
            message_en=f"Value '{_value(row)}' is garbled and cannot be read.",
            evidence=_ev(row, "；".join(reasons)),
            fix=fix,
        )


_UNITLESS_NAMES = (
    "指数",
    "系数",
    "得分",
    "分值",
    "评分",
    "等级",
    "星级",
    "倍数",
    "级别",
    "名次",
    "排名",
    "分数",
)


@register
class MissingUnit(Rule):
    code = "U304"
    name = "missing-unit"
    family = "U"
    severity = "warning"
    scope = "row"
    summary = "指标值有数值无单位"
    what = "Flags a numeric target written without a unit (培训参与度 ≥95), except dimensionless measures (指数, 得分, 等级)."
    why = "A number without a unit is ambiguous (95 % or 95 people?) and cannot be scored (domain-rules §4.2 P-08 计量单位缺失)."
    bad = "满意度指标/服务对象满意度指标/服务对象满意度 | ≥95"
    better = "服务对象满意度 | ≥95%"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        if "missing_unit" not in pv.flags or pv.number is None:
            return
        if rv.contains_any(row.level3, _UNITLESS_NAMES):
            return
        fix = None
        if name_measure(row) == "rate" and "garbled" not in pv.flags:
            fix = f"{pv.comparator if pv.comparator in ('≥', '≤', '>', '<', '=') else ''}{rv.number_text(pv.number)}%"
        yield Violation(
            message=f"指标值“{_value(row)}”缺少计量单位。",
            message_en=f"Value '{_value(row)}' has no unit.",
            evidence=_ev(row, "有数值无单位"),
            fix=fix,
        )


def _polarity(row: IndicatorRow) -> str | None:
    p = rv.polarity(row.level3)
    if p is None and row.description:
        dp = rv.polarity(row.description)
        # a bad thing mentioned in the description makes the row uncertain, never positive
        p = "mixed" if dp in ("neg", "mixed") else dp
    return p


@register
class ComparatorPolarity(Rule):
    code = "U305"
    name = "comparator-polarity"
    family = "U"
    severity = "error"
    scope = "row"
    summary = "比较符号方向与指标性质相反"
    what = (
        "Flags a comparator that points the wrong way for the indicator's polarity: an upper bound (≤) on "
        "something that should be high (满意度, 完成率, 覆盖率, 确保/保障…运行, output counts); a lower bound "
        "(≥) on something bad (延迟, 差错, 故障, 投诉) or on a cost; a 'bad' rate (超支率, 故障率) targeted at "
        "a high value with '='. Cost rows and durations/deadlines are not checked for ≤."
    )
    why = (
        "Polarity guide (domain-rules §2): rates named 合格/达标/覆盖/完成/及时/知晓/满意 → '≥'; 差错/故障/投诉/"
        "成本/费用 → '≤'; counts of outputs → '≥' or '='; §3.5 '≤' on satisfaction is a polarity error."
    )
    bad = "满意度指标/服务对象满意度指标/受益人群满意度 | ≤100 百分比"
    better = "受益人群满意度 | ≥90%"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        if (
            pv.number is None
            or "number_with_text" in pv.flags
            or "multiple_comparators" in pv.flags
        ):
            return
        ufam = unit_family(pv.unit)
        pol = _polarity(row)
        name = _name(row)
        if pv.comparator in ("≤", "<"):
            if (
                _is_cost_row(row)
                or ufam in ("time", "money", "measure")
                or {"deadline", "date"} & set(pv.flags)
            ):
                return
            if rv.measure_family(row.level3) in ("time", "money"):
                return
            unitless_count = pv.unit is None and rv.measure_family(row.level3) in (
                "count",
                "person",
            )
            if pol == "pos" or (
                pol is None and (ufam in ("percent", "count", "person") or unitless_count)
            ):
                kind = (
                    "正向指标"
                    if pol == "pos"
                    else ("产出数量" if ufam in ("count", "person") else "正向比率")
                )
                yield Violation(
                    message=f"“{name}”是{kind}，越高越好，却设上限“{pv.comparator}”。",
                    message_en=f"'{name}' should be high (a floor), but the target is an upper bound '{pv.comparator}'.",
                    evidence=_ev(row, f"{kind}设上限“{pv.comparator}”"),
                    fix=None,
                )
        elif pv.comparator in ("≥", ">"):
            name_pol = rv.polarity(row.level3, ignore_money=not _is_cost_row(row))
            delay = rv.contains_any(row.level3, rv.DELAY_WORDS) and not rv.contains_any(
                row.level3, ("及时", "按时", "按期", "准时")
            )
            duration = rv.contains_any(row.level3, rv.DURATION_WORDS)
            cost = (
                _is_cost_row(row)
                and rv.measure_family(row.level3) == "money"
                and not rv.contains_any(row.level3, rv.BENEFIT_STANDARD_WORDS)
            )
            # a benefit paid per person or pupil (补助标准, 经费基准定额): a guaranteed floor
            benefit = unit_family(pv.unit) == "money" and rv.contains_any(
                row.level3, rv.BENEFIT_STANDARD_WORDS
            )
            if (
                delay
                or cost
                or (
                    name_pol == "neg"
                    and not duration
                    and not benefit
                    and rv.measure_family(row.level3) != "time"
                )
            ):
                kind = "成本" if cost else "反向指标"
                yield Violation(
                    message=f"“{name}”是{kind}，越低越好，却设下限“{pv.comparator}”。",
                    message_en=f"'{name}' should be low (a ceiling), but the target is a lower bound '{pv.comparator}'.",
                    evidence=_ev(row, f"{kind}设下限“{pv.comparator}”"),
                )
        elif pv.comparator in ("=", None) and pv.unit == "%" and pv.number >= 50:
            if rv.polarity(row.level3) == "neg" and not rv.contains_any(
                row.level3, rv.DURATION_WORDS
            ):
                yield Violation(
                    message=f"“{name}”是反向比率（越低越好），目标却定为{rv.number_text(pv.number)}%，应设较低的上限。",
                    message_en=f"'{name}' is a lower-is-better rate but its target is {rv.number_text(pv.number)}%.",
                    evidence=_ev(row, "反向比率目标值过高，应设“≤”上限"),
                )


@register
class FractionalCount(Rule):
    code = "U306"
    name = "fractional-count"
    family = "U"
    severity = "warning"
    scope = "row"
    summary = "可数事物的指标值为小数"
    what = "Flags a non-integer target for something counted one by one (件, 个, 人, 次 …), e.g. 差错 ≤0.5 件."
    why = "Counts are integers; a fractional count is a typo or a rate written as a count (domain-rules §2 typical units)."
    bad = "产出指标/质量指标/差错情况 | ≤0.5 件"
    better = "差错件数 | =0件（或 差错率 ≤0.5%）"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        if pv.number is None or "garbled" in pv.flags or float(pv.number).is_integer():
            return
        if unit_family(pv.unit) not in ("count", "person") or "/" in (pv.unit or ""):
            return
        if (pv.raw_unit or "").startswith("万"):
            return  # 0.5万人: a scaled count
        yield Violation(
            message=f"“{_name(row)}”计量可数事物，目标值{rv.number_text(pv.number)}{pv.unit}不是整数。",
            message_en=f"'{_name(row)}' counts whole units but the target is {rv.number_text(pv.number)} {pv.unit}.",
            evidence=_ev(row, f"“{pv.unit}”为计数单位，不应出现小数"),
        )


_COMPARATOR_FIXES = [
    (">=", "≥"),
    ("=>", "≥"),
    ("<=", "≤"),
    ("=<", "≤"),
    ("＞＝", "≥"),
    ("＜＝", "≤"),
    ("≧", "≥"),
    ("≦", "≤"),
    ("⩾", "≥"),
    ("⩽", "≤"),
]


def normalise_notation(value: str) -> str:
    """'≥100 百分比' -> '≥100%', '≧95%' -> '≥95%', '<=45万元' -> '≤45万元'."""
    s = squeeze(value)
    for old, new in _COMPARATOR_FIXES:
        if s.startswith(old):
            s = new + s[len(old) :]
            break
    for spelling in sorted(NONSTANDARD_UNIT_SPELLINGS, key=len, reverse=True):
        m = re.match(rf"^(\D*\d[\d.,]*)\s*{spelling}(.*)$", s)
        if m:
            s = f"{m.group(1)}%{m.group(2)}"
            break
    return s


@register
class NonstandardNotation(Rule):
    code = "U307"
    name = "nonstandard-notation"
    family = "U"
    severity = "info"
    scope = "row"
    summary = "指标值书写不规范（“百分比/比率”作单位，≧ ≦ >= <=）"
    what = (
        "Flags notation that should be normalised: 百分比/百分率/比率/比例 written as the unit instead of %, and "
        "the comparators ≧ ≦ >= <= instead of ≥ ≤. Full-width ％ is standard Chinese typography and is not flagged."
    )
    why = (
        "Uniform notation lets values be compared and machine-checked (domain-rules §3.6 cites '≥100百分比' from a "
        "published table); the fix is mechanical and safe."
    )
    bad = "产出指标/时效指标/工作完成情况 | ≥95 百分比 ; 产出指标/质量指标/正常运转率 | ≧95%"
    better = "≥95% ; ≥95%"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        reasons = []
        if "nonstandard_unit" in pv.flags:
            reasons.append(f"单位写作“{pv.raw_unit}”，应写“%”")
        if "nonstandard_comparator" in pv.flags:
            sym, new = next(
                (
                    (old, new)
                    for old, new in _COMPARATOR_FIXES
                    if squeeze(row.value).startswith(old)
                ),
                ("", "≥/≤"),
            )
            reasons.append(f"比较符号写作“{sym}”，应写“{new}”")
        if not reasons:
            return
        fixed = normalise_notation(row.value)
        yield Violation(
            message=f"指标值“{_value(row)}”书写不规范：{'；'.join(reasons)}。",
            message_en=f"Value '{_value(row)}' uses non-standard notation; write '{fixed}'.",
            evidence=_ev(row, "；".join(reasons)),
            fix=fixed if fixed != _value(row) else None,
        )
