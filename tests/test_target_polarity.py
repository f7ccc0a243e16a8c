"""U305 on work done against a bad thing, on losses and disasters, on funds guaranteed per
recipient; U307 on a nonstandard comparator printed in its own column (invented rows)."""

from __future__ import annotations

import pytest

from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.context import RuleContext
from auditor.rules.targets import ComparatorPolarity, NonstandardNotation


def _codes(rule, level2: str, level3: str, value: str, parts: dict[str, str] | None = None):
    row = IndicatorRow(
        index=1,
        level1="产出指标",
        level2=level2,
        level3=level3,
        value=value,
        parsed=parse_value(value),
        value_parts=parts or {},
    )
    table = Table(index=1, kind="project", project="示例项目", rows=[row])
    doc = Document(source="x.txt", tables=[table])
    return list(rule().check_row(row, table, doc, RuleContext(config=AuditConfig())))


@pytest.mark.parametrize(
    ("level2", "level3", "value"),
    [
        ("数量指标", "拆除危旧棚户面积", "≥3000平方米"),  # work against a bad thing: more is better
        ("数量指标", "地质灾害应急演练次数", "≥4次"),
        ("数量指标", "逾期账款催收户数", "≥30户"),
        ("时效指标", "山洪灾害预警提前量", "≥20分钟"),
        ("质量指标", "专项经费足额拨付率", "100%"),  # the money word says what is paid out
        ("成本指标", "每村年活动经费", "≥2万元"),  # a floor guaranteed to each village
        ("质量指标", "粮库储存损耗率", "≤0.3%"),  # a loss: a ceiling is right
    ],
)
def test_targets_that_point_the_right_way(level2: str, level3: str, value: str) -> None:
    assert _codes(ComparatorPolarity, level2, level3, value) == []


@pytest.mark.parametrize(("level3", "value"), [("病虫害成灾率", "≥2%"), ("农资价格涨幅", "≥3%")])
def test_a_floor_on_a_loss_or_a_rise_of_prices_is_reversed(level3: str, value: str) -> None:
    assert _codes(ComparatorPolarity, "质量指标", level3, value)


def test_a_nonstandard_comparator_in_its_own_column_is_reported() -> None:
    parts = {"符号": "≧", "指标值": "90", "计量单位": "%"}
    (found,) = _codes(NonstandardNotation, "质量指标", "设备完好率", "≥90%", parts)
    assert "≧" in found.message
    assert _codes(NonstandardNotation, "质量指标", "设备完好率", "≥90%", {"符号": "≥"}) == []
