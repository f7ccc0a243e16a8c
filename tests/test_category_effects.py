"""C202/C206 on effects measured in money, uptake and disruption; days and hours of a public
service counted as output; an action word inside an object's name (invented rows). Each
accepted filing is paired with a misfit that still fires."""

from __future__ import annotations

import pytest
from test_category_fit_wider import _codes

ACCEPTED = [
    # sales and savings of the people or the area served are an economic effect
    ("效益指标", "经济效益指标", "年节约照明电费", "≥6万元"),
    ("效益指标", "经济效益指标", "合作社农产品网销额", "≥800万元"),
    # a fee collected is not a case handled ("处理费" names the fee)
    ("效益指标", "经济效益指标", "垃圾处理费收缴率", "≥90%"),
    # hours and days of a public service are output counted in time
    ("产出指标", "数量指标", "政务服务热线接听时长", "≥3000小时"),
    ("产出指标", "数量指标", "信息平台运维天数", "365天"),
    # a perception surveyed like satisfaction
    ("满意度指标", "服务对象满意度指标", "社区居民安全感", "≥92%"),
    # disruption caused by the works is a social cost
    ("成本指标", "社会成本指标", "管网改造临时停水户数", "≤300户"),
    # use of what was delivered, hazards removed, a stock per head: effects, not output counts
    ("效益指标", "社会效益指标", "普法小程序下载量", "≥5万次"),
    ("效益指标", "社会效益指标", "消除积水隐患路段数", "≥12处"),
    ("效益指标", "社会效益指标", "人均公共文化设施面积", "≥0.3平方米"),
]

MISFITS = [
    (("效益指标", "经济效益指标", "项目专项资金", "≥80万元"), "C202"),
    (("效益指标", "社会效益指标", "垃圾处理费收缴时间", "12月底前"), "C202"),
    (("效益指标", "社会效益指标", "举办普法讲座场次", "≥12场"), "C206"),
]


@pytest.mark.parametrize("row", ACCEPTED, ids=[r[2] for r in ACCEPTED])
def test_reviewers_accept_this_filing(row):
    assert _codes(*row) == set()


@pytest.mark.parametrize("row,code", MISFITS, ids=[r[2] for r, _ in MISFITS])
def test_misfiled_content_still_fires(row, code):
    assert _codes(*row) == {code}


def test_a_perception_fits_satisfaction_and_social_effect():
    assert _codes("满意度指标", "服务对象满意度指标", "村民获得感", "≥90%") == set()
    assert _codes("效益指标", "社会效益指标", "村民获得感", "≥90%") == set()
