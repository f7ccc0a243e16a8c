"""C202 read the way reviewers file indicators (invented rows): days of patrol, drill or opening
counted as output (数量, also 质量 as a service standard), days of disruption as a social cost,
water-pollutant loads and the village environment as ecological content, a money amount written
inside a worded value as a cost, and a budget-execution rate, which measures how fast money is
spent, not what the project costs, out of 成本. Each accepted form is paired with a misfit that
still fires."""

from __future__ import annotations

import pytest
from test_category_fit_wider import _codes

ACCEPTED = [
    ("产出指标", "数量指标", "汛期河道巡护天数", "≥120天"),
    ("产出指标", "数量指标", "民兵年度集中训练天数", "≥15天"),
    ("产出指标", "质量指标", "农家书屋每周开放时长", "≥35小时"),
    ("产出指标", "质量指标", "体育馆全年开放天数", "≥300天"),
    ("成本指标", "社会成本指标", "管网施工期间道路封闭天数", "≤7天"),
    ("效益指标", "生态效益指标", "污水厂氨氮年削减量", "≥45吨"),
    ("效益指标", "生态效益指标", "化学需氧量削减量", "≥600吨"),
    ("效益指标", "生态效益指标", "村容村貌", "整洁有序"),
    ("效益指标", "生态效益指标", "老旧小区雨污分流改造率", "≥85%"),
    ("成本指标", "生态环境成本指标", "检测实验废液合规处置率", "100%"),
    ("产出指标", "成本指标", "", "孤儿基本生活费标准每人每月1500元"),
    ("产出指标", "成本指标", "", "重度残疾人护理补贴不超过1.2万元/人·年"),
    ("产出指标", "成本指标", "项目成本控制率", "≤100%"),
    ("产出指标", "时效指标", "专项资金支出进度", "≥90%"),
    ("产出指标", "质量指标", "营养餐配餐标准执行率", "100%"),
]

MISFITS = [
    (("产出指标", "成本指标", "部门预算执行率", "≥95%"), "C202"),
    (("产出指标", "成本指标", "林业专项资金执行率", "≥90%"), "C202"),
    (("产出指标", "成本指标", "", "培训农民≥200人"), "C202"),
    (("效益指标", "生态效益指标", "培训考核通过率", "≥90%"), "C202"),
    (("效益指标", "社会效益指标", "维修工程验收合格率", "100%"), "C202"),
]


@pytest.mark.parametrize("row", ACCEPTED, ids=[f"{r[1]}-{r[2] or r[3]}" for r in ACCEPTED])
def test_reviewers_accept_this_filing(row):
    assert _codes(*row) == set()


@pytest.mark.parametrize("row,code", MISFITS, ids=[f"{r[1]}-{r[2] or r[3]}" for r, _ in MISFITS])
def test_misfiled_content_still_fires(row, code):
    assert _codes(*row) == {code}
