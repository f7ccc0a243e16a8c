"""Row rules of family U: units and values (U301-U307).

All checks read the parsed value (auditor.extract.values.parse_value) and the unit families of
auditor.domain.units; what the 三级 name measures comes from auditor.domain.row_vocab.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from typing import ClassVar

from auditor.domain import category_words as cw
from auditor.domain import row_vocab as rv
from auditor.domain.measure import (
    PERSON_UNITS_NEEDED,
    RATIO_DEFINITION,
    SLOGAN_OPENING,
    infer_measure,
    is_slogan_name,
)
from auditor.domain.place_vocab import PLACEHOLDER
from auditor.domain.unit_fit import (
    BENCHMARK,
    BENEFIT_PROGRAMME,
    CHANGE_ONLY,
    OBJECT_DENOMINATOR,
    PAY_WORDS,
    PER_PERSON_NAME,
)
from auditor.domain.units import unit_family
from auditor.domain.vocab import BOILERPLATE_VALUE_PATTERNS
from auditor.extract.normalize import fold, squeeze
from auditor.models import Document, IndicatorRow, ParsedValue, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import indicator_name, indicator_value, row_evidence
from auditor.rules.context import RuleContext
from auditor.rules.unit_measure import measure_unit_mismatch
from auditor.rules.value_reading import readable_despite_flags


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
    "quality": "能力、作用等抽象特性（不是比率）",
}


def _unit_text(pv: ParsedValue) -> str:
    return pv.raw_unit or pv.unit or ""


_SHARE = re.compile(r"\d\s*[%％]")
# A bare degree ("高", "较好") on a rate: a level with no figure, vague (V401) like a change word.
_BARE_DEGREE = re.compile(r"^(很|较|非常|比较|更)?(高|好|低)$")


def _rate_reason(row: IndicatorRow, pv: ParsedValue, ufam: str | None) -> str | None:
    if ufam in ("count", "person", "time", "money", "measure"):
        return f"比率应以“%”计，不能用“{_unit_text(pv)}”"
    if _SHARE.search(fold(row.value)):
        return None  # "2025年6月底前100%": a deadline that also states the share
    if (
        pv.number is None
        and ("qualitative" in pv.flags or "date" in pv.flags)
        and pv.text
        and not _boilerplate(pv.text)
        and not CHANGE_ONLY.search(pv.text)
        and not _BARE_DEGREE.match(fold(pv.text).strip())
        and not BENCHMARK.search(pv.text)
        and not PLACEHOLDER.search(pv.text)
    ):
        return f"比率以文字/日期“{pv.text}”表述，无比例"
    if "deadline" in pv.flags:
        return f"比率以日期“{indicator_value(row)}”表述，无比例"
    return None


def _per_unit_total(row: IndicatorRow, table: Table, pv: ParsedValue) -> str | None:
    """A standard per person/household/mu given as a total amount (no per-unit unit): the
    amount reaches half the budget, so it cannot be the amount of one unit among many, or a
    per-person amount (not a pay) reaches 5万元. A cost per km or per household of 1-50万元 is
    plausible on its own; there only the budget tells."""
    unit = pv.unit or ""
    if "/" in unit or pv.number is None or unit_family(unit) != "money":
        return None
    yuan = pv.number * (10000 if unit.startswith("万") else 1)
    per_person = bool(PER_PERSON_NAME.match(rv.core(row.level3)))
    if (per_person and yuan >= 50000 and not rv.contains_any(row.level3, PAY_WORDS)) or (
        table.budget_wan and yuan >= 0.5 * table.budget_wan * 10000
    ):
        return f"人均/户均等单位标准应以“元/人”“元/户”等计，“{indicator_value(row)}”是总额"
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
    elif fam == "money" and not rv.contains_any(row.level3, cw.TIMELINESS_WORDS):
        if ufam in ("count", "person") and BENEFIT_PROGRAMME.search(rv.core(row.level3)):
            return None  # "职业教育补助 | 1350人次" counts the recipients of the benefit
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
        "as 100%; a per-unit amount given as a total (half the budget, or 5万元 per person); a "
        "percentage on a name that is an action, not a rate, with no ratio definition. Beyond the "
        "head (rules/unit_measure.py, domain/unit_fit.py): people or households a name counts in "
        "个/台/件; a % on an ability, image, atmosphere or role (影响力, 形象, 作用); a benefit or "
        "running-cost standard (补助标准, 生活标准, 运转经费标准) in bare 元/万元 when neither name "
        "nor definition gives the denominator (人均, 亩均, 单车, 每公里); a time requirement "
        "(按时完成, 及时拨付) as a bare %. A change word (逐步提高) or a benchmark (≤全省平均水平) "
        "on a rate is vague (V401), not a unit error."
    )
    why = (
        "A target is object + measure + comparator + number + unit; when the unit does not fit the measure "
        "the target cannot be checked at self-evaluation (domain-rules §2 typical units per 二级; §4.2 P-08 "
        "计量单位错误, 岳阳楼区 money value with unit %)."
    )
    bad = "产出指标/数量指标/协管员人数 | ≥5次 ; 产出指标/时效指标/工作及时率 | 12月底"
    better = "协管员人数 | ≥5人 ; 工作按时完成率 | ≥95%（或 时效指标“工作完成时间 | ≤12月底”）"

    def row_context(self, table: Table, doc: Document, ctx: RuleContext) -> Hashable:
        return (type(table.budget_wan), table.budget_wan)  # a per-unit cost against the budget

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        found = _unit_mismatch(row, table)
        if found:
            fam, reason = found
            yield Violation(
                message=f"“{indicator_name(row)}”计量的是{_FAMILY_ZH[fam]}，指标值“{indicator_value(row)}”的单位与之不符。",
                message_en=f"'{indicator_name(row)}' measures a {fam}; the unit of '{indicator_value(row)}' does not fit.",
                evidence=row_evidence(row, reason),
            )


def _unit_mismatch(row: IndicatorRow, table: Table) -> tuple[str, str] | None:
    """(measure family, reason) when the value's unit cannot measure what the name measures."""
    pv = row.parsed
    if "garbled" in pv.flags:
        return None
    ufam = unit_family(pv.unit)
    measure = infer_measure(row.level3, _short_description(row))
    found = measure_unit_mismatch(row, pv, measure)
    if found:
        return found
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
    if fam == "money" and (measure.per_unit or OBJECT_DENOMINATOR.search(rv.core(row.level3))):
        reason = _per_unit_total(row, table, pv)
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
    cells_only = True
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
                message=f"比率指标“{indicator_name(row)}”的目标值{rv.number_text(n)}%超出0–100%的范围。",
                message_en=f"Proportion '{indicator_name(row)}' has a target of {rv.number_text(n)}%, outside 0-100%.",
                evidence=row_evidence(row, "比率不能超过100%"),
            )
        elif proportion and pv.comparator in ("≥", ">") and pv.number >= 100:
            fix = None
            if pv.comparator == "≥" and pv.number == 100:
                fix = "=100%"
            yield Violation(
                message=f"比率指标“{indicator_name(row)}”设下限“{pv.comparator}{rv.number_text(pv.number)}%”，比率不可能超过100%。",
                message_en=f"Proportion '{indicator_name(row)}' has a lower bound of {pv.comparator}{rv.number_text(pv.number)}%.",
                evidence=row_evidence(row, "比率下限≥100%，只能写作“=100%”"),
                fix=fix,
            )


# Flags no notation explains (a document-confirmed doubled digit, a unit without its number).
_HARD_GARBLE = frozenset({"doubled_digits", "unit_without_number", "absurd_number"})


@register
class GarbledValue(Rule):
    code = "U303"
    name = "garbled-value"
    family = "U"
    severity = "error"
    scope = "row"
    cells_only = True
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
        if not _HARD_GARBLE & set(pv.flags) and readable_despite_flags(row.value):
            return  # ordinary notation: a split composite unit (元/人·年), 名称≥N, 6台设备 …
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
            message=f"指标值“{indicator_value(row)}”乱码，无法读取（{'；'.join(reasons)}）。",
            message_en=f"Value '{indicator_value(row)}' is garbled and cannot be read.",
            evidence=row_evidence(row, "；".join(reasons)),
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


# A unit printed in brackets at the end of the name, as a column header would: "面积（万亩）".
_NAME_UNIT = re.compile(r"[（(]([^（）()]{1,4})[)）]$")


def _unit_in_name(level3: str) -> bool:
    m = _NAME_UNIT.search(squeeze(level3))
    return m is not None and unit_family(m.group(1).lstrip("万千亿百")) is not None


@register
class MissingUnit(Rule):
    code = "U304"
    name = "missing-unit"
    family = "U"
    severity = "warning"
    scope = "row"
    cells_only = True
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
        if rv.contains_any(row.level3, _UNITLESS_NAMES) or _unit_in_name(row.level3):
            return
        fix = None
        if name_measure(row) == "rate" and "garbled" not in pv.flags:
            fix = f"{pv.comparator if pv.comparator in ('≥', '≤', '>', '<', '=') else ''}{rv.number_text(pv.number)}%"
        yield Violation(
            message=f"指标值“{indicator_value(row)}”缺少计量单位。",
            message_en=f"Value '{indicator_value(row)}' has no unit.",
            evidence=row_evidence(row, "有数值无单位"),
            fix=fix,
        )
