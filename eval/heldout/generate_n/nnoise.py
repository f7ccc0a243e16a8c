"""Export noise of the thirteenth layout set that the shared writers lack: a DOCX whose tables
repeat their header row on every page (`<w:tblHeader/>`) under a section header and footer with
the unit and a page label; an XLSX as a finance system exports it (frozen panes, print titles,
a hidden helper column of row codes, a page header/footer, amounts kept as text); and an HTML
page reposted from a WeChat public-account article (`<section>` wrappers with inline styles,
`<span leaf="">` text, `data-` attributes on the table, a read counter and a QR-code prompt)."""

from __future__ import annotations

import html

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from grid import Grid
from openpyxl import Workbook

# --- DOCX ---------------------------------------------------------------------------------------


def docx_repeat_header(doc: DocxDocument, rows: int = 1) -> None:
    """Mark the first `rows` rows of every table as header rows repeated on each page."""
    for table in doc.tables:
        for row in table.rows[:rows]:
            tr_pr = row._tr.get_or_add_trPr()
            flag = OxmlElement("w:tblHeader")
            tr_pr.append(flag)


def docx_running_text(doc: DocxDocument, header: str, footer: str) -> None:
    """Plain running header and footer text on the document's section (not table content)."""
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer


# --- XLSX ---------------------------------------------------------------------------------------


def xlsx_system_export(wb: Workbook, freeze: str, title_rows: str, stamp: str) -> None:
    """What a budget system's export adds to each sheet: frozen panes under the header, print
    title rows, a hidden helper column Z of row codes and a page header/footer."""
    for ws in wb.worksheets:
        if ws.max_row < 2:
            continue
        ws.freeze_panes = freeze
        ws.print_title_rows = title_rows
        for r in range(1, ws.max_row + 1):
            ws.cell(row=r, column=26).value = f"R{r:04d}"
        ws.column_dimensions["Z"].hidden = True
        ws.oddHeader.center.text = stamp
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"


# --- HTML ---------------------------------------------------------------------------------------

SECTION = "margin:0px 8px;padding:0px;max-width:100%;box-sizing:border-box"


def _leaf(text: str) -> str:
    if not text:
        return "<br>"
    return "<br>".join(f'<span leaf="">{html.escape(p)}</span>' for p in text.split("\n"))


def wechat_table(grid: Grid) -> str:
    """A table as the public-account editor reposts it: data- attributes, every cell's text in
    `<section><span leaf>`, widths in inline styles, rowspan/colspan for the merges."""
    cov = grid.covered()
    out = [
        f'<section style="{SECTION};overflow-x:auto">'
        '<table data-sort="sortDisabled" data-tools="135编辑器" style="width:677px;'
        'border-collapse:collapse"><tbody>'
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
            out.append(
                f'<td{span} style="border:1px solid #bfbfbf;word-break:break-all">'
                f'<section style="text-align:center">{_leaf(text)}</section></td>'
            )
        out.append("</tr>")
    out.append("</tbody></table></section>")
    return "\n".join(out)


def wechat_para(text: str) -> str:
    return f'<section style="{SECTION}"><p style="line-height:1.75em">{_leaf(text)}</p></section>'


def wechat_tail(account: str, reads: int) -> str:
    """The lines under a reposted public-account article (not content)."""
    return (
        f'<section style="{SECTION};color:#888"><p>来源：{html.escape(account)}微信公众号</p>'
        f"<p>阅读 {reads}　　在看</p><p>长按识别二维码关注我们</p></section>"
    )
