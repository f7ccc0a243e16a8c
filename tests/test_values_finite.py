"""Numbers stay finite (issue 12): an absurd digit run is a flagged value, never `inf`, and every
document serialises to valid JSON."""

from __future__ import annotations

import json

import pytest

from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table, ValueFlag


def _strict_json(text: str) -> object:
    def refuse(token: str) -> object:
        raise ValueError(f"non-standard JSON constant {token}")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize(
    "raw",
    ["9" * 309 + "%", "≥" + "1" * 400 + "万元", "1" * 20 + ".5个", "≤" + "8" * 1000],
)
def test_absurd_numbers_are_flagged_not_infinite(raw):
    pv = parse_value(raw)
    assert pv.number is None
    assert ValueFlag.ABSURD_NUMBER in pv.flags and "garbled" in pv.flags
    assert all(abs(n) < 1e16 for n in pv.numbers)


def test_digits_inside_text_never_overflow():
    pv = parse_value("按计划完成" + "7" * 400 + "次检查")
    assert all(abs(n) < 1e16 for n in pv.numbers)


def test_document_json_is_always_valid_json():
    row = IndicatorRow(index=1, level3="培训人次", value="9" * 400, weight=float("inf"))
    row.parsed = parse_value(row.value)
    doc = Document(source="x.txt", tables=[Table(index=1, kind="project", project="p", rows=[row])])
    doc.tables[0].budget_wan = float("nan")
    data = _strict_json(doc.model_dump_json())
    assert isinstance(data, dict)
    dumped = json.dumps(doc.model_dump(mode="json"), allow_nan=False)
    assert _strict_json(dumped)


def test_tolerance_and_box_drawing_comparators():
    pv = parse_value("±3%以内")
    assert (pv.comparator, pv.number, pv.unit) == ("±", 3.0, "%")
    assert ValueFlag.TOLERANCE in pv.flags
    pv = parse_value("═100%")
    assert (pv.comparator, pv.number) == ("=", 100.0)


def test_an_approximate_figure_is_a_number_without_a_direction():
    """ "≈" or 约 before the number: an estimate, read with its number and unit, no comparator."""
    for raw, number, unit in (
        ("≈35台", 35.0, "台"),
        ("约2.5万元", 2.5, "万元"),
        ("≈60%", 60.0, "%"),
    ):
        pv = parse_value(raw)
        assert (pv.comparator, pv.number, pv.unit) == (None, number, unit)
        assert pv.flags == [ValueFlag.APPROXIMATE]
    assert ValueFlag.APPROXIMATE not in parse_value("约束性").flags  # a word, not an estimate
