"""A line of text -> cells, for text whose cells are not separated by tabs or pipes.

Three cases (layout catalogue §1), decided per line:

* runs of two or more spaces (or an ideographic space) separate cells;
* single spaces separate cells: the tokens are regrouped where a cell itself holds a space
  ("≥ 95 %", "项 目 名 称");
* no separator at all ("时效指标资金拨付及时率100%成本指标每公里养护成本≤3.5万元"): the line is
  cut only where the vocabulary makes the cut unambiguous — a category name, a header word or a
  metadata label starts a cell, and a target value (comparator + number + unit, a date, a
  qualitative target word) ends one. Anything else stays one cell: a paragraph is never cut.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.domain.framework import LEVEL1_SYNONYMS, LEVEL2_SYNONYMS
from auditor.domain.units import KNOWN_UNITS, UNIT_ALIASES
from auditor.extract.meta_labels import BARE_AMOUNT_WORDS, META_LABEL_WORDS, Label, label_of
from auditor.extract.roles import HEADER_WORDS
from auditor.extract.spaced import spaced_tokens
from auditor.extract.target_grammar import TargetKind, target_kind, target_suffix
from auditor.extract.vocabulary import (
    COMPARATOR_WORDS,
    WORDED_FRACTION,
    Kind,
    category,
    kind_of,
    looks_like_name,
)

# full-width ASCII -> ASCII, one character for one (offsets stay valid)
_HALF = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


_ANNOT = r"(?:\([^()]{0,14}\))?"
_ANNOT_PLACEHOLDER = _ANNOT
_NAMES = _alternation(
    list(LEVEL1_SYNONYMS)
    + list(LEVEL2_SYNONYMS)
    + [k + "指标" for k in list(LEVEL1_SYNONYMS) + list(LEVEL2_SYNONYMS) if not k.endswith("指标")]
)
_HEADER_LIST = [w.replace("（", "(").replace("）", ")") for _, ws in HEADER_WORDS for w in ws]
_HEADERS = _alternation([w for w in _HEADER_LIST if len(w) >= 3])
# a whole line of header words run together ("一级指标二级指标三级指标年度指标值实际完成值分值得分")
_HEADER_WORD = re.compile(rf"(?:{_alternation(_HEADER_LIST)}){_ANNOT_PLACEHOLDER}")
_LABELS = _alternation(list(META_LABEL_WORDS))
# several 二级 written as one name ("经济与社会效益指标", "数量及质量指标"): 二级 names or their
# heads before the shared tail, joined by 与/和/及/、 (kept only when `category` maps the whole)
_LEVEL2_TAIL = re.compile(r"(?:效益|效果|成本|满意度)?(?:指标)?$")
_MERGE_STEMS = _alternation(
    [w for k in LEVEL2_SYNONYMS for w in (k, _LEVEL2_TAIL.sub("", k)) if len(w) >= 2]
)
_MERGED_VOCAB = re.compile(
    rf"(?:{_MERGE_STEMS})(?:[与和及、](?:{_MERGE_STEMS}))+(?:效益|效果|成本|满意度)?(?:指标)?"
)
# a cell that starts where a vocabulary word starts
_VOCAB = re.compile(rf"(?:(?:{_HEADERS})|(?:{_NAMES})){_ANNOT}")
# a label, its amount unit or the period it covers in brackets ("年度目标（2024年）："), a colon
_LABEL_NOTE = r"(?:\((?:万元|元|千元|%|\d{4}年?度?(?:[-—–~至]\d{4}年?)?)\))?"
# a bare amount word is a label with its money unit in brackets ("资金（万元）18")
_MONEY_LABEL = rf"(?:{_alternation(list(BARE_AMOUNT_WORDS))})\((?:万元|元|千元)\)"
_LABEL = re.compile(rf"(?:\d+[.、])?(?:(?:{_LABELS}){_LABEL_NOTE}|{_MONEY_LABEL})[:：]?")
_MARKED_LABEL = re.compile(rf"(?:{_LABELS})(?:\((?:万元|元|千元)\)[:：]?|[:：])")
_LABEL_WORD = re.compile(_LABELS)
_NAME_LABELS = frozenset({Label.PROJECT, Label.UNIT})  # values that are names, not prose
_FREQUENCY = re.compile(r"(?:每|平均每)(?:周|月|年|季度|季|天|日|学期|批次?)\Z")
_YEAR_START = re.compile(r"\d{4}年")
_BARE_YEAR = re.compile(r"\d{4}年")
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?")

_UNITS = _alternation(list(KNOWN_UNITS) + list(UNIT_ALIASES) + ["元", "万元", "亿元"])
_COMP = _alternation(list(COMPARATOR_WORDS))
_NUM = r"\d+(?:[.,]\d+)*"
# 元/人·月: a rate over a compound unit; 万亩, 万人次: a unit scaled by 万/亿 (units.py reads them)
_UNIT_SEQ = rf"(?:[万亿]?(?:{_UNITS}))(?:[/·・](?:{_UNITS}))*"
_TAIL = r"(?:及以上|及以下|以上|以下|以内|之内)?"
_VALUE_END = re.compile(
    # comparator + number (+ any short unit: not a clause after a comma)
    rf"(?:(?:{_COMP}){_NUM}[^\d≥≤<>=，,。；;]{{0,8}}"
    rf"|(?:{_COMP}){WORDED_FRACTION}"  # ≤万分之一
    # number + a known unit, the number from its first digit: a search from every digit of a
    # long run rescanned the run from each (quadratic on a line of 20,000 digits)
    rf"|(?<!\d){_NUM}(?:{_UNIT_SEQ}){_TAIL}"
    rf"|(?:\d{{4}}年)?\d{{1,2}}月(?:\d{{1,2}}日)?(?:底|末|中旬|上旬|下旬)?(?:前|之前|以前)?"
    rf"|\d{{4}}年(?:底|末)?(?:前|之前)?)$"
)
_QUAL_END = re.compile(
    r"(?:(?:明显|有效|持续|显著|逐步|逐年|稳步|不断|大幅|进一步|有所|基本)?"
    r"(?:改善|提升|提高|降低|减少|增加|增强|好转|加强|下降|上升|延长|缩短)"
    r"|(?:有效|持续|稳步|扎实|全面|积极)推进"
    r"|(?:建立|形成)?(?:健全|完善){1,2}|合格|达标|规范|良好|较好|及时|满意|正常|长效|稳定|按时完成|按期完成|已完成"
    r"|(?:有效|持续|充分|积极)?发挥(?:作用|效益|效能)"  # 持续发挥作用
    r"|应(?P<full>[\u4e00-\u9fff])尽(?P=full))$"  # 应保尽保: all who qualify are covered
)
# a target that starts for sure: a comparator and a number, or a percentage right after a
# rate's name (覆盖率100%, 占比30%)
# before more text (a column after the target), and so does a deadline after a time limit's
# name (完成时间2025年11月30日前); a percentage that ends the text is left to
# _name_and_value ("2022年河道保洁覆盖率91.2%" can be one cell of a basis column)
_RATE_NAME_END = r"(?:(?<=率)|(?<=比例)|(?<=占比)|(?<=比重))"
_COMPARED = re.compile(rf"(?:[≥≤<>]|{_COMP}){_NUM}(?:{_UNIT_SEQ})?{_TAIL}")
_TIME_NAME_END = r"(?:(?<=时间)|(?<=时限)|(?<=期限)|(?<=日期))"
_DEADLINE = r"\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底|末)?(?:前|之前|以前)"
_COMPARED_OR_RATE = re.compile(
    rf"{_COMPARED.pattern}|{_RATE_NAME_END}{_NUM}[%％]{_TAIL}(?!$)|{_TIME_NAME_END}{_DEADLINE}(?!$)"
)
_SENTENCE_MARK = re.compile(r"[，,。；;：:！？]")
_FORMULA_SIGN = re.compile(r"[÷×]")
_CATEGORY_NAME = re.compile(_NAMES)
_OPERATORS = "×÷*/+＋"  # a name ending in an arithmetic operator is an operand of a formula
# points awarded or deducted right after a target ("100%得满分", "≥95%得5分"): a scoring rule,
# whose condition the target is
_POINTS_AFTER = re.compile(r"(?:得|扣|减|加|不得)(?:\d+(?:\.\d+)?分|满分|分)")
_SUB_ROW_MARK = re.compile(r"^其中[:：]")  # a sub-row's name ("其中：农产品抽检批次")
_TRAILING_TEXT = re.compile(r"[\u4e00-\u9fff《]{2}")  # text after a target: a phrase or a title
_SPACE_RUN = re.compile(r"[ \u00a0]{2,}|\u3000+|\t")


@lru_cache(maxsize=65536)
def split_line(text: str) -> tuple[str, ...]:
    """The cells of one line of text (see the module docstring)."""
    s = text.strip(" \t\u3000\u00a0\ufeff")
    if not s:
        return ()
    if _SPACE_RUN.search(s):
        parts = [p.strip() for p in _SPACE_RUN.split(s)]
        tokens = [t for p in parts if p for t in spaced_tokens(p)]
    else:
        tokens = spaced_tokens(s)
    if len(tokens) == 1:
        return tuple(run_together(tokens[0]))
    out: list[str] = []
    target_follows = _sure_target_follows(tokens)
    for i, t in enumerate(tokens):
        if " " in t or (i and label_of(tokens[i - 1]) in _PROSE_LABELS):
            out.append(t)  # a goal's text after its label is prose, whatever its last words
        else:
            out += _cut_token(t, target_follows[i])
    return tuple(out)


def _sure_target_follows(tokens: list[str]) -> list[bool]:
    """Per token: whether a sure target (a value, a number, a comparator) follows it on the line,
    computed in one pass from the end (a slice of the rest per token was quadratic)."""
    follows, seen = [False] * len(tokens), False
    for i in range(len(tokens) - 1, -1, -1):
        follows[i] = seen
        seen = seen or kind_of(tokens[i]) in _SURE_TARGETS
    return follows


_PROSE_LABELS = frozenset({Label.GOAL, Label.MID_GOAL, Label.ACTUAL_GOAL})


_SURE_TARGETS = frozenset({Kind.VALUE, Kind.NUMBER, Kind.COMPARATOR})
_SENTENCE = re.compile(r"[，；;].*[。！？]$")  # clauses, then a full stop


def _cut_token(token: str, target_follows: bool) -> list[str]:
    """A separated cell cut further by vocabulary; a qualitative word ending a name stays on it
    when a target of the row follows ("销售额增长 | 大于等于 8 %": 增长 is part of the name)."""
    if _SENTENCE.search(token):
        return [token]  # a sentence of clauses (a goal, a basis): its last clause is no target
    pieces = run_together(token)
    if len(pieces) > 1 and kind_of(pieces[-1]) is Kind.QUAL:
        if target_follows:
            return [token]
    return pieces


@lru_cache(maxsize=65536)
def _run_together(s: str) -> tuple[str, ...]:
    h = s.translate(_HALF)
    if _HEADER_WORD.fullmatch(h) or _LABEL.fullmatch(h):
        return (s,)
    headers = _header_sequence(h)
    if headers is not None:
        return tuple(s[a:b] for a, b in headers)
    if len(h) <= _CELL_REACH and _formula_only(h):
        return (s,)  # "实际完成数÷计划数×100%": a formula (a description) is one cell
    if len(h) <= _CELL_REACH and _header_then_phrase(h):
        return (s,)
    label = _LABEL.match(h)
    if label and label.end() < len(h) and not _VOCAB.match(h, label.end()):
        if _phrase_after_label(h, label.end()):
            return (s,)
        # "项目名称农村公路养护", "预算数(万元)620.03": a metadata label and its value
        return (s[: label.end()], *_label_value(s, h, label.end()))
    out: list[str] = []
    pos = 0
    n = len(h)
    while pos < n:
        end = _vocab_end(h, pos)
        if end is not None:
            out.append(s[pos:end])
            pos = end
            continue
        q = _next_boundary(h, pos)
        anchored = bool(out) or q < n
        out += (
            _compared_pairs(s[pos:q], h[pos:q], anchored)
            or _worded_target_then_text(s[pos:q], h[pos:q])
            or _name_and_value(s[pos:q], h[pos:q], anchored)
        )
        pos = q
    return tuple(out)


# a word that joins the words before it to the words after it: "绩效目标与项目实施内容是否相符"
# is one phrase that starts with a label's word, not a label and its value
_JOINING_WORD = re.compile(r"(?:与|和|及|或|的|是否|之)")


# what a measure's name ends with after the thing measured (明确性, 完成率, 合理程度)
_MEASURE_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:性|率|度|程度|情况)")


_CELL_REACH = 200  # a formula or a criterion's question is one short cell


def _formula_only(h: str) -> bool:
    return bool(_FORMULA_SIGN.search(h)) and not (_CATEGORY_NAME.search(h) or _COMPARED.search(h))


def _header_then_phrase(h: str) -> bool:
    """A header word (not a category name) followed by a joining word opens a phrase, and
    followed by a measure's tail it is the start of a name, not a header cell: "绩效指标是否
    细化、量化" is a question of an evaluation criterion, "绩效指标明确性" its name."""
    m = _HEADER_WORD.match(h)
    if m is None or m.end() >= len(h) or category(h[: m.end()]) is not None:
        return False
    return bool(_JOINING_WORD.match(h, m.end()) or _MEASURE_TAIL.fullmatch(h, m.end()))


def _phrase_after_label(h: str, end: int) -> bool:
    """An unmarked label (no colon, no bracket) followed by a joining word starts a phrase."""
    return h[end - 1] not in ":：)" and bool(_JOINING_WORD.match(h, end))


def _vocab_end(h: str, pos: int) -> int | None:
    """End of the category name or header word that starts at `pos`, None when none does."""
    merged = _MERGED_VOCAB.match(h, pos)
    if merged:
        cat = category(h[pos : merged.end()])
        if cat is not None and cat.merged:
            return merged.end()
    m = _VOCAB.match(h, pos)
    return m.end() if m and m.end() > pos else None


def _label_value(s: str, h: str, pos: int) -> tuple[str, ...]:
    """The value after a metadata label, and the labels run on after it: an amount ends at its
    last digit ("620.03年度目标…"); other text ends where a label marked as one (a colon or an
    amount unit in brackets: "项目资金(万元)", "年度目标：") starts."""
    amount = _AMOUNT.match(h, pos)
    if amount and amount.end() < len(h) and _LABEL.match(h, amount.end()):
        return (s[pos : amount.end()], *_run_together(s[amount.end() :]))
    marked = _MARKED_LABEL.search(h, pos + 1)
    if label_of(s[:pos]) in _NAME_LABELS:
        # a name's value ends at the next label even unmarked ("…经费主管部门拉曲县教育局")
        plain = _LABEL_WORD.search(h, pos + 2)
        if plain and (marked is None or plain.start() < marked.start()):
            marked = plain
    if marked:
        return (s[pos : marked.start()], *_run_together(s[marked.start() :]))
    return (s[pos:],)


def _header_sequence(h: str) -> list[tuple[int, int]] | None:
    """Spans of header words when the whole line is made of them (at least two), else None."""
    spans = []
    pos = 0
    while pos < len(h):
        m = _HEADER_WORD.match(h, pos)
        if not m or m.end() == pos:
            return None
        spans.append((pos, m.end()))
        pos = m.end()
    return spans if len(spans) >= 2 else None


def run_together(s: str) -> list[str]:
    """Cut a line that has no separator (see the module docstring); [s] when nothing is sure."""
    return list(_run_together(s)) if s else []


def _next_boundary(h: str, pos: int) -> int:
    """The next position where a vocabulary word starts right after a value ends."""
    for m in _VOCAB.finditer(h, pos + 1):
        q = m.start()
        if _BARE_YEAR.fullmatch(h, pos, q):
            continue  # "2023年满意度调查结果…": a year leading a phrase is no cell of its own
        if _ends_with_value(h, pos, q) is not None:
            return q
    return len(h)


# A target value is short: a comparator, a number, a unit sequence or a date, a qualitative word.
# Only the number can be long, so the search for the start of the value that ends a segment looks
# at its last _VALUE_REACH characters, widened over a number run and a comparator before it.
# (Scanning every start of a long run-together line made a 126 KB line take minutes.)
_VALUE_REACH = 64
_NUMBER_REACH = 400  # digits: more than a float holds (a 309-digit figure is flagged, not lost)
_COMP_REACH = max(map(len, COMPARATOR_WORDS))
_QUAL_REACH = 8  # longest _QUAL_END match (进一步提高: 5) with room to spare
_TARGET_REACH = 18  # a name's last two characters and the longest worded target (16)
_DIGIT_OR_FRACTION = re.compile(r"\d|分之")
_VALUE_AT_END = re.compile(_VALUE_END.pattern.removesuffix("$") + r"\Z")


def _value_scan_start(h: str, lo: int, hi: int) -> int | None:
    """Where a value that ends at `hi` can start; None when the window falls inside a run of
    more than _NUMBER_REACH digits (no target prints such a number, and widening over a line of
    digits at every cut tried made it slow)."""
    first = hi - _VALUE_REACH
    if first <= lo:
        return lo
    floor = max(lo, first - _NUMBER_REACH)
    while first > floor and (h[first - 1].isdecimal() or h[first - 1] in ".,"):
        first -= 1
    if first == floor > lo and (h[first - 1].isdecimal() or h[first - 1] in ".,"):
        return None
    return max(lo, first - _COMP_REACH)


def _ends_with_value(h: str, lo: int = 0, hi: int | None = None) -> int | None:
    """Start, relative to `lo`, of the target value that ends h[lo:hi] (None when it does not
    end with one)."""
    hi = len(h) if hi is None else hi
    # the leftmost start of a match that reaches `hi`, found in one search (every form of a
    # value holds a digit or a worded fraction: a cheap scan for one first)
    first = _value_scan_start(h, lo, hi)
    m = None
    if first is not None and _DIGIT_OR_FRACTION.search(h, first, hi):
        m = _VALUE_AT_END.search(h, first, hi)
    if m:
        return m.start() - lo
    m = _QUAL_END.search(h, max(lo, hi - _QUAL_REACH), hi)
    if m and m.start() - lo >= 2:
        return m.start() - lo
    # 年底前, 每月10日前, 稳中有升, 不发生: a worded target is at most 16 characters long
    window = max(lo, hi - _TARGET_REACH)
    worded = target_suffix(h[window:hi])
    return None if worded is None else window - lo + worded


def _name_and_value(seg: str, half: str, anchored: bool) -> list[str]:
    """'资金拨付及时率100%' -> ['资金拨付及时率', '100%'] when the cut is sure."""
    start = _ends_with_value(half)
    if start is None or start == 0:
        return [seg]
    start = _enumeration_start(half, start)
    start -= _frequency_before(half, start)
    start = _after_time_word(half, start)
    name = half[:start]
    if name[-1:] in _OPERATORS:
        return [seg]  # "实际完成数÷计划数×100%": a formula's operand, not a target
    if not anchored and half[start:] in _BARE_CHANGE:
        return [seg]  # "销售额增长" alone: an indicator named by its change, not name + target
    strong = _strong_value(half[start:])
    if not anchored and not strong and _YEAR_START.match(name):
        return [seg]  # "2023年参训人员就业率78.5%": a past year's figure, one cell
    sure = anchored or looks_like_name(name) or strong
    if not sure or len(name) > 40:
        return [seg]
    return [seg[:start], seg[start:]]


def _enumeration_start(half: str, start: int) -> int:
    """Targets listed with 、 ("3月、9月", "≥2次、≥4次"): the value starts at the first of them."""
    while start > 1 and half[start - 1] == "、":
        prev = _ends_with_value(half, 0, start - 1)
        if prev is None or prev == 0:
            break
        start = prev
    return start


_TIME_WORD = re.compile(r"时间|时限|期限|日期")


def _after_time_word(half: str, start: int) -> int:
    """A time limit's name ends at its time word when all that follows it is one target
    ("报告出具时间|审计结束后30日内"), even where the value grammar found a shorter target."""
    # a target is at most 32 characters long (target_grammar): only the last time words count
    for m in _TIME_WORD.finditer(half, max(2, len(half) - 36)):
        if m.end() < len(half) and target_kind(half[m.end() :]) is not None:
            return m.end()
    return start


def _compared_pairs(seg: str, half: str, anchored: bool) -> list[str] | None:
    """Rows run together inside one 二级 ("清运生活垃圾≥3600吨聘用保洁员≥52人…"): a comparator
    followed by a number starts a target and the target ends with its unit, so each name runs
    from the end of one target to the next comparator. Cut only when every name is a phrase
    (two characters or more, no sentence punctuation) and what follows the last target is
    empty or a name with its target; otherwise None."""
    out: list[str] = []
    pos = 0
    for m in _COMPARED_OR_RATE.finditer(half):
        begin = m.start() - _frequency_before(half, m.start(), pos)
        name = half[pos:begin]
        if len(name) < 2 or _SENTENCE_MARK.search(_SUB_ROW_MARK.sub("", name)):
            return None
        if name[-1:] in _OPERATORS or _POINTS_AFTER.match(half, m.end()):
            return None  # an operand of a formula, or the condition of a scoring rule
        out += [seg[pos:begin], seg[begin : m.end()]]
        pos = m.end()
    if not out:
        return None
    if pos == len(half):
        return out
    rest = _name_and_value(seg[pos:], half[pos:], anchored)
    if len(rest) < 2 and _TRAILING_TEXT.match(half, pos):
        return [*out, seg[pos:]]  # a text column after the target (描述, 依据, 备注)
    if len(rest) < 2 or _SENTENCE_MARK.search(rest[0]):
        return None
    return out + rest


# the source a target was set from, named by its kind (the 指标值确定依据 of the templates:
# 计划标准, 行业标准, 历史标准; 历史数据, 现实需求, 问卷调查, 第三方测评)
_BASIS_SOURCE_END = re.compile(
    r"(?:(?:历史|现实|行业|计划|国家|省级|市级|县级|地方|其他|其它|上年|往年|同期|工作)"
    r"(?:标准|数据|需求|水平|要求|计划|规范)|(?:问卷|满意度|抽样)调查|第三方(?:测评|评估|调查))$"
)


_ROW_REACH = 160


def _worded_target_then_text(seg: str, half: str) -> list[str] | None:
    """A name, its target and a text column after it, run together, cut where the text is sure
    to be a cell of its own: the name printed again (a 描述 column repeating the indicator:
    "工作成效达到预期目标工作成效") or a basis named by its kind ("…不发生历史数据"). The target
    must end the text before it (`_ends_with_value`) with a name of two characters or more."""
    n = len(half)
    for k in range(min(n - 1, _ROW_REACH) // 2, 1, -1):  # a row, not a paragraph
        if half.endswith(half[:k]) and _ends_with_value(half, 0, n - k) == k:
            return [seg[:k], seg[k : n - k], seg[n - k :]]
    basis = _BASIS_SOURCE_END.search(half)
    if basis is None:
        return None
    start = _ends_with_value(half, 0, basis.start())
    if start is None or start < 2 or _SENTENCE_MARK.search(half, 0, basis.start()):
        return None
    return [seg[:start], seg[start : basis.start()], seg[basis.start() :]]


_BARE_CHANGE = frozenset({"增长", "增加", "提高", "提升", "降低", "下降", "上升", "减少"})


def _frequency_before(half: str, start: int, lo: int = 0) -> int:
    """Length of a frequency word ("每周", "每季度") right before a target that starts at
    `start`: it belongs to the target ("每周≥1次"), not to the name before it."""
    m = _FREQUENCY.search(half, lo, start)
    return start - m.start() if m and start - m.start() < start - lo else 0


def _strong_value(value: str) -> bool:
    return bool(re.match(rf"(?:{_COMP})", value))


_STATED = frozenset({TargetKind.STATE, TargetKind.CHANGE, TargetKind.DEADLINE})


def split_name_value(text: str, worded: bool = False) -> tuple[str, str] | None:
    """'培训人数≥500人' -> ('培训人数', '≥500人'): a name with its target glued to it, cut only
    when the target starts with a comparator (a sure cut); None otherwise. With `worded` (a row
    whose target cell is empty: its target must be in the name's cell) a qualitative word, a
    state reached, a change or a deadline ending the text is its target too ("抗震设防达标");
    not a negation, whose object may be the name's own words (无害化处理)."""
    h = text.strip().translate(_HALF)
    start = _ends_with_value(h)
    if start is None or start < (2 if worded else 1):
        return None
    target = h[start:]
    stated = _QUAL_END.fullmatch(target) or target_kind(target) in _STATED
    if not (_strong_value(target) or (worded and stated and target not in _BARE_CHANGE)):
        return None
    start -= _frequency_before(h, start)
    return text.strip()[:start], text.strip()[start:]
