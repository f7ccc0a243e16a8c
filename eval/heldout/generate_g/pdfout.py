"""Text-layer PDFs with reportlab and its built-in CID font STSong-Light: ruled tables (grid lines,
merged cells as SPAN, text vertically centred in a merged cell) and unruled ones (text only)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from grid import Grid
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1  # no creation date / random id: same input, same bytes
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _glyphs(text: str) -> str:
    """STSong-Light has no glyph for U+00B7 (the middle dot of 元/人·月); the GB glyph is reached
    through U+30FB, which the text layer reads back as U+00B7."""
    return escape(text.replace("\u00b7", "\u30fb"))


def style(size: float = 8, leading: float | None = None, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle(
        f"s{size}-{align}",
        fontName=FONT,
        fontSize=size,
        leading=leading or size * 1.3,
        wordWrap="CJK",
        alignment=align,
    )


def para(text: str, size: float = 10, align: int = 0) -> Paragraph:
    return Paragraph("<br/>".join(_glyphs(p) for p in text.split("\n")), style(size, align=align))


def pdf_table(
    grid: Grid,
    widths_mm: Sequence[float],
    ruled: bool = True,
    size: float = 8,
) -> Table:
    st = style(size)
    data = [
        [Paragraph("<br/>".join(_glyphs(p) for p in t.split("\n")), st) if t else "" for t in row]
        for row in grid.rows
    ]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=0)
    cmds: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    for r0, c0, r1, c1 in grid.merges:
        cmds.append(("SPAN", (c0, r0), (c1, r1)))
    table.setStyle(TableStyle(cmds))
    return table


def pdf_bytes(story: list[Flowable], wide: bool = True, title: str = "") -> bytes:
    buf = io.BytesIO()
    size = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
        author="",
        creator="",
    )
    doc.build(story)
    return buf.getvalue()


def gap(h: float = 4) -> Spacer:
    return Spacer(1, h * mm)
