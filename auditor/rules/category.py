"""Row rules of family C: category and structure (C201, C202, C205, C206).

C203/C204 are project-scope and live elsewhere. The category checks use the two indicator
frameworks of auditor.domain.framework (88号 tree and 101号 tree, both accepted) and the
content vocabulary of auditor.domain.row_vocab (what each 二级 should measure).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Hashable, Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from auditor.domain import row_vocab as rv
from auditor.domain.category_fit import category_fit
from auditor.domain.framework import (
    EFFECT,
    EVALUATION_ONLY_NAMES,
    SERVICE_SATISFACTION,
    canonical_level1,
    canonical_level2,
    is_evaluation_framework,
    is_valid_pair,
    parents_of_level2,
)
from auditor.domain.measure import COMPLETION_VERBS, infer_measure
from auditor.domain.units import unit_family
from auditor.extract.normalize import fold, letters, squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import NONE_VALUES
from auditor.rules.context import RuleContext
from auditor.rules.goals import GENERIC_WORDS
from auditor.rules.output_effect import EFFECT_LEVEL2, output_count_reason


def _name(row: IndicatorRow) -> str:
    return squeeze(row.level3)


def _ev(row: IndicatorRow, reason: str) -> str:
    return f"{squeeze(row.level2)}/{_name(row)} {squeeze(row.value)}：{reason}"


_INDICATOR_SUFFIX = re.compile(r"指标$")


def _text(row: IndicatorRow) -> str:
    """Name and description together (what the row talks about)."""
    return fold(row.level3) + "|" + fold(row.description)


def evaluation_table(table: Table, doc: Document, ctx: RuleContext) -> bool:
    """An evaluation framework (决策/过程/产出/效益), declared as one or recognised by its 一级
    blocks: its 决策/过程 names and criteria are that framework's own (memoised per table)."""
    if table.kind == "evaluation_system":
        return True
    key = ("evaluation-table", doc.source, id(doc), table.index)
    found = ctx.memo.get(key)
    if not isinstance(found, bool):
        found = is_evaluation_framework(r.level1 for r in table.rows)
        ctx.memo[key] = found
    return found


@lru_cache(maxsize=4096)
def _eval_name(name: str | None) -> bool:
    k = _INDICATOR_SUFFIX.sub("", fold(name))
    return k in EVALUATION_ONLY_NAMES


@register
class InvalidCategoryPair(Rule):
    code = "C201"
    name = "invalid-category-pair"
    family = "C"
    severity = "error"
    scope = "row"
    summary = "二级指标不属于所列一级指标（框架层级错误）"
    what = (
        "Flags a 二级 that is not valid under its 一级 in either live framework (88号 tree with 成本 under 产出, "
        "101号 tree with 成本 as 一级), after synonym normalisation (社会效益 = 社会效益指标, 环境效益 = 生态效益…); "
        "and evaluation-only names (决策, 过程, 资金管理, 组织实施 …) used as 一级/二级 of a goal table. Provincial "
        "整体-table templates that place 满意度 under 效果/效益 are accepted in overall tables."
    )
    why = (
        "Self-evaluation scores each 一级 with its own weight (10号: 产出 50 %, 效益 30 %, 满意度 10 %), so a 二级 filed "
        "under the wrong 一级 is scored in the wrong block (domain-rules §1.1, §1.2, §1.3, §3.7)."
    )
    bad = "效益指标/服务对象满意度指标/受益群众满意度 | ≥90%"
    better = "满意度指标/服务对象满意度指标/受益群众满意度 | ≥90%"

    def row_context(self, table: Table, doc: Document, ctx: RuleContext) -> Hashable:
        return (evaluation_table(table, doc, ctx), table.kind)

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        if evaluation_table(table, doc, ctx):
            return  # 决策/过程/产出/效益 are that framework's own categories
        l1, l2 = squeeze(row.level1), squeeze(row.level2)
        if _eval_name(l1) or _eval_name(l2):
            bad = l1 if _eval_name(l1) else l2
            yield Violation(
                message=f"“{bad}”是绩效评价（10号）框架的指标名称，不应出现在绩效目标表中。",
                message_en=f"'{bad}' is an evaluation-framework category, not a goal-table category.",
                evidence=f"{l1}/{l2}：评价框架名称用作目标表指标类别",
            )
            return
        if is_valid_pair(l1, l2) is not False:
            return
        c1, c2 = canonical_level1(l1), canonical_level2(l2)
        if table.kind == "overall" and c1 == EFFECT and c2 == SERVICE_SATISFACTION:
            return  # provincial 整体 templates (部门效果/满意度, 效益指标/满意度) — domain-rules §1.4
        parents = "、".join(sorted(parents_of_level2(l2))) or "无"
        yield Violation(
            message=f"二级指标“{l2}”不属于一级指标“{l1}”（应属于：{parents}）。",
            message_en=f"Level-2 '{l2}' is not valid under level-1 '{l1}' in either framework.",
            evidence=f"{l1}/{l2}：二级指标应归入 {parents}",
        )


# A misfit must be at least this sure to be reported (category_fit confidences: 0.9 a head word
# ending the name, 0.75 a 二级 without the signal it requires, 0.6-0.7 weaker evidence).
MIN_CONFIDENCE = 0.6


def _level2_label(key: str | None) -> str:
    return key or "其他二级指标"


@register
class MisplacedIndicator(Rule):
    code = "C202"
    name = "misplaced-indicator"
    family = "C"
    severity = "warning"
    scope = "row"
    summary = "三级指标所计量内容属于另一个二级指标"
    what = (
        "Reads what the 三级 measures from its name, description and value together (the measure "
        "of the head word, content facets such as money spent, income, time, the environment, "
        "quality of a delivered artefact, satisfaction, and the value's unit) and holds it against "
        "what each 二级 measures (auditor.domain.category_model, written as data): money under "
        "数量/质量/效益, counts under 质量/时效/成本, outcome changes under 质量, a 时效 row with no "
        "time, a 成本 row with no money or a budget-execution rate (spending progress, not cost), a 生态效益 row with no environmental content, income under "
        "可持续影响, artefact quality (故障率/合格率) under 效益, satisfaction standing in for an "
        "effect. A table without a 三级 column (name and target together in the value cell) is "
        "read from the value; empty, placeholder and template rows (a category name as 三级) are "
        "left to T107, output counts under 效益 to C206. The finding names the 二级 the content "
        "belongs to, why, and the model's confidence."
    )
    why = (
        "Each 二级 measures one dimension (财预〔2021〕101号; domain-rules §2 table); misfiled "
        "indicators leave the real dimension unmeasured and distort self-evaluation. Common "
        "problems P-04 (质量/效益 confused), P-05 (满意度 instead of 效益), P-06 (money under 数量, "
        "cost control under 生态效益), P-07 (process indicators as effects) in domain-rules §4.2."
    )
    bad = "产出指标/质量指标/基本公共卫生服务覆盖村街个数 | =17个"
    better = "产出指标/数量指标/基本公共卫生服务覆盖村街个数 | =17个"

    def row_context(self, table: Table, doc: Document, ctx: RuleContext) -> Hashable:
        return evaluation_table(table, doc, ctx)

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        if evaluation_table(table, doc, ctx):
            return
        subject = indicator_subject(row)
        if subject is None:
            return
        fit = category_fit(subject)
        if fit.fits or fit.confidence < MIN_CONFIDENCE:
            return
        if canonical_level2(row.level2) in EFFECT_LEVEL2 and output_count_reason(subject):
            return  # an output count filed as an effect is C206's finding
        row = subject
        l2 = squeeze(row.level2)
        target = f"，应列入{_level2_label(fit.home)}" if fit.home else ""
        yield Violation(
            message=f"“{_name(row)}”不符合“{l2}”的含义：{fit.reason}{target}。",
            message_en=(
                f"'{_name(row)}' does not measure what '{l2}' should measure"
                + (f"; it belongs under {fit.home}" if fit.home else "")
                + "."
            ),
            evidence=_ev(row, f"{fit.reason}{target}（置信度{fit.confidence:.2f}）"),
        )


_PLACEHOLDER_NAME = re.compile(r"(指标|序号|编号|\d|[a-zA-Z])*")


def _has_content(text: str | None) -> bool:
    """A name with words of its own: not empty, not dots or a numbered placeholder (指标2：)."""
    return not _PLACEHOLDER_NAME.fullmatch(letters(text))


def indicator_subject(row: IndicatorRow) -> IndicatorRow | None:
    """The row whose content is judged: the row itself; for a table without a 三级 column (the
    name and the target printed together in the value cell: "补助标准每亩10元") the value read as
    the name; None for a row with nothing to judge (an empty or placeholder row) or a template row
    that repeats a category name as its 三级 (T107's finding)."""
    if _has_content(row.level3):
        named = canonical_level2(row.level3) or canonical_level1(row.level3)
        return None if named else row
    if not _has_content(row.value) or fold(row.value) in NONE_VALUES:
        return None  # nothing, or "无" in a slot with no indicator (T107's template row)
    return row.model_copy(update={"level3": row.value})


# -- C205 -------------------------------------------------------------------------------------

_SATISFACTION_DESC_WORDS = (
    "满意", "评价", "认可", "调查", "问卷", "测评", "评议", "好评", "意见",
    "回访", "抽样", "抽查", "访谈", "座谈",  # how the satisfaction is surveyed ("结案回访")
    "差评", "评分", "打分", "星级",  # a rating system the public scores the service in (好差评)
)  # fmt: skip
# For a rate "X率" defined by a formula, the formula must mention X or a synonym.
_RATE_STEM_SYNONYMS: dict[str, tuple[str, ...]] = {
    "及时": (
        "及时",
        "按时",
        "按期",
        "准时",
        "时限",
        "时间",
        "用时",
        "规定",
        "约定",
        "期限",
        "响应",
    ),
    "合格": ("合格", "达标", "验收", "通过", "符合"),
    "满意": _SATISFACTION_DESC_WORDS,
    "知晓": ("知晓", "知道", "了解", "知悉"),
    "覆盖": ("覆盖", "纳入", "涵盖", "全部", "总数", "应"),
    "完好": ("完好", "正常", "完整"),
    "到位": ("到位", "到账", "拨付", "下达"),
}
_EVENT_COUNT = re.compile(r"(场次|次数|班次|批次|期数)$")
_FORMULA = re.compile(r"[/÷]|占.{1,30}(比|率)")


@lru_cache(maxsize=65536)
def _replaced_topic(name: str, desc: str) -> tuple[str, str] | None:
    """A description that copies the name's template but swaps its topic ("党建工作" -> "服务群众工作")."""
    if len(name) < 6 or len(desc) < 6:
        return None
    sm = difflib.SequenceMatcher(a=name, b=desc, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = ops[0]
    a, b = name[i1:i2], desc[j1:j2]
    same = len(name) - len(a)
    if len(a) < 2 or len(b) < 2 or abs(len(a) - len(b)) > 1 or same < 0.5 * len(name):
        return None
    if i1 == 0 or i2 == len(name):
        return (
            None  # only a swap inside a shared frame ("每年村级…工作完成时间") is a different topic
        )
    if set(a) & set(b):
        return None  # a rewording, not a different topic
    if COMPLETION_VERBS.fullmatch(a) and COMPLETION_VERBS.fullmatch(b):
        return None  # 完成/竣工/完工: synonyms of completion
    return a, b


@register
class NameDescriptionMismatch(Rule):
    code = "C205"
    name = "name-description-mismatch"
    family = "C"
    severity = "warning"
    scope = "row"
    summary = "三级指标名称与指标描述所指不是同一事物"
    what = (
        "Flags a row whose description (绩效指标描述) defines something else than the name: a description that is "
        "the name of another indicator of the same document (swapped cells); a satisfaction indicator described "
        "without any satisfaction/evaluation content; a count described as a rate (or the reverse) on a different "
        "topic; a rate whose formula never mentions what the rate measures (及时率 = 故障次数/运行天数); a copied "
        "name template whose topic was swapped (党建工作 vs 服务群众工作); a '反映…情况' definition whose "
        "topic shares no word and at most a third of its characters with the name's subject; a count of "
        "items (≥1200项) described as a count of people (工作人员数量)."
    )
    why = (
        "The description is the definition a self-evaluation is scored against (common-indicator libraries give "
        "every 三级 a one-line '反映…' definition, domain-rules §2); if it defines something else the target "
        "cannot be assessed (88号 完整性/相关性, domain-rules §4.1)."
    )
    bad = "产出指标/数量指标/服务企业数 | ≥50家 | 描述：企业安全问题总整改率"
    better = "服务企业数 | ≥50家 | 描述：年内走访服务的规上企业户数"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        name, desc = rv.core(row.level3), rv.core(row.description)
        if not name or not desc or name == desc:
            return
        reason = self._reason(row, name, desc, doc, ctx)
        if reason:
            yield Violation(
                message=f"指标名称“{_name(row)}”与描述“{squeeze(row.description)}”不是同一事物：{reason}。",
                message_en=f"The name '{_name(row)}' and its description describe different things.",
                evidence=f"{_name(row)} / {squeeze(row.description)}：{reason}",
            )

    def _reason(
        self, row: IndicatorRow, name: str, desc: str, doc: Document, ctx: RuleContext
    ) -> str | None:
        # (1) the description is another indicator's name (swapped or copied cells)
        key = ("C205-names", doc.source, id(doc))
        names = ctx.memo.get(key)
        if not isinstance(names, frozenset):
            names = frozenset(rv.core(r.level3) for _, r in doc.rows())
            ctx.memo[key] = names
        if desc in names and fuzz.ratio(name, desc) < 40 and rv.char_overlap(name, desc) < 0.15:
            return "描述是另一个指标的名称"
        # (2) satisfaction without satisfaction content
        if (
            "满意" in name
            and not any(w in desc for w in _SATISFACTION_DESC_WORDS)
            and len(desc) >= 4
        ):
            return "满意度指标的描述与满意度无关"
        return _content_reason(row.level3, row.description or "") or _people_for_items(row)


# A description that counts the staff or people ("窗口工作人员数量", "参与人数").
_PEOPLE_COUNT = re.compile(r"(人员|人数|人次)(数量|数|总数)?$")


def _people_for_items(row: IndicatorRow) -> str | None:
    """The description counts people while the name and its value count items or things
    (进驻事项 ≥1200项 described as 窗口工作人员数量): the description defines another measure."""
    desc = rv.core(row.description)
    if not _PEOPLE_COUNT.search(desc) or "人" in letters(row.level3):
        return None
    if unit_family(row.parsed.unit) != "count" or rv.char_overlap(row.level3, desc) >= 0.5:
        return None
    return "描述计量人员数量，名称和指标值计量的是事项/物品"


@lru_cache(maxsize=16384)
def _content_reason(level3: str, description: str) -> str | None:
    """C205's reasons (3)–(7): they read only the name and the description, so they are
    memoised per distinct pair (templated tables repeat them)."""
    row = IndicatorRow(index=1, level3=level3, description=description)
    name, desc = rv.core(level3), rv.core(description)
    formula = _FORMULA.search(fold(row.description))
    # (3) a count described as a rate, or a rate as a count, on a different topic
    nf = rv.measure_family(row.level3)
    df = None if formula else rv.measure_family(row.description)
    if {nf, df} in ({"count", "rate"}, {"person", "rate"}) and rv.char_overlap(
        row.level3, row.description
    ) < 0.6:
        return "名称计量数量，描述计量比率" if nf != "rate" else "名称计量比率，描述计量数量"
    # people in the name, events in the description ("演出人数" described as "演出场次")
    if nf == "person" and df == "count" and _EVENT_COUNT.search(rv.core(row.description)):
        return "名称计量人数，描述计量场次/次数"
    # (4) a good-news rate whose formula counts bad events (及时率 = 故障次数/运行天数)
    stem = re.search(r"(.{2})率$", name)
    if nf == "rate" and formula and stem and rv.polarity(stem.group(1)) == "pos":
        numerator = re.split(r"[/÷]|占", fold(row.description))[0]
        if rv.polarity(numerator) == "neg" and rv.contains_any(
            numerator, ("次数", "数量", "件数", "起数", "个数")
        ):
            return "正向比率的计算公式以故障/问题数为分子"
    # (5) the name template with another topic
    swapped = _replaced_topic(name, desc)
    if swapped:
        return f"名称为“{swapped[0]}”，描述为“{swapped[1]}”"
    # (6) a duration described as an improvement claim
    if (
        nf == "time"
        and re.match(r"^(可|能|将)?(提升|提高|改善|促进)", desc)
        and not any(w in desc for w in rv.TIME_HEADS)
    ):
        return "名称计量时间/年限，描述为成效表述"
    # (6b) a "反映X情况" definition whose topic X shares nothing with the name
    topic = None if formula else reflected_topic_mismatch(name, desc)
    if topic:
        return f"描述反映的是“{topic}”，与名称所指不同"
    # (7) the name and the description, each read by the measure model, measure different things
    if not formula:
        return measure_mismatch(row)
    return None


# A definition in the common-indicator libraries' form: "反映<topic>(的完成)?情况/程度/水平".
_REFLECTS = re.compile(r"^(主要)?(用于)?(反映|衡量)(了)?")
_REFLECT_TAIL = re.compile(
    r"(的)?(完成|落实|实施|开展|执行|达标|提升|改善|保障|建设|工作)?(的)?"
    r"(情况|程度|水平|效果|成效|状况|进度|质量|数量|能力)?$"
)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


@lru_cache(maxsize=65536)
def reflected_topic_mismatch(name: str, desc: str) -> str | None:
    """The topic of a "反映…情况" description when it shares no two-character word and at most a
    third of its characters with the name's subject (the name without its measure word): "乡村
    医生培训人次" defined as "反映乡镇卫生院标准化建设完成情况" is another indicator's definition."""
    if not _REFLECTS.match(desc):
        return None
    topic = _REFLECT_TAIL.sub("", _REFLECTS.sub("", desc))
    head = infer_measure(name).head
    subject = name[: len(name) - len(head)] if head and name.endswith(head) else name
    a, b = GENERIC_WORDS.sub("", subject), GENERIC_WORDS.sub("", topic)
    if len(a) < 2 or len(b) < 2 or _bigrams(a) & _bigrams(b):
        return None
    return topic if len(set(a) & set(b)) <= len(set(a)) / 3 else None


# Pairs of measures a name and its description cannot share (name kind, description kind).
_INCOMPATIBLE: dict[str, frozenset[str]] = {
    "rate": frozenset({"duration", "date", "money", "person"}),
    "person": frozenset({"satisfaction", "duration", "date", "money"}),
    "count": frozenset({"satisfaction", "duration", "date", "money"}),
    "money": frozenset({"satisfaction", "rate", "person"}),
    "duration": frozenset({"satisfaction", "rate", "money"}),
    "date": frozenset({"satisfaction", "rate", "money"}),
    "satisfaction": frozenset({"rate", "count", "person", "money", "duration", "date"}),
}
_KIND_WORD = {
    "rate": "比率", "person": "人数", "count": "数量", "money": "金额", "duration": "时长",
    "date": "时间", "satisfaction": "满意度", "length": "长度", "area": "面积",
}  # fmt: skip
# An abstract degree as the head of a description ("居民出行便利程度"): a different topic when it
# shares nothing with a name that has a definite measure.
# A description that names another rate ("窗口工作人员到岗率"), not one that defines a share
# ("应保对象中实际获得保障的比例").
_OTHER_RATE = re.compile(r"[^比占]{2}率$")
_ABSTRACT_HEAD = re.compile(r"(程度|水平|能力|状况|情况|效果|成效|氛围)$")


def measure_mismatch(row: IndicatorRow) -> str | None:
    """Name and (non-formula) description measure different things, by the measure model."""
    name_m = infer_measure(row.level3)
    desc_m = infer_measure(row.description)
    nk, dk = name_m.kind, desc_m.kind
    if nk is None or name_m.confidence < 0.75:
        return None
    overlap = rv.char_overlap(row.level3, row.description)
    if dk is not None and dk in _INCOMPATIBLE.get(nk, frozenset()):
        if (
            dk == "rate"
            and nk == "satisfaction"
            and any(w in fold(row.description) for w in _SATISFACTION_DESC_WORDS)
        ):
            return None
        if "satisfaction" in (nk, dk) or overlap < 0.6:
            # the same topic measured two ways ("成本控制率" described as 平均支出成本) is a
            # wording or unit problem (U301), not a description of another thing
            return f"名称计量{_KIND_WORD[nk]}，描述计量{_KIND_WORD[dk]}"
        return None
    desc = rv.core(row.description)
    if nk == dk == "rate" and overlap < 0.3 and _OTHER_RATE.search(desc):
        return "名称与描述是两个不同的比率"
    if dk is None and overlap == 0 and len(desc) >= 4 and _ABSTRACT_HEAD.search(desc):
        return "描述的是另一事物的程度，与名称所计量的对象无关"
    return None
