"""U303 leaves time expressions (read by the parser) and more classifiers; U304 takes a unit printed after the name;
U301 leaves a deadline that also states the share; C205 accepts a survey method as the
description of a satisfaction row (invented rows)."""

from __future__ import annotations

import pytest

from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import REGISTRY
from auditor.rules.context import RuleContext
from auditor.rules.value_reading import readable_despite_flags


def _fires(code: str, level2: str, level3: str, value: str, description: str | None = None):
    row = IndicatorRow(
        index=1,
        level1="产出指标",
        level2=level2,
        level3=level3,
        value=value,
        description=description,
        parsed=parse_value(value),
    )
    table = Table(index=1, kind="project", project="示例项目", rows=[row])
    doc = Document(source="x.txt", tables=[table])
    return list(REGISTRY[code]().check_row(row, table, doc, RuleContext(config=AuditConfig())))


@pytest.mark.parametrize(
    "value", ["11月20日前", "4月1日至9月30日", "6:30—21:30", "15个工作日内", "≥80万画幅"]
)
def test_time_expressions_and_classifiers_are_readable(value: str) -> None:
    assert "garbled" not in parse_value(value).flags or readable_despite_flags(value)
    assert not _fires("U303", "时效指标", "巡查时段", value)


def test_garbling_is_still_garbling() -> None:
    assert _fires("U303", "数量指标", "培训人数", "≥2≥300人")


def test_a_unit_printed_after_the_name() -> None:
    assert not _fires("U304", "数量指标", "改造农田面积（万亩）", "1.8")
    assert _fires("U304", "数量指标", "改造农田面积", "1.8")


def test_a_deadline_that_states_the_share() -> None:
    assert not _fires("U301", "时效指标", "项目开工率", "2025年9月底前100%")
    assert _fires("U301", "时效指标", "项目开工率", "2025年9月底前")


def test_a_satisfaction_row_described_by_its_survey_method() -> None:
    assert not _fires("C205", "服务对象满意度指标", "培训学员满意度", "≥90%", "结业后电话回访")
    assert _fires("C205", "服务对象满意度指标", "培训学员满意度", "≥90%", "培训课时完成情况")
