"""The value parser reads time points, spans and time limits as what they are, and a noun
counted by 个 as the unit (invented values)."""

from __future__ import annotations

import pytest

from auditor.extract.values import parse_value


@pytest.mark.parametrize(
    ("value", "comparator", "flags"),
    [
        ("11月20日前", "≤", ["date", "deadline"]),
        ("9月9日", None, ["date"]),  # a doubled-looking day is no doubled digits
        ("4月1日至10月31日", None, ["date"]),
        ("8:30—17:30", None, ["date"]),
        ("5月中旬前", "≤", ["date", "deadline"]),
    ],
)
def test_a_time_point_or_span_is_a_date(
    value: str, comparator: str | None, flags: list[str]
) -> None:
    pv = parse_value(value)
    assert (pv.comparator, pv.number, pv.unit, pv.text) == (
        comparator,
        None,
        None,
        value,
    )
    assert [str(f) for f in pv.flags] == flags


@pytest.mark.parametrize(
    ("value", "number", "unit"),
    [
        ("20日内", 20, "天"),
        ("10个工作日内", 10, "工作日"),
        ("2个月内", 2, "月"),
        ("48小时内", 48, "小时"),
    ],
)
def test_a_time_limit_is_a_deadline_with_its_duration(value: str, number: float, unit: str) -> None:
    pv = parse_value(value)
    assert (pv.comparator, pv.number, pv.unit) == ("≤", number, unit)
    assert [str(f) for f in pv.flags] == ["deadline"]


def test_a_month_alone_keeps_its_number_reading() -> None:
    pv = parse_value("9月底前")
    assert (pv.comparator, pv.number, pv.unit, [str(f) for f in pv.flags]) == (
        "≤",
        9,
        "月",
        ["deadline"],
    )


def test_the_noun_a_classifier_counts_is_the_unit() -> None:
    points = parse_value("≥2个百分点")
    assert (points.comparator, points.number, points.unit, points.flags) == (
        "≥",
        2,
        "百分点",
        [],
    )
    grade = parse_value("1个等级")
    assert (grade.number, grade.unit, grade.raw_unit) == (1, "等级", "个等级")
    assert [str(f) for f in grade.flags] == ["unknown_unit"]
    assert parse_value("12个").unit == "个"
