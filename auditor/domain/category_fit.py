"""Which 二级 an indicator belongs to, from its name, description and value together.

`row_signals` reads what a row shows: the measure of its name (auditor.domain.measure, with the
description as a second source), the facets of its name/description/value
(auditor.domain.category_model.FACETS) and the unit family of its value. `category_fit` applies
the model of auditor.domain.category_model: the row's profile (the first that matches) says where
the content belongs and where reviewers accept it; a 二级 that requires a signal the row does not
show (时效 without any time, 生态效益 without the environment …) does not fit either. The result
names the fitting 二级, the reason and a confidence, so a finding can say which 二级 fits and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from auditor.domain import category_model as cm
from auditor.domain.framework import canonical_level2
from auditor.domain.measure import Measure, infer_measure
from auditor.domain.units import unit_family
from auditor.extract.normalize import fold, letters
from auditor.models import IndicatorRow

_UNIT_SIGNAL = {
    "percent": "u:percent",
    "money": "u:money",
    "time": "u:time",
    "person": "u:person",
    "count": "u:count",
    "measure": "u:measure",
}
_CHANGE_SHARE = re.compile(cm.CHANGE_SHARE)
_COST_CONTROL = re.compile(cm.COST_CONTROL)
_DATE_FLAGS = frozenset({"deadline", "date"})
# A 二级 without any signal it requires (时效 with no time …): fairly sure, whatever the profile.
REQUIRES_CONFIDENCE = 0.75


@dataclass(frozen=True)
class Fit:
    """How a row fits the 二级 it is filed under."""

    declared: str | None  # canonical 二级 as filed
    fits: bool
    home: str | None  # the 二级 the content belongs to (None: unknown)
    reason: str  # Chinese: why it belongs there / why the declared one does not fit
    profile: str  # the matched profile's name ("" when none matched)
    confidence: float  # 0..1 that the declared 二级 is wrong (0 when it fits)
    measure: Measure


# One alternation per facet: a facet is present when any of its words occurs in the text.
_FACET_PATTERNS = tuple(
    (name, re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))))
    for name, words in cm.FACETS.items()
)


def _facets(text: str, prefix: str) -> set[str]:
    return {f"{prefix}:{name}" for name, pattern in _FACET_PATTERNS if pattern.search(text)}


@lru_cache(maxsize=65536)
def _text_signals(level3: str, description: str, value: str) -> frozenset[str]:
    name, desc = _OBJECT_COMPOUND.sub("", fold(level3)), fold(description)
    out = _facets(name, "n") | {s for s in _facets(desc, "d") if s in _DESC_FACETS}
    for facet in ("timely", "frequency"):
        if any(w in fold(value) for w in cm.FACETS[facet]):
            out.add(f"v:{facet}")
    if _AFTER_EVENT.search(fold(value)):
        out.add("v:timely")  # "验收合格后": the moment is set by an event of the project
    if _MONEY_AMOUNT.search(value):
        out.add("v:money")  # "优待金标准1.35万元/户·年": an amount of money inside a worded value
    core = letters(level3)
    if core.endswith(cm.TIMELY_ENDINGS):
        out.add("n:timely-ending")
    if _CHANGE_SHARE.search(name):
        out.add("n:change-share")
    if _COST_CONTROL.search(core):
        out.add("n:cost-control")
    if any(w in name for w in cm.LIFETIME_HEADS):
        out.add("n:lifetime")
    return frozenset(out)


_DESC_FACETS = frozenset({"d:environment", "d:satisfaction"})
# An action word inside the name of a thing ("污水处理费征收率", "垃圾处理厂"): the object, not
# the action measured.
_OBJECT_COMPOUND = re.compile(r"(处理|处置)(费|厂|站|场|设施|设备|中心)")
_MONEY_AMOUNT = re.compile(r"\d\s*(亿元|万元|元)")
# A value that is a moment after an event ("验收合格后", "批复下达之后"): a time condition.
_AFTER_EVENT = re.compile(r"^[\u4e00-\u9fff]{2,}(之)?后$")


_RowKey = tuple[str, str, str, str | None, bool, bool]


def _row_key(row: IndicatorRow) -> _RowKey:
    """What the signals of a row depend on: name, description, value, unit, date, a number."""
    pv = row.parsed
    dated = not _DATE_FLAGS.isdisjoint(pv.flags)
    return (
        row.level3 or "", row.description or "", row.value or "", pv.unit, dated,
        pv.number is not None,
    )  # fmt: skip


def row_signals(row: IndicatorRow) -> tuple[frozenset[str], Measure]:
    """The signals of a row (see category_model) and the measure of its name."""
    return _signals(*_row_key(row))


@lru_cache(maxsize=65536)
def _signals(
    level3: str, description: str, value: str, unit: str | None, dated: bool, has_number: bool
) -> tuple[frozenset[str], Measure]:
    measure = infer_measure(level3, description)
    signals = set(_text_signals(level3, description, value))
    ufam = unit_family(unit)
    if ufam in _UNIT_SIGNAL:
        signals.add(_UNIT_SIGNAL[ufam])
    if dated:
        signals.add("u:date")
    kind = measure.kind
    if measure.source == "description" and not _value_agrees(kind, ufam, has_number):
        kind = None  # "按季度复核低保对象家庭收入" describes an activity, not a money measure
    if kind == "date" and ufam == "time" and "u:date" not in signals:
        kind = "duration"  # "恢复通行时间 ≤24小时": a span of time, not a date
    signals.add(f"kind:{kind or 'none'}")
    if kind == "rate" and "n:completion" in signals:
        signals.add("n:progress-rate")  # 完工率, 到位率, 执行率: progress, a 时效 measure too
    if kind == "duration" and any(w in fold(level3) for w in cm.SERVICE_DAY_WORDS):
        if not {"n:timely", "n:completion"} & signals:
            signals.add("n:service-days")  # 培训时间 ≥7天, 供餐天数: days of service delivered
    if kind in _KIND_UNITS and ufam is not None and ufam not in _KIND_UNITS[kind]:
        signals.add("value-disagrees")  # 服务企业数 ≥90%: the name and the value measure apart
    return frozenset(signals), measure


# Unit families that agree with a measure of the name (others: the name and value disagree).
_KIND_UNITS: dict[str, tuple[str, ...]] = {
    "rate": ("percent",),
    "satisfaction": ("percent",),
    "count": ("count", "person"),
    "person": ("person", "count"),
    "money": ("money",),
}
_AGREEING_UNITS = {
    "rate": ("percent",),
    "satisfaction": ("percent",),
    "money": ("money",),
    "count": ("count", "person", None),
    "person": ("person", "count", None),
    "duration": ("time",),
    "date": ("time",),
    "length": ("measure",),
    "area": ("measure",),
    "quantity": ("measure", None),
}


def _value_agrees(kind: str | None, ufam: str | None, has_number: bool) -> bool:
    """A measure read from the description counts only when the value is a number in a unit of
    that measure (the description of an activity names objects, not what is measured)."""
    return kind is not None and has_number and ufam in _AGREEING_UNITS.get(kind, ())


def _matches(p: cm.Profile, signals: frozenset[str]) -> bool:
    return (
        p.all_of <= signals
        and (not p.any_of or bool(p.any_of & signals))
        and not (p.none_of & signals)
    )


@lru_cache(maxsize=16384)
def match_profile(signals: frozenset[str]) -> cm.Profile | None:
    for p in cm.PROFILES:
        if _matches(p, signals):
            return p
    return None


_NO_ENVIRONMENT_EXTENSION = frozenset(
    {"satisfaction", "money", "cost-rate", "execution-rate", "date", "pay"}
)


def _accepted(p: cm.Profile, signals: frozenset[str]) -> frozenset[str]:
    about_environment = "n:environment" in signals or "d:environment" in signals
    if about_environment and p.name not in _NO_ENVIRONMENT_EXTENSION:
        return p.fits | cm.ENVIRONMENT_FITS
    return p.fits


def _source_confidence(p: cm.Profile, measure: Measure, signals: frozenset[str]) -> float:
    kind_based = any(s.startswith("kind:") and s != "kind:none" for s in p.all_of | p.any_of)
    base = measure.confidence if kind_based and measure.kind else 0.8
    if kind_based and "value-disagrees" in signals:
        base *= 0.5  # the value contradicts the name: a unit or definition problem (U301/C205)
    return round(p.weight * base, 2)


def category_fit(row: IndicatorRow) -> Fit:
    """How the row fits its 二级 (a row under no known 二级 always fits). Memoised per distinct
    二级 and row text: templated tables repeat the same rows."""
    return _fit(row.level2 or "", _row_key(row))


@lru_cache(maxsize=65536)
def _fit(level2: str, key: _RowKey) -> Fit:
    declared = canonical_level2(level2)
    signals, measure = _signals(*key)
    profile = match_profile(signals)
    home = profile.home if profile is not None else None
    pname = profile.name if profile is not None else ""
    if declared is None:
        return Fit(None, True, home, "", pname, 0.0, measure)
    misfits: list[tuple[float, str]] = []
    if profile is not None and declared not in _accepted(profile, signals):
        misfits.append((_source_confidence(profile, measure, signals), profile.why))
    dim = cm.DIMENSIONS.get(declared)
    if dim is not None and dim.requires and not (dim.requires & signals):
        misfits.append((REQUIRES_CONFIDENCE, dim.missing))
    if misfits:
        conf, why = max(misfits)
        return Fit(declared, False, home, why, pname, conf, measure)
    why = profile.why if profile is not None else ""
    return Fit(declared, True, home or declared, why, pname, 0.0, measure)
