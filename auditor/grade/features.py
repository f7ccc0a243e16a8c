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

# Bases that point at a checkable source: a named document, contract, register, survey, an
# average over stated years, an inventory of what exists.
_SPECIFIC_BASIS = re.compile(
    r"《|》|〔|【|［|\[|号|合同|协议|登记|台账|花名册|名单|清单|平均|均值|询价|招标|中标|批复|系统|实际|测算|核定|决议|"
    r"会议纪要|\d{4}"
)
_NAMED_BASIS = re.compile(r"文件|通知|方案|办法|规划|纲要|报告|统计|年度计划|图纸|设计")
_MODERATE_BASIS = re.compile(r"历史|往年|去年|上年|经验|调研|调查|问卷|考核|检查|预算|标准")
# A description that defines the measure: a formula, a ratio definition or a scope.
_DEFINITION = re.compile(
    r"[/÷×*＝=]|占|比率|比例|之比|除以|乘以|计算|公式|合计|总数|总量|总额|指|包括|按照|通过|每|全年|年度|人均"
)
_BOILERPLATE = [re.compile(p) for p in BOILERPLATE_VALUE_PATTERNS]
_VALUE_FLAGS_GARBLED = {"garbled", "doubled_digits", "multiple_comparators", "unit_without_number"}
_DATE_LIKE = re.compile(r"\d{1,2}月(底|末|前|份|\d{1,2}日)|年底|年末|\d{4}年")


@dataclass
class RowFeatures:
    name: str
    description: str
    value: str
    level2: str | None  # canonical 二级, None when outside the frameworks (整体 variants)
    parsed: ParsedValue
    value_kind: str  # empty garbled boilerplate vague graded text number_no_unit number deadline
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


def value_kind(value: str, parsed: ParsedValue) -> str:
    v = fold(value)
    if not v:
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
        return "text"
    if "deadline" in flags or "date" in flags:
        return "deadline"
    if parsed.unit is None and "missing_unit" in flags:
        return "number_no_unit"
    if parsed.unit is None:
        return "number_no_unit"
    return "number"


def basis_kind(basis: str | None) -> str:
    b = letters(basis)
    if not b:
        return "none"
    if rv.is_generic_basis(b) or (len(b) <= 4 and not _SPECIFIC_BASIS.search(b)):
        return "generic"
    if _SPECIFIC_BASIS.search(b):
        return "specific"
    if _MODERATE_BASIS.search(b) or _NAMED_BASIS.search(b):
        return "moderate"
    return "moderate" if len(b) > 4 else "generic"


def desc_kind(name: str, description: str | None) -> str:
    d = letters(description)
    if not d:
        return "none"
    if restatement_key(d) == restatement_key(name):
        return "same"
    if _DEFINITION.search(d) or len(d) >= len(letters(name)) + 6:
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
