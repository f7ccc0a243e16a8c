"""Data models shared by every stage (read -> extract -> check -> grade -> report).

The field names of these models are the project's JSON contract (see README, "JSON
contract"): later stages, the eval harness and users' scripts read them, so rename
nothing without keeping an alias.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, model_serializer

TableKind = Literal["project", "overall"]
Severity = Literal["error", "warning", "info"]
Scope = Literal["row", "project", "document", "corpus"]


class Location(BaseModel):
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


class ParsedValue(BaseModel):
    """A 指标值 split into its parts. `flags` explain what is wrong with the raw text."""

    raw: str = ""
    comparator: str | None = None  # one of ≥ ≤ = > < or "range"
    number: float | None = None  # the target number (lower bound for a range)
    numbers: list[float] = Field(default_factory=list)  # every number found, in order
    unit: str | None = None  # normalised unit (%, 万元, 人次, 月 ...)
    raw_unit: str | None = None  # the unit as written (百分比, ％, ㎡ ...)
    text: str | None = None  # qualitative part ("健全", "按照规定标准控制", "12月底前")
    flags: list[str] = Field(default_factory=list)


class GoalReview(BaseModel):
    """Per-project judgement whether the indicators measure the goal (G701/G702)."""

    aligned: bool | None = None
    assessable: bool | None = None
    unmeasured_goals: list[str] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    grader: str = "heuristic"
    prompt_version: str | None = None
    fallback_reason: str | None = None


class Rewrite(BaseModel):
    level3: str
    level2: str | None = None  # set only when a category finding (C2xx) moves the row
    value: str
    definition: str | None = None
    evidence: str | None = None


class Grade(BaseModel):
    specificity: int = Field(ge=1, le=5)
    reasons: list[str] = Field(default_factory=list)
    rewrite: Rewrite | None = None
    grader: str = "heuristic"
    prompt_version: str | None = None
    fallback_reason: str | None = None  # set when an LLM answer was replaced by the offline grader


class IndicatorRow(BaseModel):
    index: int  # 1-based within the table
    level1: str = ""
    level2: str = ""
    level3: str = ""
    description: str | None = None
    value: str = ""
    basis: str | None = None
    parsed: ParsedValue = Field(default_factory=ParsedValue)
    location: Location = Field(default_factory=Location)
    scoring_standard: str | None = None  # 评（扣）分标准 column of overall tables, when present
    notes: list[str] = Field(default_factory=list)  # extraction repairs applied to this row
    grade: Grade | None = None


class Table(BaseModel):
    index: int  # 1-based in document order, overall and project tables together
    kind: TableKind
    project: str
    budget_wan: float | None = None
    goal: str | None = None
    title: str = ""
    unit_line: str | None = None  # sub-unit line such as "434001 某某单位(本级)"
    budget_texts: list[str] = Field(default_factory=list)  # other budget statements (资金用途 text)
    location: Location = Field(default_factory=Location)
    has_basis_column: bool | None = None  # the header has 指标值确定依据 (None: unknown)
    rows: list[IndicatorRow] = Field(default_factory=list)
    extracted_by: str = "rules"  # "rules" or a model id for LLM-assisted extraction
    goal_review: GoalReview | None = None


class Finding(BaseModel):
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


class LLMUsage(BaseModel):
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_hits: int = 0
    estimated_cost: float = 0.0
    fallbacks: int = 0


class BodyLine(BaseModel):
    """A line of the document outside the performance tables (for document-scope text checks)."""

    line: int | None = None
    text: str
    context: str = ""  # e.g. the heading or table the line belongs to


class UnparsedRegion(BaseModel):
    """A titled performance table the deterministic extractor could not rebuild (no header found).

    Kept so that nothing is silently lost: the report lists it, and with an LLM configured the
    LLM-assisted extractor tries it (the result is marked `Table.extracted_by` = model id)."""

    title: str
    text: str
    location: Location = Field(default_factory=Location)
    recovered_by: str | None = None  # model id when the LLM rebuilt it as a table


class Document(BaseModel):
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
    score: float | None = None
    # Text outside the performance tables; kept for document rules, not part of the JSON contract.
    body: list[BodyLine] = Field(default_factory=list, exclude=True)

    def rows(self) -> Iterator[tuple[Table, IndicatorRow]]:
        for t in self.tables:
            for r in t.rows:
                yield t, r
