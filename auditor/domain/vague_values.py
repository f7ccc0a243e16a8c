"""The grammar of an ungraded qualitative target (V401), beyond the word lists of `vocab`.

A target is vague when it names a direction, a manner or a degree with no scale
(docs/domain-rules.md §3.2): an adverb of manner on any verb of the work ("有效化解",
"持续推进", "按时发放"), a gradable adjective with no scale ("浓厚", "更加便捷"), a bare verb of
intent with no object ("确保", "守住"), a vague verb with its object ("改善群众生活条件"), or a
sentence ending in one of these ("困难群众合法权益得到维护"). A bound on the change itself
("不增加", "不下降", "零增长") is checkable against the baseline year and is not vague.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Adverbs of manner or of time that say how the work goes, never how much it achieves.
_MANNER = "有效|长效|长期|切实|充分|稳定|持续|稳步|适时|及时|按时|按期|正常|不断|逐步|进一步|更加|得到|得以"
# An adverb (or a chain of them) on a verb or adjective of two or three characters:
# "有效支撑", "持续推进", "长期可持续", "持续稳定运行", "得到有效维护".
# "有效期内" is a period, not a manner.
_MANNER_ON_VERB = re.compile(rf"^(?:{_MANNER})+(?!期)[\u4e00-\u9fff]{{2,3}}(作用)?$")
# Bare words of timing, intent or degree: a target that names no object and no scale.
_BARE = re.compile(
    r"^(按时|按期|适时|确保|守住|可持续|浓厚|丰富|便利|便捷|畅通|平稳|安全平稳|安全稳定)$"
)
# Gradable adjectives of a state with no scale ("干净整洁", "便捷高效", "规范有序"): one to
# three of them make the whole value. A defined grade (合格, 优良, Ⅲ类) is not one of them.
_GRADABLE = (
    "干净|整洁|清爽|洁净|美观|优美|舒适|便捷|便利|高效|快捷|有序|规范|畅通|通畅|平稳|和谐|健康"
)
_GRADABLE_STATE = re.compile(rf"^(?:保持|更加|持续)?(?:{_GRADABLE}){{1,3}}$")
# A level named only relative to nothing ("控制在较低水平", "保持较高水平"); a named level
# (低流行水平, 国家二级水平) is a grade.
_RELATIVE_LEVEL = re.compile(r"^(?:控制在|保持在?|维持在?|处于)?(?:较低|较高|合理|较好|适当)水平$")
# A manner of running with no measure ("持续健康运行", "平稳有序运转").
_RUNNING_MANNER = re.compile(
    rf"^(?:{_MANNER})*(?:(?:{_GRADABLE}|安全|稳定|正常){{1,2}})(?:运行|运转|发展)$"
)
# A direction with no amount: "较上年只减不增", "稳中有升".
_DIRECTION = re.compile(r"^(较上年|逐年)?(只减不增|只增不减|稳中有升|稳中有降|稳中向好)$")
# A vague verb with its object: "改善群众生产生活条件", "提升特困人员生活质量".
_VERB_OBJECT = re.compile(r"^(改善|提升|提高|促进|方便|丰富|增强|推动|助力)[\u4e00-\u9fff]{2,14}$")
# A bound on the change itself: "不增加", "不明显增加", "零增长".
ZERO_CHANGE = re.compile(
    r"^(不|未|无|零)(明显)?(增加|增长|减少|下降|降低|扩大|反弹|恶化|流失|新增)$"
)
# Where the predicate of a sentence value starts: "…合法权益|得到维护", "…能力|进一步增强".
_PREDICATE_START = re.compile(r"得到|得以|进一步|更加|有效|明显|显著|持续|长期|不断|逐步|稳步|切实")


def is_vague_phrase(text: str) -> bool:
    """A short value (no digits) that is an ungraded manner, degree, direction or intent."""
    if ZERO_CHANGE.match(text):
        return False
    return bool(
        _MANNER_ON_VERB.match(text)
        or _BARE.match(text)
        or _DIRECTION.match(text)
        or _VERB_OBJECT.match(text)
        or _GRADABLE_STATE.match(text)
        or _RELATIVE_LEVEL.match(text)
        or _RUNNING_MANNER.match(text)
    )


def vague_predicate(text: str, is_vague: Callable[[str], bool]) -> str | None:
    """The vague predicate ending a sentence value ("…得到维护" -> "得到维护"), else None.

    `is_vague` is the short-value test (callable on a string) applied to each candidate tail
    that starts at a predicate adverb and leaves a subject of at least two characters."""
    if re.search(r"\d", text):
        return None
    # only a tail of at most 8 characters can be one (searching the whole text and slicing the
    # rest at every match was quadratic on a long cell)
    for m in _PREDICATE_START.finditer(text, max(2, len(text) - 8)):
        tail = text[m.start() :]
        if is_vague(tail):
            return tail
    return None
