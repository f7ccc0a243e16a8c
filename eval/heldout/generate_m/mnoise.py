"""Export noise of the twelfth layout held-out set that the shared writers lack: an HTML
attachment preview (a portal converts the uploaded workbook to HTML: `<colgroup>`, `class=cN`
cells, `&#160;` for spaces, clipboard fragment comments), the tail a browser copy of a portal
page drags along (print/close links, view counter, QR-code prompt), a DOCX footer with PAGE /
NUMPAGES field codes, and an XLSX made from a budget-system template (a protected sheet, a
drop-down validation on one column, a print area and a merged 填报说明 line)."""

from __future__ import annotations

import html
from collections.abc import Sequence

import openpyxl
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from grid import Grid
from openpyxl.worksheet.datavalidation import DataValidation

# --- HTML ---------------------------------------------------------------------------------------


def _preview_cell(text: str) -> str:
    if not text:
        return ""
    lines = [html.escape(p).replace(" ", "&#160;") for p in text.split("\n")]
    return "<br/>".join(lines)


def preview_table(grid: Grid, sheet: str) -> str:
    """A worksheet as a portal's attachment previewer renders it: a sheet tab label, a
    `<colgroup>`, classed cells (empty ones kept as `<td class="c0"></td>`), rowspan/colspan,
    and the clipboard fragment comments of a copy from the preview pane."""
    cov = grid.covered()
    out = [
        f'<div class="sheet-tab">{html.escape(sheet)}</div>',
        "<!--StartFragment-->",
        '<table class="preview" cellspacing="0" cellpadding="0">',
        "<colgroup>" + '<col width="72">' * grid.ncols + "</colgroup>",
    ]
    for r, cells in enumerate(grid.rows):
        out.append(f'<tr height="24" class="r{r}">')
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
            cls = "c1" if r < grid.header_rows else ("c2" if text else "c0")
            out.append(f'<td class="{cls}"{span}>{_preview_cell(text)}</td>')
        out.append("</tr>")
    out += ["</table>", "<!--EndFragment-->"]
    return "\n".join(out)


# --- text ---------------------------------------------------------------------------------------

PORTAL_TAIL = (
    "【打印本页】　【关闭窗口】",
    "分享到：",
    "扫一扫在手机打开当前页",
    "浏览次数：",
)


def portal_tail(views: int) -> list[str]:
    """The lines a select-all copy of a portal article ends with."""
    return [PORTAL_TAIL[0], PORTAL_TAIL[1], PORTAL_TAIL[2], f"{PORTAL_TAIL[3]}{views}"]


# --- DOCX ---------------------------------------------------------------------------------------


def _field(paragraph_el: OxmlElement, code: str) -> None:
    for kind, text in (
        ("begin", None),
        (None, code),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        run = OxmlElement("w:r")
        if kind:
            ch = OxmlElement("w:fldChar")
            ch.set(qn("w:fldCharType"), kind)
            run.append(ch)
        else:
            tag = "w:instrText" if text == code else "w:t"
            t = OxmlElement(tag)
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run.append(t)
        paragraph_el.append(run)


def docx_page_fields(doc: DocxDocument, prefix: str = "第 ") -> None:
    """A footer `第 {PAGE} 页 共 {NUMPAGES} 页` built from field codes (the text a reader sees
    depends on the field results, here the cached value 1)."""
    para = doc.sections[0].footer.paragraphs[0]
    para.add_run(prefix)
    _field(para._p, " PAGE ")
    para.add_run(" 页 共 ")
    _field(para._p, " NUMPAGES ")
    para.add_run(" 页")


# --- XLSX ---------------------------------------------------------------------------------------


def xlsx_template_noise(
    wb: openpyxl.Workbook,
    choice_col: str | None,
    choices: Sequence[str],
    note: str,
) -> None:
    """Every sheet protected and given a print area; a drop-down list on `choice_col` (as the
    budget system's template has on 指标方向 or 指标性质); a merged instruction line under the
    last used row of the first sheet."""
    for i, ws in enumerate(wb.worksheets):
        if ws.max_row < 2:
            continue
        last = ws.max_row
        width = ws.max_column
        if i == 0 and note:
            ws.cell(row=last + 2, column=1).value = note
            ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=width)
        if choice_col:
            dv = DataValidation(
                type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True
            )
            dv.add(f"{choice_col}3:{choice_col}{last}")
            ws.add_data_validation(dv)
        ws.print_area = f"A1:{openpyxl.utils.get_column_letter(width)}{ws.max_row}"
        ws.protection.sheet = True
