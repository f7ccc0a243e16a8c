"""Data models shared by every stage (read -> extract -> check -> grade -> report).

The field names of these models are the project's JSON contract (see README, "JSON
contract"): later stages, the eval harness and users' scripts read them, so rename
nothing without keeping an alias.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Literal, NamedTuple

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    model_serializer,
)

# project: 项目支出绩效目标表; overall: 部门(单位)整体绩效目标表; self_evaluation: 绩效自评表
# (target, actual value, score per row); transfer: 区域绩效目标表 of a transfer payment;
# evaluation_system: 评价指标体系 (分值 per indicator, a 总分 row, no target values).
TableKind = Literal["project", "overall", "self_evaluation", "transfer", "evaluation_system"]
Severity = Literal["error", "warning", "info"]
Scope = Literal["row", "project", "document", "corpus"]


class ValueFlag(StrEnum):
    """What the value parser noticed about a 指标值 (ParsedValue.flags). Members are strings, so
    `"garbled" in parsed.flags` and the JSON output are unchanged."""

    GARBLED = "garbled"  # text-layer damage: doubled digits, two values run together …
    DOUBLED_DIGITS = "doubled_digits"  # "100100%" (confirmed per document, see values.py)
    MULTIPLE_COMPARATORS = "multiple_comparators"  # "≤2≥2 万元"
    UNIT_WITHOUT_NUMBER = "unit_without_number"  # "元按照规定标准控制"
    NUMBER_WITH_TEXT = "number_with_text"  # "≤1 运行正常"
    MISSING_UNIT = "missing_unit"
    NONSTANDARD_UNIT = "nonstandard_unit"  # "百分比", "％"
    NONSTANDARD_COMPARATOR = "nonstandard_comparator"  # ">=", "≧", "＝"
    UNKNOWN_UNIT = "unknown_unit"
    QUALITATIVE = "qualitative"
    DEADLINE = "deadline"
    DATE = "date"
    RANGE = "range"
    TOLERANCE = "tolerance"  # "±3%以内": a permitted deviation, not a one-sided target
    APPROXIMATE = "approximate"  # "≈140人", "约3万人": an estimate, no direction stated
    ABSURD_NUMBER = "absurd_number"  # a number too large to be a target (overflows a float)
    EMPTY = "empty"
    PARSE_ERROR = "parse_error"


class RowFlag(StrEnum):
    """What the extractor noticed about a row's shape (IndicatorRow.flags)."""

    PLACEHOLDER = "placeholder"  # a template row never filled in ("指标2:", "……")
    SUB_ROW = "sub_row"  # "其中:…" under the indicator above it
    LEVEL1_IMPLIED = "level1_implied"  # 一级 not printed, taken from the 二级's framework parent
    NO_LEVEL3_COLUMN = "no_level3_column"  # the table has no 三级 column: 二级 + value only
    UNCERTAIN = "uncertain"  # cells assigned to columns by content with a poor fit: check it
    OCR_UNSURE = "ocr_unsure"  # read by OCR with low confidence: check it against the scan


def _finite_or_none(value: float | None) -> float | None:
    return value if value is None or math.isfinite(value) else None


# A float written as null in JSON when it is not finite (inf/nan): the JSON output is always
# valid JSON, also through model_dump(mode="json") + json.dumps.
Num = Annotated[float, PlainSerializer(_finite_or_none, when_used="json")]


class _Model(BaseModel):
    model_config = ConfigDict(ser_json_inf_nan="null")


class Location(_Model):
    """Where a row came from in the source file, precise enough for a reviewer to find it."""

    line: int | None = None  # 1-based line in a text file
    page: int | None = None  # 1-based PDF page
    sheet: str | None = None  # XLSX sheet name
    grid: int | None = None  # 1-based table (grid) number in a DOCX/PDF/XLSX source
    grid_row: int | None = None  # 1-based row inside that grid

    @model_serializer(mode="wrap")
    def _drop_empty(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        # only the parts that apply to the source format ({"line": 380} for text files)
        return {k: v for k, v in handler(self).items() if v is not None}

    def label(self) -> str:
        parts: list[str] = []
        if self.sheet:
            parts.append(f"工作表 {self.sheet}")
        if self.page:
            parts.append(f"第{self.page}页")
        if self.grid:
            parts.append(f"表{self.grid}")
        if self.grid_row:
            parts.append(f"第{self.grid_row}行")
        if self.line:
            parts.append(f"第{self.line}行(文本)")
        return " ".join(parts) or "未知位置"


class ParsedValue(_Model):
    """A 指标值 split into its parts. `flags` explain what is wrong with the raw text."""

    raw: str = ""
    comparator: str | None = None  # one of ≥ ≤ = > < or "range"
    number: Num | None = None  # the target number (lower bound for a range)
    numbers: list[Num] = Field(default_factory=list)  # every number found, in order
    unit: str | None = None  # normalised unit (%, 万元, 人次, 月 ...)
    raw_unit: str | None = None  # the unit as written (百分比, ％, ㎡ ...)
    text: str | None = None  # qualitative part ("健全", "按照规定标准控制", "12月底前")
    flags: list[ValueFlag] = Field(default_factory=list)


class GoalReview(_Model):
    """Per-project judgement whether the indicators measure the goal (G701/G702)."""

    aligned: bool | None = None
    assessable: bool | None = None
    unmeasured_goals: list[str] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    grader: str = "heuristic"
    prompt_version: str | None = None
    fallback_reason: str | None = None


class Rewrite(_Model):
    level3: str
    level2: str | None = None  # set only when a category finding (C2xx) moves the row
    value: str
    definition: str | None = None
    evidence: str | None = None


class Grade(_Model):
    specificity: int = Field(ge=1, le=5)
    reasons: list[str] = Field(default_factory=list)
    rewrite: Rewrite | None = None
    grader: str = "heuristic"
    prompt_version: str | None = None
    fallback_reason: str | None = None  # set when an LLM answer was replaced by the offline grader


class MidTermTarget(_Model):
    """The 中期目标 columns printed beside the annual ones (the annual target is the row's value)."""

    level2: str = ""
    level3: str = ""
    value: str = ""


class OcrReading(_Model):
    """How sure the OCR was of a row read from a scan (IndicatorRow.ocr; None: not OCR'd)."""

    confidence: Num  # the lowest confidence (0-1) of the row's fields
    fields: dict[str, Num] = Field(default_factory=dict)  # field -> confidence (level1 … value)
    unsure: list[str] = Field(default_factory=list)  # fields below the threshold ("unread": a
    # cell with ink the engine could not read)


class IndicatorRow(_Model):
    index: int  # 1-based within the table
    level1: str = ""  # as printed (annotations such as "(必填)" removed), or implied
    level2: str = ""
    level3: str = ""
    description: str | None = None  # 指标描述 / 指标解释 / 指标说明
    value: str = ""  # the (annual) target; split value columns joined ("≥" + "95" + "%")
    basis: str | None = None
    parsed: ParsedValue = Field(default_factory=ParsedValue)
    location: Location = Field(default_factory=Location)
    scoring_standard: str | None = None  # 评（扣）分标准 column, when present
    notes: list[str] = Field(default_factory=list)  # extraction repairs applied to this row
    grade: Grade | None = None
    # --- added by the layout-general extractor (all optional; absent columns stay empty) ---
    level1_raw: str | None = None  # the printed 一级 text when the extractor changed it
    level2_raw: str | None = None
    level1_std: str | None = (
        None  # the framework name the 一级 maps to (None: not a framework name)
    )
    level2_std: str | None = None
    value_parts: dict[str, str] = Field(default_factory=dict)  # split value columns: header -> cell
    nature: str | None = None  # 指标性质 / 指标值类型 (定量, 定性)
    weight: Num | None = None  # 权重 / 分值
    direction: str | None = None  # 指标方向 (正向, 反向)
    remark: str | None = None  # 备注
    actual: str | None = None  # 实际完成值 (self-evaluation)
    actual_parsed: ParsedValue | None = None
    score: Num | None = None  # 得分 (self-evaluation)
    deviation: str | None = None  # 偏差原因分析及改进措施 (self-evaluation)
    midterm: MidTermTarget | None = None  # 中期目标 printed beside the annual target
    place_values: dict[str, str] = Field(default_factory=dict)  # one value per village/township
    other_columns: dict[str, str] = Field(default_factory=dict)  # columns of no known role
    flags: list[RowFlag] = Field(default_factory=list)
    ocr: OcrReading | None = None  # confidence of a row read by OCR (scanned pages, photos)


class Table(_Model):
    index: int  # 1-based in document order, overall and project tables together
    kind: TableKind
    project: str
    budget_wan: Num | None = None  # always in 万元 (converted from 元 / 千元)
    goal: str | None = None
    title: str = ""
    unit_line: str | None = None  # sub-unit line such as "434001 某某单位(本级)"
    budget_texts: list[str] = Field(default_factory=list)  # other budget statements (资金用途 text)
    location: Location = Field(default_factory=Location)
    has_basis_column: bool | None = None  # the header has 指标值确定依据 (None: unknown)
    rows: list[IndicatorRow] = Field(default_factory=list)
    extracted_by: str = "rules"  # "rules" or a model id for LLM-assisted extraction
    goal_review: GoalReview | None = None
    # --- added by the layout-general extractor ---
    budget_unit: str | None = None  # the unit the budget was printed in (万元, 元, 千元)
    budget_lines: dict[str, Num] = Field(default_factory=dict)  # 万元: 财政拨款, 全年执行数 …
    execution_rate: Num | None = None  # 执行率 in % (self-evaluation)
    unit_name: str | None = None  # 单位名称 of the table (department-wide tables)
    midterm_goal: str | None = None  # 中期目标
    actual_goal: str | None = None  # 实际完成情况 (self-evaluation)
    total_score: Num | None = None  # the 得分 stated on the 总分 / 合计 row
    total_weight: Num | None = None  # the 分值 / 权重 stated on the 总分 / 合计 row
    columns: list[str] = Field(default_factory=list)  # the header as printed, one per column
    truncated: bool = False  # the table was cut off (end of file / excerpt)
    warnings: list[str] = Field(default_factory=list)  # what the extractor could not do here


class Finding(_Model):
    code: str
    severity: Severity
    scope: Scope
    table_index: int | None = None
    row_index: int | None = None
    message: str
    evidence: str = ""
    fix: str | None = None
    name: str = ""  # symbolic rule name, e.g. "boilerplate-indicator"
    related: list[int] = Field(
        default_factory=list
    )  # other tables involved (T102/T103) or rows (C204)
    model: str | None = None  # set when an LLM second checker (not a rule) added the finding


class LLMUsage(_Model):
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens the provider served from its prefix cache (discounted)
    cache_hits: int = 0
    estimated_cost: Num = 0.0
    fallbacks: int = 0


class BodyLine(NamedTuple):
    """A line of the document outside the performance tables (for document-scope text checks).

    A named tuple, not a model: a document has hundreds of them, kept only for the rules (never
    serialised), and a tuple of strings costs the cyclic collector nothing."""

    text: str
    line: int | None = None
    context: str = ""  # e.g. the heading or table the line belongs to


class UnparsedRegion(_Model):
    """An indicator table the deterministic extractor could not read safely (no header found,
    cells that cannot be cut unambiguously, rows that fit no column layout).

    Kept so that nothing is silently lost: the report lists it, and with an LLM configured the
    LLM-assisted extractor tries it (the result is marked `Table.extracted_by` = model id)."""

    title: str
    text: str
    location: Location = Field(default_factory=Location)
    recovered_by: str | None = None  # model id when the LLM rebuilt it as a table
    reason: str | None = None  # why the deterministic extractor gave up (Chinese)


class Document(_Model):
    source: str
    unit: str | None = None
    year: int | None = None
    layout: str = ""  # which reader/layout produced it
    sha256: str = ""
    tables: list[Table] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)  # non-fatal extraction problems
    unparsed: list[UnparsedRegion] = Field(default_factory=list)
    findings: list[Finding] | None = None
    llm_usage: LLMUsage | None = None
    score: Num | None = None
    # Text outside the performance tables; kept for document rules, not part of the JSON contract.
    body: list[BodyLine] = Field(default_factory=list, exclude=True)

    def rows(self) -> Iterator[tuple[Table, IndicatorRow]]:
        for t in self.tables:
            for r in t.rows:
                yield t, r
