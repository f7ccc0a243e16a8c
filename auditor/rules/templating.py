"""T — templated / copy-pasted content (T101–T105, T107; T106 lives in corpus_index.py).

Rules here compare texts *inside one document*: normalised indicator pairs across project
tables (T101), whole tables (T102), goal texts (T103/T104) and vocabulary that does not fit the
unit or the project (T105), plus template artefacts (T107).

Rules whose code spans scopes (T103 project+document, T105 and T107 row+project+document) are
document rules: the engine calls `check_document` once and every Violation carries its own
scope, table_index and row_index.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache

from rapidfuzz import fuzz

from auditor.domain import place_vocab as pv
from auditor.extract.normalize import fold, letters, squeeze
from auditor.extract.normalize import indicator_key as shared_indicator_key
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register

# --------------------------------------------------------------------------------------------
# Shared helpers (also used by goals.py)
# --------------------------------------------------------------------------------------------

_TAGS = re.compile(r"<[^>]{1,20}>")
# Item numbering: "1." "2、" "（3）" "①" "一、" at the start or after whitespace/sentence end.
_ITEM_SPLIT = re.compile(
    r"(?:^|(?<=[\s。；;：:！!]))\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十][、.．])"
)
_DIGIT = re.compile(r"\d")


def project_tables(doc: Document) -> list[Table]:
    return [t for t in doc.tables if t.kind == "project"]


def goal_items(goal: str | None) -> list[str]:
    """Split a goal text into its items ("1. X 2. Y" / lines), raw text without numbering."""
    if not goal:
        return []
    text = _TAGS.sub(" ", goal)
    parts: list[str] = []
    for line in re.split(r"[\n\r]+", text):
        for p in _ITEM_SPLIT.split(line):
            p = p.strip(" \t\u3000;；。，,")
            if p:
                parts.append(p)
    return parts


@lru_cache(maxsize=65536)
def norm_text(text: str | None) -> str:
    """Comparable core of a text: folded, no whitespace/punctuation, lower-case Latin."""
    return letters(text).lower()


@lru_cache(maxsize=65536)
def longest_common(a: str, b: str) -> str:
    """Longest common substring. Scans the shorter string's substrings from the longest down and
    lets `str.__contains__` (C speed) search the longer one: far faster than difflib for the short
    names and goal items compared here."""
    if not a or not b:
        return ""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    for size in range(len(short), 0, -1):
        for i in range(len(short) - size + 1):
            sub = short[i : i + size]
            if sub in long_:
                return sub
    return ""


def collapsed_goal(goal: str | None) -> str:
    """Normalised goal with repeated items removed (so "X X" compares equal to "X")."""
    seen: list[str] = []
    for it in goal_items(goal):
        n = norm_text(it)
        if n and n not in seen:
            seen.append(n)
    return "|".join(seen)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list]:
        out: dict = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return [sorted(v) for v in out.values() if len(v) > 1]


def _short(text: str, n: int = 40) -> str:
    text = squeeze(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def _tables_label(indexes: Iterable[int]) -> str:
    return "、".join(f"表{i}" for i in sorted(indexes))


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
    bad = "项目成本控制 / 按照规定标准控制 — in 33 of 34 project tables of one unit"
    better = "Each project states its own cost: 单次培训成本 ≤1.3万元; 设备采购单价 ≤0.6万元/台"

    min_tables = 3

    def check_document(self, doc, ctx):
        pairs: dict[tuple[str, str], dict[int, IndicatorRow]] = defaultdict(dict)
        for t in project_tables(doc):
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
                evidence=f"{label} 出现于 {_tables_label(tables)}：同一三级指标+指标值在≥{self.min_tables}个项目中重复",
                fix=None,
                related=tables,
            )


# --------------------------------------------------------------------------------------------
# T102 identical tables
# --------------------------------------------------------------------------------------------


def _row_keys(t: Table) -> list[tuple[str, str]]:
    return [indicator_key(r) for r in t.rows]


def table_difference(a: Table, b: Table) -> tuple[int, int]:
    """(differing pairs, matched pairs) between two tables' (三级, value) multisets.

    Rows are matched exactly first, then a remaining row whose name is the same and value differs,
    or whose value is the same and name nearly the same (ratio ≥ 85), counts as one differing pair.
    Differing = unmatched rows of the longer table."""
    ka, kb = _row_keys(a), _row_keys(b)
    rest_b = list(kb)
    matched = 0
    rest_a = []
    for k in ka:
        if k in rest_b:
            rest_b.remove(k)
            matched += 1
        else:
            rest_a.append(k)
    return max(len(ka), len(kb)) - matched, matched


@register
class IdenticalTables(Rule):
    code = "T102"
    name = "identical-tables"
    family = "T"
    severity = "warning"
    scope = "document"
    summary = "两个或多个项目的绩效指标表相同或近乎相同"
    what = (
        "Compares every pair of project tables of a document as multisets of (normalised 三级, "
        "value) pairs. Two tables are near-identical when they have the same number of rows (±1) "
        "and at most `max_diff` (2) — and at most a third — of the longer table's pairs are "
        "unmatched, with at least 4 matched rows. Pairs are merged into groups; one finding per group with the tables in "
        "`related`."
    )
    why = (
        "Different projects have different outputs; identical tables mean the targets were not "
        "set for the project (财预〔2021〕101号: 指标应与项目内容相关、可衡量). Identical tables also "
        "make the later self-evaluation meaningless."
    )
    bad = "北部片区 / 配套 / 西燕路 / 市政管网 works: the same six rows with the same values"
    better = "Each works project: 道路长度 ≥2.3公里, 管网铺设 ≥4.1公里, 竣工验收合格率 100%"

    max_diff = 2
    min_matched = 4

    def check_document(self, doc, ctx):
        tables = [t for t in project_tables(doc) if len(t.rows) >= self.min_matched]
        uf = _UnionFind()
        pair_info: dict[tuple[int, int], int] = {}
        for i, a in enumerate(tables):
            for b in tables[i + 1 :]:
                if abs(len(a.rows) - len(b.rows)) > 1:
                    continue
                diff, matched = table_difference(a, b)
                longest = max(len(a.rows), len(b.rows))
                if matched >= self.min_matched and diff <= self.max_diff and diff * 3 <= longest:
                    uf.union(a.index, b.index)
                    pair_info[(a.index, b.index)] = diff
        for group in uf.groups():
            identical = [
                f"表{x}=表{y}"
                for (x, y), d in sorted(pair_info.items())
                if d == 0 and x in group and y in group
            ]
            names = "；".join(
                f"表{t.index}“{_short(t.project, 24)}”" for t in doc.tables if t.index in group
            )
            detail = (
                f"完全相同：{'、'.join(identical)}" if identical else "各表仅1-2行指标或取值不同"
            )
            yield Violation(
                message=f"{len(group)}个项目的绩效指标表相同或近乎相同（{_tables_label(group)}），指标未按项目分别设置",
                message_en=f"{len(group)} project tables are (near-)identical: {_tables_label(group)}",
                evidence=f"{names}；{detail}",
                related=group,
            )


# --------------------------------------------------------------------------------------------
# T103 duplicated goal text
# --------------------------------------------------------------------------------------------


def duplicate_items(items: list[str]) -> list[tuple[int, int, str]]:
    """Pairs of goal items (1-based) that repeat each other: equal, nearly equal, or one repeated
    inside the other. Returns (i, j, kind)."""
    norms = [norm_text(x) for x in items]
    out = []
    for i in range(len(norms)):
        for j in range(i + 1, len(norms)):
            a, b = norms[i], norms[j]
            if len(a) < 4 or len(b) < 4:
                continue
            if a == b:
                out.append((i + 1, j + 1, "相同"))
                continue
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            if len(short) >= 6 and short in long_:
                out.append((i + 1, j + 1, "包含"))
                continue
            if fuzz.ratio(a, b) >= 90:
                out.append((i + 1, j + 1, "近乎相同"))
                continue
            # the same result clause repeated after a different lead-in ("通过…，实现X" / "…，实现X"):
            # the common run must be the end of the shorter item, where Chinese goals put the result
            common = longest_common(short, long_)
            if len(common) >= 10 and len(common) >= 0.6 * len(short) and short.endswith(common):
                out.append((i + 1, j + 1, "结果表述重复"))
    return out


@register
class DuplicatedGoal(Rule):
    code = "T103"
    name = "duplicated-goal"
    family = "T"
    severity = "warning"
    scope = "document"  # emits project-scope (in one goal) and document-scope (across goals)
    summary = "绩效目标文字重复：同一项目内目标条目重复，或多个项目目标相同"
    what = (
        "Project scope: the goal's numbered items repeat each other — identical, nearly identical "
        "(ratio ≥ 90), one item contained in another, or sharing a run of ≥10 characters that covers "
        "≥60% of the shorter item. Document scope: the goals of two or more projects are the same "
        "or nearly the same after removing numbering and repeated items (ratio ≥ 90); one finding "
        "per group with the tables in `related`."
    )
    why = (
        "A goal states what this project will achieve this year (财预〔2021〕101号 §绩效目标); "
        "'1. X 2. X' fills the form without adding a second target, and the same goal for different "
        "projects means the goals were copied, not set."
    )
    bad = "1. 确保机关各项工作正常运转 2. 确保机关各项工作正常运转"
    better = "1. 完成ISO9001体系换证审核，取得新证书 2. 年内内审不合格项整改率100%"

    group_ratio = 90

    def check_document(self, doc, ctx):
        goals: dict[int, str] = {}
        for t in project_tables(doc):
            items = goal_items(t.goal)
            dups = duplicate_items(items)
            if dups:
                i, j, kind = dups[0]
                pairs = "；".join(f"第{a}条与第{b}条{k}" for a, b, k in dups)
                yield Violation(
                    message=f"项目“{_short(t.project, 30)}”的绩效目标条目重复（{pairs}），未提出新的目标",
                    message_en=f"goal items repeat each other ({len(dups)} pair(s))",
                    evidence=f"第{i}条“{_short(items[i - 1])}” / 第{j}条“{_short(items[j - 1])}”：{kind}",
                    table_index=t.index,
                    scope="project",
                )
            g = collapsed_goal(t.goal)
            if len(g.replace("|", "")) >= 8:
                goals[t.index] = g
        uf = _UnionFind()
        idx = sorted(goals)
        for a_i, a in enumerate(idx):
            for b in idx[a_i + 1 :]:
                ga, gb = goals[a], goals[b]
                if ga == gb or fuzz.ratio(ga, gb) >= self.group_ratio:
                    uf.union(a, b)
        by_index = {t.index: t for t in doc.tables}
        for group in uf.groups():
            first = by_index[group[0]]
            same = all(goals[x] == goals[group[0]] for x in group)
            yield Violation(
                message=f"{len(group)}个项目的绩效目标{'相同' if same else '近乎相同'}（{_tables_label(group)}）",
                message_en=f"{len(group)} projects share the {'same' if same else 'nearly the same'} goal text",
                evidence=f"{_tables_label(group)} 目标均为“{_short(' / '.join(dict.fromkeys(goal_items(first.goal))), 50)}”",
                related=group,
                scope="document",
            )


# --------------------------------------------------------------------------------------------
# T104 goal restates the project
# --------------------------------------------------------------------------------------------


def has_outcome(text: str) -> bool:
    t = fold(text)
    return any(w in t for w in pv.OUTCOME_WORDS)


_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(个|项|人|名|次|场|期|户|家|台|套|所|座|篇|件|条|处|册|本|份|辆|吨|亩|公顷|公里|千米|米|平方米|㎡|立方米|%|％|万元|元|天|小时)"
)


def restates_project(item: str, project: str) -> str | None:
    """Why an item only restates the project (None if it states a result)."""
    n, p = norm_text(item), norm_text(project)
    if not n:
        return None
    if has_outcome(item) or _QUANTITY.search(fold(item)):
        return None
    if p and (n == p or fuzz.ratio(n, p) >= 80 or (len(n) >= 4 and (n in p or p in n))):
        return "复述项目名称"
    if pv.USE_PREFIX.search(fold(item)):
        return "仅写资金用途"
    if pv.FUND_NOUN_END.search(n):
        return "仅列资金名称"
    return "仅描述工作内容，无预期结果"


@register
class GoalRestatesProject(Rule):
    code = "T104"
    name = "goal-restates-project"
    family = "T"
    severity = "warning"
    scope = "project"
    summary = "绩效目标只复述项目名称或资金用途，没有预期结果"
    what = (
        "Flags a project goal whose every item (after removing numbering) contains no result word "
        "(提高/保障/实现/完成/降低…) and no quantity (数字+单位), and is the project name, a fund use (主要用于…/用于…/为…提供), a "
        "bare fund name (…扶持资金) or a plain description of the activity."
    )
    why = (
        "A performance goal is the expected output and effect of the money within the year "
        "(财预〔2021〕101号); naming the fund or what it pays for gives nothing to evaluate."
    )
    bad = "中国开发区协会会费 — goal: 1. 中国开发区协会会费 2. 中国开发区协会会费"
    better = "按时缴纳会费，全年参加协会组织的政策研讨、经验交流活动不少于3次，形成学习报告2篇"

    def check_table(self, table, doc, ctx):
        if table.kind != "project":
            return
        items = goal_items(table.goal)
        if not items:
            return
        reasons = [restates_project(it, table.project) for it in items]
        if all(reasons):
            kinds = "、".join(dict.fromkeys(r for r in reasons if r))
            yield Violation(
                message=f"绩效目标只复述项目名称或资金用途（{kinds}），未写明预期产出和效果",
                message_en="the goal only restates the project name or the use of funds; no intended result",
                evidence=f"目标“{_short(' '.join(items), 60)}”；项目“{_short(table.project, 30)}”：无任何结果性表述",
            )


# --------------------------------------------------------------------------------------------
# T105 leftovers from another place / unit / level / occasion
# --------------------------------------------------------------------------------------------


def unit_level(doc: Document) -> str | None:
    """Administrative level of the issuing unit from its name (and table unit lines)."""
    names = [doc.unit or ""] + [t.unit_line or "" for t in doc.tables[:3]]
    text = " ".join(squeeze(n) for n in names if n)
    if not text:
        return None
    unit = squeeze(doc.unit or "") or text
    if pv.TOWNSHIP_UNIT.search(text):
        return "township"
    if pv.COUNTY_UNIT.search(unit):
        return "county"
    if pv.CITY_UNIT.search(unit):
        return "city"
    if pv.PROVINCE_UNIT.search(unit):
        return "province"
    if pv.COUNTY_UNIT.search(text):
        return "county"
    return None


@cache
def _any_word(word_level: str) -> re.Pattern:
    """One alternation per level: a single C-speed scan before the per-word look-up."""
    return re.compile("|".join(map(re.escape, pv.SELF_REFERENCE_WORDS[word_level])))


def level_leftovers(
    text: str, level: str | None, *, coverage: bool = True
) -> list[tuple[str, str]]:
    """Memoised front of `_level_leftovers` (boilerplate texts repeat across rows and tables)."""
    return list(_level_leftovers(text, level, coverage))


@lru_cache(maxsize=65536)
def _level_leftovers(text: str, level: str | None, coverage: bool) -> tuple[tuple[str, str], ...]:
    """Words of another administrative level in a text: [(word, level of the word)].

    Self-references of a lower level (我镇/全乡 in a county text) always count; with `coverage`,
    so does the coverage of a higher level (省内… in a county indicator or goal)."""
    if not text or level is None:
        return []
    t = pv.SELF_REFERENCE_FALSE.sub("", fold(text))
    rank = pv.LEVEL_RANK[level]
    out = []
    for word_level, words in pv.SELF_REFERENCE_WORDS.items():
        if pv.LEVEL_RANK[word_level] > rank and _any_word(word_level).search(t):
            out += [(w, word_level) for w in words if w in t]
    if coverage:
        for word_level, pattern in pv.HIGHER_SCOPE_PATTERNS.items():
            if pv.LEVEL_RANK[word_level] < rank:
                out += [(m.group(0), word_level) for m in pattern.finditer(t)]
    return tuple(out)


def occasions_in(text: str) -> set[str]:
    return set(_occasions_in(text))


@lru_cache(maxsize=65536)
def _occasions_in(text: str) -> frozenset[str]:
    t = fold(text)
    found = set()
    for key, variants in pv.OCCASIONS.items():
        for v in variants:
            # "八一" must not be part of a number ("2018一") — CJK digits are fine here
            for m in re.finditer(re.escape(v), t):
                before = t[m.start() - 1] if m.start() else ""
                if key in ("五一", "六一", "七一", "八一", "三八", "五四") and (
                    before.isdigit() or before in "十百千第"
                ):
                    continue
                found.add(key)
    return frozenset(found)


def topics_of_name(name: str) -> set[str]:
    t = fold(name)
    return {k for k, ws in pv.NAME_TOPIC_WORDS.items() if any(w in t for w in ws)}


def goal_topics(text: str) -> dict[str, str]:
    t = fold(text)
    out = {}
    for k, ws in pv.GOAL_TOPIC_PHRASES.items():
        for w in ws:
            if w in t:
                out[k] = w
                break
    return out


_GENERIC_NAME_PART = re.compile(
    r"经费|资金|费用|工作|项目|专项|建设|日常|服务|管理|运行|维护|年费|补助|[县区市镇乡]|经开区|开发区|高新区|本级"
)


def _name_core(project: str) -> str:
    return norm_text(project)


def leaked_project_name(item: str, table: Table, others: list[Table]) -> tuple[str, Table] | None:
    """A goal item that quotes the name of another project of the document and not its own."""
    n = norm_text(item)
    own = _name_core(table.project)
    if not n or not own:
        return None
    own_common = longest_common(n, own)
    if len(own_common) > 3:
        return None
    best: tuple[str, Table] | None = None
    for o in others:
        if o.index == table.index:
            continue
        common = longest_common(n, _name_core(o.project))
        specific = _GENERIC_NAME_PART.sub("", common)
        if (
            len(common) >= 5
            and len(specific) >= 4
            and len(common) >= len(own_common) + 3
            and common not in own
        ):
            if best is None or len(common) > len(best[0]):
                best = (common, o)
    if best is None:
        return None
    # the quoted words must identify that one project: a phrase shared by several project names
    # ("大气污染防治") is a topic of the unit, not another project's identity
    holders = [o for o in others if o.index != table.index and best[0] in _name_core(o.project)]
    return best if len(holders) == 1 else None


_YEAR_PLAN = re.compile(r"((?:19|20)\d{2})\s*年[^，。；]{0,20}(计划|方案|要点|安排)")


def _doc_year(doc: Document) -> int | None:
    if doc.year:
        return doc.year
    return None


def _row_texts(row: IndicatorRow) -> list[tuple[str, str]]:
    out = [("三级指标", row.level3), ("指标描述", row.description or ""), ("指标值", row.value)]
    if row.basis:
        out.append(("指标值确定依据", row.basis))
    return [(k, v) for k, v in out if v]


@register
class ForeignLeftover(Rule):
    code = "T105"
    name = "foreign-leftover"
    family = "T"
    severity = "warning"
    scope = "document"  # emits row-, project- and document-scope violations
    summary = "文本残留其他地区、单位、层级或场合的内容（照抄他处未改）"
    what = (
        "Finds text that belongs to another document or project: (1) a self-reference of a lower "
        "administrative level (我镇/全乡 in a county-level unit) or the coverage of a higher one "
        "(省内… in a county table; references to the parent such as 贯彻我县政策 are fine); "
        "(2) an occasion (春节/八一/中秋…) in an indicator or goal that differs from the occasion "
        "named by the project; (3) a goal phrase of a policy topic (大气污染/空气质量, 武装部…) in a "
        "project whose name belongs to an unrelated function (纪检, 党建, 人员工资…); (4) a goal "
        "item quoting another project's name and not its own; (5) a plan of an older year cited as "
        "basis (when the budget year is known). Rows → row scope, goals/titles → project scope, "
        "body text → document scope."
    )
    why = (
        "Leftovers show that the text was copied from another unit or project without being "
        "adapted, so the target cannot be relied on (domain-rules: 照搬照抄、张冠李戴)."
    )
    bad = "经开区春节送温暖活动慰问金 — 质量指标 “退役士兵八一慰问完成率 =100%”"
    better = "春节慰问覆盖率：春节前慰问退役军人及困难群众 ≥320户，覆盖率100%"

    def check_document(self, doc, ctx):
        level = unit_level(doc)
        year = _doc_year(doc)
        tables = list(doc.tables)
        for t in tables:
            name_occ = occasions_in(t.project)
            name_topics = topics_of_name(t.project)
            # rows
            for r in t.rows:
                reasons = []
                for field, text in _row_texts(r):
                    for w, wl in level_leftovers(text, level):
                        reasons.append(
                            f"{field}“{_short(text, 30)}”含“{w}”（{pv.LEVEL_NAME_ZH[wl]}用语，本单位为{pv.LEVEL_NAME_ZH[level]}）"
                        )
                    if name_occ and field != "指标值确定依据":
                        other = occasions_in(text) - name_occ
                        if other:
                            reasons.append(
                                f"{field}“{_short(text, 30)}”写“{'、'.join(sorted(other))}”，项目为“{'、'.join(sorted(name_occ))}”"
                            )
                    if year:
                        for m in _YEAR_PLAN.finditer(fold(text)):
                            y = int(m.group(1))
                            if y <= year - 2:
                                reasons.append(f"{field}引用{y}年{m.group(2)}，预算年度为{year}年")
                if reasons:
                    yield Violation(
                        message=f"指标“{_short(r.level3, 20)}”疑为照抄未改：{reasons[0]}",
                        message_en="indicator text left over from another place, level or occasion",
                        evidence="；".join(dict.fromkeys(reasons)),
                        table_index=t.index,
                        row_index=r.index,
                        scope="row",
                    )
            # goal and title
            reasons = []
            items = goal_items(t.goal)
            for text in [t.goal or "", t.title or ""]:
                for w, wl in level_leftovers(text, level):
                    reasons.append(
                        f"“{w}”为{pv.LEVEL_NAME_ZH[wl]}用语，本单位为{pv.LEVEL_NAME_ZH[level]}"
                    )
            if name_occ and t.goal:
                other = occasions_in(t.goal) - name_occ
                if other:
                    reasons.append(
                        f"目标写“{'、'.join(sorted(other))}”，项目为“{'、'.join(sorted(name_occ))}”"
                    )
            if t.kind == "project" and name_topics and t.goal:
                for topic, phrase in goal_topics(t.goal).items():
                    if not (pv.COMPATIBLE_TOPICS.get(topic, {topic}) & name_topics):
                        reasons.append(
                            f"目标写“{phrase}”，与项目“{_short(t.project, 24)}”的职能无关"
                        )
            if t.kind == "project":
                for it in items:
                    leak = leaked_project_name(it, t, tables)
                    if leak:
                        common, o = leak
                        reasons.append(
                            f"目标“{_short(it, 30)}”写的是表{o.index}“{_short(o.project, 24)}”的内容“{common}”"
                        )
            if reasons:
                yield Violation(
                    message=f"项目“{_short(t.project, 30)}”的目标/标题疑为照抄未改：{reasons[0]}",
                    message_en="goal or title left over from another unit, level or project",
                    evidence="；".join(dict.fromkeys(reasons)),
                    table_index=t.index,
                    scope="project",
                )
        # body text
        hits = []
        for line in doc.body:
            for w, _wl in level_leftovers(line.text, level, coverage=False):
                where = f"第{line.line}行" if line.line else (line.context or "正文")
                hits.append(f"{where}“{_short(line.text, 30)}”含“{w}”")
        if hits:
            yield Violation(
                message=f"正文残留其他层级单位的用语（本单位为{pv.LEVEL_NAME_ZH.get(level or '', '')}），疑为照抄未改",
                message_en="body text contains self-references of another administrative level",
                evidence="；".join(hits[:5]) + (f" 等{len(hits)}处" if len(hits) > 5 else ""),
                scope="document",
            )


# --------------------------------------------------------------------------------------------
# T107 template artefacts
# --------------------------------------------------------------------------------------------


def template_artefacts(text: str | None) -> list[str]:
    """Memoised front of `_template_artefacts`."""
    return list(_template_artefacts(text)) if text else []


@lru_cache(maxsize=65536)
def _template_artefacts(text: str | None) -> tuple[str, ...]:
    """Descriptions of template artefacts in a text (field codes, placeholders, instructions)."""
    if not text:
        return []
    out = []
    m = pv.FIELD_CODE.search(text) or pv.FIELD_SWITCH.search(text)
    if m:
        out.append(f"Word域代码“{_short(m.group(0), 40)}”")
    t = fold(text)
    m = pv.PLACEHOLDER.search(pv.MARKDOWN_EMPHASIS.sub(lambda x: " " * len(x.group(0)), t))
    if m:
        s = max(0, m.start() - 6)
        out.append(f"占位符“{t[s : m.end() + 2]}”")
    m = pv.TEMPLATE_INSTRUCTION.search(t)
    if m:
        # quote the whole sentence holding the instruction
        s0 = max(t.rfind(p, 0, m.start()) for p in "。；;！!\n") + 1
        ends = [i for i in (t.find(p, m.end()) for p in "。；;！!\n") if i >= 0]
        out.append(f"模板填报提示“{_short(t[s0 : min(ends) if ends else len(t)], 60)}”")
    return tuple(out)


@register
class TemplateArtefact(Rule):
    code = "T107"
    name = "template-artefact"
    family = "T"
    severity = "warning"
    scope = "document"  # emits row-, project- and document-scope violations
    summary = "文本残留模板痕迹：Word域代码、XX/××占位符、模板填报提示"
    what = (
        "Looks for Word field codes ({ TC … \\f C \\l 1 }), placeholders of a blank template (XX, ××, "
        "**, 某某, ___) and the template's fill-in instructions (…应予以细化、量化表述; 可根据…有选择的"
        "进行设置) in indicator cells (row scope), table titles, goals and budget texts (project "
        "scope) and the body text (document scope)."
    )
    why = (
        "Artefacts show the form was not completed: an instruction left in the 指标说明 cell means "
        "the indicator was never defined, and a field code in a title names another project."
    )
    bad = "指标说明: “…分项具体列示本部门重点工作任务推进情况，相关情况应予以细化、量化表述。”"
    better = "指标说明: “年度重点工作12项（见工作要点），完成率=已完成项数/12×100%”"

    def check_document(self, doc, ctx):
        for t in doc.tables:
            for r in t.rows:
                found = []
                for field, text in [
                    ("三级指标", r.level3),
                    ("指标描述", r.description),
                    ("指标值", r.value),
                    ("指标值确定依据", r.basis),
                    ("评分标准", r.scoring_standard),
                ]:
                    for a in template_artefacts(text):
                        found.append(f"{field}含{a}")
                if found:
                    yield Violation(
                        message=f"指标“{_short(r.level3, 20)}”残留模板痕迹（域代码/占位符/填报提示），未按实际填写",
                        message_en="indicator cell contains a template artefact",
                        evidence="；".join(found),
                        table_index=t.index,
                        row_index=r.index,
                        scope="row",
                    )
            found = []
            for field, text in [("标题", t.title), ("绩效目标", t.goal), ("单位", t.unit_line)] + [
                ("资金说明", x) for x in t.budget_texts
            ]:
                for a in template_artefacts(text):
                    found.append(f"{field}含{a}")
            if found:
                clean = pv.FIELD_CODE.sub("", t.title or "").strip()
                yield Violation(
                    fix=f"标题改为“{clean}”"
                    if clean and clean != (t.title or "").strip()
                    else None,
                    message=f"表{t.index}“{_short(t.project, 24)}”的标题/目标残留模板痕迹",
                    message_en="table title or goal contains a template artefact",
                    evidence="；".join(found),
                    table_index=t.index,
                    scope="project",
                )
        hits = []
        for line in doc.body:
            for a in template_artefacts(line.text):
                where = f"第{line.line}行" if line.line else (line.context or "正文")
                hits.append(f"{where}含{a}")
        if hits:
            yield Violation(
                message="正文残留模板痕迹（域代码/占位符/填报提示）",
                message_en="body text contains template artefacts",
                evidence="；".join(hits[:5]) + (f" 等{len(hits)}处" if len(hits) > 5 else ""),
                scope="document",
            )


# --------------------------------------------------------------------------------------------
# T106 the same indicator text in documents of different units (corpus)
# --------------------------------------------------------------------------------------------


def _basename(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


@register
class CrossUnitCopy(Rule):
    code = "T106"
    name = "cross-unit-copy"
    family = "T"
    severity = "info"
    scope = "corpus"
    summary = "同一指标文字（数字除外）在不同单位的公开文件中原样或近乎原样出现"
    what = (
        "Indexes the indicator text (三级 name, plus the description when it adds something) of "
        "every project table of every document with the near-duplicate index of corpus_index.py: "
        "skeleton normalisation (numbers masked, punctuation dropped), exact-skeleton grouping, "
        "MinHash LSH on character 2/3-grams and rapidfuzz verification (ratio ≥ 85). A cluster that "
        "spans documents of two or more units is reported on each row it contains. Texts shorter "
        "than 10 characters (满意度, 合格率) and clusters held by more than half of the units of a "
        "large corpus (a mandated template) are ignored."
    )
    why = (
        "An indicator copied from another unit's disclosure, with only the numbers changed, was "
        "not set for this project (domain-rules: 照搬照抄); the cluster shows reviewers where it "
        "came from."
    )
    bad = "县A “区域内学生视力筛查覆盖率 ≥90%” and county B “区域内学生视力筛查覆盖率 ≥95%” (different units)"
    better = (
        "Each unit defines the indicator for its own project: “全县32所中小学视力筛查覆盖率 100%”"
    )

    min_len = (
        10  # characters after normalisation: shorter names (工作效率提升情况) are common vocabulary
    )
    max_unit_share = 0.5
    max_listed = 3

    def check_corpus(self, docs, ctx):
        from auditor.rules.corpus_index import NearDuplicateIndex, row_text

        index = NearDuplicateIndex(min_len=self.min_len)
        for d_i, doc in enumerate(docs):
            unit = squeeze(doc.unit) or doc.source
            for t in project_tables(doc):
                for r in t.rows:
                    index.add(unit, row_text(r.level3, r.description), (d_i, t.index, r.index))
        for cluster in index.clusters(min_groups=2, max_group_share=self.max_unit_share):
            # one finding per document row; evidence names the other units
            by_unit: dict = defaultdict(list)
            for e in cluster.entries:
                by_unit[e.group].append(e)
            for unit, entries in by_unit.items():
                others = [u for u in by_unit if u != unit]
                listed = "、".join(
                    f"{u}（{_basename(docs[by_unit[u][0].payload[0]].source)} 表{by_unit[u][0].payload[1]}第{by_unit[u][0].payload[2]}行）"
                    for u in others[: self.max_listed]
                )
                more = f"等{len(others)}个单位" if len(others) > self.max_listed else ""
                for e in entries:
                    d_i, t_i, r_i = e.payload
                    yield (
                        docs[d_i],
                        Violation(
                            message=f"指标“{_short(e.text, 30)}”与其他单位公开文件中的指标文字相同或近乎相同，疑为照抄",
                            message_en=f"indicator text also appears in {len(others)} other unit(s)' disclosures",
                            evidence=f"“{_short(e.text, 40)}”亦见于 {listed}{more}（数字除外相同或近乎相同）",
                            table_index=t_i,
                            row_index=r_i,
                        ),
                    )
