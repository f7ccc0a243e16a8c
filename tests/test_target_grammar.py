"""Targets written without a comparator (deadlines, schedules, changes, negated events, states
reached) are targets for the extractor, and names that merely start like them are not."""

from __future__ import annotations

import pytest

from auditor.extract.target_grammar import TargetKind, target_kind, target_suffix
from auditor.extract.tokenize import run_together
from auditor.extract.vocabulary import Kind, kind_of

D, S, C, N = TargetKind.DEADLINE, TargetKind.SCHEDULE, TargetKind.CHANGE, TargetKind.NEGATION
ST = TargetKind.STATE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("年底前", D),
        ("年末", D),
        ("当年", D),
        ("全年", D),
        ("每季度末", D),
        ("每月10日前", D),
        ("15个工作日内", D),
        ("次年3月底前", D),
        ("收到资金后30日内", D),
        ("验收合格后15个工作日内", D),
        ("省厅批复后10日内", D),
        ("县政府审定后15个工作日内", D),
        ("学期结束前", D),
        ("按季度", S),
        ("按月发放", S),
        ("每月1次", S),
        ("定期巡查", S),
        ("下降", C),
        ("上升", C),
        ("稳中有升", C),
        ("逐年增长", C),
        ("下降5%", C),
        ("与上年持平", C),
        ("不发生", N),
        ("零事故", N),
        ("杜绝安全事故", N),
        ("无重大安全事故", N),
        ("建成", ST),
        ("已健全", ST),
        ("基本形成", ST),
        ("有序通行", ST),
        ("正常供应", ST),
        ("运行平稳", ST),
        ("落实到位", ST),
        ("有效防控", ST),
        ("及时足额拨付", ST),
        ("一站式即时办理", ST),
        ("维持较高水平", ST),
        ("控制在合理范围以内", ST),
    ],
)
def test_worded_targets_are_read_by_kind(text: str, kind: TargetKind) -> None:
    assert target_kind(text) is kind
    assert kind_of(text) in (Kind.VALUE, Kind.QUAL)


@pytest.mark.parametrize(
    "text",
    [
        "无害化处理率",
        "零售额",
        "年度",
        "季度",
        "月",
        "资金拨付及时率",
        "年度目标",
        "全年预算数",
        "无",
        "管理",
        "项目实施",
        "长效机制",
        "供水管网运行",
        "风险防控",
        "资金足额拨付率",
        "安全保障",
    ],
)
def test_names_and_period_words_are_not_targets(text: str) -> None:
    assert target_kind(text) is None


def test_a_worded_target_glued_to_its_name_is_cut_off() -> None:
    assert target_suffix("项目完工率年底前") == 5
    assert run_together("时效指标低保金发放时间每月10日前") == [
        "时效指标",
        "低保金发放时间",
        "每月10日前",
    ]


def test_a_state_reached_ends_the_name_it_is_glued_to() -> None:
    """Rows run together: a state target (建成, 有序通行) ends the indicator name before it."""
    assert run_together("可持续影响指标村级议事制度建成") == [
        "可持续影响指标",
        "村级议事制度",
        "建成",
    ]
    assert run_together("社会效益指标城区主干道交通有序通行") == [
        "社会效益指标",
        "城区主干道交通",
        "有序通行",
    ]


def test_a_service_delivered_in_a_manner_ends_the_name_it_is_glued_to() -> None:
    """Rows run together: how a service is delivered (即时结算, 及时足额拨付) or a risk kept in
    check (有效防控) ends the indicator name before it."""
    assert run_together("时效指标补贴资金兑付方式及时足额拨付") == [
        "时效指标",
        "补贴资金兑付方式",
        "及时足额拨付",
    ]
    assert run_together("社会效益指标重大动物疫情风险有效防控") == [
        "社会效益指标",
        "重大动物疫情风险",
        "有效防控",
    ]


def test_a_kept_level_ends_its_name_in_a_one_cell_per_line_table() -> None:
    # a level kept is a target: the name above it and the next name below stay apart
    assert run_together("手足口病聚集性疫情发生率维持较低水平") == [
        "手足口病聚集性疫情发生率",
        "维持较低水平",
    ]
