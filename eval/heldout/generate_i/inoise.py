"""Export noise of the ninth layout set that the shared writers lack: a TRS-editor portal page
(the government CMS that wraps the article in `<div class="TRS_Editor">`, with its own style
block, `<!--<$[信息内容]>begin-->` markers, cells with `line-height` paragraphs and full-width
spaces padding empty cells), a Word section header and page-number footer in DOCX files, prose
paragraphs indented with two full-width spaces (as text copied out of Word keeps them), and
spreadsheets whose amounts are stored as text with a print title and frozen header."""

from __future__ import annotations

import html

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from grid import Grid
from openpyxl.worksheet.worksheet import Worksheet


def trs_cell(text: str) -> str:
    if not text:
        return "<p>&#12288;</p>"
    body = "<br/>".join(html.escape(p) for p in text.split("\n"))
    return f'<p align="center" style="line-height:150%;margin:0"><font size="2">{body}</font></p>'


def trs_table(grid: Grid) -> str:
    """A table as the TRS editor publishes it: `<tbody>`, width in pt, each cell a centred
    paragraph; rowspan/colspan for merges; empty cells hold a full-width space."""
    cov = grid.covered()
    out = [
        '<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{line-height:2;'
        "font-family:宋体;font-size:12pt;}</style>",
        "<!--<$[信息内容]>begin-->",
        '<table style="width:520.3pt;border-collapse:collapse" cellspacing="0" cellpadding="0" '
        'border="1"><tbody>',
    ]
    for r, cells in enumerate(grid.rows):
        out.append("<tr>")
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
            out.append(f'<td{span} style="border:1px solid #000">{trs_cell(text)}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    out.append("<!--<$[信息内容]>end--></div>")
    return "\n".join(out)


def _field(paragraph_el: object, instr: str) -> None:
    """A simple Word field (PAGE) inside a paragraph element."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph_el.append(fld)  # type: ignore[attr-defined]


def docx_header_footer(doc: DocxDocument, header: str) -> None:
    """A running header with the unit's name and a footer `第 {PAGE} 页`, as Word exports keep."""
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    foot = section.footer.paragraphs[0]
    foot.add_run("第 ")
    _field(foot._p, " PAGE ")
    foot.add_run(" 页")


def indent_prose(line: str) -> str:
    """A prose paragraph copied out of Word: two full-width spaces of first-line indent."""
    return "\u3000\u3000" + line


def xlsx_print_setup(ws: Worksheet, title_rows: str, freeze: str) -> None:
    """A print title (repeated rows) and frozen panes, as a finance-office workbook has."""
    ws.print_title_rows = title_rows
    ws.freeze_panes = freeze
    ws.page_setup.orientation = "landscape"
    for col in "ABCDEFGHIJKLMN":
        ws.column_dimensions[col].width = 14
