"""The search for a target value at the end of a run-together segment looks at its tail only
(tokenize._ends_with_value): it must find what a scan of every start finds."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from auditor.extract import tokenize

PIECES = [
    "≥", "≤", "不低于", "大于或等于", "12", "95", "3.5", "1,200", "9" * 90, "%", "公里", "万元",
    "元/人/次", "人次", "以上", "2023年", "12月", "底前", "明显改善", "及时", "合格", "指标值",
    "产出指标", "资金拨付及时率", "项目名称", "、", "（", "x",
]  # fmt: skip


def _naive(seg: str) -> int | None:
    for start in range(len(seg)):
        if tokenize._VALUE_END.fullmatch(seg, start):
            return start
    m = tokenize._QUAL_END.search(seg)
    return m.start() if m and m.start() >= 2 else None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(0, 30), st.integers(0, 30))
def test_tail_search_finds_what_a_full_scan_finds(pieces, before, after):
    seg = "".join(pieces)
    assume(_longest_digit_run(seg) <= tokenize._NUMBER_REACH)  # see the test below
    line = "前" * before + seg + "后" * after
    assert tokenize._ends_with_value(line, before, before + len(seg)) == _naive(seg)


def _longest_digit_run(text: str) -> int:
    return max((len(m) for m in re.findall(r"[\d.,]+", text)), default=0)


def test_a_run_of_more_digits_than_any_number_is_no_target() -> None:
    digits = "7" * (tokenize._NUMBER_REACH + 100)
    assert tokenize._ends_with_value(f"资金拨付及时率{digits}") is None
    assert tokenize._ends_with_value(f"资金拨付及时率≥{digits}%") is None
    assert tokenize._ends_with_value(f"资金拨付及时率≥{'7' * 300}%") == 7  # 300 digits: a number
