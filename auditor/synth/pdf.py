"""PDF rendering (reportlab) with ruled tables and spans, in the built-in CJK font STSong-Light
(a CID font every PDF viewer resolves, so no font file is needed)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from auditor.synth.page import Page, TableGrid

FONT = "STSong-Light"
if FONT not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
TEXT = ParagraphStyle("text", fontName=FONT, fontSize=9, leading=12)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7, leading=9, wordWrap="CJK")


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(t) for t in text.split("\n")), style)


def _table(grid: TableGrid, width: float, ruled: bool = True) -> Table:
    data = [[_para(c.text, CELL) if c is not None else "" for c in row] for row in grid.rows]
    style: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    for r, row in enumerate(grid.rows):
        for c, cell in enumerate(row):
            if cell is not None and (cell.rowspan > 1 or cell.colspan > 1):
                style.append(("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)))
    table = Table(data, colWidths=[width / grid.ncols] * grid.ncols, repeatRows=0)
    table.setStyle(TableStyle(style))
    return table


def write_pdf(page: Page, path: Path, ruled: bool = True) -> None:
    """The page as a PDF; `ruled=False` draws the tables without lines (laid out by spacing
    only, as many county PDFs are: a text extractor sees lines of words, not cells)."""
    size = landscape(A4)
    story: list[Flowable] = []
    width = size[0] - 72
    for block in page.blocks:
        if isinstance(block, str):
            story.append(_para(block, TEXT))
        else:
            story += [_table(block, width, ruled), Spacer(1, 8)]
    SimpleDocTemplate(
        str(path), pagesize=size, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36
    ).build(story)
