"""V403 on a description that is the name plus a counting word, a direction or the target, or
the name minus a modifier; B502 on the funds a goal says it arranges (invented rows)."""

from __future__ import annotations

import pytest

from auditor.models import Table
from auditor.rules.budget import stated_budgets
from auditor.rules.vague import restatement_key, restates


def _restates(name: str, description: str, value: str) -> bool:
    return restates(restatement_key(name), restatement_key(description), value)


@pytest.mark.parametrize(
    ("name", "description", "value"),
    [
        ("为老年人配送爱心餐", "反映为老年人配送爱心餐份数", "≥3000份"),  # + a counting word
        ("乡村学校办学条件", "乡村学校办学条件改善情况", "明显改善"),  # + the direction
        ("留守儿童合法权益", "留守儿童合法权益得到有效维护", "得到有效维护"),  # + the target
        ("污水处理厂出水", "污水处理厂出水排放", "达标排放"),  # + the verb of the target
        ("乡镇卫生院医疗服务能力", "反映医疗服务能力", "明显提升"),  # the name minus a modifier
        ("汛期堤防巡查", "反映巡查开展情况", "≥90次"),  # whether the work named last was done
    ],
)
def test_descriptions_that_only_restate(name: str, description: str, value: str) -> None:
    assert _restates(name, description, value)


@pytest.mark.parametrize(
    ("name", "description", "value"),
    [
        ("配送爱心餐份数", "全年向80岁以上独居老人配送的午餐份数，以配送台账为准", "≥3000份"),
        ("办学条件改善学校数", "校舍、设备达到省定标准的乡村学校数", "≥6所"),
        ("采购数量", "耗材采购数量", "≥20批"),  # a scope word is a definition
        ("汛期堤防巡查", "汛期每日对12公里堤防巡查的开展情况", "≥90次"),  # a scope and frequency
    ],
)
def test_descriptions_that_define(name: str, description: str, value: str) -> None:
    assert not _restates(name, description, value)


def test_the_funds_a_goal_arranges_are_a_stated_budget() -> None:
    table = Table(
        index=1,
        kind="project",
        project="农村供水工程维修",
        budget_wan=96,
        goal="安排维修养护资金120万元，对全县28处集中供水工程进行维修养护。",
    )
    assert [amount for amount, _ in stated_budgets(table)] == [120]
    table.goal = "全年预算安排96万元，其中：安排县级资金20万元。"
    assert [amount for amount, _ in stated_budgets(table)] == [96]
    table.goal = "计划投资110万元，维修集中供水工程28处。"  # the project's own investment
    assert [amount for amount, _ in stated_budgets(table)] == [110]
