"""XLSX export (openpyxl): sheets 问题清单 (findings), 指标行 (rows with grades and rewrites),
项目得分 (table scores) and 说明 (score formula, run metadata).

Every data sheet has a frozen header row and an autofilter over its used range. Text cells are
forced to string type (so "=17个" is never a formula) and control characters that XLSX cannot
store (e.g. the \\f of a Word field code) are dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from auditor.ingest.inputs import REPORT_GENERATOR
from auditor.models import Document, Finding, IndicatorRow, Table
from auditor.report.view import SCOPE_ZH, SEVERITY_ZH, other_cells
from auditor.scoring import DocumentScore, family, score_document

FINDINGS_SHEET = "问题清单"
ROWS_SHEET = "指标行"
TABLES_SHEET = "项目得分"
INFO_SHEET = "说明"

FINDING_HEADERS = [
    "文件",
    "单位",
    "表",
    "项目",
    "行",
    "代码",
    "类别",
    "严重程度",
    "范围",
    "问题",
    "证据",
    "建议",
    "三级指标",
    "指标值",
]
ROW_HEADERS = [
    "文件",
    "单位",
    "表",
    "项目",
    "行",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标描述",
    "指标值",
    "指标值确定依据",
    "问题代码",
    "最高严重程度",
    "具体性(1-5)",
    "评分器",
    "评分理由",
    "改写-三级指标",
    "改写-指标值",
    "改写-定义",
    "改写-数据来源",
    "位置",
    "实际完成值",
    "分值/权重",
    "得分",
    "偏差原因分析及改进措施",
    "其他列",
]
TABLE_HEADERS = [
    "文件",
    "单位",
    "表",
    "类型",
    "项目",
    "预算(万元)",
    "行数",
    "问题数",
    "表得分",
    "文档得分",
]
_SEV_RANK = {"error": 0, "warning": 1, "info": 2}
_HEAD_FILL = PatternFill("solid", fgColor="24364B")
_SEV_FILL = {
    "error": PatternFill("solid", fgColor="FDECEA"),
    "warning": PatternFill("solid", fgColor="FEF5E7"),
}


def clean(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _sheet(
    wb: Workbook,
    title: str,
    headers: list[str],
    rows: Iterable[list[Any]],
    widths: dict[int, int] | None = None,
    sev_col: int | None = None,
) -> Worksheet:
    ws = wb.create_sheet(title)
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = _HEAD_FILL
        c.alignment = Alignment(vertical="center")
    n = 1
    for values in rows:
        n += 1
        for j, val in enumerate(values, start=1):
            cell = ws.cell(row=n, column=j)
            cell.value = clean(val)
            if isinstance(val, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
        if sev_col is not None:
            fill = _SEV_FILL.get(values[sev_col])
            if fill:
                for cell in ws[n]:
                    cell.fill = fill
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(n, 1)}"
    for j, h in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(j)].width = (widths or {}).get(
            j, max(8, min(40, len(h) * 2 + 4))
        )
    return ws


Cells = list[Any]  # one spreadsheet row
RowKey = tuple[int, int]  # (table index, row index)


def _finding_key(f: Finding) -> tuple[int, int, int, str]:
    return (f.table_index or 0, f.row_index or 0, _SEV_RANK.get(f.severity, 3), f.code)


def _finding_cells(d: Document) -> tuple[list[Cells], dict[RowKey, list[Finding]]]:
    """The 问题清单 lines of one document, and its row findings by (table, row)."""
    name = Path(d.source).name
    tables = {t.index: t for t in d.tables}
    rows = {(t.index, r.index): r for t in d.tables for r in t.rows}
    on_rows: dict[RowKey, list[Finding]] = {}
    out: list[Cells] = []
    for f in sorted(d.findings or [], key=_finding_key):
        t = tables.get(f.table_index) if f.table_index is not None else None
        r = None
        if f.table_index is not None and f.row_index is not None:
            r = rows.get((f.table_index, f.row_index))
            if r is not None:
                on_rows.setdefault((f.table_index, f.row_index), []).append(f)
        out.append(
            [
                name,
                d.unit or "",
                f.table_index,
                t.project if t else "",
                f.row_index,
                f.code,
                family(f.code),
                SEVERITY_ZH.get(f.severity, f.severity),
                SCOPE_ZH.get(f.scope, f.scope),
                f.message,
                f.evidence,
                f.fix or "",
                r.level3 if r else "",
                r.value if r else "",
            ]
        )
    return out, on_rows


def _table_cells(d: Document, sc: DocumentScore) -> list[Cells]:
    """The 项目得分 lines of one document: one per table."""
    name = Path(d.source).name
    per_table = Counter(f.table_index for f in d.findings or [])
    out: list[Cells] = []
    for t in d.tables:
        ts = sc.table(t.index)
        out.append(
            [
                name,
                d.unit or "",
                t.index,
                t.kind,
                t.project,
                t.budget_wan,
                len(t.rows),
                per_table[t.index],
                ts.score if ts else None,
                sc.score,
            ]
        )
    return out


def _row_cells(d: Document, t: Table, r: IndicatorRow, fs: list[Finding]) -> Cells:
    """The 指标行 line of one indicator row: its cells, codes, grade and rewrite."""
    worst = min((f.severity for f in fs), key=lambda s: _SEV_RANK.get(s, 3), default=None)
    g = r.grade
    rw = g.rewrite if g else None
    return [
        Path(d.source).name,
        d.unit or "",
        t.index,
        t.project,
        r.index,
        r.level1,
        r.level2,
        r.level3,
        r.description or "",
        r.value,
        r.basis or "",
        " ".join(sorted({f.code for f in fs})),
        SEVERITY_ZH.get(worst, "") if worst else "",
        g.specificity if g else None,
        g.grader if g else "",
        "；".join(g.reasons) if g else "",
        rw.level3 if rw else "",
        rw.value if rw else "",
        (rw.definition or "") if rw else "",
        (rw.evidence or "") if rw else "",
        r.location.label(),
        r.actual or "",
        r.weight,
        r.score,
        r.deviation or "",
        "；".join(f"{k} {v}" for k, v in other_cells(r)),
    ]


def _info_lines(meta: dict[str, Any] | None) -> list[tuple[str, Any]]:
    lines: list[tuple[str, Any]] = [("得分公式", (meta or {}).get("formula", ""))]
    if meta:
        u = meta.get("usage", {})
        lines += [
            ("工具版本", f"{meta.get('tool')} {meta.get('version')}"),
            (
                "规则",
                f"{meta.get('rules')} 条；启用 {meta.get('select')}；停用 {meta.get('ignore') or '—'}",
            ),
            ("评分器", "、".join(meta.get("graders", []))),
            ("模型", meta.get("model") or "—"),
            ("提示词版本", "、".join(meta.get("prompts", [])) or "—"),
            ("tokens", f"{u.get('prompt_tokens', 0)} + {u.get('completion_tokens', 0)}"),
            ("估算费用", u.get("estimated_cost", 0.0)),
            ("生成时间", meta.get("date")),
        ]
    return lines


def _info_sheet(wb: Workbook, meta: dict[str, Any] | None) -> None:
    """The 说明 sheet: the score formula and the run's metadata."""
    info = wb.create_sheet(INFO_SHEET)
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 120
    for k, v in _info_lines(meta):
        info.append([k, clean(v)])
        info.cell(row=info.max_row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, str):
            info.cell(row=info.max_row, column=2).data_type = "s"


def write_xlsx(docs: list[Document], path: str | Path, meta: dict[str, Any] | None = None) -> Path:
    path = Path(path)
    wb = Workbook()
    wb.properties.creator = REPORT_GENERATOR  # folder runs skip the tool's own reports
    wb.remove(wb.active)
    finding_rows: list[Cells] = []
    row_rows: list[Cells] = []
    table_rows: list[Cells] = []
    for d in docs:
        found, on_rows = _finding_cells(d)
        finding_rows += found
        table_rows += _table_cells(d, score_document(d))
        for t in d.tables:
            row_rows += [_row_cells(d, t, r, on_rows.get((t.index, r.index), [])) for r in t.rows]
    sev_zh_to_key = {v: k for k, v in SEVERITY_ZH.items()}
    fws = _sheet(
        wb,
        FINDINGS_SHEET,
        FINDING_HEADERS,
        finding_rows,
        {1: 24, 4: 28, 10: 48, 11: 40, 12: 30, 13: 24},
    )
    for i, vals in enumerate(finding_rows, start=2):  # tint by severity
        fill = _SEV_FILL.get(sev_zh_to_key.get(vals[7], ""))
        if fill:
            fws.cell(row=i, column=8).fill = fill
    _sheet(
        wb,
        ROWS_SHEET,
        ROW_HEADERS,
        row_rows,
        {1: 24, 4: 28, 8: 28, 9: 36, 10: 18, 16: 36, 17: 24, 18: 18, 19: 30},
    )
    _sheet(wb, TABLES_SHEET, TABLE_HEADERS, table_rows, {1: 24, 5: 36})
    _info_sheet(wb, meta)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
