"""C205 on a "反映…情况" definition of another topic (invented rows of the common-indicator
libraries' form), beside definitions of the same subject in other words."""

from __future__ import annotations

import pytest

from auditor.domain.row_vocab import core
from auditor.rules.category import reflected_topic_mismatch


@pytest.mark.parametrize(
    "name,description",
    [
        ("农技人员培训人次", "反映村级综合服务站改造完成情况"),
        ("病媒生物监测点数量", "反映学校食堂餐具消毒达标情况"),
    ],
)
def test_definition_of_another_topic(name: str, description: str) -> None:
    assert reflected_topic_mismatch(core(name), core(description))


@pytest.mark.parametrize(
    "name,description",
    [
        ("农技人员培训人次", "反映农业技术人员参加培训的人次"),
        ("村级综合服务站改造数量", "反映改造服务站的完成情况"),
        ("受益群众满意度", "反映群众对项目实施效果的满意程度"),
        ("农技人员培训人次", "全年培训农业技术人员的人次"),  # not a "反映…" definition
    ],
)
def test_definition_of_the_same_subject(name: str, description: str) -> None:
    assert reflected_topic_mismatch(core(name), core(description)) is None
