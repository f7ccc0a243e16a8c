"""Parse a 指标值 cell into comparator, number(s), normalised unit, qualitative text and flags.

Examples (raw -> comparator, number, unit, text, flags):
    "≥95%"           -> ≥, 95, %, None, []
    "≤100 百分 比"    -> ≤, 100, %, None, [nonstandard_unit]
    "≤100100%"       -> ≤, 100, %, None, [garbled, doubled_digits]
    "≤2≥2 万元"       -> ≤, 2, 万元, None, [garbled, multiple_comparators]
    "元按照规定标准控制" -> None, None, 元, 按照规定标准控制, [garbled, unit_without_number]
    "≥95"            -> ≥, 95, None, None, [missing_unit]
    "12月底前"        -> ≤, 12, 月, 12月底前, [deadline]
    "≤0.06万元/㎡"    -> ≤, 0.06, 万元/平方米, None, []
    "健全"            -> None, None, None, 健全, [qualitative]
    "≈140人"          -> None, 140, 人, None, [approximate]

The parser never raises: anything it cannot read is returned as text with a flag.
Flags used downstream: garbled, doubled_digits, multiple_comparators, unit_without_number,
number_with_text, missing_unit, nonstandard_unit, nonstandard_comparator, qualitative,
deadline, date, range, tolerance, approximate, empty, unknown_unit.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from auditor.domain.units import (
    NONSTANDARD_UNIT_SPELLINGS,
    UNIT_ALIASES,
    is_known_unit,
    normalise_unit,
    unit_family,
)
from auditor.domain.vocab import QUALITATIVE_VALUE_WORDS
from auditor.extract.normalize import squeeze
from auditor.extract.value_time import read_time_point
from auditor.models import ParsedValue
from auditor.models import ValueFlag as F

# Symbolic comparators, longest first. Value = (canonical, is_standard_notation).
_SYMBOLS: list[tuple[str, str, bool]] = [
    (">=", "≥", False),
    ("=>", "≥", False),
    ("<=", "≤", False),
    ("=<", "≤", False),
    ("＞＝", "≥", False),
    ("＜＝", "≤", False),
    ("≥", "≥", True),
    ("≤", "≤", True),
    ("≧", "≥", False),
    ("≦", "≤", False),
    ("⩾", "≥", False),
    ("⩽", "≤", False),
    (">", ">", True),
    ("<", "<", True),
    ("＞", ">", True),
    ("＜", "<", True),
    ("=", "=", True),
    ("＝", "=", True),
    ("═", "=", False),
]
# Word comparators at the start of a value, longest first.
_WORDS: list[tuple[str, str]] = [
    ("大于或等于", "≥"),
    ("大于等于", "≥"),
    ("不低于", "≥"),
    ("不少于", "≥"),
    ("不小于", "≥"),
    ("至少", "≥"),
    ("小于或等于", "≤"),
    ("小于等于", "≤"),
    ("不超过", "≤"),
    ("不高于", "≤"),
    ("不大于", "≤"),
    ("不多于", "≤"),
    ("最多", "≤"),
    ("控制在", "≤"),
    ("大于", ">"),
    ("高于", ">"),
    ("超过", ">"),
    ("小于", "<"),
    ("低于", "<"),
    ("等于", "="),
]
# Word comparators at the end of a value ("95%以上", "10万元以内").
_SUFFIX_WORDS: list[tuple[str, str]] = [
    ("及以上", "≥"),
    ("以上", "≥"),
    ("及以下", "≤"),
    ("以下", "≤"),
    ("以内", "≤"),
    ("之内", "≤"),
]
# an estimate before its number: the sign "≈" (or "≒") or the word 约/大约
_APPROXIMATE = re.compile(r"^(?:[≈≒]|大?约)(?=\d)")
_COMPARATOR_CHARS = re.compile(r"(>=|<=|=>|=<|[≥≤≧≦⩾⩽><＞＜=＝])")
_NUMBER = re.compile(r"^(\d[\d,，]*(?:\.\d+)*)")
_RANGE_TAIL = re.compile(r"^(?:%|％)?[-~～—－至到](\d+(?:\.\d+)?)")
_CN_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_NUMBER = re.compile(r"^([一二两三四五六七八九十百千]+)")
_YEAR_DATE = re.compile(r"^(19|20)\d\d年")
# Suffixes that turn "12月" into a deadline ("12月底前", "3月底", "6月份").
_DEADLINE_TAIL = re.compile(r"^(底之前|底以前|底前|之前|以前|前|底|末|中旬|上旬|下旬|份)(.*)$")
_AFTER_TAIL = re.compile(r"^(之后|以后|后)$")
_ALL_UNITS = sorted(set(UNIT_ALIASES) | {"元", "万元", "亿元", "千元"}, key=len, reverse=True)


def _cn_to_int(text: str) -> int | None:
    """Small Chinese numerals (一 .. 九千九百九十九)."""
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in "十百千":
            mult = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * mult
            current = 0
        else:
            return None
    return total + current


def _split_doubled(token: str) -> str | None:
    """'100100' -> '100', '14.814.8' -> '14.8', '33' -> '3'; None if not a doubling."""
    if len(token) < 2 or len(token) % 2:
        return None
    half = token[: len(token) // 2]
    if half != token[len(token) // 2 :]:
        return None
    if half.startswith("0") and half != "0" and not half.startswith("0."):
        return None
    if half.count(".") > 1 or half.endswith(".") or half.startswith("."):
        return None
    return half


# A target never needs more than this many digits before the decimal point; a longer digit run
# is an absurd number (flagged), never a float that overflows to inf.
MAX_INTEGER_DIGITS = 15


def _to_float(token: str) -> float | None:
    token = token.replace(",", "").replace("，", "")
    if len(token.split(".", 1)[0]) > MAX_INTEGER_DIGITS:
        return None
    try:
        value = float(token)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _numbers_in(text: str) -> list[float]:
    """Every (finite, sensibly sized) number in a text, in order."""
    out = []
    for x in re.findall(r"\d+(?:\.\d+)?", text):
        v = _to_float(x)
        if v is not None:
            out.append(v)
    return out


def _match_unit(rest: str) -> tuple[str, str]:
    """Longest unit at the start of rest, composites allowed ('万元/㎡', '元/人·月').

    Returns (raw_unit, remainder). raw_unit is '' when nothing unit-like starts rest.
    """
    i = 0
    raw = ""
    while True:
        piece = _one_unit(rest[i:])
        if not piece:
            break
        raw += piece
        i += len(piece)
        if i < len(rest) and rest[i] in "/／" and _one_unit(rest[i + 1 :]):
            raw += "/"
            i += 1
            continue
        if _object_denominator(raw, rest[i:]):
            raw += "/" + rest[i + 1]  # "5万元/站", "1476元/路": an amount per object
            i += 2
        if i < len(rest) and rest[i] in "·•" and _one_unit(rest[i + 1 :]):
            raw += "·"
            i += 1
            continue
        break
    return raw, rest[i:]


def _object_denominator(raw: str, rest: str) -> bool:
    """An amount of money per one object named by a single character at the end of the value
    (or before ·期间): "万元/站", "元/路·年". Any object can follow a price, not only counters."""
    if len(rest) < 2 or rest[0] not in "/／" or unit_family(raw) != "money":
        return False
    if not "\u4e00" <= rest[1] <= "\u9fff":
        return False
    return len(rest) == 2 or rest[2] in "·•"


def _one_unit(text: str) -> str:
    if not text:
        return ""
    if text.startswith("万") and len(text) > 1:
        # 万本, 万人次, 万平方米: a count or measure scaled by ten thousand
        inner = _one_unit(text[1:])
        if inner and unit_family(inner) in ("count", "person", "measure"):
            return "万" + inner
    for alias in _ALL_UNITS:
        if text.startswith(alias):
            return alias
    # Counting words and other single-character units (个 项 人次 ...): try 2 then 1 chars.
    for n in (2, 1):
        cand = text[:n]
        if len(cand) == n and not any(ch in cand for ch in "/／·•") and is_known_unit(cand):
            return cand
    return ""


def parse_value(raw: str | None) -> ParsedValue:
    """Parse one 指标值. Never raises.

    Values repeat a lot (templated tables), so parses are memoised; each caller gets its own
    copy because the document pass (confirm_doubled_digits) may update it."""
    cached = _parse_cached(raw or "")
    return cached.model_copy(update={"flags": list(cached.flags), "numbers": list(cached.numbers)})


def parse_value_shared(raw: str) -> ParsedValue:
    """The memoised parse itself: read it, never change it (parse_value gives a private copy)."""
    return _parse_cached(raw)


@lru_cache(maxsize=65536)
def _parse_cached(raw: str) -> ParsedValue:
    pv = ParsedValue(raw=raw or "")
    try:
        _parse_into(pv, raw or "")
    except Exception as exc:  # pragma: no cover - defensive: the parser must never raise
        pv.flags.append(F.PARSE_ERROR)
        pv.text = f"{squeeze(raw)} ({type(exc).__name__})"
    return pv


def _parse_into(pv: ParsedValue, raw: str) -> None:
    s = squeeze(raw)
    if not s:
        pv.flags.append(F.EMPTY)
        return
    s = _read_comparator(pv, s)  # 1. comparator at the start (symbol or word)
    if _YEAR_DATE.match(s):  # 2. dates such as "2021年5月底", "2021年6-12月"
        pv.text = s
        pv.numbers = _numbers_in(s)
        pv.flags.append(F.DATE)
        if s.endswith(("前", "底")):
            pv.comparator = pv.comparator or "≤"
            pv.flags.append(F.DEADLINE)
        return
    if read_time_point(pv, s):  # 2b. days, clock times and spans ("11月20日前", "8:30—17:30")
        return
    token, rest = _leading_number(s)  # 3. leading number (Arabic or small Chinese numeral)
    if token is None:
        _parse_text_only(pv, s)
        return
    if not _read_number(pv, token, s):
        return
    rest = _read_range(pv, rest)  # 4. range "4-6月份", "90%-95%"
    _read_unit_and_tail(pv, rest, s)  # 5. unit, then deadline tails or leftover text
    if pv.unit is None and F.NUMBER_WITH_TEXT not in pv.flags:
        pv.flags.append(F.MISSING_UNIT)
    pv.flags = list(dict.fromkeys(pv.flags))


def _read_comparator(pv: ParsedValue, s: str) -> str:
    """Set pv.comparator from the value's start (or a suffix word such as 以上); return the rest."""
    flags = pv.flags
    comparator = None
    for sym, canon, standard in _SYMBOLS:
        if s.startswith(sym):
            comparator = canon
            if not standard:
                flags.append(F.NONSTANDARD_COMPARATOR)
            s = s[len(sym) :]
            break
    else:
        for word, canon in _WORDS:
            if s.startswith(word):
                comparator = canon
                s = s[len(word) :]
                break
    approx = _APPROXIMATE.match(s) if comparator is None else None
    if approx:
        # "≈140人", "约3万人": an estimate of the figure; it states no direction
        flags.append(F.APPROXIMATE)
        s = s[approx.end() :]
    if comparator is None and s.startswith(("±", "+-", "＋－")):
        # "±3%以内": a permitted deviation around a planned value
        comparator = "±"
        flags.append(F.TOLERANCE)
        s = s[1:] if s.startswith("±") else s[2:]
    # A second comparator in what is left means two values ran together ("≤2≥2 万元").
    if _COMPARATOR_CHARS.search(s):
        flags += [F.GARBLED, F.MULTIPLE_COMPARATORS]
        parts = [p for p in _COMPARATOR_CHARS.split(s) if p and not _COMPARATOR_CHARS.fullmatch(p)]
        first = parts[0] if parts else ""
        unit_tail = re.sub(r"^[\d.]+", "", parts[-1]) if parts else ""
        s = first if re.search(r"\D", first) else first + unit_tail
    for word, canon in _SUFFIX_WORDS:
        if s.endswith(word) and len(s) > len(word):
            s = s[: -len(word)]
            comparator = comparator or canon
            break
    pv.comparator = comparator
    return s


# a numeral and a unit that make one word with what follows (一次性告知, 一站式服务)
_NUMERAL_WORDS = ("次性", "站式")


def _leading_number(s: str) -> tuple[str | None, str]:
    """The number the value starts with (a Chinese numeral only before a unit), and the rest."""
    m = _NUMBER.match(s)
    if m:
        return m.group(1), s[m.end() :]
    cn = _CN_NUMBER.match(s)
    if cn and s.startswith(_NUMERAL_WORDS, cn.end()):
        return None, s  # 一次性, 一站式: words, not a count and its unit
    if cn and _match_unit(s[cn.end() :])[0]:
        value = _cn_to_int(cn.group(1))
        if value is not None:
            return str(value), s[cn.end() :]
    return None, s


def _read_number(pv: ParsedValue, token: str, s: str) -> bool:
    """Set pv.number from the leading token; False when the value is garbled beyond reading."""
    flags = pv.flags
    if len(token.replace(",", "").replace("，", "").split(".", 1)[0]) > MAX_INTEGER_DIGITS:
        # hundreds of digits: not a target anyone set (and a float would overflow to inf)
        pv.text = s
        flags += [F.GARBLED, F.ABSURD_NUMBER]
        return False
    half = _split_doubled(token.replace(",", ""))
    number = _to_float(token)
    if number is None:
        # "14.814.8": a doubled decimal is not a float at all
        if half is not None:
            number = _to_float(half)
            flags += [F.GARBLED, F.DOUBLED_DIGITS]
        if number is None:
            pv.text = s
            flags += [F.GARBLED]
            return False
    elif half is not None:
        flags.append(
            F.DOUBLED_DIGITS
        )  # confirmed (and flagged garbled) per document, see mark_document
    pv.number = number
    pv.numbers = [number]
    return True


def _read_range(pv: ParsedValue, rest: str) -> str:
    r = _RANGE_TAIL.match(rest)
    if r:
        hi = _to_float(r.group(1))
        if hi is not None:
            pv.numbers.append(hi)
            pv.comparator = pv.comparator or "range"
            pv.flags.append(F.RANGE)
            return rest[r.end() :]
    return rest


def _read_unit_and_tail(pv: ParsedValue, rest: str, s: str) -> None:
    """The unit after the number, then what follows it: a deadline tail (月底前, 日以后), a short
    unknown unit, or words glued to the number (garbled)."""
    flags = pv.flags
    raw_unit, tail = _match_unit(rest)
    counted = _COUNTED_NOUN.fullmatch(tail) if raw_unit == "个" else None
    if counted:  # "0.5个等级", "1个百分点": the classifier 个 counts the noun after it
        raw_unit, tail = raw_unit + tail, ""
        if not is_known_unit(counted.group()):
            flags.append(F.UNKNOWN_UNIT)
    if raw_unit:
        pv.raw_unit = raw_unit
        pv.unit = normalise_unit(raw_unit)
        if raw_unit in NONSTANDARD_UNIT_SPELLINGS:
            flags.append(F.NONSTANDARD_UNIT)
        if counted:
            pv.unit = normalise_unit(counted.group())
    if not tail:
        return
    if tail in _WITHIN and unit_family(pv.unit or "") == "time":
        flags.append(F.DEADLINE)  # "30日内", "3个月内", "24小时内": a time limit
        pv.comparator = pv.comparator or "≤"
        pv.text = s
        return
    d = _DEADLINE_TAIL.match(tail) if pv.unit in ("月", "天", "日") else None
    a = _AFTER_TAIL.match(tail) if pv.unit in ("月", "天", "日") else None
    if d and not d.group(2):
        flags.append(F.DEADLINE)
        if "前" in d.group(1) or "底" in d.group(1):
            pv.comparator = pv.comparator or "≤"
        pv.text = s
    elif a:
        flags.append(F.DEADLINE)
        pv.comparator = pv.comparator or ">"
        pv.text = s
    elif (
        not raw_unit
        and len(tail) <= 2
        and tail not in QUALITATIVE_VALUE_WORDS
        and not re.search(r"\d", tail)
    ):
        pv.raw_unit = tail
        pv.unit = tail
        flags.append(F.UNKNOWN_UNIT)
    else:
        # "≤1 运行正常", "≤10 正常": a number glued to words is not a readable target
        pv.text = tail
        flags += [F.GARBLED, F.NUMBER_WITH_TEXT]


# the noun a classifier counts ("个等级", "个百分点"): a word, not a phrase
_COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,3}")
_WITHIN = frozenset({"内", "以内", "之内"})


def _parse_text_only(pv: ParsedValue, s: str) -> None:
    """A value with no leading number: qualitative text, or a unit whose number was lost."""
    raw_unit, tail = _match_unit(s)
    # "元按照规定标准控制": the template's "____元" kept its unit and lost its number.
    if raw_unit in ("元", "万元", "亿元") and tail and not tail.startswith(("旦", "宵")):
        pv.unit = normalise_unit(raw_unit)
        pv.raw_unit = raw_unit
        pv.text = tail
        pv.flags += [F.GARBLED, F.UNIT_WITHOUT_NUMBER]
        return
    pv.text = s
    if re.search(r"\d", s):
        # digits inside text ("按月支付3次") - keep the numbers for the record
        pv.numbers = _numbers_in(s)
    pv.flags.append(F.QUALITATIVE)


def confirm_doubled_digits(values: list[ParsedValue]) -> int:
    """Decide, for one document, whether doubled digit runs ('100100', '8080') are garbling.

    A single '1010 份' may be a real number; but when several values of one document repeat
    their digits, the document's text layer duplicated glyphs, and every doubled value in it
    (short ones such as '33' included) is read as garbled with its half as the number.
    Returns the number of values marked.
    """
    doubled = [v for v in values if F.DOUBLED_DIGITS in v.flags and F.GARBLED not in v.flags]
    strong = [v for v in doubled if (v.number is not None and v.number >= 100) or _long_token(v)]
    document_pattern = len(strong) >= 3
    marked = 0
    for v in doubled:
        impossible_pct = v.unit == "%" and (v.number or 0) > 1000
        if not (document_pattern or impossible_pct):
            continue
        m = _NUMBER.match(re.sub(r"^\D*", "", squeeze(v.raw)))
        half = _split_doubled(m.group(1)) if m else None
        number = _to_float(half) if half is not None else None
        if number is None:
            continue
        v.number = number
        v.numbers = [number] + v.numbers[1:]
        v.flags.insert(0, F.GARBLED)
        marked += 1
    return marked


def _long_token(v: ParsedValue) -> bool:
    m = _NUMBER.match(re.sub(r"^\D*", "", squeeze(v.raw)))
    return m is not None and len(m.group(1)) >= 4
