"""Render a parsed held-out spec document as a clean DOCX (one Word table per performance table)
and as plain tab-separated text. Both renderings are deterministic (fixed zip timestamps)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from rules_spec import Doc, Table

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def header_cells(doc: Doc) -> list[str]:
    cells = ["一级指标", "二级指标", "三级指标"]
    if doc.has_desc:
        cells.append("绩效指标描述")
    cells.append("指标值")
    if doc.has_basis:
        cells.append("指标值确定依据")
    return cells


def row_cells(doc: Doc, table: Table) -> list[list[str]]:
    out = []
    for r in table.rows:
        cells = [r.level1, r.level2, r.level3]
        if doc.has_desc:
            cells.append(r.description or "")
        cells.append(r.value)
        if doc.has_basis:
            cells.append(r.basis or "")
        out.append(cells)
    return out


def table_title(doc: Doc, table: Table, n_project: int) -> str:
    if table.title:
        return table.title
    if table.kind == "overall":
        return doc.fields.get("overall_title", "部门整体绩效目标表")
    pattern = doc.fields.get("title", "{n}. {project}绩效目标表")
    return pattern.format(n=n_project, project=table.project)


def _budget_text(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def meta_rows(doc: Doc, table: Table) -> list[tuple[str, str]]:
    if table.kind == "overall":
        rows = [("部门（单位）名称", table.project)]
        rows.append(("部门预算总额（万元）", _budget_text(table.budget)))
        rows.append(("年度履职目标", table.goal))
        return rows
    rows = [("项目名称", table.project), *table.meta]
    rows.append(
        (doc.fields.get("budget_label", "年度资金总额（万元）"), _budget_text(table.budget))
    )
    rows.extend(table.funds)
    rows.append((doc.fields.get("goal_label", "年度绩效目标"), table.goal))
    return rows


def document_title(doc: Doc) -> str:
    return f"{doc.fields['unit']}{doc.fields['year']}年部门预算公开"


def titled_tables(doc: Doc) -> list[tuple[str, Table]]:
    out = []
    n_project = 0
    for t in doc.tables:
        if t.kind == "project":
            n_project += 1
        out.append((table_title(doc, t, n_project), t))
    return out


# --------------------------------------------------------------------------------------- text


def render_text(doc: Doc) -> tuple[str, dict[tuple[int, int], int]]:
    """The document as tab-separated text, and the 1-based line of every (table, row)."""
    lines = [document_title(doc), ""]
    for para in doc.head:
        lines += [para, ""]
    lines += [doc.fields.get("section", "项目支出绩效目标表"), ""]
    where: dict[tuple[int, int], int] = {}
    for ti, (title, table) in enumerate(titled_tables(doc), start=1):
        lines += [title, "单位：万元"]
        lines += [f"{label}\t{value}" for label, value in meta_rows(doc, table)]
        lines.append("\t".join(header_cells(doc)))
        for ri, cells in enumerate(row_cells(doc, table), start=1):
            lines.append("\t".join(cells))
            where[(ti, ri)] = len(lines)
        lines.append("")
    return "\n".join(lines) + "\n", where


# --------------------------------------------------------------------------------------- DOCX


def _runs(cells: list[list[str]], col: int) -> list[tuple[int, int]]:
    """(first, last) row index of each run of equal values in columns 0..col."""
    out = []
    start = 0
    for i in range(1, len(cells) + 1):
        same = i < len(cells) and all(cells[i][c] == cells[start][c] for c in range(col + 1))
        if not same:
            out.append((start, i - 1))
            start = i
    return out


def _add_table(d: docx.document.Document, doc: Doc, table: Table) -> None:
    header = header_cells(doc)
    meta = meta_rows(doc, table)
    body = row_cells(doc, table)
    ncols = len(header)
    grid = d.add_table(rows=len(meta) + 1 + len(body), cols=ncols)
    grid.style = "Table Grid"
    for r, (label, value) in enumerate(meta):
        grid.cell(r, 0).text = label
        merged = grid.cell(r, 1).merge(grid.cell(r, ncols - 1))
        merged.text = value
    h = len(meta)
    for c, text in enumerate(header):
        grid.cell(h, c).text = text
    merge_cols = int(doc.fields.get("merge", "0"))
    for c in range(ncols):
        if c < merge_cols:
            for first, last in _runs(body, c):
                top = grid.cell(h + 1 + first, c)
                if last > first:
                    top = top.merge(grid.cell(h + 1 + last, c))
                top.text = body[first][c]
        else:
            for i, cells in enumerate(body):
                grid.cell(h + 1 + i, c).text = cells[c]


def _deterministic(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_docx(doc: Doc, path: Path) -> None:
    d = docx.Document()
    d.core_properties.author = ""
    heading = d.add_paragraph(document_title(doc))
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for para in doc.head:
        d.add_paragraph(para)
    d.add_paragraph(doc.fields.get("section", "项目支出绩效目标表"))
    for title, table in titled_tables(doc):
        d.add_paragraph(title)
        d.add_paragraph("单位：万元")
        _add_table(d, doc, table)
        d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_deterministic(buf.getvalue()))
