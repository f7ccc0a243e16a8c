"""The reviewer's decisions on an audit, and what follows from them.

A review is kept per audit (JSON in serve_reviews):

    {"findings": {"0/3f…9a-1": {"decision": "edit", "text": "…", "suggestion": "…", "comment": "…"}},
     "rewrites": {"0/t2r5": {"decision": "reject", "text": "", "comment": ""}},
     "comment": "overall remark"}

Keys are `<document number>/<finding key>` (the finding key is the baseline fingerprint and its
occurrence, auditor.report.view.finding_keys) and `<document number>/t<table>r<row>` for a
row's rewrite. Decisions: pending (not looked at), accept (a problem: goes into the opinion),
reject (not a problem: left out of the opinion and written to the waiver/baseline file),
edit (a problem, in the reviewer's words).

What the opinion says (`unit_opinion`): every accepted or edited finding, and every pending
error or warning (pending infos stay out: notes the reviewer did not take up); the suggested
wording of a finding is the reviewer's, else the row's rewrite (unless rejected; once per row),
else the rule's safe fix. A rewrite accepted on a row without findings is an item of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from openpyxl import load_workbook
from openpyxl.styles import Font
from pydantic import BaseModel, ConfigDict, Field

from auditor.models import Document, Finding, IndicatorRow, Rewrite, Table
from auditor.report.view import SEVERITY_ZH, finding_keys
from auditor.report.xlsx import clean

Decision = Literal["pending", "accept", "reject", "edit"]
DECISION_ZH = {
    "pending": "未处理",
    "accept": "采纳",
    "reject": "不采纳（豁免）",
    "edit": "修改后采纳",
}
REVIEW_SHEET = "审核决定"
MAX_TEXT = 4000


class FindingReview(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Decision = "pending"
    text: str = Field("", max_length=MAX_TEXT)  # the problem in the reviewer's words
    suggestion: str = Field("", max_length=MAX_TEXT)  # the wording the reviewer suggests
    comment: str = Field("", max_length=MAX_TEXT)


class RewriteReview(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Decision = "pending"
    text: str = Field("", max_length=MAX_TEXT)  # the reviewer's version of the rewrite
    comment: str = Field("", max_length=MAX_TEXT)


class Review(BaseModel):
    model_config = ConfigDict(extra="forbid")
    findings: dict[str, FindingReview] = Field(default_factory=dict)
    rewrites: dict[str, RewriteReview] = Field(default_factory=dict)
    comment: str = Field("", max_length=MAX_TEXT)


class ReviewUpdate(BaseModel):
    """One change sent by the page: a finding's or a rewrite's decision, or the overall remark."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["finding", "rewrite", "comment"]
    key: str = Field("", max_length=200)
    decision: Decision = "pending"
    text: str = Field("", max_length=MAX_TEXT)
    suggestion: str = Field("", max_length=MAX_TEXT)
    comment: str = Field("", max_length=MAX_TEXT)


def review_keys(docs: list[Document]) -> tuple[set[str], set[str]]:
    """(finding keys, rewrite keys) an update may name."""
    findings: set[str] = set()
    rewrites: set[str] = set()
    for seq, doc in enumerate(docs):
        findings |= {f"{seq}/{k}" for k in finding_keys(doc)}
        rewrites |= {
            f"{seq}/t{t.index}r{r.index}" for t, r in doc.rows() if r.grade and r.grade.rewrite
        }
    return findings, rewrites


def apply_update(review: Review, update: ReviewUpdate, docs: list[Document]) -> Review:
    """The review with `update` applied. ValueError for a key the audit does not have."""
    if update.kind == "comment":
        review.comment = update.text
        return review
    findings, rewrites = review_keys(docs)
    if update.kind == "finding":
        if update.key not in findings:
            raise ValueError(f"没有这条问题：{update.key}")
        review.findings[update.key] = FindingReview(
            decision=update.decision,
            text=update.text,
            suggestion=update.suggestion,
            comment=update.comment,
        )
    else:
        if update.key not in rewrites:
            raise ValueError(f"没有这条改写建议：{update.key}")
        review.rewrites[update.key] = RewriteReview(
            decision=update.decision, text=update.text, comment=update.comment
        )
    return review


# --- the opinion's content ------------------------------------------------------------------------


@dataclass
class OpinionItem:
    location: str
    problem: str
    suggestion: str = ""
    comment: str = ""
    code: str = ""


@dataclass
class ProjectOpinion:
    project: str
    items: list[OpinionItem] = field(default_factory=list)


@dataclass
class UnitOpinion:
    unit: str
    year: int | None
    source: str
    n_tables: int
    n_rows: int
    score: float | None
    projects: list[ProjectOpinion] = field(default_factory=list)
    general: list[OpinionItem] = field(default_factory=list)  # document-level problems

    @property
    def n_items(self) -> int:
        return len(self.general) + sum(len(p.items) for p in self.projects)


def rewrite_text(rw: Rewrite) -> str:
    head = "、".join(x for x in (rw.level2, rw.level3) if x)
    text = f"“{head}”，指标值“{rw.value}”"
    if rw.definition:
        text += f"（指标定义：{rw.definition}）"
    if rw.evidence:
        text += f"（数据来源：{rw.evidence}）"
    return text


def _row_location(t: Table, r: IndicatorRow) -> str:
    where = f"第{r.index}行“{r.level3 or r.level2}”"
    if r.value:
        where += f"（指标值“{r.value}”）"
    label = r.location.label()
    return where + (f"，原文{label}" if label != "未知位置" else "")


def _included(f: Finding, fr: FindingReview | None) -> bool:
    decision = fr.decision if fr else "pending"
    if decision == "reject":
        return False
    return decision in ("accept", "edit") or f.severity in ("error", "warning")


class _RowRewrites:
    """The suggested wording per row, handed out once."""

    def __init__(self, seq: int, doc: Document, review: Review):
        self.texts: dict[tuple[int, int], str] = {}
        self.accepted: set[tuple[int, int]] = set()
        for t, r in doc.rows():
            if not (r.grade and r.grade.rewrite):
                continue
            rr = review.rewrites.get(f"{seq}/t{t.index}r{r.index}")
            if rr and rr.decision == "reject":
                continue
            edited = rr.text.strip() if rr and rr.decision == "edit" else ""
            self.texts[(t.index, r.index)] = edited or rewrite_text(r.grade.rewrite)
            if rr and rr.decision in ("accept", "edit"):
                self.accepted.add((t.index, r.index))

    def take(self, where: tuple[int, int]) -> str:
        return self.texts.pop(where, "")


def unit_opinion(seq: int, doc: Document, review: Review) -> UnitOpinion:
    """What the opinion says about one document (see the module docstring)."""
    out = UnitOpinion(
        doc.unit or doc.source, doc.year, doc.source, len(doc.tables),
        sum(len(t.rows) for t in doc.tables), doc.score,
    )  # fmt: skip
    rewrites = _RowRewrites(seq, doc, review)
    tables = {t.index: t for t in doc.tables}
    by_table: dict[int, list[tuple[int, OpinionItem]]] = {}
    findings = doc.findings or []
    for f, key in zip(findings, finding_keys(doc)):
        fr = review.findings.get(f"{seq}/{key}")
        if not _included(f, fr):
            continue
        t = tables.get(f.table_index) if f.table_index is not None else None
        row = next((r for r in t.rows if r.index == f.row_index), None) if t else None
        suggestion = (fr.suggestion.strip() if fr else "") or (
            rewrites.take((t.index, row.index)) if t and row else ""
        )
        item = OpinionItem(
            location=_row_location(t, row) if t and row else ("项目整体" if t else "全文"),
            problem=(fr.text.strip() if fr and fr.decision == "edit" else "") or f.message,
            suggestion=suggestion or (f.fix or ""),
            comment=fr.comment.strip() if fr else "",
            code=f.code,
        )
        if t is None:
            out.general.append(item)
        else:
            by_table.setdefault(t.index, []).append((row.index if row else 0, item))
    for t, r in doc.rows():
        if (t.index, r.index) in rewrites.accepted and (t.index, r.index) in rewrites.texts:
            rr = review.rewrites.get(f"{seq}/t{t.index}r{r.index}")
            item = OpinionItem(
                location=_row_location(t, r),
                problem="指标表述不够具体、难以考核",
                suggestion=rewrites.take((t.index, r.index)),
                comment=rr.comment.strip() if rr else "",
            )
            by_table.setdefault(t.index, []).append((r.index, item))
    for index in sorted(by_table):
        items = [it for _, it in sorted(by_table[index], key=lambda x: x[0])]
        out.projects.append(ProjectOpinion(tables[index].project, items))
    return out


def waived_documents(docs: list[Document], review: Review) -> list[Document]:
    """Copies of `docs` holding only the findings the reviewer rejected (the waivers)."""
    out = []
    for seq, doc in enumerate(docs):
        keep = [
            f
            for f, key in zip(doc.findings or [], finding_keys(doc))
            if (fr := review.findings.get(f"{seq}/{key}")) and fr.decision == "reject"
        ]
        out.append(doc.model_copy(update={"findings": keep}))
    return out


def add_review_sheet(path: str, numbered: list[tuple[int, Document]], review: Review) -> None:
    """Add the sheet 审核决定 (each finding with the reviewer's decision) to a report workbook;
    `numbered` = (document number in the audit, document)."""
    wb = load_workbook(path)
    ws = wb.create_sheet(REVIEW_SHEET)
    ws.append(
        [
            "文件",
            "表",
            "行",
            "代码",
            "严重程度",
            "问题",
            "审核决定",
            "审核后的表述",
            "建议",
            "审核备注",
        ]
    )
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for seq, doc in numbered:
        for f, key in zip(doc.findings or [], finding_keys(doc)):
            fr = review.findings.get(f"{seq}/{key}") or FindingReview()
            values = [
                doc.source, f.table_index, f.row_index, f.code,
                SEVERITY_ZH.get(f.severity, f.severity), f.message, DECISION_ZH[fr.decision],
                fr.text if fr.decision == "edit" else "", fr.suggestion, fr.comment,
            ]  # fmt: skip
            ws.append([clean(v) for v in values])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)
