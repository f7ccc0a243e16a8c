"""C — structure of one project table: required categories (C203) and duplicate names (C204)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from auditor.domain.framework import (
    COST,
    COST2,
    ECO_COST,
    ECON_COST,
    EFFECT,
    OUTPUT,
    QUALITY,
    QUANTITY,
    SATISFACTION,
    SERVICE_SATISFACTION,
    SOCIAL_COST,
    TIMELINESS,
    canonical_level1,
    canonical_level2,
)
from auditor.extract.normalize import squeeze
from auditor.models import Document, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import norm_text
from auditor.rules.context import RuleContext

_COST_L2 = {COST2, ECON_COST, SOCIAL_COST, ECO_COST}
_EFFECT_L2 = {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"}

# (label, test on (canonical 一级, canonical 二级))
CategoryTest = Callable[[str | None, str | None], bool]


def _is_output(l1: str | None, l2: str | None) -> bool:
    return l1 == OUTPUT


_REQUIRED: list[tuple[str, CategoryTest]] = [
    ("产出-数量指标", lambda l1, l2: l2 == QUANTITY),
    ("产出-质量指标", lambda l1, l2: l2 == QUALITY),
    ("产出-时效指标", lambda l1, l2: l2 == TIMELINESS),
    ("成本指标", lambda l1, l2: l1 == COST or l2 in _COST_L2),
    ("效益指标", lambda l1, l2: l1 == EFFECT or l2 in _EFFECT_L2),
    ("满意度指标", lambda l1, l2: l1 == SATISFACTION or l2 == SERVICE_SATISFACTION),
]


@register
class MissingCategory(Rule):
    code = "C203"
    name = "missing-category"
    family = "C"
    severity = "warning"
    scope = "project"
    summary = "项目绩效指标缺少必备类别（产出数量/质量/时效、成本、效益、满意度）"
    what = (
        "For a project table, checks that at least one row falls under each required category after "
        "normalising the 一级/二级 names: 产出 数量, 质量, 时效; 成本 (as 产出/成本 in the old "
        "framework or 成本指标 in the 2021 one); 效益 (any 二级); 满意度. Overall-unit tables follow "
        "other templates and are skipped; a table whose names are all unknown is skipped (C201 "
        "reports them)."
    )
    why = (
        "财预〔2021〕101号 (附件 绩效指标体系) makes 产出、成本、效益、满意度 the minimum framework of a "
        "project's performance targets; a missing category leaves that dimension unevaluated."
    )
    example_context = "looks at which categories the whole project table covers"
    bad = "A training project with only 数量指标 and 满意度指标 rows"
    better = (
        "Add 质量 (培训合格率 ≥95%), 时效 (11月底前完成), 成本 (人均培训成本 ≤800元), 效益 rows"
    )

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        if table.kind != "project" or not table.rows:
            return
        cats = []
        l1 = None
        for r in table.rows:
            l1 = canonical_level1(r.level1) or l1
            l2 = canonical_level2(r.level2)
            cats.append((l1, l2))
        if not any(c1 or c2 for c1, c2 in cats):
            return
        required = _REQUIRED
        if not any(c2 for _, c2 in cats):
            # a template without a 二级 column: only the 一级 categories can be checked
            required = [("产出指标", _is_output), *_REQUIRED[3:]]
        missing = [label for label, test in required if not any(test(c1, c2) for c1, c2 in cats)]
        if missing:
            yield Violation(
                message=f"项目绩效指标缺少必备类别：{'、'.join(missing)}",
                message_en=f"required indicator categories missing: {', '.join(missing)}",
                evidence=f"表{table.index}共{len(table.rows)}行，未见{'、'.join(missing)}",
            )


@register
class DuplicateIndicatorName(Rule):
    code = "C204"
    name = "duplicate-indicator-name"
    family = "C"
    severity = "warning"
    scope = "project"
    summary = "同一项目内三级指标名称重复"
    what = (
        "Reports a 三级 name that occurs more than once in one table (compared without whitespace "
        "and punctuation). One finding per repeated name, with the row indexes in `related`."
    )
    why = (
        "Each indicator must measure one distinct aspect; a repeated name either double-counts a "
        "target or hides a second indicator whose real name was never written."
    )
    example_context = "compares the 三级 names of one project table with each other"
    bad = "科技创新服务平台运营经费: “成功率” in rows 3 and 4"
    better = "“高企申报成功率 ≥60%” and “科技型中小企业评价入库成功率 ≥90%”"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        groups: dict[str, list[int]] = defaultdict(list)
        names: dict[str, str] = {}
        for r in table.rows:
            key = norm_text(r.level3)
            if not key:
                continue
            groups[key].append(r.index)
            names.setdefault(key, squeeze(r.level3))
        for key, rows in groups.items():
            if len(rows) > 1:
                label = "、".join(f"第{i}行" for i in rows)
                yield Violation(
                    message=f"三级指标“{names[key]}”在同一项目内重复出现（{label}）",
                    message_en=f"indicator name “{names[key]}” occurs {len(rows)} times in one table",
                    evidence=f"“{names[key]}”见{label}",
                    related=rows,
                    row_index=None,
                )
