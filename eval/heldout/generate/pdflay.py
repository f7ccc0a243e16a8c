"""Text-layer PDFs with ruled tables (reportlab, built-in CID font STSong-Light)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

CELL = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=14, leading=20, alignment=1, spaceAfter=6)
TEXT = ParagraphStyle("text", fontName=FONT, fontSize=9, leading=13, wordWrap="CJK", spaceAfter=4)


def para(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text.replace("\n", "<br/>"), style)


def grid_table(
    grid: list[list[str]],
    widths: list[float],
    spans: list[tuple[int, int, int, int]],
    repeat: int = 0,
) -> Table:
    """A ruled table; spans are (row1, col1, row2, col2) merges, `repeat` header rows per page."""
    data = [[Paragraph(c.replace("\n", "<br/>"), CELL) if c else "" for c in row] for row in grid]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=repeat)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
    ]
    style += [("SPAN", (c1, r1), (c2, r2)) for r1, c1, r2, c2 in spans]
    table.setStyle(TableStyle(style))
    return table


def write_pdf(path: Path, flow: list, title: str, author: str, portrait: bool = False) -> None:
    size = A4 if portrait else landscape(A4)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
        author=author,
        invariant=1,
    )
    doc.build(flow)
