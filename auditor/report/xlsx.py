"""XLSX export (XlsxWriter): sheets 问题清单 (findings), 指标行 (rows with grades and rewrites),
项目得分 (table scores) and 说明 (score formula, run metadata).

Every data sheet has a frozen header row and an autofilter over its used range. Text cells are
written as strings (so "=17个" is never a formula), control characters that XLSX cannot store
(e.g. the \\f of a Word field code) are dropped and a cell keeps at most XLSX's 32,767 characters.
XlsxWriter writes and does nothing else: it loads in a third of openpyxl's time and without
numpy, which a one-file audit otherwise paid for in its import time (issue 13); openpyxl stays
the reader of XLSX inputs and edits a report in `auditor serve`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

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
HEAD_STYLE = {"bold": True, "font_color": "#FFFFFF", "bg_color": "#24364B", "valign": "vcenter"}
SEV_COLOURS = {"error": "#FDECEA", "warning": "#FEF5E7"}
# What XLSX cannot store in a cell: the C0 controls other than tab, line feed and return.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CELL = 32767


def clean(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
    return value


def new_workbook(path: Path) -> Workbook:
    """A workbook written to `path` on close(), marked as the tool's own report (folder runs
    skip it); text is never turned into a formula, number or link."""
    wb = Workbook(
        str(path),
        {
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "nan_inf_to_errors": True,
        },
    )
    wb.set_properties({"author": REPORT_GENERATOR})
    return wb


def write_cell(ws: Worksheet, row: int, col: int, value: Any, fmt: Format | None = None) -> None:
    """One cell by its type: text always as a string, numbers as numbers, None as blank."""
    value = clean(value)
    if value is None or value == "":
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, str):
        ws.write_string(row, col, value, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        ws.write_number(row, col, value, fmt)
    else:
        ws.write_string(row, col, str(value), fmt)


def data_sheet(
    wb: Workbook,
    title: str,
    headers: list[str],
    rows: Iterable[list[Any]],
    widths: dict[int, int] | None = None,
    tint_col: int | None = None,
) -> Worksheet:
    """A data sheet: bold header row, frozen, with an autofilter; `widths` by 1-based column;
    `tint_col` (0-based) holds a severity in Chinese and tints that cell."""
    ws = wb.add_worksheet(title)
    head = wb.add_format(HEAD_STYLE)
    tints = {SEVERITY_ZH[k]: wb.add_format({"bg_color": c}) for k, c in SEV_COLOURS.items()}
    for j, h in enumerate(headers):
        ws.write_string(0, j, h, head)
    n = 0
    for values in rows:
        n += 1
        for j, val in enumerate(values):
            tint = tints.get(val) if j == tint_col else None
            write_cell(ws, n, j, val, tint)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(n, 1), len(headers) - 1)
    for j, h in enumerate(headers, start=1):
        width = (widths or {}).get(j, max(8, min(40, len(h) * 2 + 4)))
        ws.set_column(j - 1, j - 1, width)
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
    info = wb.add_worksheet(INFO_SHEET)
    info.set_column(0, 0, 18)
    info.set_column(1, 1, 120, wb.add_format({"text_wrap": True, "valign": "top"}))
    for i, (k, v) in enumerate(_info_lines(meta)):
        write_cell(info, i, 0, k)
        write_cell(info, i, 1, v)


def write_xlsx(docs: list[Document], path: str | Path, meta: dict[str, Any] | None = None) -> Path:
    path = Path(path)
    finding_rows: list[Cells] = []
    row_rows: list[Cells] = []
    table_rows: list[Cells] = []
    for d in docs:
        found, on_rows = _finding_cells(d)
        finding_rows += found
        table_rows += _table_cells(d, score_document(d))
        for t in d.tables:
            row_rows += [_row_cells(d, t, r, on_rows.get((t.index, r.index), [])) for r in t.rows]
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = new_workbook(path)
    finding_widths = {1: 24, 4: 28, 10: 48, 11: 40, 12: 30, 13: 24}
    data_sheet(wb, FINDINGS_SHEET, FINDING_HEADERS, finding_rows, finding_widths, tint_col=7)
    data_sheet(
        wb,
        ROWS_SHEET,
        ROW_HEADERS,
        row_rows,
        {1: 24, 4: 28, 8: 28, 9: 36, 10: 18, 16: 36, 17: 24, 18: 18, 19: 30},
    )
    data_sheet(wb, TABLES_SHEET, TABLE_HEADERS, table_rows, {1: 24, 5: 36})
    _info_sheet(wb, meta)
    wb.close()
    return path
