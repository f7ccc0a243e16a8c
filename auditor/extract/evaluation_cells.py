"""Cells of an evaluation framework (10号 评价指标体系: 一级 决策/过程/产出/效益, 分值 and
评分标准 columns) read by content, where the source gives no columns (a table on one line).

Two pieces of evidence hold for any such table. Its 一级 决策 and 过程 and the 二级 under them
(项目立项, 资金管理 …) are category names there, although a goal table never uses them. And a
scoring rule ("符合得3分，否则不得分", "每少10批次扣1分", "到位率×分值") awards or deducts
points: it belongs in the 评分标准 column, never in the target column, however much it reads
like a qualitative target ("符合…").
"""

from __future__ import annotations

import re

from auditor.domain.framework import EVALUATION_LEVEL1, EVALUATION_ONLY_NAMES
from auditor.extract.normalize import squeeze
from auditor.extract.roles import Role
from auditor.extract.vocabulary import Kind

_POINTS = r"\d+(?:\.\d+)?\s*分"
_SCORING_RULE = re.compile(
    rf"(?:得|扣|减|加)\s*{_POINTS}|不得分|得满分|酌情(?:扣|减|给|得)分|[×*xX]\s*(?:该项)?分值"
)
_SCORED = frozenset({Role.SCORING, Role.WEIGHT, Role.SCORE})


def is_scoring_rule(text: str) -> bool:
    """A text that awards or deducts points (得3分, 扣1分, 不得分, ×分值)."""
    return bool(_SCORING_RULE.search(squeeze(text)))


def scored_table(roles: tuple[Role, ...]) -> bool:
    """A header with a 分值, 得分 or 评分标准 column: a table that scores its indicators."""
    return bool(_SCORED.intersection(roles))


def evaluation_kinds(kinds: list[Kind], texts: list[str], roles: tuple[Role, ...]) -> list[Kind]:
    """The kinds of a scored table's cells with its framework names and scoring rules seen."""
    if not scored_table(roles):
        return kinds
    out = list(kinds)
    for i, (k, t) in enumerate(zip(kinds, texts)):
        name = squeeze(t)
        if k is Kind.TEXT and name in EVALUATION_ONLY_NAMES:
            out[i] = Kind.L1 if name in EVALUATION_LEVEL1 else Kind.L2
        elif Role.SCORING in roles and k in _RULE_LOOKALIKES and is_scoring_rule(t):
            out[i] = Kind.RULE
    return out


_TOTAL_WORDS = frozenset({"总分", "合计", "总计", "总分值", "合计得分"})


def is_total_word(text: str) -> bool:
    """合计, 总分: the word that opens the total row of a scored table."""
    return squeeze(text) in _TOTAL_WORDS


_RULE_LOOKALIKES = frozenset({Kind.TEXT, Kind.LONG, Kind.QUAL, Kind.VALUE})
