"""The noise of real exports on top of the clean writers: Word/WPS DOCX cells with empty
paragraphs and soft line breaks, CMS HTML with nested layout tables, inline styles, &nbsp; and
<br> in cells, and PDFs with a page header and footer on every page (so a long table is cut by
page furniture)."""

from __future__ import annotations

import html
import io
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from grid import Grid
from pdfout import FONT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

# --- DOCX ---------------------------------------------------------------------------------------


def docx_wps_table(
    doc: DocxDocument,
    grid: Grid,
    soft_breaks: bool = True,
    trailing_empty: Sequence[tuple[int, int]] = (),
) -> None:
    """A Word/WPS table: line breaks inside cells are soft breaks (<w:br/>) when `soft_breaks`,
    merged cells keep the empty paragraphs of the cells they swallowed, and the cells in
    `trailing_empty` end with an empty paragraph (a stray Enter in the cell)."""
    table = doc.add_table(rows=len(grid.rows), cols=grid.ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, cells in enumerate(grid.rows):
        for c, text in enumerate(cells):
            cell = table.cell(r, c)
            lines = text.split("\n")
            para = cell.paragraphs[0]
            if soft_breaks:
                run = para.add_run(lines[0])
                for extra in lines[1:]:
                    run.add_break()
                    run = para.add_run(extra)
            else:
                para.text = lines[0]
                for extra in lines[1:]:
                    cell.add_paragraph(extra)
            if (r, c) in trailing_empty:
                cell.add_paragraph("")
    for r0, c0, r1, c1 in grid.merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))


# --- HTML ---------------------------------------------------------------------------------------

TD_STYLE = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
SPAN_STYLE = "font-family:宋体;font-size:10.5pt"


def cms_cell(text: str, pad: bool) -> str:
    if not text:
        return "&nbsp;"
    body = "<br>".join(html.escape(p) for p in text.split("\n"))
    if pad:
        body = "&nbsp;" + body + "&nbsp;"
    return f'<p style="text-align:center"><span style="{SPAN_STYLE}">{body}</span></p>'


def cms_table(grid: Grid, pad_cols: Sequence[int] = (), width: str = "100%") -> str:
    """A table as a CMS editor saves it pasted from Word: inline styles on every cell, each cell
    text in <p><span>, &nbsp; for empty cells and around the text of `pad_cols`, <br> for line
    breaks; rowspan/colspan for merges."""
    cov = grid.covered()
    out = [
        f'<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
        f'style="width:{width};border-collapse:collapse;border:none">'
    ]
    for r, cells in enumerate(grid.rows):
        out.append('<tr style="height:20.0pt">')
        for c, text in enumerate(cells):
            m = cov.get((r, c))
            if m and (m[0], m[1]) != (r, c):
                continue
            span = ""
            if m:
                if m[2] > m[0]:
                    span += f' rowspan="{m[2] - m[0] + 1}"'
                if m[3] > m[1]:
                    span += f' colspan="{m[3] - m[1] + 1}"'
            out.append(
                f'<td{span} valign="middle" style="{TD_STYLE}">{cms_cell(text, c in pad_cols)}</td>'
            )
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def nested(inner: Sequence[str], side: str = "") -> str:
    """Content inside the portal's layout tables (an outer frame and a side column)."""
    side_td = f'<td width="200" valign="top" class="side">{side}</td>' if side else ""
    return (
        '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
        '<tr><td valign="top">\n'
        '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td class="bt_content" valign="top" style="padding:10px 20px">\n'
        + "\n".join(inner)
        + "\n</td></tr></table>\n</td>"
        + side_td
        + "</tr></table>"
    )


# --- PDF ----------------------------------------------------------------------------------------


def pdf_with_furniture(
    story: list[Flowable], header: str, footer: str = "— {page} —", wide: bool = True
) -> bytes:
    """A PDF whose every page carries a running header and a page-number footer, so the text
    layer of a table that continues on the next page has them between its rows."""

    def furniture(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        w, h = doc.pagesize
        canvas.saveState()
        canvas.setFont(FONT, 9)
        canvas.drawString(14 * mm, h - 8 * mm, header)
        canvas.drawCentredString(w / 2, 6 * mm, footer.format(page=canvas.getPageNumber()))
        canvas.restoreState()

    buf = io.BytesIO()
    size = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title="",
        author="",
        creator="",
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()
