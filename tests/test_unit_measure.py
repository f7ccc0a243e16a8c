"""U301 beyond the head noun (auditor.rules.unit_measure, auditor.domain.unit_fit): invented rows
of the kinds reviewers of other provinces mark, each bad row beside its corrected form and
beside near misses that are well formed (a change word on a rate, a benchmark target, a benefit
programme counted in recipients, per-unit amounts whose name or definition gives the unit)."""

from __future__ import annotations

import pytest

import auditor.rules.units  # noqa: F401  (registers U301)
from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import REGISTRY
from auditor.rules.context import RuleContext


def _u301(
    level3: str,
    value: str,
    level2: str = "数量指标",
    description: str | None = None,
    budget: float | None = None,
) -> list[str]:
    row = IndicatorRow(
        index=1,
        level1="产出指标",
        level2=level2,
        level3=level3,
        value=value,
        description=description,
        parsed=parse_value(value),
    )
    table = Table(index=1, kind="project", project="某项目", budget_wan=budget, rows=[row])
    doc = Document(source="synthetic", tables=[table])
    rule = REGISTRY["U301"]()
    ctx = RuleContext(config=AuditConfig())
    return [v.evidence or "" for v in rule.check_row(row, table, doc, ctx)]


# (name, bad value, better value, words the finding's reason must contain)
BAD_AND_BETTER = [
    # people and households are not counted in 个/台/件
    ("受益困难群众", "≥1800个", "≥1800人", "群众"),
    ("资助家庭经济困难学生数量", "300个", "300人", "学生"),
    ("帮扶脱贫户", "≥45个", "≥45户", "脱贫户"),
    # a percentage on an ability, image or role
    ("产业示范带动作用", "≥85%", "=1个示范基地", "作用"),
    ("乡村文化品牌影响力", "≥90%", "≥3场", "影响力"),
    # a benefit standard with no denominator
    ("城乡居民最低生活保障标准", "≥650元", "≥650元/人·月", "分母"),
    ("村级组织运转经费标准", "≥8万元", "≥8万元/村·年", "分母"),
    # a time requirement as a bare percentage
    ("按时完成年度维修任务", "=100%", "2025年11月底前", "时间要求"),
    ("及时拨付补助资金到位", "100%", "≤15个工作日", "时间要求"),
]


@pytest.mark.parametrize("name,bad,better,why", BAD_AND_BETTER, ids=[b[0] for b in BAD_AND_BETTER])
def test_bad_fires_better_does_not(name: str, bad: str, better: str, why: str) -> None:
    found = _u301(name, bad)
    assert found and why in found[0], (name, bad, found)
    assert _u301(name, better) == [], (name, better)


# Well-formed rows of the same shapes: no U301.
NEAR_MISSES = [
    ("农村饮水工程受益人口", "≥3200人", None, None),
    ("新建村级便民服务站", "≥6个", None, None),
    ("对象核查", "≥4次", None, None),
    ("居民健康素养水平", "≥30%", None, None),  # a national rate named 水平
    ("病虫害统防统治效果", "≥85%", None, None),
    ("宣传动员", "≥5个", None, None),
    ("学生资助政策知晓率", "逐步提高", None, None),  # vague (V401), not a unit error
    ("手足口病发病率", "≤全市平均水平", None, None),  # a benchmark target
    ("学生资助政策知晓率", "≥XX%", None, None),  # a placeholder (T107)
    ("雨露计划职业教育补助", "≥900人次", None, None),  # counts the recipients
    ("危房改造补助", "≥120户", None, None),
    ("亩均补助标准", "120元", None, None),  # the name gives the denominator
    ("每公里建设成本", "≤60万元", None, 300.0),  # plausible per km
    ("户均改造投资", "≤2.1万元", None, 900.0),
    ("重点优抚对象抚恤标准", "≥1.8万元", "在乡重点优抚对象人均年抚恤金额", None),
    ("教师绩效工资人均标准", "≥9万元", None, None),
    ("项目按期完工率", "=100%", None, None),
]


@pytest.mark.parametrize(
    "name,value,description,budget", NEAR_MISSES, ids=[f"{n[0]}|{n[1]}" for n in NEAR_MISSES]
)
def test_near_misses_are_clean(
    name: str, value: str, description: str | None, budget: float | None
) -> None:
    assert _u301(name, value, description=description, budget=budget) == []


def test_per_person_amount_that_is_a_total() -> None:
    # 8万元 per person for training in a 40万元 project is the total, not a per-person cost
    assert _u301("人均培训成本", "≤8万元", level2="成本指标")
    # a per-unit amount reaching half the budget is a total whatever the unit
    assert _u301("每个大棚建设补助", "≤300万元", level2="成本指标", budget=500.0)
    assert _u301("每个大棚建设补助", "≤3万元", level2="成本指标", budget=500.0) == []
