"""What a cell's text is, judged by the domain vocabulary and the value grammar.

The layout-independent parser assigns cells to columns by content. This module gives each cell
a `Kind` (a framework category name, a target value, a bare number, a comparator, a unit, a
header word, free text …) and cleans category names of the annotations tables add to them
("产出指标(必填)", "数量指标（20分）", "时效指标(进度…)", "1.产出指标"). Everything is memoised:
templated disclosures repeat the same cells thousands of times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from auditor.domain.framework import (
    EVALUATION_ONLY_NAMES,
    VALID_TREE,
    canonical_level1,
    canonical_level2,
)
from auditor.domain.units import is_known_unit
from auditor.domain.vocab import BOILERPLATE_VALUE_PATTERNS, QUALITATIVE_VALUE_WORDS
from auditor.extract.normalize import squeeze
from auditor.extract.roles import Role, header_role
from auditor.extract.target_grammar import TargetKind, target_kind
from auditor.extract.values import parse_value_shared
from auditor.models import ValueFlag


class Kind(StrEnum):
    EMPTY = "empty"
    L1 = "l1"  # a 一级 name only
    L2 = "l2"  # a 二级 name only
    L12 = "l12"  # a name that is both (满意度, 成本指标)
    HEADER = "header"  # a header word (一级指标, 指标值 …)
    VALUE = "value"  # comparator/number/unit, a date or a deadline
    QUAL = "qual"  # a qualitative target word (合格, 健全, 明显提高 …)
    NUMBER = "number"  # a bare number (weight, score, split value)
    COMPARATOR = "comparator"  # ≥, 大于等于, ＝ … alone
    UNIT = "unit"  # %, 个, 万元 … alone
    NATURE = "nature"  # 定量 / 定性
    DIRECTION = "direction"  # 正向 / 反向
    PLACEHOLDER = "placeholder"  # 指标2:, ……
    TEXT = "text"  # a name or a short phrase
    LONG = "long"  # a sentence or a paragraph
    RULE = "rule"  # a scoring rule of a scored table (得3分, 扣1分, ×分值): see evaluation_cells


_TIMED = frozenset({TargetKind.DEADLINE, TargetKind.SCHEDULE})
NAME_KINDS = frozenset({Kind.L1, Kind.L2, Kind.L12})
VALUE_KINDS = frozenset({Kind.VALUE, Kind.QUAL, Kind.NUMBER})

COMPARATOR_WORDS: dict[str, str] = {
    "≥": "≥",
    "≤": "≤",
    "=": "=",
    "＝": "=",
    "═": "=",
    "≧": "≥",
    "≦": "≤",
    ">": ">",
    "<": "<",
    "＞": ">",
    "＜": "<",
    ">=": "≥",
    "<=": "≤",
    "＞＝": "≥",
    "＜＝": "≤",
    "⩾": "≥",
    "⩽": "≤",
    "大于等于": "≥",
    "大于或等于": "≥",
    "不低于": "≥",
    "不少于": "≥",
    "不小于": "≥",
    "小于等于": "≤",
    "小于或等于": "≤",
    "不高于": "≤",
    "不超过": "≤",
    "不大于": "≤",
    "不多于": "≤",
    "等于": "=",
    "大于": ">",
    "小于": "<",
    "±": "±",
}
NATURE_WORDS = frozenset(
    {"定量", "定性", "定量指标", "定性指标", "数值型", "文本型", "文字描述", "文本", "文字"}
)
DIRECTION_WORDS = frozenset(
    {"正向", "反向", "中性", "正向指标", "反向指标", "逆向", "越大越好", "越小越好"}
)
# A qualitative target often starts with one of these (按计划完成, 达到省级标准, 有效提升 …).
_QUAL_START = re.compile(
    r"^(按|达到|满足|符合|确保|保证|保障|有效|明显|显著|逐步|持续|不断|进一步|稳步|全面|基本|"
    r"完成|实现|提高|提升|改善|降低|减少|增加|增强|加强|促进|推动|及时|按时|按期|如期|规范|"
    r"无|未|较|好|优|良|达标|合格|有所|大幅|长期|长效|零|逐年|稳定|保持|下降|上升|控制|"
    r"更加|更为|日益|日趋|得到|总体|整体|不(?:增加|减少|降低|下降|上升|扩大|反弹|超过|突破))"
)
_NAME_TAIL = re.compile(
    r"(率|数|量|度|性|额|费|费用|时间|成本|人次|次数|里程|面积|标准|情况|水平|能力|指数|效益|"
    r"影响|期限|周期|时限|天数|规模|比例|比重|占比|金额|价格|长度|容量|产量|收入|机制|制度|体系)$"
)
# an empty slot kept in the template: 指标2:, ……, dashes or slashes, 无
_PLACEHOLDER = re.compile(
    r"^(指标\d+[:：.、]?|[…．.·]{2,}|…|其他|其它|\.\.\.|[—–\-－─_/／\\]{1,6}|无)$"
)
_INDICATOR_PREFIX = re.compile(r"^指标\s*\d+\s*[:：.、]\s*")
_SUB_ROW = re.compile(r"^其中\s*[:：]")
_NUMBER = re.compile(r"^[-+]?\d[\d,，]*(\.\d+)?$")
_ANNOTATION = re.compile(r"[(（\[【][^()（）\[\]【】]{0,24}[)）\]】]")
_LEADING_NUMBER = re.compile(
    r"^(\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]+、)"
)
_MERGED_NAME = re.compile(r"[与和及、/]")


@dataclass(frozen=True)
class Category:
    """A category cell: the name as printed (cleaned) and the framework names it maps to."""

    name: str  # annotations removed ("产出指标(必填)" -> "产出指标")
    level1: str | None  # canonical 一级 when the name is a 一级 name
    level2: str | None  # canonical 二级 when the name is a 二级 name
    merged: bool = False  # several 二级 in one name ("经济与社会效益指标")


@lru_cache(maxsize=65536)
def category(text: str) -> Category | None:
    """The framework category a cell names, or None. "产出", "效果指标", "数量指标(含规模…)",
    "时效指标（进度）", "服务对象满意度指标(20分)", "1.产出指标" and "经济与社会效益指标" all map."""
    s = squeeze(text).rstrip(":：")
    if not s or len(s) > 40:
        return None
    s = _LEADING_NUMBER.sub("", s)
    cleaned = _ANNOTATION.sub("", s) if _ANNOTATION.search(s) else s
    if not cleaned or len(cleaned) > 16:
        return None
    c1, c2 = canonical_level1(cleaned), canonical_level2(cleaned)
    if c1 or c2:
        return Category(name=cleaned if cleaned != s else s, level1=c1, level2=c2)
    return _merged_category(cleaned)


def _merged_category(name: str) -> Category | None:
    """'经济与社会效益指标', '经济、社会效益': several 二级 of one 一级 written as one name."""
    if not _MERGED_NAME.search(name):
        return None
    base = re.sub(r"指标$", "", name)
    parts = [p for p in _MERGED_NAME.split(base) if p]
    if len(parts) < 2:
        return None
    tail = re.search(r"(效益|成本|满意度|指标)$", parts[-1])
    names = []
    for p in parts:
        c = canonical_level2(p) or (canonical_level2(p + tail.group(1)) if tail else None)
        if c is None:
            return None
        names.append(c)
    parents = [{l1 for l1, kids in VALID_TREE.items() if n in kids} for n in names]
    if not set.intersection(*parents):
        return None
    return Category(name=name, level1=None, level2=names[0], merged=True)


@lru_cache(maxsize=65536)
def kind_of(text: str) -> Kind:
    """Classify one cell by content (see `Kind`)."""
    s = squeeze(text)
    if not s:
        return Kind.EMPTY
    if _PLACEHOLDER.match(s):
        return Kind.PLACEHOLDER
    cat = category(s)
    if cat is not None:
        if cat.level1 and cat.level2:
            return Kind.L12
        return Kind.L1 if cat.level1 else Kind.L2
    if header_role(s) is not None and len(s) >= 2 and s not in EVALUATION_ONLY_NAMES:
        return Kind.HEADER  # (绩效目标 is also a 二级 of the evaluation framework: a name)
    if s in COMPARATOR_WORDS:
        return Kind.COMPARATOR
    if s in NATURE_WORDS:
        return Kind.NATURE
    if s in DIRECTION_WORDS:
        return Kind.DIRECTION
    if _NUMBER.match(s):
        return Kind.NUMBER
    if len(s) <= 6 and is_known_unit(s):
        return Kind.UNIT
    return _value_or_text(s)


# a proportion written in words after a comparator ("≤万分之一", "低于千分之三"): a rate target
WORDED_FRACTION = r"(?:百|千|万|十万)分之(?:[零〇一二两三四五六七八九十点]{1,4}|\d+(?:\.\d+)?)"
_COMPARED_FRACTION = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(COMPARATOR_WORDS, key=len, reverse=True))
    + rf"){WORDED_FRACTION}"
)


def _value_or_text(s: str) -> Kind:
    if _COMPARED_FRACTION.fullmatch(s):
        return Kind.VALUE
    every = _FREQUENCY_START.match(s)
    if every and every.end() < len(s) and _value_or_text(s[every.end() :]) is Kind.VALUE:
        return Kind.VALUE  # "每周≥1次": a frequency and its target
    pv = parse_value_shared(s)
    flags = pv.flags
    if ValueFlag.DEADLINE in flags or ValueFlag.DATE in flags:
        if ValueFlag.DEADLINE not in flags and _DATED_FIGURE.match(s):
            # "2023年实际培训276人次": a past year's figure (a basis), not a target
            return Kind.TEXT if len(s) <= 40 else Kind.LONG
        return Kind.VALUE
    if pv.number is not None and ValueFlag.NUMBER_WITH_TEXT not in flags:
        if pv.comparator or pv.unit or ValueFlag.RANGE in flags:
            return Kind.VALUE
    if pv.number is None and pv.unit and ValueFlag.QUALITATIVE not in flags and len(s) <= 4:
        return Kind.UNIT
    if ValueFlag.GARBLED in flags and pv.number is not None and not _numbered_name(s, flags):
        return Kind.VALUE
    worded = target_kind(s)
    if worded is not None:
        # a deadline or schedule is as definite as a date; a change or a negated event is a
        # qualitative target
        return Kind.VALUE if worded in _TIMED else Kind.QUAL
    if is_qualitative(s):
        return Kind.QUAL
    return Kind.TEXT if len(s) <= 40 else Kind.LONG


# 应保尽保, 应收尽收: everyone (everything) that qualifies is covered, a qualitative target
_FULL_COVERAGE = re.compile(r"应([\u4e00-\u9fff])尽\1")
_FREQUENCY_START = re.compile(r"(?:每|平均每)(?:周|月|年|季度|季|天|日|学期|批次?)")
_DATED_FIGURE = re.compile(r"^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?![底末前内])[^\d]{2,}\d")
_MEASURE_END = re.compile(r"(率|比例|比重|占比|数量|人数|次数|人次|户数|天数|面积|里程|金额)$")


def _numbered_name(s: str, flags: list[ValueFlag]) -> bool:
    """An indicator name that starts with a number ("65岁及以上老年人健康管理人数", "3岁以下儿童
    接种率"): the words after the number end in a measure word, as names do."""
    return ValueFlag.NUMBER_WITH_TEXT in flags and len(s) > 8 and looks_like_name(s)


@lru_cache(maxsize=65536)
def is_qualitative(text: str) -> bool:
    """A qualitative target ("合格", "明显提高", "按计划完成", "达到省级标准")."""
    s = squeeze(text)
    if not s or len(s) > 24:
        return False
    if s in QUALITATIVE_VALUE_WORDS or _FULL_COVERAGE.fullmatch(s):
        return True
    if _MEASURE_END.search(s):
        return False  # "取得职业技能等级证书比例": an indicator name, however it starts
    if any(re.search(p, s) for p in BOILERPLATE_VALUE_PATTERNS):
        return True
    return bool(_QUAL_START.match(s)) and not _NAME_TAIL.search(s) and len(s) <= 12


@lru_cache(maxsize=65536)
def looks_like_name(text: str) -> bool:
    """An indicator name ends in a measure word (…合格率, …人次, …满意度, …成本)."""
    return bool(_NAME_TAIL.search(squeeze(text)))


def strip_indicator_prefix(text: str) -> tuple[str, bool]:
    """'指标1:维修道路里程' -> ('维修道路里程', True); text without a prefix is returned as is."""
    m = _INDICATOR_PREFIX.match(text.strip())
    if not m:
        return text, False
    return text.strip()[m.end() :], True


_ELLIPSIS = re.compile(r"^(?:[…．.·]{2,}|…)$")


def opens_row(text: str) -> bool:
    """'指标1:维修道路里程' and the empty slot '指标3:' open a numbered indicator; an ellipsis
    (……) stands for the template's further rows, a row of its own (a dash, a slash or 无 may
    be an empty target instead)."""
    s = text.strip()
    return bool(_INDICATOR_PREFIX.match(s) or _ELLIPSIS.match(s))


def is_placeholder(text: str) -> bool:
    return kind_of(text) is Kind.PLACEHOLDER


def is_sub_row(text: str) -> bool:
    return bool(_SUB_ROW.match(squeeze(text)))


def comparator_symbol(text: str) -> str | None:
    return COMPARATOR_WORDS.get(squeeze(text))


def is_category_cell(text: str) -> bool:
    return kind_of(text) in NAME_KINDS


def role_of_header(text: str) -> Role | None:
    """A header role for a cell that is not a category name (成本指标 is data, not a header)."""
    return None if is_category_cell(text) else header_role(text)
