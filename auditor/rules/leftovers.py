"""T105 leftovers from another place, unit, level, occasion or project.

A document rule: row texts give row-scope findings, goals and titles project-scope ones, the body
text document-scope ones. Quoted names of other projects are found through an index of the
project names by 5-character runs, so a document's cost grows about linearly with its tables.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache

from auditor.domain import place_vocab as pv
from auditor.domain.county_names import other_counties, own_counties
from auditor.extract.normalize import fold, squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import goal_items, longest_common, norm_text, short
from auditor.rules.context import RuleContext


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
def _any_word(word_level: str) -> re.Pattern[str]:
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
        return ()
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


_MIN_LEAK = 5  # characters a quoted project name must share with a goal item


class ProjectNames:
    """The project names of a document, indexed by their 5-character runs: the tables whose name
    can share a run of at least 5 characters with a text are found without a scan of every table."""

    def __init__(self, tables: list[Table]) -> None:
        self.tables = tables
        self.by_index = {t.index: t for t in tables}
        self.position = {t.index: i for i, t in enumerate(tables)}
        self.cores = {t.index: norm_text(t.project) for t in tables}
        self.by_gram: dict[str, set[int]] = defaultdict(set)
        for t in tables:
            core = self.cores[t.index]
            for i in range(len(core) - _MIN_LEAK + 1):
                self.by_gram[core[i : i + _MIN_LEAK]].add(t.index)

    def sharing(self, text: str) -> set[int]:
        """Indexes of the tables whose name shares a 5-character run with `text`."""
        out: set[int] = set()
        for i in range(len(text) - _MIN_LEAK + 1):
            out |= self.by_gram.get(text[i : i + _MIN_LEAK], set())
        return out


def leaked_project_name(item: str, table: Table, names: ProjectNames) -> tuple[str, Table] | None:
    """A goal item that quotes the name of another project of the document and not its own."""
    n = norm_text(item)
    own = names.cores.get(table.index) or norm_text(table.project)
    if not n or not own:
        return None
    own_common = longest_common(n, own)
    if len(own_common) > 3:
        return None
    candidates = names.sharing(n) - {table.index}
    best: tuple[str, Table] | None = None
    # only the tables sharing a 5-character run, in document order: a scan of every table here
    # made T105 quadratic on compilations (1,500 tables: 12 s)
    for o in (names.by_index[i] for i in sorted(candidates, key=names.position.__getitem__)):
        common = longest_common(n, names.cores[o.index])
        specific = _GENERIC_NAME_PART.sub("", common)
        if (
            len(common) >= _MIN_LEAK
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
    holders = [i for i in names.sharing(best[0]) - {table.index} if best[0] in names.cores[i]]
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
        "basis (when the budget year is known); (6) another county's name (嵩川县 in a table of "
        "伊洛县; kinds of county such as 示范县, determiners, partner counties excepted). Rows → row scope, goals/titles → project scope, "
        "body text → document scope."
    )
    why = (
        "Leftovers show that the text was copied from another unit or project without being "
        "adapted, so the target cannot be relied on (domain-rules: 照搬照抄、张冠李戴)."
    )
    example_context = "compares the text with the unit's own place, level and occasion"
    bad = "经开区春节送温暖活动慰问金 — 质量指标 “退役士兵八一慰问完成率 =100%”"
    better = "春节慰问覆盖率：春节前慰问退役军人及困难群众 ≥320户，覆盖率100%"

    def check_document(self, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        level = unit_level(doc)
        year = _doc_year(doc)
        tables = list(doc.tables)
        names = ProjectNames(tables)
        own = own_counties([doc.unit] + [t.unit_line for t in tables])
        own_key = frozenset(own)
        for t in tables:
            name_occ = occasions_in(t.project)
            occ_key = frozenset(name_occ)
            for r in t.rows:
                reasons = list(_row_reasons(tuple(_row_texts(r)), level, occ_key, year, own_key))
                if reasons:
                    yield Violation(
                        message=f"指标“{short(r.level3, 20)}”疑为照抄未改：{reasons[0]}",
                        message_en="indicator text left over from another place, level or occasion",
                        evidence="；".join(dict.fromkeys(reasons)),
                        table_index=t.index,
                        row_index=r.index,
                        scope="row",
                    )
            reasons = _goal_leftovers(t, level, name_occ, names)
            reasons += _county_leftovers([("目标", t.goal or ""), ("标题", t.title or "")], own)
            if reasons:
                yield Violation(
                    message=f"项目“{short(t.project, 30)}”的目标/标题疑为照抄未改：{reasons[0]}",
                    message_en="goal or title left over from another unit, level or project",
                    evidence="；".join(dict.fromkeys(reasons)),
                    table_index=t.index,
                    scope="project",
                )
        hits = _body_leftovers(doc, level)
        if hits:
            yield Violation(
                message=f"正文残留其他层级单位的用语（本单位为{pv.LEVEL_NAME_ZH.get(level or '', '')}），疑为照抄未改",
                message_en="body text contains self-references of another administrative level",
                evidence="；".join(hits[:5]) + (f" 等{len(hits)}处" if len(hits) > 5 else ""),
                scope="document",
            )


@lru_cache(maxsize=16384)
def _row_reasons(
    texts: tuple[tuple[str, str], ...],
    level: str | None,
    name_occ: frozenset[str],
    year: int | None,
    own: frozenset[str],
) -> tuple[str, ...]:
    """Why a row's cells (field, text) look copied, memoised per distinct cells and document
    facts (templated tables repeat rows)."""
    reasons = _row_leftovers(texts, level, set(name_occ), year)
    return tuple(reasons + _county_leftovers(list(texts), set(own)))


def _row_leftovers(
    texts: tuple[tuple[str, str], ...], level: str | None, name_occ: set[str], year: int | None
) -> list[str]:
    """Why a row's cells look copied: another level's words, another occasion, an old plan."""
    reasons = []
    for field, text in texts:
        for w, wl in level_leftovers(text, level):
            reasons.append(
                f"{field}“{short(text, 30)}”含“{w}”（{pv.LEVEL_NAME_ZH[wl]}用语，本单位为{pv.LEVEL_NAME_ZH.get(level or '', '')}）"
            )
        if name_occ and field != "指标值确定依据":
            other = occasions_in(text) - name_occ
            if other:
                reasons.append(
                    f"{field}“{short(text, 30)}”写“{'、'.join(sorted(other))}”，项目为“{'、'.join(sorted(name_occ))}”"
                )
        if year:
            for m in _YEAR_PLAN.finditer(fold(text)):
                y = int(m.group(1))
                if y <= year - 2:
                    reasons.append(f"{field}引用{y}年{m.group(2)}，预算年度为{year}年")
    return reasons


def _county_leftovers(texts: list[tuple[str, str]], own: set[str]) -> list[str]:
    """Another county's name in a text of this county's table."""
    reasons = []
    for field, text in texts:
        for name in dict.fromkeys(other_counties(fold(text), own)):
            mine = "、".join(f"{o}县" for o in sorted(own))
            reasons.append(f"{field}“{short(text, 30)}”写的是“{name}”，本单位属{mine}")
    return reasons


def _goal_leftovers(
    t: Table, level: str | None, name_occ: set[str], names: ProjectNames
) -> list[str]:
    """Why a table's goal or title looks copied: another level's words, another occasion, a
    topic foreign to the project, or another project's name."""
    reasons = []
    for text in [t.goal or "", t.title or ""]:
        for w, wl in level_leftovers(text, level):
            reasons.append(
                f"“{w}”为{pv.LEVEL_NAME_ZH[wl]}用语，本单位为{pv.LEVEL_NAME_ZH.get(level or '', '')}"
            )
    if name_occ and t.goal:
        other = occasions_in(t.goal) - name_occ
        if other:
            reasons.append(
                f"目标写“{'、'.join(sorted(other))}”，项目为“{'、'.join(sorted(name_occ))}”"
            )
    name_topics = topics_of_name(t.project)
    if t.kind == "project" and name_topics and t.goal:
        for topic, phrase in goal_topics(t.goal).items():
            if not (pv.COMPATIBLE_TOPICS.get(topic, {topic}) & name_topics):
                reasons.append(f"目标写“{phrase}”，与项目“{short(t.project, 24)}”的职能无关")
    if t.kind == "project":
        for it in goal_items(t.goal):
            leak = leaked_project_name(it, t, names)
            if leak:
                common, o = leak
                reasons.append(
                    f"目标“{short(it, 30)}”写的是表{o.index}“{short(o.project, 24)}”的内容“{common}”"
                )
    return reasons


def township_kind(doc: Document) -> str | None:
    """镇, 乡 or 街道 when the issuing unit is a township-level one, from the end of its name."""
    m = pv.TOWNSHIP_KIND_UNIT.search(squeeze(doc.unit or ""))
    return m.group(1) if m else None


def other_township_words(text: str, kind: str | None) -> list[str]:
    """Self-references of another kind of township ("我镇" in a street office's text)."""
    if kind is None:
        return []
    t = pv.SELF_REFERENCE_FALSE.sub("", fold(text))
    return [w for k, words in pv.TOWNSHIP_KIND_WORDS.items() if k != kind for w in words if w in t]


def _body_leftovers(doc: Document, level: str | None) -> list[str]:
    hits = []
    kind = township_kind(doc) if level == "township" else None
    for line in doc.body:
        found = [w for w, _wl in level_leftovers(line.text, level, coverage=False)]
        for w in found + other_township_words(line.text, kind):
            where = f"第{line.line}行" if line.line else (line.context or "正文")
            hits.append(f"{where}“{short(line.text, 30)}”含“{w}”")
    return hits
