"""Text normalisation helpers shared by the extractor, the rules and the duplicate index.

The helpers are memoised: rules call them on the same few thousand strings many times.
One place for: whitespace squeezing (PDF line-wrap spaces, U+3000), NFKC folding, and the
"skeleton" form used to compare indicator texts (numbers masked, punctuation dropped).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
# page numbers a PDF or Word export leaves between the rows of a table
_PAGE_FURNITURE = re.compile(
    r"^([-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页([，,]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|续表|（续）|\(续\))$"
)
_NOTE = re.compile(r"^(注|说明|备注|填报说明|填表说明)[:：]")


# a disclosure's running heading at the top of a page: the publisher, a year and the document
# ("某县某局2025年部门预算", "某县2024年度预算公开")
_RUNNING_HEADING = re.compile(r"^\S{2,40}?\d{4}年度?(?:部门|单位|政府)?(?:预算|决算)(?:公开)?$")


def is_running_heading(text: str) -> bool:
    return bool(_RUNNING_HEADING.match(squeeze(text)))


def is_page_furniture(text: str) -> bool:
    """A page number or a continuation mark ("- 7 -", "第 8 页", "续表") on a line of its own."""
    return bool(_PAGE_FURNITURE.match(text.strip()))


# a note saying that the table goes on elsewhere or was cut from a longer text:
# "（下页续）", "（未完）", "（本表摘自某县预算公开文件）", "（节选）", or the rest left out
# ("（以下内容略）", "（后略）", "（其余省略）")
_CUT_WORDS = r"(下页续|续下页|接下页|未完|待续|摘自|节选|摘录|以下.{0,4}略|后略|省略)"
_CUT_NOTE = re.compile(
    rf"^[（(【\[][^）)】\]]*{_CUT_WORDS}[^（(【\[]*[)）】\]]$|^(下页续|续下页|接下页|未完待续|待续)$"
)


def is_cut_note(text: str) -> bool:
    """A short note saying that the table above is cut: continued on the next page, or an
    excerpt of a longer document."""
    t = squeeze(text)
    return len(t) <= 40 and bool(_CUT_NOTE.match(t))


def is_note(text: str) -> bool:
    """A note under a table ("注：…", "填表说明：…")."""
    return bool(_NOTE.match(squeeze(text)))


_PUNCT = re.compile(r"[\s\u3000\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def clean_cell(text: str | None) -> str:
    """Trim a cell: strip outer whitespace (incl. full-width space), keep inner text."""
    if text is None:
        return ""
    return text.strip(" \t\r\n\u3000\u00a0\ufeff\u200b")


@lru_cache(maxsize=65536)
def squeeze(text: str | None) -> str:
    """Remove all whitespace (PDF line-wrap spaces such as '满意度指 标')."""
    if not text:
        return ""
    return _WS.sub("", text)


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """NFKC-fold and squeeze: full-width letters/digits/punctuation to ASCII, no spaces."""
    if not text:
        return ""
    return squeeze(unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=65536)
def letters(text: str | None) -> str:
    """Fold and drop punctuation: the comparable core of a name."""
    return _PUNCT.sub("", fold(text))


@lru_cache(maxsize=65536)
def skeleton(text: str | None) -> str:
    """Template skeleton: folded text with numbers replaced by '#', punctuation dropped."""
    return _DIGITS.sub("#", letters(text))


_UNIT_PAREN = re.compile(r"[（(][^）)]{0,6}[)）]$")
_GLUED_UNIT = re.compile(r"^(元|万元|%)(?=[^\d])")


@lru_cache(maxsize=65536)
def indicator_key(level3: str | None, value: str | None) -> tuple[str, str]:
    """The identity of an indicator (normalised 三级, normalised 指标值), shared by the templating
    rules (T101/T102), the reports' "most repeated" lists and the batch store.

    A unit note in brackets at the end of the name ("群众满意度（%）") and a unit glued in front of
    a qualitative value ("元按照规定标准控制") do not make a different indicator."""
    name = letters(_UNIT_PAREN.sub("", fold(level3))).lower()
    val = _GLUED_UNIT.sub("", letters(value).lower())
    return name, val


def indicator_key_text(level3: str | None, value: str | None) -> str:
    """`indicator_key` as one string ("三级|指标值"), as stored in the batch store's rows.norm_key."""
    name, val = indicator_key(level3, value)
    return f"{name}|{val}"
