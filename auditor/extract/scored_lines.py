"""A criterion of an evaluation framework printed with no separator at all, cut by its grammar.

An evaluation-indicator system (评价指标体系: 一级 | 二级 | 三级 | 分值 | 指标解释 | 评分标准)
copied out of a PDF without separators prints each row as one run of text:

    决策项目立项立项依据充分性4是否符合相关政策符合得4分，否则酌情扣分

Under a header whose 分值 column follows the 三级 and is followed by text columns, such a line is
read in the header's order: the framework's category names (a 一级 such as 决策/过程/产出/效益,
then a 二级 such as 项目立项/资金管理/产出数量, both optional: merged cells print them on the first
row of their block only), the criterion's name up to its weight (a whole number of points, at most
100, followed by text and not by a unit), then the explanation. A 评分标准 column after the
explanation takes the scoring rule that ends the line: the condition before the points it awards
("符合得4分", "到位率×分值", "≥90%得满分"). A line that does not read so is left alone.
"""

from __future__ import annotations

import re

from auditor.domain.framework import EVALUATION_LEVEL1, EVALUATION_ONLY_NAMES
from auditor.domain.units import KNOWN_UNITS
from auditor.extract.evaluation_cells import is_total_word
from auditor.extract.roles import Role
from auditor.extract.vocabulary import category

_WEIGHT = re.compile(r"(\d{1,3}(?:\.5)?)(?=[\u4e00-\u9fff])")
_TOTAL = re.compile(r"(\D{2,4}?)(\d{1,3}(?:\.\d)?)")
_TEXT_ROLES = frozenset({Role.DESCRIPTION, Role.SCORING, Role.BASIS, Role.REMARK, Role.OTHER})
_NAME_REACH = 8  # the longest category name tried at a position
# where the points of a scoring rule are stated: awarded, deducted, or the weight times a rate
_POINTS = re.compile(r"(?:得|扣|减)(?:\d+(?:\.\d+)?分|满分)|[×*](?:该项)?分值")
_COMPARISON_BEFORE = re.compile(r"[≥≤><]\d+(?:\.\d+)?%?$")
_RATE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}率$")
_CONDITION_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}$")


def criterion_cells(cells: list[str], roles: list[Role]) -> list[str] | None:
    """The cells, one per header column, of a criterion line run together (see the module
    docstring); None when the header or the line does not read so."""
    start = _weight_column(roles)
    if start is None:
        return None
    text = "".join(cells)
    total = _total_row(text, roles, start)
    if total is not None:
        return total
    parsed = _parse(text)
    if parsed is None:
        return None
    level1, level2, name, weight, rest = parsed
    out = [""] * len(roles)
    for role, value in ((Role.LEVEL1, level1), (Role.LEVEL2, level2)):
        if value and role in roles:
            out[roles.index(role)] = value
    out[start - 1], out[start] = name, weight
    tail = _text_columns(roles, start)
    if len(tail) >= 2 and roles[tail[1]] is Role.SCORING:
        explanation, rule = split_scoring_rule(rest)
        out[tail[0]], out[tail[1]] = explanation, rule
    else:
        out[tail[0]] = rest
    return out


def _weight_column(roles: list[Role]) -> int | None:
    """The 分值 column when it directly follows the 三级 and a text column follows it."""
    if Role.WEIGHT not in roles or Role.LEVEL3 not in roles:
        return None
    j = roles.index(Role.WEIGHT)
    if j == 0 or roles[j - 1] is not Role.LEVEL3 or j + 1 >= len(roles):
        return None
    return j if roles[j + 1] in _TEXT_ROLES else None


def _text_columns(roles: list[Role], start: int) -> list[int]:
    out = []
    for j in range(start + 1, len(roles)):
        if roles[j] not in _TEXT_ROLES:
            break
        out.append(j)
    return out


def _total_row(text: str, roles: list[Role], start: int) -> list[str] | None:
    """ "合计100": the total word and the sum of the weights."""
    m = _TOTAL.fullmatch(text)
    if m is None or not is_total_word(m.group(1)):
        return None
    out = [""] * len(roles)
    out[0], out[start] = m.group(1), m.group(2)
    return out


def _parse(text: str) -> tuple[str, str, str, str, str] | None:
    m = _WEIGHT.search(text)
    if m is None or any(ch.isdigit() for ch in text[: m.start()]):
        return None
    level1, level2, pos = _categories(text[: m.start()])
    name, rest = text[pos : m.start()], text[m.end() :]
    if len(name) < 2 or len(rest) < 2 or float(m.group(1)) > 100:
        return None
    if rest.startswith(tuple(u for u in KNOWN_UNITS if u)):
        return None  # "培训人数10人次": a number and its unit, a target, not a weight
    return level1, level2, name, m.group(1), rest


def _categories(head: str) -> tuple[str, str, int]:
    """The 一级 and 二级 names that open the text before the weight (either may be missing) and
    where the criterion's name starts: the reading that covers the most text with category names
    (fewer names on a tie), the 一级 only from the framework's 一级 names, a name of two
    characters or more left."""
    readings: list[tuple[str, str]] = [("", "")]
    for first in _names_at(head, 0):
        readings.append(("", first))
        if _is_level1(first):
            readings += [(first, second) for second in _names_at(head, len(first))]
    fitting = [r for r in readings if len(head) - len(r[0]) - len(r[1]) >= 2]
    level1, level2 = max(fitting, key=lambda r: (len(r[0]) + len(r[1]), not r[0]))
    end = len(level1) + len(level2)
    if not level1 and _is_level1(level2):
        level1, level2 = level2, ""
    return level1, level2, end


def _names_at(text: str, pos: int) -> list[str]:
    out = []
    for k in range(2, _NAME_REACH + 1):
        word = text[pos : pos + k]
        if len(word) == k and (word in EVALUATION_ONLY_NAMES or category(word) is not None):
            out.append(word)
    return out


def _is_level1(word: str) -> bool:
    if word in EVALUATION_LEVEL1:
        return True
    cat = category(word)
    return cat is not None and cat.level1 is not None and cat.level2 is None


def split_scoring_rule(text: str) -> tuple[str, str]:
    """ "目标与实际是否相符合理得4分，否则酌情扣分" -> ("目标与实际是否相符", "合理得4分，否则酌情扣分"):
    the scoring rule starts at the condition before the first points it states (a comparison, a
    rate the weight is multiplied by, or a two-character predicate: a longer one, "无违规得8分",
    loses its first characters to the explanation); no rule: all explanation."""
    m = _POINTS.search(text)
    if m is None:
        return text, ""
    before = text[: m.start()]
    if "%" in before and m.group().startswith(("×", "*")):
        cut = before.rindex("%") + 1  # a formula's "×100%" ends the explanation
        if m.start() - cut > 4:
            cut = m.start() - _match_len(_RATE_BEFORE, before)
    else:
        found = _COMPARISON_BEFORE.search(before) or (
            _RATE_BEFORE.search(before) if m.group().startswith(("×", "*")) else None
        )
        found = found or _CONDITION_BEFORE.search(before)
        cut = found.start() if found else m.start()
    if cut < 2:
        return text, ""
    return text[:cut], text[cut:]


def _match_len(pattern: re.Pattern[str], text: str) -> int:
    m = pattern.search(text)
    return len(m.group()) if m else 0
