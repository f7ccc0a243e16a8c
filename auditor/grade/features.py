"""Measurable features of one indicator row, shared by the offline grader and the rewrite checks.

Everything here is derived from the row text with the project's domain vocabularies
(auditor.domain.*) and the value parser; nothing is specific to a corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.domain import row_vocab as rv
from auditor.domain.framework import canonical_level2
from auditor.domain.vocab import BOILERPLATE_VALUE_PATTERNS, GRADED_VALUE_WORDS, VAGUE_VALUE_WORDS
from auditor.extract.normalize import fold, letters
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, ParsedValue, Table
from auditor.rules.engine import check_row_standalone
from auditor.rules.vague import restatement_key  # the V403 notion of "repeats the name"

# Bases that point at a checkable source (domain-rules §3.3, the 绩效标准 kinds made concrete):
# a document number or title, a standard's code, a figure or year, a register, contract or
# information system, published statistics, an issuer with the kind of document it issued.
_SOURCE_MARKS = re.compile(r"[《》〔〕【】［］\[\]]|\d|[A-Z]{1,4}(/T)?\s?\d|号")
_REGISTER = re.compile(
    r"合同|协议|台账|名册|名单|名录|清单|底册|登记|记录|系统|平台|中标|招标|询价|结算|批复|决算|"
    r"普查|年报|公报|年鉴|统计|监测数据|说明书|鉴定|初步设计|可行性研究|验收报告|检验报告|测产|"
    r"会议纪要|决议|测算|核定|平均|均值"
)
_ISSUER = re.compile(
    r"^(国家|中央|省|市|县|区|旗|自治区|乡镇|第三方|[\u4e00-\u9fff]{1,8}(局|委|办|厅|部|政府|中心|机关))"
)
_DOC_KIND = re.compile(
    r"办法|标准|规范|规程|意见|通知|条例|规定|目录|指南|方案|计划|要求|目标|任务|指标|细则|制度|"
    r"规划|纲要|报告|数据|调查|问卷|测评|设计|法$"
)
_MODERATE_BASIS = re.compile(
    r"历史|往年|去年|上年|经验|调研|考核|检查|预算|回访|抽样|问卷|调查|方案|计划"
)
# A description that defines the measure: a formula or ratio, or a scope, period or population
# added to the name.
_DEFINITION = re.compile(
    r"[/÷×*＝=]|占.{0,30}(比|率)|中.{0,20}(比例|比率)|比率|比例|之比|除以|乘以|计算|公式|"
    r"合计|总数|总量|总额|包括|按照|每|全年|当年|年度|人均|户均|以上|以内"
)
_BOILERPLATE = [re.compile(p) for p in BOILERPLATE_VALUE_PATTERNS]
# A doubled digit run is garbling only once the document pass confirmed it (flag "garbled").
_VALUE_FLAGS_GARBLED = {"garbled", "multiple_comparators", "unit_without_number"}
_DATE_LIKE = re.compile(r"\d{1,2}月(底|末|前|份|\d{1,2}日)|年底|年末|\d{4}年")


@dataclass
class RowFeatures:
    name: str
    description: str
    value: str
    level2: str | None  # canonical 二级, None when outside the frameworks (整体 variants)
    parsed: ParsedValue
    value_kind: (
        str  # empty garbled boilerplate vague graded text criterion number_no_unit number deadline
    )
    desc_kind: str  # none same defined loose
    basis_kind: str  # none generic moderate specific (none also when the table has no basis column)
    measure: str | None  # what the name measures: rate person money time count None
    polarity: int  # +1 higher is better, -1 lower is better, 0 unknown
    problems: list[str] = field(
        default_factory=list
    )  # codes of the rule engine's findings on the row

    @property
    def has_number(self) -> bool:
        return self.parsed.number is not None


# A placeholder instead of a value ("——", "/", "无").
_PLACEHOLDER = re.compile(r"^[-—－/／\\_＿.。…·\s]*$|^(无|暂无|待定|空)$")
# A criterion in words a reviewer can still check: a deadline without a date (学期结束前, 即时),
# a comparison with a reference (不低于当地平均水平, 只减不增), a rank (前三名).
_CRITERION = re.compile(
    r"(前|之前|以前)$|即时|当日|当天|随到随办|只减不增|不低于|不高于|不超过|"
    r"前[一二三四五六七八九十\d]+名"
)


def value_kind(value: str, parsed: ParsedValue) -> str:
    v = fold(value)
    if not v or _PLACEHOLDER.match(v):
        return "empty"
    flags = set(parsed.flags)
    if flags & _VALUE_FLAGS_GARBLED:
        return "garbled"
    if parsed.number is None:
        core = letters(v)
        if any(p.search(core) for p in _BOILERPLATE):
            return "boilerplate"
        if "deadline" in flags or "date" in flags or _DATE_LIKE.search(core):
            return "deadline"
        if core in VAGUE_VALUE_WORDS or any(
            core.startswith(w) and len(core) <= len(w) + 2 for w in VAGUE_VALUE_WORDS if len(w) >= 2
        ):
            return "vague"
        if core in GRADED_VALUE_WORDS:
            return "graded"
        if _CRITERION.search(core):
            return "criterion"
        return "text"
    if "deadline" in flags or "date" in flags:
        return "deadline"
    if parsed.unit is None and "missing_unit" in flags:
        return "number_no_unit"
    if parsed.unit is None:
        return "number_no_unit"
    return "number"


def basis_kind(basis: str | None) -> str:
    """none, generic (a bare kind of standard), moderate (a kind of source, no issuer or
    figure) or specific (a source a reviewer can look up)."""
    b, raw = letters(basis), fold(basis)
    if not b:
        return "none"
    if rv.is_generic_basis(b):
        return "generic"
    if (
        _SOURCE_MARKS.search(raw)
        or _REGISTER.search(b)
        or (_ISSUER.match(b) and _DOC_KIND.search(b))
        or (len(b) >= 4 and b.endswith("法"))
    ):
        return "specific"
    if _MODERATE_BASIS.search(b) or _DOC_KIND.search(b):
        return "moderate"
    return "moderate" if len(b) > 4 else "generic"


def desc_kind(name: str, description: str | None) -> str:
    """none, same (repeats the name, V403), defined (formula, scope or population added) or
    loose (another wording that adds nothing)."""
    d = letters(description)
    if not d:
        return "none"
    if restatement_key(d) == restatement_key(name):
        return "same"
    if _DEFINITION.search(fold(description)) or len(d) >= len(letters(name)) + 2:
        return "defined"
    return "loose"


def row_features(
    row: IndicatorRow,
    table: Table | None = None,
    doc: Document | None = None,
    codes: set[str] | None = None,
) -> RowFeatures:
    """Features of one row. `codes` are the rule findings' codes on the row; when not given, the
    rule engine's row rules are run on it (the grader never keeps a second copy of the rules)."""
    parsed = (
        row.parsed
        if (row.parsed and row.parsed.raw == row.value and row.value)
        else parse_value(row.value)
    )
    name = letters(row.level3)
    pol = rv.polarity(row.level3)
    f = RowFeatures(
        name=name,
        description=letters(row.description),
        value=fold(row.value),
        level2=canonical_level2(row.level2),
        parsed=parsed,
        value_kind=value_kind(row.value, parsed),
        desc_kind=desc_kind(row.level3, row.description),
        basis_kind=basis_kind(row.basis),
        measure=rv.measure_family(row.level3),
        polarity=1 if pol == "pos" else -1 if pol == "neg" else 0,
    )
    if codes is None:
        t = table if table is not None else Table(index=1, kind="project", project="", rows=[row])
        codes = {x.code for x in check_row_standalone(row, t, doc)}
    f.problems = sorted(codes)
    return f
