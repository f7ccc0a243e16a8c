"""Row rules of family V: vagueness and specificity (V401-V405)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from functools import lru_cache

from auditor.domain import place_vocab as pv
from auditor.domain import row_vocab as rv
from auditor.domain import vague_values as vv
from auditor.domain.framework import QUANTITY, canonical_level2
from auditor.domain.units import unit_family
from auditor.domain.vocab import BOILERPLATE_VALUE_PATTERNS, GRADED_VALUE_WORDS, VAGUE_VALUE_WORDS
from auditor.extract.normalize import fold, letters, squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.context import RuleContext


def _name(row: IndicatorRow) -> str:
    return squeeze(row.level3)


def _ev(row: IndicatorRow, reason: str) -> str:
    return f"{_name(row)} {squeeze(row.value)}：{reason}"


def _value_text(row: IndicatorRow) -> str:
    """The qualitative part of the value, punctuation dropped."""
    pv = row.parsed
    return letters(pv.text if pv.text is not None else row.value)


# -- V401 -------------------------------------------------------------------------------------


def _is_short_vague(text: str) -> bool:
    if not text or text in GRADED_VALUE_WORDS or vv.ZERO_CHANGE.match(text):
        return False
    if text in VAGUE_VALUE_WORDS:
        return True
    if re.search(r"\d", text) or len(text) > 12:
        return False
    return bool(
        rv.VAGUE_PHRASE_PATTERN.match(text)
        or rv.VAGUE_EFFECT_PATTERN.match(text)
        or vv.is_vague_phrase(text)
    )


def is_vague_value(text: str) -> bool:
    """An ungraded qualitative target: a short vague phrase, or a sentence ending in one."""
    return _is_short_vague(text) or vv.vague_predicate(text, _is_short_vague) is not None


@register
class UngradedQualitativeValue(Rule):
    code = "V401"
    name = "ungraded-qualitative-value"
    family = "V"
    severity = "warning"
    scope = "row"
    cells_only = True
    summary = "定性指标值无判定标准（提高、提升、明显、健全、有效、改善…）"
    what = (
        "Flags a target that is a bare adjective or verb of improvement — 提高, 明显提高, 逐步提升, 健全, 改善, "
        "有效促进, 长期, 保持…稳定 — with no number and no graded scale. Graded words (优/良/中/差, 达到/部分达到/"
        "未达到, 合格, 是/否) are not flagged, nor rows whose description is a checklist of yes/no questions (是否…). "
        "Beyond the word list it reads a small grammar (auditor/domain/vague_values.py): an adverb of manner on "
        "any verb (有效化解, 持续推进, 按时发放), a gradable adjective with no scale (浓厚, 更加便捷), a vague verb "
        "with its object (改善群众生活条件), a sentence ending in one of these (合法权益得到维护); a bound on the "
        "change itself (不增加, 零增长) is checkable and not flagged, and a boilerplate claim is left to V402."
    )
    why = (
        "Goals must be quantified where possible and qualitative values must be graded, not adjectives (88号 "
        "细化量化, 101号 量化易评; 10号 scores qualitative indicators in three attainment bands) — domain-rules "
        "§3.1, §3.2, §4.2 P-02."
    )
    bad = "效果指标/社会效益指标/提升工作效率 | 提高 ; 效益指标/社会效益指标/救助对象基本生活 | 得到有效保障"
    better = "事项平均办理时限 | ≤5个工作日（上年7个工作日） ; 救助对象月人均救助金 | ≥620元"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        if pv.number is not None or "garbled" in pv.flags:
            return
        text = _value_text(row)
        if not is_vague_value(text) or is_boilerplate_value(text):
            return  # a boilerplate phrase is V402's finding, not also V401's
        desc = fold(row.description)
        if "是否" in desc and len(desc) >= 30:
            return  # the description is a yes/no checklist that grades the word
        yield Violation(
            message=f"指标值“{squeeze(row.value)}”是无判定标准的定性表述，无法考核。",
            message_en=f"Value '{squeeze(row.value)}' is an ungraded qualitative word; give a number or a graded standard.",
            evidence=_ev(row, f"“{text}”无判定标准"),
        )


# -- V402 -------------------------------------------------------------------------------------


def _usable(pattern: str) -> bool:
    """Shared patterns this rule does not use: conformity to a named requirement ("符合组织单位要求",
    "达到省市要求标准") points at an external standard, so it is not flagged as boilerplate here; the
    bare-prefix claim pattern is replaced by the stricter effect-claim pattern of row_vocab."""
    return not pattern.startswith("^(符合|满足)") and pattern != r"^(起到|达到|取得|产生)"


_BOILERPLATE = [
    re.compile(p)
    for p in [p for p in BOILERPLATE_VALUE_PATTERNS if _usable(p)]
    + list(rv.EXTRA_BOILERPLATE_PATTERNS)
]


@lru_cache(maxsize=65536)
def is_boilerplate_value(text: str) -> bool:
    return bool(text) and any(p.search(text) for p in _BOILERPLATE)


@register
class BoilerplateValue(Rule):
    code = "V402"
    name = "boilerplate-value"
    family = "V"
    severity = "warning"
    scope = "row"
    cells_only = True
    summary = "指标值为适用于任何项目的套话"
    what = (
        "Flags a target that is a procedural or generic phrase fitting any project: 按工作计划及时完成, "
        "按照规定标准控制, 按规定执行, 起到/达到（一定的）社会效益/可持续影响, 达到预期目标, 持续发挥作用."
    )
    why = (
        "A boilerplate phrase names a procedure, not a result, so nothing can be measured against it; it is the "
        "typical sign of copied indicators (domain-rules §3.2, §4.2 P-02 指标不细化不量化, P-09 照搬照抄)."
    )
    bad = "产出指标/成本指标/项目成本控制 | 按照规定标准控制"
    better = "项目总成本 | ≤45万元"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        cands = {letters(row.value), letters(pv.text)} - {""}
        hit = next((c for c in cands if is_boilerplate_value(c)), None)
        if hit is None:
            return
        yield Violation(
            message=f"指标值“{squeeze(row.value)}”是通用套话，不是可考核的目标。",
            message_en=f"Value '{squeeze(row.value)}' is a boilerplate phrase, not a measurable target.",
            evidence=_ev(row, f"通用套话“{hit}”"),
        )


# -- V403 -------------------------------------------------------------------------------------


def restatement_key(text: str | None) -> str:
    """Name/description key for V403: punctuation, 的, scope fillers (区内/全县/本级) and demonstratives
    (此项→项) removed, 个数/数量→数."""
    t = letters(text)
    t = t.replace("个数", "数").replace("数量", "数").replace("的", "")
    t = pv.DEMONSTRATIVE.sub("", t)
    t = pv.SCOPE_FILLER.sub("", t)
    # "反映X" / "X情况" defines nothing beyond the name X (common-indicator libraries open a
    # definition with 反映, but a definition must then say how X is counted)
    return _DEFINITION_LEAD.sub("", t)


_DEFINITION_LEAD = re.compile(r"^(反映|体现|衡量|考核|评价)|(情况|程度)$")
# What a description adds to the name without defining anything: a counting word ("…件数"),
# a direction of the target ("…提升情况", "…丰富程度").
_COUNT_TAIL = re.compile(r"(人次|[件次人户份个台套座所项场名]?数)$")
_DIRECTION_TAIL = re.compile(
    r"(得到|得以)?(有效|明显|进一步)?(提升|提高|改善|减少|延长|增加|降低|增强|丰富|加强|维护|保障)$"
)


# Whether the work was done ("…开展情况", "…落实情况"): a state of the work, not its measure.
_PROGRESS_TAIL = re.compile(r"(开展|完成|实施|落实|执行|推进)$")


def _bare(key: str) -> str:
    return _COUNT_TAIL.sub("", _DIRECTION_TAIL.sub("", _DEFINITION_LEAD.sub("", key)))


def _drop_value_tail(desc: str, value: str) -> str:
    """The description without a tail that the value already says ("…扬尘排放" for 达标排放)."""
    # the longest tail first; a tail the value holds is no longer than the value (starting
    # there keeps a long description linear instead of slicing it at every position)
    for i in range(max(1, len(desc) - len(value)), len(desc) - 1):
        if desc[i:] in value:
            return desc[:i]
    return desc


def restates(name: str, desc: str, value: str) -> bool:
    """The description is the name again: equal, the name plus a counting word, a direction or
    the target, or the name minus a modifier ("服务质量" for 基层医疗卫生机构服务质量)."""
    if name == desc:
        return True
    n, d = _bare(name), _bare(_drop_value_tail(desc, value) if value else desc)
    if not n or not d:
        return False
    # "(反映)巡查开展情况" for 秸秆禁烧巡查: whether the work named last was done, no definition
    done = _PROGRESS_TAIL.sub("", d)
    if done != d and len(done) >= 2 and n.endswith(done):
        return True
    return n == d or (len(d) >= 4 and (n.endswith(d) or n.startswith(d)))


@register
class DescriptionRepeatsName(Rule):
    code = "V403"
    name = "description-repeats-name"
    family = "V"
    severity = "warning"
    scope = "row"
    cells_only = True
    summary = "指标描述只是重复指标名称"
    what = (
        "Flags a description (绩效指标描述/指标说明) that merely repeats the 三级 name (compared without spaces, "
        "punctuation, 的, filler scope words), so the indicator has no definition, formula or scope. A description "
        "that adds a scope word (耗材购买数量 for 购买数量) is not flagged."
    )
    why = (
        "The description is the definition scored at self-evaluation; common-indicator libraries give each 三级 a "
        "'反映…' definition and budget systems store a 计算公式 (domain-rules §2, §3.3)."
    )
    bad = "产出指标/成本指标/项目成本控制 | 描述：项目成本控制"
    better = "项目成本控制 | 描述：项目实际支出不超过批复预算的金额（含设备与运维）"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        if not row.description or not row.level3:
            return
        a, b = restatement_key(row.level3), restatement_key(row.description)
        if a and restates(a, b, letters(row.value)):
            yield Violation(
                message=f"指标描述“{squeeze(row.description)}”只重复了指标名称，未给出定义、口径或计算方法。",
                message_en="The description repeats the indicator name; add a definition, scope or formula.",
                evidence=f"{_name(row)} / {squeeze(row.description)}：描述仅复述名称",
            )


# -- V404 -------------------------------------------------------------------------------------


def table_has_basis_column(table: Table) -> bool:
    """Whether the table layout has a 指标值确定依据 column.

    An explicit `has_basis_column` attribute (set by an extractor that saw the header) wins; otherwise the
    column is inferred from the rows: a table where at least one row has a basis has the column.
    """
    explicit = getattr(table, "has_basis_column", None)
    if explicit is not None:
        return bool(explicit)
    return any(r.basis and r.basis.strip() for r in table.rows)


def basis_key(text: str | None) -> str:
    return letters(text)


@register
class GenericBasis(Rule):
    code = "V404"
    name = "generic-basis"
    family = "V"
    severity = "info"
    scope = "row"
    summary = "指标值确定依据缺失或笼统"
    what = (
        "Flags a row whose 指标值确定依据 is empty, in a table that has that column, or is only a category label "
        "(计划标准, 行业标准, 现实需求, 工作计划, 工作需要, 政策文件 …) instead of a concrete source (a named "
        "document, contract, register, survey, or historical values)."
    )
    why = (
        "88号 lists the kinds of 绩效标准 (计划/行业/历史标准); naming the kind is not naming the evidence. Budget "
        "systems store 指标值确定依据, 上年指标值 and 计算公式 as separate fields (domain-rules §3.3)."
    )
    bad = "产出指标/数量指标/协管员人数 | ≥5人 | 依据：计划标准"
    better = "协管员人数 | ≥5人 | 依据：《气代煤工作实施方案》（2021）协管员配置表"

    def row_context(self, table: Table, doc: Document, ctx: RuleContext) -> Hashable:
        return table_has_basis_column(table)

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        key = basis_key(row.basis)
        if not key:
            if not table_has_basis_column(table):
                return
            yield Violation(
                message="指标值确定依据为空。",
                message_en="The basis of the target value (指标值确定依据) is empty.",
                evidence=f"{_name(row)}：指标值确定依据为空",
            )
            return
        if rv.is_generic_basis(key):
            yield Violation(
                message=f"指标值确定依据“{squeeze(row.basis)}”过于笼统，未指明具体依据：请写明文件名称和文号、合同、台账，或历史数据的年份与数值。",
                message_en=f"Basis '{squeeze(row.basis)}' is a generic label, not a concrete source.",
                evidence=f"{_name(row)}：依据“{squeeze(row.basis)}”过于笼统",
            )


# -- V405 -------------------------------------------------------------------------------------

_CONSTRUCTION_WORDS = (
    "建设",
    "工程",
    "改造",
    "修复",
    "修缮",
    "道路",
    "基础设施",
    "管网",
    "维修",
    "新建",
    "扩建",
    "整治",
)


# Building work is accepted or redone: an acceptance rate far below 100 % plans for works that
# fail acceptance (labelling guide, V405). 90 % and above is left alone (the samples' gold).
_LOW_ACCEPTANCE_PCT = 90.0


def _is_works_acceptance(name: str, table: Table) -> bool:
    """An acceptance pass rate (验收合格率) of building work, named in the row or the project."""
    if "验收" not in name or "合格" not in name:
        return False
    return any(w in name or w in fold(table.project) for w in _CONSTRUCTION_WORDS)


@register
class TriviallyLowTarget(Rule):
    code = "V405"
    name = "trivially-low-target"
    family = "V"
    severity = "warning"
    scope = "row"
    summary = "目标值相对资金规模过低"
    what = (
        "Flags targets that are met without effort: the project counted as its own output (项目数量 ≥1项) in a "
        "construction project; a handful of cheap items (耗材, 书籍, 资料) for a budget that would buy far more "
        "(more than 1,000 元 per printed item, more than 50,000 元 per consumable item); a satisfaction target below 80 %; "
        "an acceptance pass rate of building work below 90 %."
    )
    why = (
        "88号 适当性: the goal must match the funds, neither too low nor too high (domain-rules §3.4, §4.1, §4.2 "
        "P-11); satisfaction targets are usually ≥85/90/95 %, below 80 % is low (domain-rules §3.5)."
    )
    bad = "产出指标/数量指标/项目数量 | ≥1项 | 项目：北部片区道路修复工程"
    better = "道路修复面积 | ≥12000平方米（或 修复路段 ≥3条）"

    def row_context(self, table: Table, doc: Document, ctx: RuleContext) -> Hashable:
        return (table.project, type(table.budget_wan), table.budget_wan)

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        pv = row.parsed
        if pv.number is None or "garbled" in pv.flags:
            return
        reason = self._reason(row, table)
        if reason:
            yield Violation(
                message=f"指标值“{squeeze(row.value)}”相对项目内容和资金规模明显偏低：{reason}。",
                message_en=f"Target '{squeeze(row.value)}' is trivially low for the project and its funds.",
                evidence=_ev(row, reason),
            )

    def _reason(self, row: IndicatorRow, table: Table) -> str | None:
        pv = row.parsed
        if pv.number is None:
            return None
        name = rv.core(row.level3)
        if "满意" in name and pv.unit == "%" and pv.comparator in ("≥", ">", "=", None):
            if pv.number < rv.LOW_SATISFACTION_PCT:
                return f"满意度目标{rv.number_text(pv.number)}%低于{rv.number_text(rv.LOW_SATISFACTION_PCT)}%"
            return None
        if _is_works_acceptance(name, table) and pv.unit == "%":
            if pv.comparator in ("≥", ">", "=", None) and pv.number < _LOW_ACCEPTANCE_PCT:
                return (
                    f"工程验收合格率目标{rv.number_text(pv.number)}%：验收不合格的工程不能交付使用"
                )
            return None
        if canonical_level2(row.level2) != QUANTITY or unit_family(pv.unit) != "count":
            return None
        if pv.comparator in ("≤", "<"):
            return None
        project = fold(table.project)
        if (
            pv.number <= 1
            and any(w in name for w in rv.PROJECT_SELF_WORDS)
            and any(w in project for w in _CONSTRUCTION_WORDS)
            and not any(w in project for w in rv.PAYMENT_PROJECT_WORDS)
        ):
            return f"建设类项目仅要求“{rv.number_text(pv.number)}{pv.unit}”，以项目本身作为产出"
        count = pv.number * (10000 if (pv.raw_unit or "").startswith("万") else 1)
        unit = (pv.raw_unit or "").lstrip("万") or pv.unit
        if table.budget_wan and count > 0 and unit in rv.ITEM_UNITS:
            text = row.level3 + (row.description or "")
            per_item = table.budget_wan * 10000 / count
            tiers = (
                (rv.PRINTED_ITEM_WORDS, rv.PRINTED_ITEM_MAX_YUAN),
                (rv.CONSUMABLE_WORDS, rv.CONSUMABLE_MAX_YUAN),
            )
            for words, limit in tiers:
                if rv.contains_any(text, words) and per_item > limit:
                    return (
                        f"预算{rv.number_text(table.budget_wan)}万元仅要求{rv.number_text(pv.number)}{pv.raw_unit or pv.unit}，"
                        f"折合每{unit}约{per_item:,.0f}元"
                    )
        return None
