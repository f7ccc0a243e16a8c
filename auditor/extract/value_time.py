"""Time points and spans as targets: a day of a month, a clock time, a span between two of them,
with or without a deadline word ("11月20日前", "3月1日至6月30日", "8:30—17:30", "6月中旬前").

The value parser reads a leading number and its unit; these targets start with a number too, but
the number is a month or an hour, not the quantity the target sets: read as a number they come
out as 11 月 with "20日前" left over (or the month doubled: "11月11日"). They are read here as
what they are: a date (flag `date`), a deadline when a word says "by then" (flag `deadline`,
comparator ≤), the numbers kept for the record. A month alone ("12月底前", "6月上旬") keeps the
number reading (12 月, a deadline), which rules compare with the measure's unit.
"""

from __future__ import annotations

import re

from auditor.models import ParsedValue
from auditor.models import ValueFlag as F

_DAY = r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|[上中下]旬|底|末)"
_CLOCK = r"\d{1,2}[:：]\d{2}"
_POINT = rf"(?:{_DAY}|{_CLOCK})"
_SPAN = r"(?:至|到|—|－|-|~|～|—{2})"
_BEFORE = r"(?:前|以前|之前)"
_TIME = re.compile(rf"(?P<point>{_POINT}(?:{_SPAN}{_POINT})?)(?P<before>{_BEFORE})?")
# what the number reading takes as a deadline (values._DEADLINE_TAIL): "12月底前", "6月上旬"
_MONTH_ONLY = re.compile(r"\d{1,2}月(?:底之前|底以前|底前|之前|以前|前|底|末|中旬|上旬|下旬|份)?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def read_time_point(pv: ParsedValue, s: str) -> bool:
    """Fill `pv` when `s` (the value after its comparator) is a time point or span; False when
    it is not one, or a month alone that the number reading handles."""
    m = _TIME.fullmatch(s)
    if m is None or _MONTH_ONLY.fullmatch(s):
        return False
    pv.text = s
    pv.numbers = [float(n) for n in _NUMBER.findall(s)]
    pv.flags.append(F.DATE)
    if m.group("before"):
        pv.comparator = pv.comparator or "≤"
        pv.flags.append(F.DEADLINE)
    return True
