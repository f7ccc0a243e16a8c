"""Indicator frameworks (domain-rules §1): valid 一级 -> 二级 pairs and spelling variants.

Two trees are live at county level: the older one (88号, 成本 under 产出) and the 2021 tree
(财政部 财预〔2021〕101号, 成本 as its own 一级). Overall-unit (整体) tables use variants such as
部门产出/部门效果/履职效能. Names are normalised before any check so that "社会\\n效益",
"社会效益", "社会效益指标" compare equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from auditor.extract.normalize import fold

# Canonical 一级 names.
OUTPUT = "产出指标"
EFFECT = "效益指标"
COST = "成本指标"
SATISFACTION = "满意度指标"
INPUT_MGMT = "投入管理指标"  # 整体 tables (Henan template): 投入管理 / 预算和财务管理 ...

# 一级 variants -> canonical (domain-rules §1.4, §1.5).
LEVEL1_SYNONYMS: dict[str, str] = {
    "产出指标": OUTPUT,
    "产出": OUTPUT,
    "部门产出": OUTPUT,
    "履职产出": OUTPUT,
    "产出(工作量)指标": OUTPUT,
    "效益指标": EFFECT,
    "效益": EFFECT,
    "效果指标": EFFECT,
    "效果": EFFECT,
    "部门效果": EFFECT,
    "项目效益": EFFECT,
    "履职效能": EFFECT,
    "履职效果": EFFECT,
    "效益效果": EFFECT,
    "社会效应": EFFECT,
    "成本指标": COST,
    "成本": COST,
    "满意度指标": SATISFACTION,
    "满意度": SATISFACTION,
    "社会满意度": SATISFACTION,
    "服务对象满意度": SATISFACTION,
    "投入管理指标": INPUT_MGMT,
    "投入管理": INPUT_MGMT,
    "管理效率": INPUT_MGMT,
    "运行成本": INPUT_MGMT,
}

# Canonical 二级 names.
QUANTITY, QUALITY, TIMELINESS, COST2 = "数量指标", "质量指标", "时效指标", "成本指标"
ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE = (
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
)
ECON_COST, SOCIAL_COST, ECO_COST = "经济成本指标", "社会成本指标", "生态环境成本指标"
SERVICE_SATISFACTION = "服务对象满意度指标"

LEVEL2_SYNONYMS: dict[str, str] = {
    "数量指标": QUANTITY,
    "数量": QUANTITY,
    "产出数量": QUANTITY,
    "质量指标": QUALITY,
    "质量": QUALITY,
    "产出质量": QUALITY,
    "时效指标": TIMELINESS,
    "时效": TIMELINESS,
    "进度指标": TIMELINESS,
    "产出进度指标": TIMELINESS,
    "产出时效": TIMELINESS,
    "时效性指标": TIMELINESS,
    "成本指标": COST2,
    "成本": COST2,
    "产出成本": COST2,
    # budget control named instead of cost (layout catalogue §2)
    "预算控制指标": COST2,
    "成本控制指标": COST2,
    "经济效益指标": ECONOMIC,
    "经济效益": ECONOMIC,
    "社会效益指标": SOCIAL,
    "社会效益": SOCIAL,
    "生态效益指标": ECOLOGICAL,
    "生态效益": ECOLOGICAL,
    "环境效益指标": ECOLOGICAL,
    "环境效益": ECOLOGICAL,
    "生态环境效益指标": ECOLOGICAL,
    "生态环境效益": ECOLOGICAL,
    "可持续影响指标": SUSTAINABLE,
    "可持续影响": SUSTAINABLE,
    "可持续发展指标": SUSTAINABLE,
    "可持续效益指标": SUSTAINABLE,
    # 效果 and 影响 as other words for the effect level (layout catalogue §2)
    "经济效果": ECONOMIC,
    "社会效果": SOCIAL,
    "生态效果": ECOLOGICAL,
    "环境效果": ECOLOGICAL,
    "长远影响": SUSTAINABLE,
    "长期影响": SUSTAINABLE,
    "经济成本指标": ECON_COST,
    "经济成本": ECON_COST,
    "社会成本指标": SOCIAL_COST,
    "社会成本": SOCIAL_COST,
    "生态环境成本指标": ECO_COST,
    "生态环境成本": ECO_COST,
    "环境成本指标": ECO_COST,
    "服务对象满意度指标": SERVICE_SATISFACTION,
    "服务对象满意度": SERVICE_SATISFACTION,
    "满意度指标": SERVICE_SATISFACTION,
    "满意度": SERVICE_SATISFACTION,
    "社会公众或服务对象满意度指标": SERVICE_SATISFACTION,
    "公众满意度": SERVICE_SATISFACTION,
    "社会公众满意度": SERVICE_SATISFACTION,
    "社会满意度": SERVICE_SATISFACTION,
}

# Valid trees after normalisation. The union is accepted (both frameworks are live).
OLD_TREE: dict[str, frozenset[str]] = {
    OUTPUT: frozenset({QUANTITY, QUALITY, TIMELINESS, COST2}),
    EFFECT: frozenset({ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE}),
    SATISFACTION: frozenset({SERVICE_SATISFACTION}),
}
MOF2021_TREE: dict[str, frozenset[str]] = {
    OUTPUT: frozenset({QUANTITY, QUALITY, TIMELINESS}),
    EFFECT: frozenset({ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE}),
    COST: frozenset({ECON_COST, SOCIAL_COST, ECO_COST, COST2}),
    SATISFACTION: frozenset({SERVICE_SATISFACTION}),
}
VALID_TREE: dict[str, frozenset[str]] = {
    k: OLD_TREE.get(k, frozenset()) | MOF2021_TREE.get(k, frozenset())
    for k in set(OLD_TREE) | set(MOF2021_TREE)
}

# Names that belong to the evaluation framework (10号), not to a goal table (domain-rules §1.3).
EVALUATION_ONLY_NAMES = frozenset(
    {"决策", "过程", "资金管理", "组织实施", "项目立项", "绩效目标", "资金投入", "预算执行"}
)

_SUFFIX = re.compile(r"(指标)$")


@lru_cache(maxsize=65536)
def _key(name: str | None) -> str:
    return fold(name).replace("（", "(").replace("）", ")")


# Annotations templates print beside a category name: points (（50分）), (必填)/(必选), a gloss
# (（进度）, （含规模）), a leading number (1.产出指标, （一）). The name is what is left.
_ANNOTATION = re.compile(r"\([^()]{0,12}\)")
_NUMBERING = re.compile(
    r"^(\d{1,2}[.、．]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]+、)"
)


def _lookup(k: str, table: dict[str, str]) -> str | None:
    if k in table:
        return table[k]
    stripped = _SUFFIX.sub("", k)
    return table.get(stripped) or table.get(stripped + "指标")


def _canonical(name: str | None, table: dict[str, str]) -> str | None:
    k = _key(name)
    if not k:
        return None
    found = _lookup(k, table)
    if found is None:
        bare = _ANNOTATION.sub("", _NUMBERING.sub("", k))
        found = _lookup(bare, table) if bare and bare != k else None
    return found


@lru_cache(maxsize=65536)
def canonical_level1(name: str | None) -> str | None:
    """Canonical 一级 for a name as written (annotations such as （50分） ignored), or None if it
    is not a known 一级 name."""
    return _canonical(name, LEVEL1_SYNONYMS)


@lru_cache(maxsize=65536)
def canonical_level2(name: str | None) -> str | None:
    """Canonical 二级 for a name as written (annotations such as （必填） ignored), or None if it
    is not a known 二级 name."""
    return _canonical(name, LEVEL2_SYNONYMS)


# 一级 blocks only an evaluation framework (10号 评价指标体系) has: a table with both is one,
# whatever its title says (its 产出/效益 blocks hold criteria, not targets).
EVALUATION_LEVEL1 = frozenset({"决策", "过程"})


def is_evaluation_framework(level1_names: Iterable[str | None]) -> bool:
    """True when the 一级 names of a table include every evaluation-only block (决策, 过程)."""
    keys = {_SUFFIX.sub("", _key(n)) for n in level1_names}
    return keys >= EVALUATION_LEVEL1


def parents_of_level2(level2: str | None) -> set[str]:
    """The 一级 names under which a (canonical) 二级 is valid in either framework."""
    c = canonical_level2(level2)
    if c is None:
        return set()
    return {l1 for l1, kids in VALID_TREE.items() if c in kids}


def is_valid_pair(level1: str | None, level2: str | None) -> bool | None:
    """True/False for a known pair; None when either name is outside both frameworks."""
    c1, c2 = canonical_level1(level1), canonical_level2(level2)
    if c1 is None or c2 is None or c1 == INPUT_MGMT:
        return None
    return c2 in VALID_TREE.get(c1, frozenset())


@lru_cache(maxsize=65536)
def is_level1_name(text: str | None) -> bool:
    return canonical_level1(text) is not None


@lru_cache(maxsize=65536)
def is_level2_name(text: str | None) -> bool:
    return canonical_level2(text) is not None
