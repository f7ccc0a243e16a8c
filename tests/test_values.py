"""The 指标值 parser: documented examples, real values of the samples in context, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.extract.values import confirm_doubled_digits, parse_value
from auditor.goldsets import gold_documents

CASES = [
    # raw, comparator, number, unit, text, flags that must be present
    ("≥95%", "≥", 95, "%", None, []),
    ("≥95％", "≥", 95, "%", None, []),
    ("≤100 百分 比", "≤", 100, "%", None, ["nonstandard_unit"]),
    ("100比率", None, 100, "%", None, ["nonstandard_unit"]),
    (">=98％", "≥", 98, "%", None, ["nonstandard_comparator"]),
    ("≧95%", "≥", 95, "%", None, ["nonstandard_comparator"]),
    ("≦31万元", "≤", 31, "万元", None, ["nonstandard_comparator"]),
    ("<=45万元", "≤", 45, "万元", None, ["nonstandard_comparator"]),
    ("不低于90%", "≥", 90, "%", None, []),
    ("不超过10万元", "≤", 10, "万元", None, []),
    ("95%以上", "≥", 95, "%", None, []),
    ("≤2≥2 万元", "≤", 2, "万元", None, ["garbled", "multiple_comparators"]),
    (
        "元按照规定标准控制",
        None,
        None,
        "元",
        "按照规定标准控制",
        ["garbled", "unit_without_number"],
    ),
    ("≥95", "≥", 95, None, None, ["missing_unit"]),
    ("12月底前", "≤", 12, "月", "12月底前", ["deadline"]),
    ("≤0.06万元/㎡", "≤", 0.06, "万元/平方米", None, []),
    ("25 万元/年", None, 25, "万元/年", None, []),
    ("700元/月", None, 700, "元/月", None, []),
    ("3877.89㎡", None, 3877.89, "平方米", None, []),
    ("17\u3000个", None, 17, "个", None, []),
    ("≤1 运行正常", "≤", 1, None, "运行正常", ["garbled", "number_with_text"]),
    ("4-6月份", "range", 4, "月", None, ["range"]),
    ("2021年5月底", "≤", None, None, "2021年5月底", ["date"]),
    ("健全", None, None, None, "健全", ["qualitative"]),
    ("按工作计划及时完成", None, None, None, "按工作计划及时完成", ["qualitative"]),
    ("12个月", None, 12, "月", None, []),
    ("≥0.8万本", "≥", 0.8, "万本", None, []),
    ("完成三项", None, None, None, "完成三项", ["qualitative"]),
    ("三项", None, 3, "项", None, []),
    ("", None, None, None, None, ["empty"]),
]


@pytest.mark.parametrize("raw,comparator,number,unit,text,flags", CASES)
def test_examples(raw, comparator, number, unit, text, flags):
    pv = parse_value(raw)
    assert pv.comparator == comparator
    assert pv.number == (None if number is None else pytest.approx(number))
    assert pv.unit == unit
    assert pv.text == text
    for f in flags:
        assert f in pv.flags


def test_doubled_digits_need_a_document_pattern():
    alone = [parse_value("≤1010 份")]
    assert confirm_doubled_digits(alone) == 0
    assert alone[0].number == 1010 and "garbled" not in alone[0].flags
    doc = [parse_value(v) for v in ("≤100100%", "≥8080%", "≤1010 万元", "≤33 次", "≥95%")]
    assert confirm_doubled_digits(doc) == 4
    assert [v.number for v in doc] == [100, 80, 10, 3, 95]
    assert all("garbled" in v.flags for v in doc[:4]) and "garbled" not in doc[4].flags


def _gold_value(doc: str, table: int, row: int):
    d = next(d for d in gold_documents() if d.source.startswith(doc))
    r = next(r for t, r in d.rows() if (t.index, r.index) == (table, row))
    return r.parsed


# real gold rows (doc prefix, table, row) and what the parser must say about their value
GOLD_VALUE_CASES = [
    (("003", 1, 1), "≤33 次", {"garbled"}, set()),  # doubled digits, in a document full of them
    (("003", 17, 4), "≤14.814.8 万元", {"garbled"}, set()),
    (("003", 16, 4), "≤2≥2 万元", {"garbled", "multiple_comparators"}, set()),
    (("001", 2, 4), "元按照规定标准控制", {"garbled"}, set()),
    (("001", 10, 2), "≥95", {"missing_unit"}, {"garbled"}),
    (("003", 1, 4), "≤22", {"garbled", "missing_unit"}, set()),
]


@pytest.mark.parametrize(("where", "raw", "present", "absent"), GOLD_VALUE_CASES)
def test_gold_values_in_context(where, raw, present, absent):
    pv = _gold_value(*where)
    assert pv.raw == raw
    assert present <= set(pv.flags), pv.flags
    assert not (absent & set(pv.flags)), pv.flags


def test_every_gold_value_keeps_its_text_and_its_number():
    """Invariants over every value of the samples (not a comparison with the labels): the raw text
    is kept and a parsed number, unless the value is garbled, is written in the text."""
    for doc in gold_documents():
        for _, r in doc.rows():
            pv = r.parsed
            assert pv.raw == r.value
            if pv.number is not None and "garbled" not in pv.flags:
                digits = str(pv.number).rstrip("0").rstrip(".").split(".")[0]
                assert digits in r.value.replace(",", ""), (r.value, pv)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_random_strings_never_raise(s):
    pv = parse_value(s)
    assert pv.raw == s
    assert isinstance(pv.flags, list)


@settings(max_examples=300, deadline=None)
@given(
    comp=st.sampled_from(["≥", "≤", ">", "<", "=", ""]),
    number=st.decimals(
        min_value=0, max_value=100000, places=2, allow_nan=False, allow_infinity=False
    ),
    unit=st.sampled_from(
        ["%", "人", "人次", "万元", "元", "个", "项", "天", "小时", "平方米", "元/人", "家"]
    ),
    space=st.sampled_from(["", " ", "\u3000"]),
)
def test_well_formed_values_round_trip(comp, number, unit, space):
    raw = f"{comp}{number}{space}{unit}"
    pv = parse_value(raw)
    assert pv.comparator == (comp or None)
    assert pv.number == pytest.approx(float(number))
    assert pv.unit == unit
    assert "garbled" not in pv.flags and "missing_unit" not in pv.flags
