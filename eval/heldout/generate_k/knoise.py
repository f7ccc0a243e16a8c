"""Export noise of the eleventh layout held-out set that the shared writers lack:

- HTML saved by a UEditor-based portal editor: `<table data-sort="sortDisabled">` with `<tbody>`,
  `word-break:break-all` and pixel widths on every cell, `<br/>` in empty cells, the table inside
  the portal's `TRS_UEDITOR` view block, followed by an attachment list;
- DOCX with a landscape section and the core properties an office suite leaves
  (`Administrator`, a template name in the title);
- XLSX with a title line merged over the table's width and a print area on every sheet;
- text copied out of a PDF with `pdftotext` (no `-layout`): a form feed (U+000C) at the start of
  the first line of every new page.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from grid import Grid
from openpyxl.worksheet.worksheet import Worksheet

# --- HTML ---------------------------------------------------------------------------------------


def ueditor_table(grid: Grid, width_px: int = 900) -> str:
    cov = grid.covered()
    w = width_px // max(grid.ncols, 1)
    out = ['<table data-sort="sortDisabled" width="100%"><tbody>']
    for r, cells in enumerate(grid.rows):
        out.append('<tr class="firstRow">' if r == 0 else "<tr>")
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
            body = "<br/>".join(html.escape(p) for p in text.split("\n")) if text else "<br/>"
            out.append(
                f'<td{span} valign="middle" align="center" width="{w}" '
                f'style="word-break: break-all;">{body}</td>'
            )
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def ueditor_view(inner: Sequence[str], attachments: Sequence[str] = ()) -> str:
    links = "".join(
        f'<li><a href="/uploadfiles/{i + 1:04d}.xls" target="_blank">{html.escape(a)}</a></li>'
        for i, a in enumerate(attachments)
    )
    tail = f'\n<div class="fujian"><span>附件：</span><ul>{links}</ul></div>' if links else ""
    return (
        '<div class="view TRS_UEDITOR trs_paper_default trs_web">\n'
        + "\n".join(inner)
        + "\n<p><br/></p>\n</div>"
        + tail
    )


# --- DOCX ---------------------------------------------------------------------------------------


def docx_office_leftovers(doc: DocxDocument, template_title: str) -> None:
    """Landscape pages and the metadata of an office suite's template."""
    for section in doc.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    doc.core_properties.author = "Administrator"
    doc.core_properties.last_modified_by = "Administrator"
    doc.core_properties.title = template_title


# --- XLSX ---------------------------------------------------------------------------------------


def xlsx_sheet_title(ws: Worksheet, row: int, ncols: int) -> None:
    """Merge a title line over the table's width (the title stays in column A)."""
    if ncols > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


# --- text ---------------------------------------------------------------------------------------

FORM_FEED = "\f"


def new_page(line: str) -> str:
    """The first line of a new page as `pdftotext` writes it: a form feed before it."""
    return FORM_FEED + line
