"""T101 boilerplate indicators and T102 identical tables (copies inside one document).

Both compare indicator identities — (normalised 三级, normalised 指标值) — across the project tables
of one document. T102 is near-linear in the number of tables: exact copies are grouped by hash,
and near copies are found by prefix filtering on the rarest row keys, then verified.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from auditor.extract.normalize import indicator_key as shared_indicator_key
from auditor.extract.normalize import squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import (
    UnionFind,
    distinct_projects,
    norm_text,
    short,
    tables_label,
)
from auditor.rules.context import RuleContext

# --------------------------------------------------------------------------------------------
# T101 boilerplate indicator
# --------------------------------------------------------------------------------------------

# Counts of administrative divisions or fixed populations: the same number in several tables is
# a shared fact of the jurisdiction (e.g. the number of villages), not boilerplate.
_SHARED_FACT_NAME = re.compile(
    r"(村|街|社区|乡镇|镇|乡|街道|辖区|园区|小区|片区|行政村|自然村).{0,4}(数|个数|数量)$|^(辖区|区域|覆盖).{0,6}(人口|面积)"
)


def indicator_key(row: IndicatorRow) -> tuple[str, str]:
    """(normalised 三级, normalised value) — the identity of an indicator for T101/T102."""
    return shared_indicator_key(row.level3, row.value)


def is_shared_fact(row: IndicatorRow) -> bool:
    """True for an exact count of the jurisdiction's divisions (true shared fact, not boilerplate)."""
    p = row.parsed
    if p.number is None or p.comparator not in (None, "="):
        return False
    if p.unit in ("%", "‰") or p.unit is None:
        return False
    return bool(
        _SHARED_FACT_NAME.search(norm_text(row.level3))
        or _SHARED_FACT_NAME.search(norm_text(row.description or ""))
    )


@register
class BoilerplateIndicator(Rule):
    code = "T101"
    name = "boilerplate-indicator"
    family = "T"
    severity = "warning"
    scope = "document"
    summary = "同一指标（三级指标+指标值）在本单位多个项目中重复出现，属套用模板"
    what = (
        "Groups the indicator rows of all project tables of one document by normalised 三级 name "
        "and normalised value; a pair that occurs in at least `min_tables` (default 3) different "
        "project tables is reported once, with the tables in `related`. Exact counts of the "
        "jurisdiction's divisions (村街数 17个) are true shared facts and are excluded."
    )
    why = (
        "财预〔2021〕101号 requires indicators that reflect each project's own output and effect; "
        "an indicator copied unchanged into many projects measures none of them (domain-rules: "
        "'套用模板、千篇一律'). Reviewers want to see the list of tables that share the pair."
    )
    example_context = "needs several project tables of one unit carrying the same indicator"
    bad = "项目成本控制 / 按照规定标准控制 — in 33 of 34 project tables of one unit"
    better = "Each project states its own cost: 单次培训成本 ≤1.3万元; 设备采购单价 ≤0.6万元/台"

    min_tables = 3

    def check_document(self, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        pairs: dict[tuple[str, str], dict[int, IndicatorRow]] = defaultdict(dict)
        for t in distinct_projects(doc):
            for r in t.rows:
                key = indicator_key(r)
                if not key[0] or not key[1]:
                    continue
                pairs[key].setdefault(t.index, r)
        for _key, where in sorted(pairs.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            if len(where) < self.min_tables:
                continue
            sample = next(iter(where.values()))
            if is_shared_fact(sample):
                continue
            tables = sorted(where)
            # name the most common spelling (ties: alphabetical) so the message does not depend
            # on table order — baselines fingerprint it
            spellings = Counter((squeeze(r.level3), squeeze(r.value)) for r in where.values())
            name, value = min(spellings, key=lambda k: (-spellings[k], k))
            label = f"“{name} / {value}”"
            yield Violation(
                message=f"指标{label}在{len(tables)}个项目表中重复出现，属套用模板，未体现各项目特点",
                message_en=f"indicator {label} is repeated in {len(tables)} project tables (boilerplate)",
                evidence=f"{label} 出现于 {tables_label(tables)}：同一三级指标+指标值在≥{self.min_tables}个项目中重复",
                fix=None,
                related=tables,
            )


# --------------------------------------------------------------------------------------------
# T102 identical tables
# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# T102 identical tables
# --------------------------------------------------------------------------------------------

RowKey = tuple[str, str]
Token = tuple[RowKey, int]  # a row key and its occurrence number (tables are multisets)


def _row_keys(t: Table) -> list[RowKey]:
    return [indicator_key(r) for r in t.rows]


def table_difference(a: Table, b: Table) -> tuple[int, int]:
    """(differing pairs, matched pairs) between two tables' (三级, value) multisets.

    Matched = rows whose key occurs in both tables (as often as in both); differing = unmatched
    rows of the longer table."""
    ka, kb = Counter(_row_keys(a)), Counter(_row_keys(b))
    matched = sum((ka & kb).values())
    return max(len(a.rows), len(b.rows)) - matched, matched


def _tokens(keys: list[RowKey]) -> list[Token]:
    seen: Counter[RowKey] = Counter()
    out = []
    for k in keys:
        out.append((k, seen[k]))
        seen[k] += 1
    return out


@register
class IdenticalTables(Rule):
    code = "T102"
    name = "identical-tables"
    family = "T"
    severity = "warning"
    scope = "document"
    summary = "两个或多个项目的绩效指标表相同或近乎相同"
    what = (
        "Compares the project tables of a document as multisets of (normalised 三级, value) pairs. "
        "Two tables are near-identical when they have the same number of rows (±1) and at most "
        "`max_diff` (2) — and at most a third — of the longer table's pairs are unmatched, with at "
        "least 4 matched rows. Exact copies are grouped by hash; near copies are candidates only "
        "when they share one of the rarest few pairs (prefix filtering), so the work grows about "
        "linearly with the number of tables. Pairs are merged into groups; one finding per group "
        "with the tables in `related`."
    )
    why = (
        "Different projects have different outputs; identical tables mean the targets were not "
        "set for the project (财预〔2021〕101号: 指标应与项目内容相关、可衡量). Identical tables also "
        "make the later self-evaluation meaningless."
    )
    example_context = "compares the indicator tables of several projects of one unit"
    bad = "北部片区 / 配套 / 西燕路 / 市政管网 works: the same six rows with the same values"
    better = "Each works project: 道路长度 ≥2.3公里, 管网铺设 ≥4.1公里, 竣工验收合格率 100%"

    max_diff = 2
    min_matched = 4
    max_listed_pairs = 8  # exact copies beyond this many tables are listed as one chain

    def required_overlap(self, rows: int) -> int:
        """Matched rows two tables need when the longer one has `rows` rows."""
        return max(self.min_matched, rows - self.max_diff, math.ceil(2 * rows / 3))

    def _near_pairs(self, reps: list[Table]) -> Iterator[tuple[Table, Table, int]]:
        """(a, b, diff) for near-identical representatives, found by prefix filtering."""
        tokens = {t.index: _tokens(_row_keys(t)) for t in reps}
        freq: Counter[Token] = Counter(tok for toks in tokens.values() for tok in set(toks))
        by_token: dict[Token, list[Table]] = defaultdict(list)
        for t in reps:
            ordered = sorted(set(tokens[t.index]), key=lambda tok: (freq[tok], tok))
            for tok in ordered[: len(t.rows) - self.required_overlap(len(t.rows)) + 1]:
                by_token[tok].append(t)
        seen: set[tuple[int, int]] = set()
        for holders in by_token.values():
            for i, a in enumerate(holders):
                for b in holders[i + 1 :]:
                    pair = (min(a.index, b.index), max(a.index, b.index))
                    if pair in seen or abs(len(a.rows) - len(b.rows)) > 1:
                        continue
                    seen.add(pair)
                    diff, matched = table_difference(a, b)
                    if matched >= self.required_overlap(max(len(a.rows), len(b.rows))):
                        yield (a, b, diff) if a.index < b.index else (b, a, diff)

    def check_document(self, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        tables = [t for t in distinct_projects(doc) if len(t.rows) >= self.min_matched]
        exact: dict[tuple[RowKey, ...], list[Table]] = defaultdict(list)
        for t in tables:
            exact[tuple(sorted(_row_keys(t)))].append(t)
        uf = UnionFind()
        copies: list[list[int]] = []
        for members in exact.values():
            if len(members) > 1:
                copies.append([t.index for t in members])
                for t in members[1:]:
                    uf.union(members[0].index, t.index)
        for a, b, _diff in self._near_pairs([m[0] for m in exact.values()]):
            uf.union(a.index, b.index)
        for group in uf.groups():
            yield self._violation(doc, group, [c for c in copies if c[0] in group])

    def _violation(self, doc: Document, group: list[int], copies: list[list[int]]) -> Violation:
        identical: list[str] = []
        for c in copies:
            if len(c) > self.max_listed_pairs:
                identical.append("=".join(f"表{x}" for x in c))
            else:
                identical += [f"表{x}=表{y}" for i, x in enumerate(c) for y in c[i + 1 :]]
        identical.sort(key=lambda s: [int(n) for n in re.findall(r"\d+", s)])
        # the group's own tables only (a scan of every table per group was quadratic)
        by_index = {t.index: t for t in doc.tables}
        names = "；".join(
            f"表{i}“{short(by_index[i].project, 24)}”" for i in sorted(group) if i in by_index
        )
        detail = f"完全相同：{'、'.join(identical)}" if identical else "各表仅1-2行指标或取值不同"
        return Violation(
            message=f"{len(group)}个项目的绩效指标表相同或近乎相同（{tables_label(group)}），指标未按项目分别设置",
            message_en=f"{len(group)} project tables are (near-)identical: {tables_label(group)}",
            evidence=f"{names}；{detail}",
            related=group,
        )
