"""Row rules of family U on how a target is set: the comparator's direction against what the
indicator measures (U305), whole numbers for counts (U306) and standard notation (U307).

The value is read by auditor.extract.values.parse_value; what the 三级 name measures and its
polarity come from auditor.domain.row_vocab.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.domain import polarity_words as pw
from auditor.domain import row_vocab as rv
from auditor.domain.units import NONSTANDARD_UNIT_SPELLINGS, unit_family
from auditor.extract.normalize import squeeze
from auditor.models import Document, IndicatorRow, ParsedValue, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import indicator_name, indicator_value, is_cost_row, row_evidence
from auditor.rules.context import RuleContext


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
    cells_only = True
    summary = "比较符号方向与指标性质相反"
    what = (
        "Flags a comparator that points the wrong way for the indicator's polarity: an upper bound (≤) on "
        "something that should be high (满意度, 完成率, 覆盖率, 确保/保障…运行, output counts); a lower bound "
        "(≥) on something bad (延迟, 差错, 故障, 投诉) or on a cost, or a floor of zero (≥0) on anything "
        "not positive (every outcome meets it); a 'bad' rate (超支率, 故障率) targeted at "
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
        name = indicator_name(row)
        if pv.comparator in ("≤", "<"):
            if (
                is_cost_row(row)
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
                    evidence=row_evidence(row, f"{kind}设上限“{pv.comparator}”"),
                    fix=None,
                )
        elif pv.comparator in ("≥", ">"):
            floor_kind = _wrong_floor(row, pv)
            if floor_kind:
                yield Violation(
                    message=f"“{name}”是{floor_kind}，越低越好，却设下限“{pv.comparator}”。",
                    message_en=f"'{name}' should be low (a ceiling), but the target is a lower bound '{pv.comparator}'.",
                    evidence=row_evidence(row, f"{floor_kind}设下限“{pv.comparator}”"),
                )
        elif pv.comparator in ("=", None) and pv.unit == "%" and pv.number >= 50:
            # "经费足额发放率 100%": outside a cost row the money word says what is paid out
            name_pol = rv.polarity(row.level3, ignore_money=not is_cost_row(row))
            if name_pol == "neg" and not rv.contains_any(row.level3, pw.DURATION_WORDS):
                yield Violation(
                    message=f"“{name}”是反向比率（越低越好），目标却定为{rv.number_text(pv.number)}%，应设较低的上限。",
                    message_en=f"'{name}' is a lower-is-better rate but its target is {rv.number_text(pv.number)}%.",
                    evidence=row_evidence(row, "反向比率目标值过高，应设“≤”上限"),
                )


def _wrong_floor(row: IndicatorRow, pv: ParsedValue) -> str | None:
    """成本 or 反向指标 when a lower bound (≥) points the wrong way for the row, else None."""
    name_pol = rv.polarity(row.level3, ignore_money=not is_cost_row(row))
    # "逾期贷款催收户数": work against the delay, not a delay
    delay = rv.contains_any(row.level3, pw.DELAY_WORDS) and name_pol != "mixed"
    duration = rv.contains_any(row.level3, pw.DURATION_WORDS)
    cost = (
        is_cost_row(row)
        and rv.measure_family(row.level3) == "money"
        and not rv.contains_any(row.level3, pw.BENEFIT_STANDARD_WORDS)
    )
    # a benefit paid per person or pupil (补助标准, 经费基准定额): a guaranteed floor
    benefit = unit_family(pv.unit) == "money" and rv.contains_any(
        row.level3, pw.BENEFIT_STANDARD_WORDS
    )
    # a floor of zero ("新增案件 ≥0件") is met by any outcome: written for "none at all"
    zero_floor = pv.number == 0 and name_pol != "pos"
    if cost:
        return "成本"
    if (
        delay
        or zero_floor
        or (
            name_pol == "neg"
            and not duration
            and not benefit
            and rv.measure_family(row.level3) != "time"
        )
    ):
        return "反向指标"
    return None


@register
class FractionalCount(Rule):
    code = "U306"
    name = "fractional-count"
    family = "U"
    severity = "warning"
    scope = "row"
    cells_only = True
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
            message=f"“{indicator_name(row)}”计量可数事物，目标值{rv.number_text(pv.number)}{pv.unit}不是整数。",
            message_en=f"'{indicator_name(row)}' counts whole units but the target is {rv.number_text(pv.number)} {pv.unit}.",
            evidence=row_evidence(row, f"“{pv.unit}”为计数单位，不应出现小数"),
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
    ("═", "="),
]


def _split_comparator(row: IndicatorRow) -> str | None:
    """A nonstandard comparator printed in its own column ("符号 | 数值 | 单位"): the extractor
    normalises it when it joins the value, so the cell is read here."""
    for cell in row.value_parts.values():
        s = squeeze(cell)
        if any(s.startswith(old) for old, _ in _COMPARATOR_FIXES):
            return s
    return None


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
    cells_only = True
    summary = "指标值书写不规范（“百分比/比率”作单位，≧ ≦ >= <=，≈/约数）"
    what = (
        "Flags notation that should be normalised: 百分比/百分率/比率/比例 written as the unit instead of %, "
        "the comparators ≧ ≦ >= <= instead of ≥ ≤, and an estimate (≈140人, 约3万人) where a target needs a "
        "comparator. Full-width ％ is standard Chinese typography and is not flagged."
    )
    why = (
        "Uniform notation lets values be compared and machine-checked (domain-rules §3.6 cites '≥100百分比' from a "
        "published table); the fix is mechanical and safe. An estimate states no direction: at year end "
        "nobody can say whether 138 or 150 people met '≈140人', so the author has to choose ≥, ≤ or =."
    )
    bad = (
        "产出指标/时效指标/工作完成情况 | ≥95 百分比 ; 产出指标/质量指标/正常运转率 | ≧95% ; "
        "产出指标/数量指标/救助人数 | ≈140人"
    )
    better = "≥95% ; ≥95% ; ≥140人"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        reasons = []
        if "nonstandard_unit" in pv.flags:
            reasons.append(f"单位写作“{pv.raw_unit}”，应写“%”")
        split = _split_comparator(row)
        if "nonstandard_comparator" in pv.flags or split:
            printed = split or squeeze(row.value)
            sym, new = next(
                ((old, new) for old, new in _COMPARATOR_FIXES if printed.startswith(old)),
                ("", "≥/≤"),
            )
            reasons.append(f"比较符号写作“{sym}”，应写“{new}”")
        if "approximate" in pv.flags:
            reasons.append("写作约数（≈、约），应写明确的比较符（≥、≤ 或 =）")
        if not reasons:
            return
        fixed = normalise_notation(row.value)
        yield Violation(
            message=f"指标值“{indicator_value(row)}”书写不规范：{'；'.join(reasons)}。",
            message_en=f"Value '{indicator_value(row)}' uses non-standard notation; write '{fixed}'.",
            evidence=row_evidence(row, "；".join(reasons)),
            fix=fixed if fixed != indicator_value(row) else None,
        )
