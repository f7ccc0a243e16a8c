"""Measurable features of one indicator row, shared by the offline grader and the rewrite checks.

Everything here is derived from the row text with the project's domain vocabularies
(auditor.domain.*) and the value parser; nothing is specific to a corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.domain.framework import canonical_level2
from auditor.domain.units import unit_family
from auditor.domain.vocab import (
    BOILERPLATE_VALUE_PATTERNS,
    GRADED_VALUE_WORDS,
    MONEY_WORDS,
    NEGATIVE_POLARITY_WORDS,
    PERSON_WORDS,
    RATE_SUFFIXES,
    TIME_WORDS,
    VAGUE_VALUE_WORDS,
)
from auditor.extract.normalize import fold, letters
from auditor.extract.values import parse_value
from auditor.models import IndicatorRow, ParsedValue

# Pure labels that name a kind of standard but no source (gold README, V404; domain-rules §3.3).
GENERIC_BASIS = frozenset(
    "计划标准 现实需求 工作计划 工作需要 现实预期 项目计划 按比例评定完成率 按比例评定满意率 政策文件 相关政策文件 "
    "市场标准 市政标准 行业标准 工作职责 历史标准 其他标准 计划 需求 标准 无 / - 预算".split()
)
# Bases that point at a checkable source: a named document, contract, register, survey, an
# average over stated years, an inventory of what exists.
_SPECIFIC_BASIS = re.compile(
    r"《|》|〔|【|［|\[|号|合同|协议|登记|台账|花名册|名单|清单|平均|均值|询价|招标|中标|批复|系统|实际|测算|核定|决议|"
    r"会议纪要|\d{4}"
)
_NAMED_BASIS = re.compile(r"文件|通知|方案|办法|规划|纲要|报告|统计|年度计划|图纸|设计")
_MODERATE_BASIS = re.compile(r"历史|往年|去年|上年|经验|调研|调查|问卷|考核|检查|预算|标准")
# A description that defines the measure: a formula, a ratio definition or a scope.
_DEFINITION = re.compile(r"[/÷×*＝=]|占|比率|比例|之比|除以|乘以|计算|公式|合计|总数|总量|总额|指|包括|按照|通过|每|全年|年度|人均")
_BOILERPLATE = [re.compile(p) for p in BOILERPLATE_VALUE_PATTERNS]
_POSITIVE_RATE = ("提高", "提升", "效率", "质量", "满意", "合格", "达标", "覆盖", "完成", "及时", "知晓", "到位", "使用", "利用", "正常", "准确",
                  "通过", "验收", "执行", "落实", "办结", "参与", "出勤", "运行", "运转", "保障", "确保")
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
    problems: list[str] = field(default_factory=list)  # taxonomy-like codes detected locally

    @property
    def has_number(self) -> bool:
        return self.parsed.number is not None


def _measure_of(name: str) -> str | None:
    if name.endswith(RATE_SUFFIXES) or name.endswith(("率", "度")):
        return "rate"
    if any(w in name for w in PERSON_WORDS):
        return "person"
    if any(w in name for w in MONEY_WORDS):
        return "money"
    if any(name.endswith(w) or w in name for w in TIME_WORDS) and not name.endswith("率"):
        return "time"
    if name.endswith(("数", "数量", "个数", "次数", "场次", "面积", "长度")):
        return "count"
    return None


def _polarity(name: str) -> int:
    if any(w in name for w in NEGATIVE_POLARITY_WORDS):
        # "成本控制率", "故障处理及时率": a rate of something good about a negative thing
        if name.endswith("率") and any(w in name for w in ("控制率", "及时率", "处理率", "解决率", "整改率", "办结率", "完成率")):
            return 1
        return -1
    if any(w in name for w in _POSITIVE_RATE):
        return 1
    return 0


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
        if core in VAGUE_VALUE_WORDS or any(core.startswith(w) and len(core) <= len(w) + 2 for w in VAGUE_VALUE_WORDS if len(w) >= 2):
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
    if b in GENERIC_BASIS or (len(b) <= 4 and not _SPECIFIC_BASIS.search(b)):
        return "generic"
    if _SPECIFIC_BASIS.search(b):
        return "specific"
    if _MODERATE_BASIS.search(b) or _NAMED_BASIS.search(b):
        return "moderate"
    return "moderate" if len(b) > 4 else "generic"


def _desc_core(text: str) -> str:
    t = letters(text)
    for a, b in (("的", ""), ("区内", ""), ("个数", "数"), ("此项", "项目")):
        t = t.replace(a, b)
    return t


def desc_kind(name: str, description: str | None) -> str:
    d = letters(description)
    if not d:
        return "none"
    if _desc_core(d) == _desc_core(name):
        return "same"
    if _DEFINITION.search(d) or len(d) >= len(letters(name)) + 6:
        return "defined"
    return "loose"


def row_features(row: IndicatorRow) -> RowFeatures:
    parsed = row.parsed if (row.parsed and row.parsed.raw == row.value and row.value) else parse_value(row.value)
    name = letters(row.level3)
    f = RowFeatures(
        name=name,
        description=letters(row.description),
        value=fold(row.value),
        level2=canonical_level2(row.level2),
        parsed=parsed,
        value_kind=value_kind(row.value, parsed),
        desc_kind=desc_kind(row.level3, row.description),
        basis_kind=basis_kind(row.basis),
        measure=_measure_of(name),
        polarity=_polarity(name),
    )
    f.problems = local_problems(f)
    return f


def local_problems(f: RowFeatures) -> list[str]:
    """Row defects visible from the row alone (a subset of the rule engine's row rules).

    Used to grade when the rule engine has not run and as the fallback validator of rewrites.
    """
    out: list[str] = []
    p = f.parsed
    fam = unit_family(p.unit)
    if f.value_kind == "empty":
        out.append("U303")
    if f.value_kind == "garbled":
        out.append("U303")
    if f.value_kind == "vague":
        out.append("V401")
    if f.value_kind == "boilerplate":
        out.append("V402")
    if f.value_kind == "number_no_unit" and f.measure != "count":
        out.append("U304")
    if f.desc_kind == "same":
        out.append("V403")
    if "nonstandard_unit" in p.flags or "nonstandard_comparator" in p.flags:
        out.append("U307")
    if p.number is not None:
        # unit vs measure (U301)
        if f.measure == "rate" and fam in ("count", "person", "money") :
            out.append("U301")
        elif f.measure == "rate" and fam == "time" and "及时" in f.name:
            out.append("U301")
        elif f.measure == "person" and fam == "count" and p.unit in ("次", "个", "项"):
            out.append("U301")
        elif f.measure == "money" and fam in ("count", "person", "time"):
            out.append("U301")
        # percent sanity (U302)
        if fam == "percent" and (p.number > 100 or (p.comparator in ("≥", ">") and p.number >= 100)):
            out.append("U302")
        # polarity (U305)
        if f.polarity < 0 and p.comparator in ("≥", ">") and f.measure != "count":
            out.append("U305")
        if f.polarity >= 0 and p.comparator in ("≤", "<") and fam == "percent" and f.measure != "money":
            out.append("U305")
        elif f.polarity > 0 and p.comparator in ("≤", "<") and f.measure == "rate":
            out.append("U305")
        # trivially low targets (V405): satisfaction below 80 %, a single item as the whole output
        if "满意" in f.name and fam == "percent" and p.comparator in ("≥", ">", "=", None) and p.number < 80:
            out.append("V405")
        if f.name in ("项目数量", "数量", "项目数") and fam == "count" and p.number <= 1:
            out.append("V405")
        if f.measure == "count" and p.comparator in ("≤", "<") and f.polarity >= 0 and fam in ("count", "person"):
            out.append("U305")
        # fractional count (U306)
        if fam in ("count", "person") and p.number != int(p.number):
            out.append("U306")
    elif f.value_kind in ("text", "graded") and f.measure == "rate" and not re.search(r"\d", f.value):
        out.append("U301")
    return sorted(set(out))
