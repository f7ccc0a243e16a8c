"""Turn audited Documents into plain view data for the renderers (HTML, Markdown, XLSX).

Renderers never compute anything: counts, groupings, highlighted cells and the run metadata are
prepared here once, so every output format shows the same numbers (Great-Expectations style
"renderer separated from data").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.extract.normalize import indicator_key_text, letters
from auditor.models import Document, Finding, IndicatorRow, Table
from auditor.rules.baseline import fingerprint
from auditor.scoring import (
    FAMILIES,
    SEVERITIES,
    DocumentScore,
    family,
    score_document,
)

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
SCOPE_ZH = {"row": "指标行", "project": "项目", "document": "文档", "corpus": "跨文档"}
FAMILY_ZH = {
    "T": "模板化/照抄",
    "C": "类别/结构",
    "U": "单位与数值",
    "V": "空泛/不具体",
    "B": "预算一致性",
    "R": "比率定义",
    "G": "目标与指标",
    "S": "绩效自评",
}
KIND_ZH = {
    "project": "项目绩效目标表",
    "overall": "整体绩效目标表",
    "self_evaluation": "绩效自评表",
    "transfer": "区域绩效目标表",
    "evaluation_system": "评价指标体系",
}
# Columns a table may have beyond the indicator ones: shown as report columns when present.
EXTRA_COLUMNS = (
    ("actual", "实际完成值"),
    ("weight", "分值/权重"),
    ("score", "得分"),
    ("deviation", "偏差原因分析及改进措施"),
)
COLUMNS = ("level1", "level2", "level3", "description", "value", "basis")
COLUMN_ZH = {
    "level1": "一级指标",
    "level2": "二级指标",
    "level3": "三级指标",
    "description": "指标描述",
    "value": "指标值",
    "basis": "指标值确定依据",
}

# Which cell(s) of a row a finding points at, by code (else by family); used for highlighting.
CODE_CELLS: dict[str, tuple[str, ...]] = {
    "C201": ("level1", "level2"),
    "C202": ("level2", "level3"),
    "C204": ("level3",),
    "C205": ("level3", "description"),
    "C206": ("level2", "level3"),
    "V403": ("description",),
    "V404": ("basis",),
    "R601": ("level3", "description"),
    "T101": ("level3", "value"),
    "T106": ("level3", "value"),
}
FAMILY_CELLS: dict[str, tuple[str, ...]] = {
    "U": ("value",),
    "V": ("value",),
    "B": ("value",),
    "R": ("level3",),
    "S": ("value",),
}


norm_key = indicator_key_text  # the same identity as the T101 rule and the batch store


_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,})[”\"」』]")


def cells_for(f: Finding, row: IndicatorRow) -> set[str]:
    cols = set(CODE_CELLS.get(f.code) or FAMILY_CELLS.get(family(f.code), ()))
    ev = (f.evidence or "").strip()
    if not cols and ev:  # e.g. T105/T107: highlight the cell that contains the quoted text
        quotes = [q for q in map(letters, _QUOTED.findall(ev)) if q]
        for c in COLUMNS:
            text = letters(getattr(row, c))
            if not text:
                continue
            if quotes:  # the finding quotes the offending text: highlight the cell that holds it
                hit = any(q in text or (len(text) >= 4 and text in q) for q in quotes)
            else:
                hit = len(text) >= 4 and text in letters(ev)
            if hit:
                cols.add(c)
    return cols


@dataclass
class FindingView:
    code: str
    family: str
    severity: str
    severity_zh: str
    scope: str
    scope_zh: str
    message: str
    evidence: str
    fix: str | None
    name: str
    where: str
    table_index: int | None
    row_index: int | None
    key: str = ""  # stable id of the finding in its document (see finding_keys)


@dataclass
class RowView:
    row: IndicatorRow
    findings: list[FindingView]
    hot: set[str]
    severities: list[str]
    families: list[str]
    codes: list[str]
    worst: str | None

    @property
    def cells(self) -> list[tuple[str, str]]:
        return [(c, getattr(self.row, c) or "") for c in COLUMNS]

    def text_of(self, attr: str) -> str:
        """An extra column's cell as text (20.0 -> "20")."""
        return cell_text(getattr(self.row, attr))

    @property
    def other_cells(self) -> list[tuple[str, str]]:
        """The row's other kept columns (指标性质, 方向, 备注, 中期目标, per-place values …)."""
        return other_cells(self.row)


@dataclass
class TableView:
    table: Table
    kind_zh: str
    score: float
    rows: list[RowView]
    findings: list[FindingView]  # project-level findings of this table
    n_findings: int
    severities: list[str]
    families: list[str]
    codes: list[str]
    show_description: bool
    show_basis: bool
    extra_columns: list[tuple[str, str]] = field(default_factory=list)  # (attribute, header)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def other_cells(row: IndicatorRow) -> list[tuple[str, str]]:
    out = [
        (label, text)
        for label, text in (
            ("指标性质", row.nature),
            ("指标方向", row.direction),
            ("备注", row.remark),
            ("评（扣）分标准", row.scoring_standard),
        )
        if text
    ]
    if row.midterm is not None:
        m = row.midterm
        out.append(("中期目标", " ".join(x for x in (m.level2, m.level3, m.value) if x)))
    out += [(f"{place}", text) for place, text in row.place_values.items() if text]
    out += [(name or "其他", text) for name, text in row.other_columns.items() if text]
    return out


@dataclass
class RepeatedIndicator:
    """An indicator (normalised 三级 + 指标值) repeated across projects of one document."""

    level3: str
    value: str
    count: int
    projects: list[str]


@dataclass
class DocView:
    doc: Document
    name: str  # display name
    slug: str  # output file stem
    score: float
    scores: DocumentScore
    n_rows: int
    n_findings: int
    by_severity: dict[str, int]
    by_family: dict[str, int]
    by_code: list[tuple[str, int, str]]  # code, count, severity
    tables: list[TableView]
    doc_findings: list[FindingView]
    worst: list[TableView]
    boilerplate: list[RepeatedIndicator]
    graders: list[str]
    flagged_rows: int
    mean_specificity: float | None
    family_svg: list[dict[str, Any]] = field(default_factory=list)


def finding_keys(doc: Document) -> list[str]:
    """A stable id per finding of `doc.findings` (same order): the baseline fingerprint and its
    occurrence number ("3f…9a-1"), so a reviewer's decision survives re-rendering and the key
    maps to a waiver entry."""
    seen: Counter[str] = Counter()
    keys = []
    for f in doc.findings or []:
        fp = fingerprint(doc, f)
        seen[fp] += 1
        keys.append(f"{fp}-{seen[fp]}")
    return keys


def _finding_view(
    f: Finding, doc: Document, key: str = "", tables: dict[int, Table] | None = None
) -> FindingView:
    where = []
    if f.table_index is not None:
        if tables is None:
            tables = {t.index: t for t in doc.tables}
        t = tables.get(f.table_index)
        where.append(f"表{f.table_index}" + (f"「{t.project}」" if t else ""))
    if f.row_index is not None:
        where.append(f"第{f.row_index}行")
    return FindingView(
        code=f.code,
        family=family(f.code),
        severity=f.severity,
        severity_zh=SEVERITY_ZH.get(f.severity, f.severity),
        scope=f.scope,
        scope_zh=SCOPE_ZH.get(f.scope, f.scope),
        message=f.message,
        evidence=f.evidence or "",
        fix=f.fix,
        name=f.name,
        where=" ".join(where) or "全文",
        table_index=f.table_index,
        row_index=f.row_index,
        key=key,
    )


def _uniq(xs: Iterable[str]) -> list[str]:
    return sorted(set(xs))


SEV_RANK = {"error": 0, "warning": 1, "info": 2}


def _by_severity_then_code(f: Finding) -> tuple[int, str]:
    return (SEV_RANK.get(f.severity, 3), f.code)


@dataclass
class _Placed:
    """A document's findings sorted by where they point: a row, a table, or the document."""

    by_row: dict[tuple[int, int], list[Finding]] = field(default_factory=lambda: defaultdict(list))
    by_table: dict[int, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    doc_level: list[Finding] = field(default_factory=list)


def _place_findings(doc: Document, findings: list[Finding]) -> _Placed:
    row_keys = {(t.index, r.index) for t in doc.tables for r in t.rows}
    table_keys = {t.index for t in doc.tables}
    placed = _Placed()
    for f in findings:
        if (
            f.table_index is not None
            and f.row_index is not None
            and (f.table_index, f.row_index) in row_keys
        ):
            placed.by_row[(f.table_index, f.row_index)].append(f)
        elif f.table_index is not None and f.table_index in table_keys:
            placed.by_table[f.table_index].append(f)
        else:
            placed.doc_level.append(f)
    return placed


class _Viewer:
    """FindingViews of one document: stable keys and table lookups computed once."""

    def __init__(self, doc: Document, findings: list[Finding]) -> None:
        self.doc = doc
        self.keys = {id(f): k for f, k in zip(findings, finding_keys(doc))}
        self.tables = {t.index: t for t in doc.tables}  # lookups stay linear in the document size

    def __call__(self, f: Finding) -> FindingView:
        return _finding_view(f, self.doc, self.keys[id(f)], self.tables)


def _row_view(row: IndicatorRow, findings: list[Finding], view: _Viewer) -> RowView:
    fs = sorted(findings, key=_by_severity_then_code)
    hot: set[str] = set()
    for f in fs:
        hot |= cells_for(f, row)
    return RowView(
        row=row,
        findings=[view(f) for f in fs],
        hot=hot,
        severities=_uniq(f.severity for f in fs),
        families=_uniq(family(f.code) for f in fs),
        codes=_uniq(f.code for f in fs),
        worst=fs[0].severity if fs else None,
    )


def _table_view(t: Table, placed: _Placed, scores: DocumentScore, view: _Viewer) -> TableView:
    rows = [_row_view(r, placed.by_row.get((t.index, r.index), []), view) for r in t.rows]
    tfs = sorted(placed.by_table.get(t.index, []), key=_by_severity_then_code)
    all_t = tfs + [f for r in t.rows for f in placed.by_row.get((t.index, r.index), [])]
    ts = scores.table(t.index)
    return TableView(
        table=t,
        kind_zh=KIND_ZH.get(t.kind, t.kind),
        score=ts.score if ts else 0.0,
        rows=rows,
        findings=[view(f) for f in tfs],
        n_findings=len(all_t),
        severities=_uniq(f.severity for f in all_t),
        families=_uniq(family(f.code) for f in all_t),
        codes=_uniq(f.code for f in all_t),
        show_description=any(r.description for r in t.rows),
        show_basis=any(r.basis for r in t.rows),
        extra_columns=[
            (attr, label)
            for attr, label in EXTRA_COLUMNS
            if any(getattr(r, attr) is not None for r in t.rows)
        ],
    )


def _code_counts(findings: list[Finding]) -> list[tuple[str, int, str]]:
    """(code, count, most severe severity) per code, most frequent first."""
    code_sev: dict[str, str] = {}
    for f in findings:
        if f.code not in code_sev or SEV_RANK.get(f.severity, 3) < SEV_RANK.get(
            code_sev[f.code], 3
        ):
            code_sev[f.code] = f.severity
    return sorted(
        ((c, n, code_sev[c]) for c, n in Counter(f.code for f in findings).items()),
        key=lambda x: (-x[1], x[0]),
    )


def _repeated_indicators(doc: Document) -> list[RepeatedIndicator]:
    """The most repeated indicators (normalised 三级 + 指标值) across the document's tables."""
    groups: dict[str, list[tuple[Table, IndicatorRow]]] = defaultdict(list)
    for t, r in doc.rows():
        if r.level3 or r.value:
            groups[norm_key(r.level3, r.value)].append((t, r))
    out = []
    for members in groups.values():
        projects = _uniq(t.project for t, _ in members)
        if len(projects) >= 2:
            _t0, r0 = members[0]
            out.append(RepeatedIndicator(r0.level3, r0.value, len(members), projects))
    out.sort(key=lambda b: (-len(b.projects), -b.count, b.level3))
    return out


def _family_bars(fam: Counter[str]) -> list[dict[str, Any]]:
    fam_max = max([fam.get(x, 0) for x in FAMILIES] + [1])
    return [
        {
            "family": x,
            "label": FAMILY_ZH[x],
            "count": fam.get(x, 0),
            "width": round(300 * fam.get(x, 0) / fam_max, 1),
        }
        for x in FAMILIES
    ]


def build_doc_view(doc: Document, slug: str) -> DocView:
    scores = score_document(doc)
    findings = doc.findings or []
    view = _Viewer(doc, findings)
    placed = _place_findings(doc, findings)
    tables = [_table_view(t, placed, scores, view) for t in doc.tables]
    sev: Counter[str] = Counter(f.severity for f in findings)
    fam: Counter[str] = Counter(family(f.code) for f in findings)
    all_grades = [r.grade for _, r in doc.rows() if r.grade is not None]
    return DocView(
        doc=doc,
        name=doc.unit or Path(doc.source).stem,
        slug=slug,
        score=scores.score,
        scores=scores,
        n_rows=sum(len(t.rows) for t in doc.tables),
        n_findings=len(findings),
        by_severity={s: sev.get(s, 0) for s in SEVERITIES},
        by_family={x: fam.get(x, 0) for x in FAMILIES},
        by_code=_code_counts(findings),
        tables=tables,
        doc_findings=[view(f) for f in sorted(placed.doc_level, key=_by_severity_then_code)],
        worst=sorted(
            (t for t in tables if t.table.rows or t.findings),
            key=lambda t: (t.score, -t.n_findings),
        )[:5],
        boilerplate=_repeated_indicators(doc)[:10],
        graders=_uniq(
            g.grader + (f" ({g.prompt_version})" if g.prompt_version else "") for g in all_grades
        ),
        flagged_rows=sum(1 for t in tables for r in t.rows if r.findings),
        mean_specificity=round(sum(g.specificity for g in all_grades) / len(all_grades), 2)
        if all_grades
        else None,
        family_svg=_family_bars(fam),
    )


def slugs_for(docs: list[Document]) -> list[str]:
    """Unique, filesystem-safe output stems (file stem; parent folder added on collisions)."""
    out: list[str] = []
    seen: Counter[str] = Counter(Path(d.source).stem for d in docs)
    used: set[str] = set()
    for d in docs:
        p = Path(d.source)
        stem = p.stem if seen[p.stem] == 1 else f"{p.parent.name}_{p.stem}"
        stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem) or "document"
        base, i = stem, 2
        while stem in used or stem in ("index", "summary", "audit"):
            stem, i = f"{base}_{i}", i + 1
        used.add(stem)
        out.append(stem)
    return out
