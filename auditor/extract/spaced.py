"""Cells separated by single spaces: the tokens of a line regrouped where a cell itself holds a
space ("≥ 95 %", "项 目 名 称") and where a phrase was printed a word at a time."""

from __future__ import annotations

import re

from auditor.extract.vocabulary import Kind, is_placeholder, kind_of

_CJK_CHAR = re.compile(r"^[\u4e00-\u9fff()（）]$")


def spaced_tokens(s: str) -> list[str]:
    """The cells of a text whose cells are separated by single spaces."""
    if " " not in s:
        return [s]
    tokens = s.split()
    if _letter_spaced(tokens):
        return ["".join(tokens)]
    return _join_word_runs(_regroup(tokens))


_LETTER_RUN = 4  # single characters at least
_LETTER_SHARE = 2 / 3  # of the tokens


def _letter_spaced(tokens: list[str]) -> bool:
    """Text printed a character at a time ("满 意 度 指 标服 务 对 象"): the spaces separate
    characters, not cells, and where one spaced cell meets the next (a copy out of a PDF) their
    characters are glued ("标服"); the text is cut as a line without separators."""
    single = sum(1 for t in tokens if _CJK_CHAR.match(t))
    return single >= _LETTER_RUN and single >= _LETTER_SHARE * len(tokens)


_WORD_RUN = 4  # this many short plain words in a row are a phrase split into words, not cells


def _join_word_runs(tokens: list[str]) -> list[str]:
    """'工程 验收 合格 情况 说明': a sentence printed with a space between its words stays one cell."""
    out: list[str] = []
    run: list[str] = []
    for t in [*tokens, ""]:
        if t and len(t) <= 2 and kind_of(t) in (Kind.TEXT, Kind.QUAL):
            run.append(t)
            continue
        if len(run) >= _WORD_RUN:
            out.append(" ".join(run))
        else:
            out += run
        run = []
        if t:
            out.append(t)
    return out


def _regroup(tokens: list[str]) -> list[str]:
    """Join what single spaces split inside one cell: "≥ 95 %" and "项 目 名 称"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        j = i + 1
        if _CJK_CHAR.match(t):
            while j < len(tokens) and _CJK_CHAR.match(tokens[j]):
                j += 1
            if j - i >= 2 and not all(is_placeholder(x) for x in tokens[i:j]):
                out.append("".join(tokens[i:j]))
                i = j
                continue
            j = i + 1
        k = kind_of(t)
        if k in (Kind.COMPARATOR, Kind.NUMBER) and j < len(tokens):
            # a comparator, number and unit printed with spaces between them
            parts = [t]
            while j < len(tokens) and len(parts) < 3:
                nk = kind_of(tokens[j])
                if (nk is Kind.NUMBER and kind_of(parts[-1]) is Kind.COMPARATOR) or (
                    nk is Kind.UNIT and kind_of(parts[-1]) is Kind.NUMBER
                ):
                    parts.append(tokens[j])
                    j += 1
                else:
                    break
            if len(parts) > 1:
                out.append("".join(parts))
                i = j
                continue
        out.append(t)
        i += 1
    return out
