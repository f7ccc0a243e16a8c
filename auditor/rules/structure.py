"""C — structure of one project table: required categories (C203) and duplicate names (C204)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from auditor.domain.framework import (
    COST,
    canonical_level1,
    canonical_level2,
    is_evaluation_framework,
)
from auditor.domain.requirements import FRAMEWORK_NAME, is_internal_project, required_categories
from auditor.extract.normalize import squeeze
from auditor.extract.vocabulary import is_placeholder, strip_indicator_prefix
from auditor.models import Document, RowFlag, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import norm_text
from auditor.rules.context import RuleContext


@register
class MissingCategory(Rule):
    code = "C203"
    name = "missing-category"
    family = "C"
    severity = "warning"
    scope = "project"
    summary = "绩效指标缺少所属框架要求的类别（产出、成本、效益、满意度）"
    what = (
        "Checks that a table has a row in each 一级 block its framework requires, by table kind "
        "(auditor.domain.requirements): a project table needs 产出, 效益 and 满意度, and 成本 when "
        "its document follows the 2021 tree (most of its tables print 成本 as a 一级, 101号); "
        "transfer-payment regional targets need 产出, 效益 and 满意度; a department-wide table "
        "产出 and 效益; a self-evaluation 产出, 效益 and 满意度. A missing 二级 (no 时效 row under "
        "产出) is not a missing category. 满意度 is not required of internal running costs (会费, "
        "机关运行, 宽带 …). Tables cut off at the end of an excerpt, evaluation frameworks (决策 "
        "and 过程 blocks, whatever the declared kind) and tables whose category names are all "
        "unknown (C201 reports them) are skipped; annotations of the names ((50分), (必填)) are "
        "ignored."
    )
    why = (
        "财预〔2021〕101号 makes 产出、成本、效益、满意度 the core framework of a project's targets; "
        "a self-evaluation scores 产出, 效益 and 满意度 as blocks with their own weights (10号); a "
        "missing block leaves that dimension unevaluated (domain-rules §1, §3.7)."
    )
    example_context = "looks at which 一级 blocks the whole table covers, by its kind and framework"
    bad = "A training project with only 产出指标 and 满意度指标 rows (no 效益 at all)"
    better = "Add a 效益 row: 社会效益指标/参训人员就业率 ≥60%"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        if table.truncated or not table.rows:
            return
        if is_evaluation_framework(r.level1 for r in table.rows):
            return  # a 决策/过程/产出/效益 evaluation framework, whatever its declared kind
        cats = _categories(table)
        if not any(c1 or c2 for c1, c2 in cats):
            return
        framework = required_categories(table.kind, _uses_2021_tree(doc, ctx))
        if framework is None:
            return
        key, required = framework
        internal = is_internal_project(table.project)
        missing = [
            r.label
            for r in required
            if not (r.service_only and internal) and not any(r.test(c1, c2) for c1, c2 in cats)
        ]
        if missing:
            yield Violation(
                message=f"绩效指标缺少必备类别：{'、'.join(missing)}（{FRAMEWORK_NAME[key]}）",
                message_en=f"required indicator categories missing: {', '.join(missing)}",
                evidence=f"表{table.index}共{len(table.rows)}行，未见{'、'.join(missing)}",
            )


def _uses_2021_tree(doc: Document, ctx: RuleContext) -> bool:
    """The document follows the 2021 tree when most of its tables print 成本 as a 一级.

    Both trees are valid; a document whose tables mix them (one 2021 table among 88号 ones)
    does not make the 88号 tables lack a block."""
    key = ("C203-2021", doc.source, id(doc))
    found = ctx.memo.get(key)
    if not isinstance(found, bool):
        tables = [t for t in doc.tables if t.rows]
        with_cost = sum(any(canonical_level1(r.level1) == COST for r in t.rows) for t in tables)
        found = with_cost * 2 > len(tables)
        ctx.memo[key] = found
    return found


def _categories(table: Table) -> list[tuple[str | None, str | None]]:
    """(canonical 一级, canonical 二级) of each row, the 一级 filled down."""
    cats = []
    l1 = None
    for r in table.rows:
        l1 = canonical_level1(r.level1) or l1
        cats.append((l1, canonical_level2(r.level2)))
    return cats


# "其中：X" is a part of the row above; X named again elsewhere in the table is still X twice.
_SUB_ROW_PREFIX = re.compile(r"^\s*其中\s*[:：]\s*")


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
        "and punctuation, after a numbered prefix 指标1： or a sub-row's 其中：). Unused slots of a fixed-slot form "
        "(指标2：, ……) are not names. One finding per repeated name, with the row indexes in "
        "`related`."
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
            if RowFlag.PLACEHOLDER in r.flags or is_placeholder(r.level3 or ""):
                continue  # an unused numbered slot ("指标2：") repeated down the form is no name
            key = norm_text(_SUB_ROW_PREFIX.sub("", strip_indicator_prefix(r.level3 or "")[0]))
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
