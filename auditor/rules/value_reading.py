"""Values the parser flags as garbled that a reviewer reads without trouble (U303 exceptions).

The value parser (auditor.extract.values) is strict: anything outside comparator + number +
known unit is flagged. Some printed forms are ordinary Chinese notation, not garbling:

* the name and the target in one cell, in tables without a 三级 column ("受益群众≥6200人",
  "每周≥1次"): words, then one comparator and a readable target;
* number + classifier + noun ("6台设备"; after 个 the parser reads the noun as the unit) and
  a magnitude before a unit-like word ("5.2万剂次"): Chinese counts put a classifier between the
  number and the noun;
* an alternative unit in brackets ("420台（套）", "120万头（只）");
* a return period ("10年一遇", the way flood-control standards are stated) and an incidence
  per population base ("≤200/10万");
* a deadline followed by what is due by then ("6月底前完成验收", "9月底前≥60%");
* several moments listed before one deadline mark ("4月、9月底前", one per round of a seasonal
  campaign).

Time expressions alone ("11月20日前", "3月1日至6月30日", "30日内") and a classifier before a
unit ("1个百分点") are read by the parser itself (auditor.extract.value_time, values).

A doubled unit ("100％%") is garbling even though each half is a unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.domain.units import is_known_unit, unit_family
from auditor.extract.normalize import fold
from auditor.extract.values import parse_value
from auditor.extract.vocabulary import COMPARATOR_WORDS
from auditor.models import ParsedValue

# the value grammar's own comparator vocabulary, longest first ("大于或等于" before "≥", ">=" before ">")
_COMPARATOR = re.compile(
    "(" + "|".join(re.escape(w) for w in sorted(COMPARATOR_WORDS, key=len, reverse=True) if w) + ")"
)
_NAME_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,30}$")
# Classifiers (量词) that end a unit-like word: 剂次, 人次, 台套, 头只 …
_CLASSIFIER_END = re.compile(
    r"[\u4e00-\u9fff]{0,2}(次|人|个|件|头|只|台|套|户|株|羽|份|张|册|条|处|座|所|辆|项|幅|页|卷|宗)$"
)
_MAGNITUDE = re.compile(r"^[万千亿百]")
_ALT_UNIT = re.compile(r"^[（(]([^）)]{1,4})[)）]$")
_NOUN = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
_RETURN_PERIOD = re.compile(r"^一遇$")
_PER_BASE = re.compile(r"^/\d*(十万|万|千|百)人?$")
_DATE = r"(\d{4}年)?\d{1,2}月(\d{1,2}日|底|末|上旬|中旬|下旬)?"
# A deadline, then what is due by then: an action ("6月底前完成更换") or a target the parser
# reads cleanly ("2025年6月底前≥80%").
_DEADLINE_HEAD = re.compile(rf"^{_DATE}(?:前|以前|之前)")
_DUE_ACTION = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_LISTED_MOMENTS = re.compile(rf"^{_DATE}(?:[、，,和及与]{_DATE})+(?:前|以前|之前)?$")
_GARBLE_FLAGS = frozenset(
    {"doubled_digits", "multiple_comparators", "unit_without_number", "absurd_number"}
)


def _unit_like(text: str) -> bool:
    return is_known_unit(text) or bool(_CLASSIFIER_END.fullmatch(text))


def _readable_tail(pv: ParsedValue, text: str) -> bool:
    """The words after the number are part of an ordinary notation (see the module doc)."""
    alt = _ALT_UNIT.match(text)
    if alt:
        return pv.unit is not None and _unit_like(alt.group(1))
    if _MAGNITUDE.match(text) and pv.unit is None:
        return _unit_like(text[1:])
    if pv.unit is not None and unit_family(pv.unit) == "count" and _NOUN.match(text):
        return True  # number + classifier + noun: 6台设备
    if pv.unit == "年" and _RETURN_PERIOD.match(text):
        return True
    return pv.unit is None and bool(_PER_BASE.match(text))


def _name_then_target(value: str) -> bool:
    """Words, then one comparator and a target the parser reads cleanly."""
    s = fold(value)
    marks = _COMPARATOR.findall(s)
    if len(marks) != 1:
        return False
    head, _, _ = s.partition(marks[0])
    if not _NAME_PREFIX.match(head):
        return False
    target = parse_value(s[len(head) :])
    return "garbled" not in target.flags and target.number is not None


def _deadline_then_due(value: str) -> bool:
    s = fold(value).replace(" ", "")
    head = _DEADLINE_HEAD.match(s)
    if not head or head.end() == len(s):
        return False
    rest = s[head.end() :]
    if _DUE_ACTION.match(rest):
        return True
    target = parse_value(rest)
    return not target.flags and target.number is not None and target.comparator is not None


@lru_cache(maxsize=16384)
def _readable(value: str) -> bool:
    if _LISTED_MOMENTS.match(fold(value).replace(" ", "")):
        return True
    if _deadline_then_due(value):
        return True
    pv = parse_value(value)
    flags = {str(f) for f in pv.flags}
    if flags & {"multiple_comparators"} and not flags & (_GARBLE_FLAGS - {"multiple_comparators"}):
        return _name_then_target(value)
    if flags & _GARBLE_FLAGS or "number_with_text" not in flags or not pv.text:
        return False
    text = fold(pv.text)
    if is_known_unit(text):
        return fold(pv.unit) != text  # "元/人·年" split by the parser; "100％%" is a doubled unit
    return _readable_tail(pv, text)


def readable_despite_flags(value: str | None) -> bool:
    """True when a value the parser flags as garbled is an ordinary, readable notation."""
    return bool(value) and _readable(value or "")
