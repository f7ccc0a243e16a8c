"""U303 reads ordinary notations the strict value parser flags (rules/value_reading.py)."""

from __future__ import annotations

import pytest

import auditor.rules.units  # noqa: F401  (registers U303)
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import REGISTRY
from auditor.rules.context import RuleContext
from auditor.rules.value_reading import readable_despite_flags

READABLE = [
    "参训农民≥300人",  # name and target in one cell (no 三级 column)
    "每月≥2次",
    "每户补助≤3000元/户",
    "≥3.6万剂次",  # magnitude before a unit-like word
    "≥15台（套）",  # alternative unit in brackets
    "≥6台设备",  # number + classifier + noun
    "20年一遇",  # return period of a flood standard
    "≤15/10万",  # incidence per population base
]
GARBLED = ["≤2≥2万元", "≥1 运行正常", "95％%", "元按照规定标准控制", "≥5人≥6人"]


@pytest.mark.parametrize("value", READABLE)
def test_ordinary_notation_is_readable(value):
    assert "garbled" in parse_value(value).flags  # the parser is strict …
    assert readable_despite_flags(value)  # … the rule reads it
    assert _u303(value) == []


@pytest.mark.parametrize("value", GARBLED)
def test_garbled_values_still_fire(value):
    assert not readable_despite_flags(value)
    assert len(_u303(value)) == 1


def _u303(value: str) -> list[object]:
    row = IndicatorRow(index=1, level1="产出指标", level2="数量指标", level3="", value=value)
    row.parsed = parse_value(value)
    table = Table(index=1, kind="project", project="某项目", rows=[row])
    doc = Document(source="synthetic", tables=[table])
    return list(REGISTRY["U303"]().check_row(row, table, doc, RuleContext()))
