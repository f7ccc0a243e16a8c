"""Row rules of family C: category and structure (C201, C202, C205, C206).

C203/C204 are project-scope and live elsewhere. The category checks use the two indicator
frameworks of auditor.domain.framework (88号 tree and 101号 tree, both accepted) and the
content vocabulary of auditor.domain.row_vocab (what each 二级 should measure).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from auditor.domain import row_vocab as rv
from auditor.domain.framework import (
    COST2,
    ECOLOGICAL,
    ECON_COST,
    ECONOMIC,
    EFFECT,
    EVALUATION_ONLY_NAMES,
    QUALITY,
    QUANTITY,
    SERVICE_SATISFACTION,
    SOCIAL,
    SUSTAINABLE,
    TIMELINESS,
    canonical_level1,
    canonical_level2,
    is_valid_pair,
    parents_of_level2,
)
from auditor.domain.measure import COMPLETION_VERBS, infer_measure
from auditor.domain.units import unit_family
from auditor.extract.normalize import fold, squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.context import RuleContext

_EFFECT_LEVEL2 = {ECONOMIC, SOCIAL, SUSTAINABLE}


def _name(row: IndicatorRow) -> str:
    return squeeze(row.level3)


def _ev(row: IndicatorRow, reason: str) -> str:
    return f"{squeeze(row.level2)}/{_name(row)} {squeeze(row.value)}：{reason}"


def _text(row: IndicatorRow) -> str:
    """Name and description together (what the row talks about)."""
    return fold(row.level3) + "|" + fold(row.description)


def _eval_name(name: str | None) -> bool:
    k = fold(name)
    k = re.sub(r"指标$", "", k)
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

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
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


def _c202_reason(row: IndicatorRow) -> str | None:
    """Why the 三级 content belongs to another 二级, or None."""
    c2 = canonical_level2(row.level2)
    if c2 is None:
        return None
    pv = row.parsed
    ufam = unit_family(pv.unit)
    fam = rv.measure_family(row.level3)
    text = _text(row)
    pol = rv.polarity(row.level3)
    measure = infer_measure(row.level3, row.description)
    if c2 == QUANTITY:
        if ufam == "money" and (fam == "money" or rv.contains_any(row.level3, rv.MONEY_HEADS)):
            return "金额/经费标准属成本指标，列入数量指标"
        return None
    if c2 == QUALITY:
        return _quality_misfit(row, measure.kind, ufam, pol)
    if c2 == TIMELINESS:
        if {"deadline", "date"} & set(pv.flags) or ufam == "time":
            return None
        if fam == "time":
            return None  # the name measures time; a wrong unit is U301
        if ufam in ("count", "person") or (
            pv.unit is None and pv.number is not None and fam in ("count", "person")
        ):
            return "数量属数量指标，列入时效指标"
        if (
            fam != "rate"
            and not any(w in text for w in rv.TIMELINESS_WORDS)
            and (ufam == "percent" or "qualitative" in pv.flags)
        ):
            return "指标不反映完成时间或及时性，列入时效指标"
        return None
    if c2 in (COST2, ECON_COST):
        if ufam == "money" or measure.kind == "money":
            return None
        if any(w in text for w in rv.COST_CONTENT_WORDS):
            return None
        if ufam == "percent" and fam == "rate":
            return "比率（覆盖率/合格率等）不是成本，列入成本指标"
        return "指标不反映金额或成本控制，列入成本指标"
    if c2 == ECOLOGICAL:
        if any(w in text for w in rv.ECOLOGICAL_WORDS):
            return None
        return "指标与生态环境无关，列入生态效益指标"
    if c2 in _EFFECT_LEVEL2:
        if c2 == SUSTAINABLE and ufam == "money" and any(w in text for w in rv.ECONOMIC_WORDS):
            return "收入/产值增长属经济效益，列入可持续影响指标"
        if COST_CONTROL.search(rv.core(row.level3)):
            return "项目自身的成本/费用控制属成本指标，列入效益指标"
        if any(w in fold(row.level3) for w in rv.QUALITY_ATTRIBUTE_WORDS):
            return "故障率/合格率是产出质量，列入效益指标"
    return None


# Cost control of the project itself ("项目成本控制", "经费支出控制率"): a 成本 indicator.
COST_CONTROL = re.compile(r"(成本|费用|经费|支出|开支|预算)(的)?(控制|节约|压缩|节省)")


def _quality_misfit(
    row: IndicatorRow, kind: str | None, ufam: str | None, pol: str | None
) -> str | None:
    """Why a 质量 row measures something else: an amount, an income, a count, an effect, a time."""
    pv = row.parsed
    if kind == "money" or (kind is None and ufam == "money"):
        if rv.contains_any(row.level3, rv.ECONOMIC_WORDS):
            return "收入/增收属经济效益指标，列入质量指标"
        return "金额/费用属成本指标，列入质量指标"
    if (
        kind not in ("rate", "satisfaction", "duration", "date")
        and ufam in ("count", "person")
        and pol not in ("neg", "mixed")
        and not rv.contains_any(row.level3, rv.QUALITY_COUNT_WORDS)
    ):
        return f"以“{pv.unit}”计的数量属数量指标，列入质量指标"
    if rv.EFFECT_CHANGE_PATTERN.search(fold(row.level3)):
        return "成效的变化（改善/下降/增长）属效益指标，列入质量指标"
    if re.search(r"(及时|按时|按期|准时)$", rv.core(row.level3)):
        return "及时性属时效指标，列入质量指标"
    return None


@register
class MisplacedIndicator(Rule):
    code = "C202"
    name = "misplaced-indicator"
    family = "C"
    severity = "warning"
    scope = "row"
    summary = "三级指标所计量内容属于另一个二级指标"
    what = (
        "Flags a 三级 indicator whose content belongs to another 二级: money under 数量; counts (个/人/件…) under "
        "质量 or 时效; outcome changes (改善/下降…占…比) under 质量; a 时效 row that measures neither time nor "
        "timeliness; a 成本 row with no money content; a 生态效益 row with no environmental content (office, IT, "
        "training items); income growth under 可持续影响; 故障率/合格率 (output quality) under 效益."
    )
    why = (
        "Each 二级 measures one dimension (domain-rules §2 table); misfiled indicators leave the real dimension "
        "unmeasured and distort self-evaluation. Common problems P-04 (质量/效益 confused), P-06 (指标归类错误: "
        "money under 数量, cost control under 生态效益), P-07 (process indicators as outputs) in domain-rules §4.2."
    )
    bad = "产出指标/质量指标/基本公共卫生服务覆盖村街个数 | =17个"
    better = "产出指标/数量指标/基本公共卫生服务覆盖村街个数 | =17个"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        reason = _c202_reason(row)
        if reason:
            yield Violation(
                message=f"“{_name(row)}”不符合“{squeeze(row.level2)}”的含义：{reason}。",
                message_en=f"'{_name(row)}' does not measure what '{squeeze(row.level2)}' should measure.",
                evidence=_ev(row, reason),
            )


# -- C205 -------------------------------------------------------------------------------------

_SATISFACTION_DESC_WORDS = ("满意", "评价", "认可", "调查", "问卷", "测评", "评议", "好评", "意见")
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
        "name template whose topic was swapped (党建工作 vs 服务群众工作)."
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
        return None


# -- C206 -------------------------------------------------------------------------------------


@register
class OutputAsEffect(Rule):
    code = "C206"
    name = "output-as-effect"
    family = "C"
    severity = "warning"
    scope = "row"
    summary = "效益指标实为产出数量"
    what = (
        "Flags a 效益 (经济/社会/可持续影响) row that counts outputs — activities, visits, events in 次/个/项/场 — or "
        "people brought in by an action (引进人才 ≥1人), rather than a change for the people served. Head-counts of "
        "beneficiaries (受益/就业/带动) and counts of bad events (事故/上访 ≤) are genuine effects and are skipped."
    )
    why = (
        "效益 indicators measure results for beneficiaries or the area; counting what was done belongs in 产出/数量 "
        "(domain-rules §2; §4.2 P-07 process/output indicators used as effects)."
    )
    bad = "效益指标/可持续影响指标/项目方回访次数 | ≥1 次"
    better = "产出指标/数量指标/项目方回访次数 | ≥1次（或 效益指标改为 回访项目问题整改率 ≥90%）"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        if canonical_level2(row.level2) not in _EFFECT_LEVEL2:
            return
        pv = row.parsed
        ufam = unit_family(pv.unit)
        if pv.number is None or rv.polarity(row.level3) in ("neg", "mixed"):
            return
        if any(w in fold(row.level3) for w in rv.BENEFICIARY_WORDS):
            return
        if ufam == "count" and pv.unit not in ("%",):
            reason = f"以“{pv.unit}”计的活动/产出数量不是效益"
        elif ufam == "person" and any(w in fold(row.level3) for w in rv.OUTPUT_ACTION_WORDS):
            reason = "通过工作直接引进/组织的人数是产出，不是效益"
        else:
            return
        yield Violation(
            message=f"效益指标“{_name(row)}”计量的是产出数量，应列入产出指标或改为反映成效的指标。",
            message_en=f"Effect indicator '{_name(row)}' counts outputs; move it to 产出/数量 or measure the effect.",
            evidence=_ev(row, reason),
        )
