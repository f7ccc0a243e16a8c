"""V401's grammar of an ungraded target and V402's claims that fit any project (invented values)."""

from __future__ import annotations

import pytest

from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.context import RuleContext
from auditor.rules.vague import (
    BoilerplateValue,
    UngradedQualitativeValue,
    is_boilerplate_value,
    is_vague_value,
)


@pytest.mark.parametrize(
    "value",
    [
        "有效遏制",  # an adverb of manner on a verb of the work
        "按期推进",
        "持续稳定供水",  # a chain of adverbs
        "更加顺畅",  # a gradable adjective with no scale
        "浓厚",
        "稳中有降",  # a direction with no amount
        "较上年只减不增",
        "改善乡村人居环境",  # a vague verb with its object
        "群众就医负担得到有效减轻",  # a sentence ending in a vague predicate
        "农户种粮积极性进一步提高",
    ],
)
def test_ungraded_targets_are_vague(value: str) -> None:
    assert is_vague_value(value)


@pytest.mark.parametrize(
    "value",
    [
        "不反弹",  # a bound on the change itself, checkable against the baseline year
        "无明显增加",
        "零新增",
        "有效期内",  # a period, not a manner
        "真实",  # a yes/no conformity, not a degree
        "合格",
        "按规定时间缴纳",
        "群众就医负担下降3个百分点",  # the sentence states an amount
    ],
)
def test_checkable_targets_are_not_vague(value: str) -> None:
    assert not is_vague_value(value)


@pytest.mark.parametrize(
    "value",
    [
        "达到预期效果",
        "道路通行条件得到改善达到预期目标",
        "长期发挥积极作用",
        "取得实效",
        "依法依规",
    ],
)
def test_claims_that_fit_any_project_are_boilerplate(value: str) -> None:
    assert is_boilerplate_value(value)


def test_a_boilerplate_claim_is_reported_once_as_v402() -> None:
    row = IndicatorRow(
        index=1,
        level1="效益指标",
        level2="可持续影响指标",
        level3="巡查制度",
        value="持续发挥作用",
        parsed=parse_value("持续发挥作用"),
    )
    table = Table(index=1, kind="project", project="示例项目", rows=[row])
    doc = Document(source="x.txt", tables=[table])
    ctx = RuleContext(config=AuditConfig())
    assert list(BoilerplateValue().check_row(row, table, doc, ctx))
    assert not list(UngradedQualitativeValue().check_row(row, table, doc, ctx))
