"""Which indicator categories a performance table must have, by its kind and framework (C203).

Sources (docs/domain-rules.md): 财预〔2021〕101号 makes 产出, 成本, 效益 and 满意度 the core
framework of a project's targets (成本 its own 一级; under the older 88号 tree 成本 sat under 产出
and was often left out — counties adopt the 2021 tree at their own pace, so a table follows it
when its document prints 成本 as a 一级, not because of its year); 满意度 is required where the
project serves people (an internal running cost such as a membership fee has no served group);
transfer-payment regional targets (区域绩效目标表) state 产出, 效益 and 满意度; a department-wide
table (部门整体) states outputs (履职产出) and effects (履职效能) in provincial templates that vary;
a self-evaluation scores 产出, 效益 and 满意度 with their own weights (10号: 50/30/10 %); an
evaluation framework (评价指标体系) follows 决策/过程/产出/效益 and is not checked. The weights are
per 一级 block, so a missing category is a whole 一级 block: a table without a 时效 row under a
present 产出 block is thin, not incomplete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from auditor.domain.framework import (
    COST,
    COST2,
    ECO_COST,
    ECOLOGICAL,
    ECON_COST,
    ECONOMIC,
    EFFECT,
    OUTPUT,
    QUALITY,
    QUANTITY,
    SATISFACTION,
    SERVICE_SATISFACTION,
    SOCIAL,
    SOCIAL_COST,
    SUSTAINABLE,
    TIMELINESS,
)
from auditor.extract.normalize import fold

CategoryTest = Callable[[str | None, str | None], bool]  # (canonical 一级, canonical 二级)

_COST_L2 = frozenset({COST2, ECON_COST, SOCIAL_COST, ECO_COST})
_EFFECT_L2 = frozenset({ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE})
_OUTPUT_L2 = frozenset({QUANTITY, QUALITY, TIMELINESS, COST2})


@dataclass(frozen=True)
class Required:
    label: str  # Chinese, for the finding
    test: CategoryTest
    service_only: bool = False  # required only where the project serves people


QUANTITY_REQ = Required("产出-数量指标", lambda l1, l2: l2 == QUANTITY)
QUALITY_REQ = Required("产出-质量指标", lambda l1, l2: l2 == QUALITY)
TIMELINESS_REQ = Required("产出-时效指标", lambda l1, l2: l2 == TIMELINESS)
COST_REQ = Required("成本指标", lambda l1, l2: l1 == COST or l2 in _COST_L2)
OUTPUT_REQ = Required("产出指标", lambda l1, l2: l1 == OUTPUT or l2 in _OUTPUT_L2)
EFFECT_REQ = Required("效益指标", lambda l1, l2: l1 == EFFECT or l2 in _EFFECT_L2)
SATISFACTION_REQ = Required(
    "满意度指标", lambda l1, l2: l1 == SATISFACTION or l2 == SERVICE_SATISFACTION, True
)

PROJECT_2021 = (OUTPUT_REQ, COST_REQ, EFFECT_REQ, SATISFACTION_REQ)
PROJECT_OLD = (OUTPUT_REQ, EFFECT_REQ, SATISFACTION_REQ)
BY_KIND: dict[str, tuple[Required, ...]] = {
    "transfer": (OUTPUT_REQ, EFFECT_REQ, SATISFACTION_REQ),
    "overall": (OUTPUT_REQ, EFFECT_REQ),
    "self_evaluation": (OUTPUT_REQ, EFFECT_REQ, SATISFACTION_REQ),
}
FRAMEWORK_NAME = {
    "project-2021": "财预〔2021〕101号项目支出绩效指标框架",
    "project-old": "项目支出绩效指标框架",
    "transfer": "转移支付区域绩效目标框架",
    "overall": "部门整体绩效目标框架",
    "self_evaluation": "项目支出绩效自评框架（10号）",
}

# Internal running costs: no served group, so no 满意度 is required (101号: 满意度 for projects
# with service objects). Words of a project name.
INTERNAL_PROJECT_WORDS = (
    "会费", "机关运行", "机关运转", "正常运转", "办公", "人员经费", "公用经费", "工资", "福利",
    "离退休", "社会保障缴费", "公务用车", "车辆运行", "差旅", "审计费", "法律顾问", "年鉴",
    "宽带", "专线", "网络费", "电话费", "物业费", "租赁费", "维修费",
)  # fmt: skip


def is_internal_project(project: str | None) -> bool:
    name = fold(project)
    return any(w in name for w in INTERNAL_PROJECT_WORDS)


def required_categories(kind: str, uses_2021_tree: bool) -> tuple[str, tuple[Required, ...]] | None:
    """(framework key, required categories) for a table, or None when nothing is required."""
    if kind == "project":
        if uses_2021_tree:
            return "project-2021", PROJECT_2021
        return "project-old", PROJECT_OLD
    if kind in BY_KIND:
        return kind, BY_KIND[kind]
    return None  # evaluation frameworks and unknown kinds
