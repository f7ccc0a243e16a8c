"""Text helpers shared by several rule modules (goal items, normalised text, grouping).

Rule modules import helpers from here, never from each other: each rule module holds its rules
and the helpers only they use.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from auditor.domain.framework import (
    COST,
    COST2,
    ECO_COST,
    ECON_COST,
    SOCIAL_COST,
    canonical_level1,
    canonical_level2,
)
from auditor.extract.normalize import letters, squeeze
from auditor.models import Document, IndicatorRow, Table

_TAGS = re.compile(r"<[^>]{1,20}>")
# A value cell that states nothing (folded): what an unfilled template slot holds
NONE_VALUES = frozenset({"", "无", "/", "-", "—", "——", "\\"})
# Item numbering: "1." "2、" "（3）" "①" "一、" at the start or after whitespace/sentence end.
_ITEM_SPLIT = re.compile(
    r"(?:^|(?<=[\s。；;：:！!]))\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十][、.．])"
)


def project_tables(doc: Document) -> list[Table]:
    return [t for t in doc.tables if t.kind == "project"]


def distinct_projects(doc: Document) -> list[Table]:
    """Project tables, one per project: a later table with the same project name and budget is
    the same project printed again (a draft and its approved version, a repeated page), not a
    second project copied from the first."""
    seen: set[tuple[str, float | None]] = set()
    out = []
    for t in project_tables(doc):
        key = (norm_text(t.project), t.budget_wan)
        if key[0] and key in seen:
            continue
        seen.add(key)
        out.append(t)
    return out


def _width(line: str) -> float:
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in line)


def _same_width(lines: list[str]) -> bool:
    """Lines cut at one width, counted in characters or in printed width (Latin and digits
    half a character)."""
    for measure in (len, _width):
        sizes = [measure(ln) for ln in lines]
        if min(sizes) >= 8 and max(sizes) - min(sizes) <= 1:
            return True
    return False


def unwrap_lines(text: str) -> str:
    """Join a paragraph a converter or a PDF text copy wrapped at a fixed width: at least two
    lines before the last, all of the same width (the last no longer), or a break that cuts a
    number in two ("人均增收1" / "000元"). Lines of unequal width are the author's own (one item
    per line) and stay apart."""
    lines = [ln.strip() for ln in re.split(r"[\n\r]+", text) if ln.strip()]
    if len(lines) < 2 or any(_ITEM_SPLIT.match(ln) for ln in lines[1:]):
        return text  # numbered items, one per line
    cut_number = any(a[-1].isdigit() and b[0].isdigit() for a, b in pairwise(lines))
    wrapped = (
        len(lines) >= 3
        and _same_width(lines[:-1])
        and len(lines[-1]) <= max(len(ln) for ln in lines[:-1]) + 1
    )
    return "".join(lines) if cut_number or wrapped else text


def goal_items(goal: str | None) -> list[str]:
    """Split a goal text into its items ("1. X 2. Y" / lines), raw text without numbering."""
    if not goal:
        return []
    text = unwrap_lines(_TAGS.sub(" ", goal))
    parts: list[str] = []
    for line in re.split(r"[\n\r]+", text):
        for p in _ITEM_SPLIT.split(line):
            p = p.strip(" \t\u3000;；。，,")
            if p:
                parts.append(p)
    return parts


@lru_cache(maxsize=65536)
def norm_text(text: str | None) -> str:
    """Comparable core of a text: folded, no whitespace/punctuation, lower-case Latin."""
    return letters(text).lower()


class _SuffixAutomaton:
    """Suffix automaton of one string: linear build, linear longest-common-substring walk."""

    __slots__ = ("length", "link", "next")

    def __init__(self, text: str) -> None:
        self.next: list[dict[str, int]] = [{}]
        self.link: list[int] = [-1]
        self.length: list[int] = [0]
        last = 0
        for ch in text:
            last = self._extend(last, ch)

    def _extend(self, last: int, ch: str) -> int:
        nxt, link, length = self.next, self.link, self.length
        cur = len(nxt)
        nxt.append({})
        length.append(length[last] + 1)
        link.append(0)
        p = last
        while p != -1 and ch not in nxt[p]:
            nxt[p][ch] = cur
            p = link[p]
        if p != -1:
            q = nxt[p][ch]
            if length[p] + 1 == length[q]:
                link[cur] = q
            else:
                clone = len(nxt)
                nxt.append(dict(nxt[q]))
                length.append(length[p] + 1)
                link.append(link[q])
                while p != -1 and nxt[p].get(ch) == q:
                    nxt[p][ch] = clone
                    p = link[p]
                link[q] = link[cur] = clone
        return cur

    def longest_common(self, other: str) -> tuple[int, int]:
        """(end index in `other`, length) of the leftmost longest substring shared with `other`."""
        nxt, link, length = self.next, self.link, self.length
        state, size, best, best_end = 0, 0, 0, 0
        for i, ch in enumerate(other):
            while state and ch not in nxt[state]:
                state = link[state]
                size = length[state]
            if ch in nxt[state]:
                state = nxt[state][ch]
                size += 1
            if size > best:
                best, best_end = size, i + 1
        return best_end, best


@lru_cache(maxsize=65536)
def longest_common(a: str, b: str) -> str:
    """Longest common substring of a and b (the first such run of the shorter string).

    A suffix automaton of the longer string and one walk of the shorter one: linear in the total
    length (a scan of every substring grows with the cube of it)."""
    if not a or not b:
        return ""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    end, size = _SuffixAutomaton(long_).longest_common(short)
    return short[end - size : end]


def collapsed_goal(goal: str | None) -> str:
    """Normalised goal with repeated items removed (so "X X" compares equal to "X")."""
    seen: list[str] = []
    for it in goal_items(goal):
        n = norm_text(it)
        if n and n not in seen:
            seen.append(n)
    return "|".join(seen)


class UnionFind:
    """Disjoint sets over table (or row) indexes; groups() lists the sets of two or more."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return [sorted(v) for v in out.values() if len(v) > 1]


def short(text: str | None, n: int = 40) -> str:
    """The text squeezed and cut to n characters (with an ellipsis) for messages."""
    text = squeeze(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def tables_label(indexes: Iterable[int]) -> str:
    return "、".join(f"表{i}" for i in sorted(indexes))


def indicator_name(row: IndicatorRow) -> str:
    return squeeze(row.level3)


def indicator_value(row: IndicatorRow) -> str:
    return squeeze(row.value)


def row_evidence(row: IndicatorRow, reason: str) -> str:
    """A row finding's evidence: "<三级> <指标值>：<reason>"."""
    return f"{indicator_name(row)} {indicator_value(row)}：{reason}"


_COST_LEVEL2 = {COST2, ECON_COST, SOCIAL_COST, ECO_COST}


def is_cost_row(row: IndicatorRow) -> bool:
    """A 成本 row: a cost 二级, or the 成本指标 一级 without a 二级."""
    return canonical_level2(row.level2) in _COST_LEVEL2 or (
        canonical_level1(row.level1) == COST and canonical_level2(row.level2) is None
    )
