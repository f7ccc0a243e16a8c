"""Export noise of the tenth layout held-out set that the shared writers lack:

- HTML pasted from Excel (`<col>` widths, `x:num` / `x:str` cell attributes, `class=xl65` cells,
  row heights, Excel's conditional XML comment) inside a TRS-style portal editor block with its
  own `<style>` and a share-bar `<script>`;
- DOCX whose title stands in the section's page header and whose column-header rows are marked
  to repeat on every page (`w:tblHeader`);
- XLSX with a hidden helper column, frozen panes and print titles;
- text copied out of a PDF with `pdftotext -layout`: cells padded with spaces to the column
  widths (East Asian characters count two), prose indented with ideographic spaces.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from frame import Framed
from grid import Grid, Text
from openpyxl.workbook.workbook import Workbook

# --- HTML ---------------------------------------------------------------------------------------


def _number_attr(text: str) -> str:
    plain = text.replace(",", "")
    try:
        float(plain)
    except ValueError:
        return " x:str"
    return f' x:num="{plain}"'


def excel_html_table(grid: Grid, col_px: int = 86) -> str:
    """A table as Excel puts it on the clipboard / saves it as a web page."""
    cov = grid.covered()
    out = [
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
        "<x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>"
        "</xml><![endif]-->",
        f"<table border=0 cellpadding=0 cellspacing=0 width={col_px * grid.ncols} "
        "style='border-collapse:collapse;table-layout:fixed'>",
    ]
    out += [f"<col width={col_px} style='width:{col_px * 3 // 4}pt'>" for _ in range(grid.ncols)]
    for r, cells in enumerate(grid.rows):
        out.append("<tr height=38 style='height:28.5pt'>")
        for c, text in enumerate(cells):
            m = cov.get((r, c))
            if m and (m[0], m[1]) != (r, c):
                continue
            span = ""
            if m:
                if m[2] > m[0]:
                    span += f" rowspan={m[2] - m[0] + 1}"
                if m[3] > m[1]:
                    span += f" colspan={m[3] - m[1] + 1}"
            cls = "xl67" if r < grid.header_rows else "xl65"
            if not text:
                out.append(f"<td{span} class={cls}>&nbsp;</td>")
                continue
            body = "<br>".join(html.escape(p) for p in text.split("\n"))
            out.append(f"<td{span} class={cls}{_number_attr(text)}>{body}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def trs_editor(inner: Sequence[str]) -> str:
    """Content inside a TRS portal editor block: its own style sheet, then the share bar script
    (whose text is not content)."""
    return (
        '<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;'
        "margin-bottom:0;line-height:1.5;font-family:宋体;font-size:12pt}"
        ".TRS_Editor TD{font-size:10.5pt}</style>\n"
        + "\n".join(inner)
        + '\n</div>\n<script type="text/javascript">'
        'var shareTitle="分享到：微信 微博";document.write("<div class=share>"+shareTitle+"</div>");'
        "</script>"
    )


# --- DOCX ---------------------------------------------------------------------------------------


def docx_page_header(doc: DocxDocument, text: str) -> None:
    """Put a line into the page header of every section (the unit's name, as letterheads do)."""
    for section in doc.sections:
        section.header.paragraphs[0].text = text


def docx_repeat_header_rows(doc: DocxDocument, rows: Sequence[int]) -> None:
    """Mark table rows (by index, in every table) as header rows repeated on each page."""
    for table in doc.tables:
        for i in rows:
            if i >= len(table.rows):
                continue
            tr_pr = table.rows[i]._tr.get_or_add_trPr()
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            tr_pr.append(flag)


# --- XLSX ---------------------------------------------------------------------------------------


def xlsx_workbook_noise(
    wb: Workbook, hide_cols: Sequence[str] = (), freeze: str | None = None, title_rows: str = ""
) -> None:
    """Hidden helper columns, frozen panes and print titles on the first worksheet."""
    ws = wb.worksheets[0]
    for col in hide_cols:
        ws.column_dimensions[col].hidden = True
    if freeze:
        ws.freeze_panes = freeze
    if title_rows:
        ws.print_title_rows = title_rows


# --- text ---------------------------------------------------------------------------------------


def display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - display_width(s), 0)


def render_layout(
    text: Text, f: Framed, min_gap: int = 3, skip: Sequence[int] = (), max_col: int = 30
) -> None:
    """The table as `pdftotext -layout` prints it: one line per grid row, every cell padded to its
    column's width (cells with line breaks joined), so columns line up and empty cells are blanks.
    Each labelled row is marked on its line."""
    cells = [[c.replace("\n", "") for c in row] for row in f.grid.rows]
    widths = [0] * f.grid.ncols
    for i, row in enumerate(cells):
        if i in skip or i < f.body[0]:
            continue
        for c, s in enumerate(row):
            widths[c] = min(max(widths[c], display_width(s)), max_col)
    for i, row in enumerate(cells):
        if i in skip:
            continue
        if i < f.body[0] and sum(1 for s in row if s) <= 2:
            text.add("  ".join(s for s in row if s))  # a full-width label | text line
            continue
        line = "".join(pad(s, widths[c] + min_gap) for c, s in enumerate(row)).rstrip()
        r = f.rows.get(i)
        if r is not None:
            text.mark(r)
        text.add(line)


def indent_prose(line: str) -> str:
    """A paragraph as a text copy of a Chinese document keeps it: two ideographic spaces first."""
    return "\u3000\u3000" + line
