"""Findings placed in their file: path, line (text files) or table/row label, sorted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.models import Document, Finding, IndicatorRow, Location, Table

SEVERITY_ORDER = ("error", "warning", "info")
SEVERITY_LABEL = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}


@dataclass(frozen=True)
class Located:
    """One finding with where to look: `line` for text sources, `where` in any case."""

    path: str
    line: int | None
    where: (
        str  # "380" (a line) or "表2第5行" / "第3页表1第4行" / "Sheet1!表1第12行"; "" = whole file
    )
    finding: Finding
    table: Table | None
    row: IndicatorRow | None

    @property
    def position(self) -> str:
        """`path:line` or `path:label` (ruff style), or the path alone for document findings."""
        return f"{self.path}:{self.where}" if self.where else self.path


def _where(loc: Location | None) -> tuple[int | None, str]:
    if loc is None:
        return None, ""
    if loc.line:
        return loc.line, str(loc.line)
    parts: list[str] = []
    if loc.sheet:
        parts.append(f"{loc.sheet}!")  # Excel's own sheet!cell notation
    if loc.page:
        parts.append(f"第{loc.page}页")
    if loc.grid:
        parts.append(f"表{loc.grid}")
    if loc.grid_row:
        parts.append(f"第{loc.grid_row}行")
    return None, "".join(parts)


def locate(doc: Document) -> list[Located]:
    """Every finding of the document with its place, in reading order."""
    tables = {t.index: t for t in doc.tables}
    rows = {(t.index, r.index): r for t in doc.tables for r in t.rows}
    out: list[Located] = []
    for f in doc.findings or []:
        table = tables.get(f.table_index) if f.table_index is not None else None
        row = (
            rows.get((f.table_index, f.row_index))
            if f.table_index is not None and f.row_index is not None
            else None
        )
        loc = row.location if row else (table.location if table else None)
        line, where = _where(loc)
        if not where and table is not None:
            where = f"表{table.index}"
        out.append(Located(doc.source, line, where, f, table, row))
    out.sort(
        key=lambda x: (
            x.finding.table_index or 0,
            x.finding.row_index or 0,
            x.line or 0,
            SEVERITY_ORDER.index(x.finding.severity),
            x.finding.code,
        )
    )
    return out


def severity_counts(docs: Iterable[Document]) -> Counter[str]:
    return Counter(f.severity for d in docs for f in d.findings or [])


def severity_label(severity: str, lang: str) -> str:
    return SEVERITY_LABEL.get(lang, SEVERITY_LABEL["zh"]).get(severity, severity)
