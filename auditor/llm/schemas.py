"""Answer schemas the model must fill (validated by pydantic in the client).

Field descriptions are ASCII on purpose (they are the schema the model sees in every request,
and stay short in tokens). The Chinese explanation of every field is in the prompt templates instead.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from auditor.extract.normalize import fold

BLANK = "【请填写】"
# What the answer being validated must contain (row ids, a goal review): set per request by the
# client (a context variable: the validators are plain pydantic validators).
ANSWER_CONTEXT: ContextVar[dict[str, Any] | None] = ContextVar(
    "auditor_answer_context", default=None
)
_COMPARATORS = {
    "≥": "≥",
    ">=": "≥",
    "≧": "≥",
    "＞＝": "≥",
    "≤": "≤",
    "<=": "≤",
    "≦": "≤",
    "＜＝": "≤",
    "=": "=",
    "＝": "=",
    "==": "=",
    ">": ">",
    "＞": ">",
    "<": "<",
    "＜": "<",
}


class RewriteAnswer(BaseModel):
    level2: str | None = Field(
        None, description="second-level category; keep the row's unless the row has a C2xx finding"
    )
    level3: str = Field(..., min_length=2, description="indicator name: object + measure")
    # a plain string, not a Literal enum: models write ASCII and Unicode comparators alike
    comparator: str | None = Field(
        None, description="comparison symbol: >= <= = > < (Unicode or ASCII)"
    )
    number: float | None = Field(
        None, description="target number; null when the reviewer must fill it"
    )
    unit: str | None = Field(None, description="unit of measure")
    graded_standard: str | None = Field(
        None, description="graded qualitative standard when no number is possible"
    )
    definition: str = Field(..., min_length=4, description="definition or formula of the indicator")
    evidence: str = Field(..., min_length=2, description="evidence source for the target value")

    @field_validator("comparator", mode="before")
    @classmethod
    def _comparator(cls, v: object) -> str | None:
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        c = _COMPARATORS.get(str(v).strip())
        if c is None:
            raise ValueError(f"comparator must be one of ≥ ≤ = > <, not {v!r}")
        return c

    @model_validator(mode="after")
    def _quantified(self) -> RewriteAnswer:
        if self.graded_standard and fold(self.graded_standard):
            return self
        if not self.comparator or not (self.unit and fold(self.unit)):
            raise ValueError(
                "rewrite needs comparator + unit (number may be null), or a graded_standard"
            )
        return self

    def value(self) -> str:
        if self.comparator and self.unit:
            num = BLANK if self.number is None else f"{self.number:g}"
            return f"{self.comparator}{num}{self.unit}"
        return self.graded_standard or ""


class RowAnswer(BaseModel):
    id: str = Field(..., description="row id as given in the data")
    specificity: int = Field(..., ge=1, le=5, description="specificity grade 1-5")
    reasons: list[str] = Field(default_factory=list, description="short reasons")
    rewrite: RewriteAnswer | None = Field(
        None, description="suggested rewrite for grades 1-3; null for grades 4 and 5"
    )


class GoalReviewAnswer(BaseModel):
    aligned: bool | None = Field(None, description="every goal item is measured by some indicator")
    assessable: bool | None = Field(
        None, description="the goal has scope, quantity or time and can be assessed"
    )
    unmeasured_goals: list[str] = Field(
        default_factory=list, description="goal items without an indicator"
    )
    reasons: list[str] = Field(default_factory=list, description="short reasons")


class ProjectGoalReview(GoalReviewAnswer):
    project_id: str = Field(..., description="project_id as given in the data")


class ProjectAnswer(BaseModel):
    rows: list[RowAnswer] = Field(default_factory=list, description="one entry per row id to grade")
    goal_reviews: list[ProjectGoalReview] = Field(
        default_factory=list, description="one per project whose goal_review_needed is true"
    )

    @model_validator(mode="after")
    def _ids(self, info: ValidationInfo) -> ProjectAnswer:
        ctx = info.context or ANSWER_CONTEXT.get() or {}
        expected = ctx.get("row_ids")
        if expected is not None:
            got = [r.id for r in self.rows]
            missing = [i for i in expected if i not in got]
            extra = [i for i in got if i not in expected]
            if missing or extra:
                raise ValueError(
                    f"rows must contain exactly the ids {expected}; missing {missing}, unknown {extra}"
                )
        reviewed = {g.project_id for g in self.goal_reviews}
        missing_goals = [p for p in ctx.get("goal_ids") or () if p not in reviewed]
        if missing_goals:
            raise ValueError(f"goal_reviews must contain the projects {missing_goals}")
        return self


class RewriteRetryAnswer(BaseModel):
    rewrite: RewriteAnswer


class ExtractedRow(BaseModel):
    level1: str = ""
    level2: str = ""
    level3: str = Field(..., min_length=1)
    description: str | None = None
    value: str = ""
    basis: str | None = None


class ExtractedTable(BaseModel):
    kind: Literal["project", "overall"] = "project"
    project: str = Field(..., min_length=1)
    budget_wan: float | None = None
    goal: str | None = None
    rows: list[ExtractedRow] = Field(..., min_length=1)

    @field_validator("rows")
    @classmethod
    def _no_header_rows(cls, rows: list[ExtractedRow]) -> list[ExtractedRow]:
        return [r for r in rows if fold(r.level3) not in ("三级指标", "指标名称")]
