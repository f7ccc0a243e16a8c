"""T105 with a prefixed or cut unit name and a verb before 县; G701 on funding statements and
calculation bases; T104 on goals that keep a harm down; U301 on a 低保 standard or a 限额
in bare 元 (invented texts)."""

from __future__ import annotations

import pytest
from test_goal_scope import _doc

import auditor.rules.goal_text  # noqa: F401  (registers T104)
from auditor.domain.county_names import other_counties, own_counties
from auditor.domain.unit_fit import CHANGE_ONLY, standard_without_denominator
from auditor.rules.base import REGISTRY
from auditor.rules.context import RuleContext


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        ("主管部门青禾县", "青禾县2025年项目支出绩效目标表"),  # the unit line has a prefix
        ("共青团青禾县委员会", "青禾县青少年活动中心运行"),
        ("主管部门大青禾县", "大青禾县2025年项目支出绩效目标表"),  # "青禾县" inside the name
    ],
)
def test_the_own_county_however_the_unit_is_prefixed(unit: str, text: str) -> None:
    assert other_counties(text, own_counties([unit])) == []


def test_a_verb_before_county_names_no_county() -> None:
    own = own_counties(["青禾县文化和旅游局"])
    assert other_counties("保障县图书馆全年免费开放", own) == []
    assert other_counties("支持县非遗保护中心开展传承活动", own) == []
    assert other_counties("保障石川县图书馆全年免费开放", own) == ["石川县"]


ROWS = [("产出指标", "数量指标", "配备应急物资站点数", "≥15个")]


def _g701(goal: str) -> bool:
    doc = _doc("某县应急管理局", "基层应急能力建设", goal, ROWS)
    return any(REGISTRY["G701"]().check_table(doc.tables[0], doc, RuleContext()))


def test_g701_skips_the_funds_and_a_calculation_basis() -> None:
    assert not _g701("安排资金86万元，为15个乡镇配备应急物资站点。")
    assert not _g701("为15个乡镇配备应急物资站点，全年按250个工作日计。")
    assert not _g701("计划投资86万元，为15个乡镇配备应急物资站点。")  # the project's own investment
    assert _g701(
        "为15个乡镇配备应急物资站点，带动社会投资500万元。"
    )  # investment attracted: a target
    assert _g701("为15个乡镇配备应急物资站点，开展防汛演练20次。")


def _t104(goal: str) -> bool:
    doc = _doc("某县卫生健康局", "地方病防治经费", goal, ROWS)
    return any(REGISTRY["T104"]().check_table(doc.tables[0], doc, RuleContext()))


@pytest.mark.parametrize(
    "goal",
    [
        "开展地方病监测，全县碘缺乏病发病率控制在全市平均水平以下。",
        "开展地方病筛查，全年不发生地方病暴发疫情。",
        "开展入户随访约1.2万人次。",  # a quantity in 万
        "落实地方病患者救治政策，救治补助9月底前发放到位。",  # a deadline
    ],
)
def test_t104_reads_a_harm_kept_down_and_scaled_quantities(goal: str) -> None:
    assert not _t104(goal)


def test_t104_still_flags_upkeep_of_the_project_itself() -> None:
    assert _t104("地方病防治信息系统运行维护。")
    assert _t104("2026年内用于地方病防治经费支出。")  # a year is no deadline


def test_u301_standard_names_and_directions() -> None:
    assert standard_without_denominator("农村低保标准", None)
    assert standard_without_denominator("医疗救助年度限额", None)
    assert not standard_without_denominator("每人每月低保标准", None)
    assert CHANGE_ONLY.search("稳中有升") and CHANGE_ONLY.search("逐步扩大")
