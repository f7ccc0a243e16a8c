"""Targets read the way reviewers read them (invented rows): a floor of zero on an indicator
that is not positive (U305), a per-object standard whose name says 每X (no U301), a price per one
object written after the slash, any object (not garbled, no U303)."""

from __future__ import annotations

import pytest

import auditor.rules.targets  # registers U305
import auditor.rules.units  # noqa: F401  (registers U301, U303)
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import REGISTRY
from auditor.rules.context import RuleContext


def _codes(level2: str, level3: str, value: str, codes: tuple[str, ...]) -> set[str]:
    row = IndicatorRow(
        index=1, level1="产出指标", level2=level2, level3=level3, value=value,
        parsed=parse_value(value),
    )  # fmt: skip
    table = Table(index=1, kind="project", project="某项目", rows=[row], budget_wan=300.0)
    doc = Document(source="synthetic", tables=[table])
    ctx = RuleContext()
    return {c for c in codes if list(REGISTRY[c]().check_row(row, table, doc, ctx))}


@pytest.mark.parametrize(
    "level3,value",
    [("新增失学儿童数", "≥0人"), ("因灾返贫户数", "大于等于0户"), ("重大安全生产事故", "≥0起")],
)
def test_a_floor_of_zero_is_no_target(level3, value):
    assert _codes("社会效益指标", level3, value, ("U305",)) == {"U305"}


def test_a_ceiling_of_zero_and_a_positive_floor_are_targets():
    assert _codes("社会效益指标", "新增失学儿童数", "=0人", ("U305",)) == set()
    assert _codes("数量指标", "培训农民人数", "≥200人", ("U305",)) == set()


@pytest.mark.parametrize(
    "level3,value",
    [
        ("每馆年度运行经费标准", "8万元"),
        ("每站补助标准", "≥5万元/站"),
        ("视频点位运维费用", "≤1200元/路"),
    ],
)
def test_per_object_standards_read_whole(level3, value):
    assert _codes("成本指标", level3, value, ("U301", "U303")) == set()


def test_a_standard_per_period_only_still_lacks_its_denominator():
    assert _codes("成本指标", "每年生活补助标准", "960元", ("U301",)) == {"U301"}


@pytest.mark.parametrize("value,unit", [("≥5万元/站", "万元/站"), ("≤300元/路·年", "元/路·年")])
def test_money_per_any_one_object_is_a_unit(value, unit):
    pv = parse_value(value)
    assert pv.unit == unit and "garbled" not in pv.flags


def test_a_longer_text_after_the_slash_stays_unread():
    assert "garbled" in parse_value("≤5万元/站点以内呢").flags
