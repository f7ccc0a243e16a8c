"""A Document's performance tables as a text PDF in the common county layout (reportlab).

What a department's printed annex looks like before it is scanned: each table on a new page
under its title (and sub-unit line) and "单位：万元"; metadata rows (项目名称 / 预算数 / 绩效目标,
or 部门(单位)名称 / 部门预算总额(万元) / 年度履职目标 for a department's overall table) merged over
the width; the header; the indicator rows with 一级 and 二级 cells merged down their runs. A
table taller than a page continues on the next one (a merge crossing the cut continues as an
empty merged cell, as Word's PDF export draws it). `ruled=False` prints the same grid without
lines (tables laid out by spacing only).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    TableStyle,
)
from reportlab.platypus import (
    Table as RLTable,
)

from auditor.models import Document, Table
from auditor.synth.pdf import FONT

HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
WIDTHS = [64.0, 80.0, 150.0, 220.0, 110.0, 146.0]  # 770pt: landscape A4 less 36pt margins
MARGIN = 36.0
BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, wordWrap="CJK")
TITLE = ParagraphStyle("title", parent=BODY, fontSize=13, leading=17, spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
Span = tuple[tuple[int, int], tuple[int, int]]  # ((col, first row), (col, last row))


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    markup = escape(text).replace("\n", "<br/>")
    return Paragraph(markup.replace("\u00b7", '<font name="Helvetica">\u00b7</font>'), style)


def _meta(table: Table) -> list[tuple[str, str]]:
    if table.kind == "overall":
        labels = ("部门(单位)名称", "部门预算总额(万元)", "年度履职目标")
    else:
        labels = ("项目名称", "预算数", "绩效目标")
    out = [(labels[0], table.project)]
    if table.budget_wan is not None:
        out.append((labels[1], f"{table.budget_wan:.2f}"))
    out.append((labels[2], table.goal or ""))
    return out


def _runs(cells: list[list[str]], col: int) -> list[tuple[int, int]]:
    """(first, last) row of each run of equal cells in `col` (a run never crosses col - 1's)."""
    out, start = [], 0
    for i in range(1, len(cells) + 1):
        same = i < len(cells) and all(cells[i][c] == cells[start][c] for c in range(col + 1))
        if not same:
            out.append((start, i - 1))
            start = i
    return out


def _grid(table: Table) -> tuple[list[list[str]], list[Span], int]:
    """Cell texts, spans and the number of metadata rows of one table."""
    meta = _meta(table)
    body = [
        [r.level1, r.level2, r.level3, r.description or "", r.value, r.basis or ""]
        for r in table.rows
    ]
    h = len(meta)
    texts = [[label, value, "", "", "", ""] for label, value in meta] + [list(HEADER)]
    texts += [list(row) for row in body]
    spans: list[Span] = [((1, r), (5, r)) for r in range(h)]
    for col in (0, 1):
        for first, last in _runs(body, col):
            for i in range(first + 1, last + 1):
                texts[h + 1 + i][col] = ""
            if last > first:
                spans.append(((col, h + 1 + first), (col, h + 1 + last)))
    return texts, spans, h


def _pieces(table: Table, avail: float, page_h: float, ruled: bool) -> list[Flowable]:
    """The table cut into page-sized pieces (first piece fits in `avail`)."""
    texts, spans, h = _grid(table)
    cells = [[_para(x, CELL) if x else "" for x in row] for row in texts]
    probe = RLTable(
        cells, colWidths=WIDTHS, style=TableStyle([("SPAN", a, b) for a, b in spans[:h]])
    )
    probe.wrap(sum(WIDTHS), page_h)
    row_h = probe._rowHeights
    out: list[Flowable] = []
    start = 0
    while start < len(cells):
        end, used = start, 0.0
        while end < len(cells) and (used + row_h[end] <= avail or end == start):
            used += row_h[end]
            end += 1
        style: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        for (c0, r0), (c1, r1) in spans:
            a, b = max(r0, start), min(r1, end - 1)
            if b > a or (c1 > c0 and a == b):
                style.append(("SPAN", (c0, a - start), (c1, b - start)))
        out.append(RLTable(cells[start:end], colWidths=WIDTHS, style=TableStyle(style)))
        start = end
        avail = page_h - 4
    return out


# a table without a printed title gets the title its kind is published under, so a scanned
# rendering keeps the kind the extractor reads from it
_KIND_TITLE = {
    "transfer": "区域绩效目标表",
    "self_evaluation": "绩效自评表",
    "overall": "部门整体绩效目标表",
    "evaluation_system": "绩效评价指标体系",
}


def write_tables_pdf(doc: Document, path: Path, ruled: bool = True) -> Path:
    """Write every table of `doc` into `path` (one table per page or more)."""
    page_w, page_h = landscape(A4)
    frame_w, frame_h = page_w - 2 * MARGIN, page_h - 2 * MARGIN - 12
    story: list[Flowable] = []
    for n, table in enumerate(doc.tables):
        heads = []
        if n:
            story.append(PageBreak())
        elif doc.unit:
            heads.append(_para(f"{doc.unit}{doc.year or ''}年部门预算", TITLE))
        title = (
            table.title
            or f"{table.index}.{table.project}{_KIND_TITLE.get(table.kind, '绩效目标表')}"
        )
        heads.append(_para(title, TITLE))
        if table.unit_line:
            heads.append(_para(table.unit_line, BODY))
        heads.append(_para("单位：万元", BODY))
        used = sum(
            f.wrap(frame_w, frame_h)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heads
        )
        story += heads + _pieces(table, frame_h - used - 4, frame_h, ruled)
    SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=path.stem,
        author="indicator-auditor",
    ).build(story)
    return path
