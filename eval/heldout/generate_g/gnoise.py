"""Export noise of the seventh layout set that the writers copied from the earlier sets lack:
a county portal's table with `<tbody>`, `<div>` wrappers, `&ensp;` indents, an empty `<p>&nbsp;</p>`
after the text of long cells and spaced-out header labels; text with mixed line endings (a CRLF
file with LF lines pasted in) and trailing blanks; DOCX cells indented with full-width spaces and
starting with an empty paragraph (WPS)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from grid import Grid

# --- HTML ---------------------------------------------------------------------------------------


def _portal_cell(text: str, header: bool) -> str:
    if not text:
        return "<div>&nbsp;</div>"
    lines = [html.escape(p) for p in text.split("\n")]
    if header and len(text) <= 6:
        lines = ["&nbsp;".join(p) for p in lines]  # 绩&nbsp;效&nbsp;指&nbsp;标
    body = "<br/>".join(lines)
    tail = "<p>&nbsp;</p>" if len(text) > 24 else ""
    return f'<div align="center">&ensp;{body}&ensp;</div>{tail}'


def portal_table(grid: Grid, header_rows: Sequence[int] = ()) -> str:
    """A table as a county portal's editor stores it: `<tbody>`, every cell wrapped in a `<div>`
    with `&ensp;` padding, `<br/>` for line breaks, an empty `<p>&nbsp;</p>` after long cells,
    short labels of the `header_rows` spaced out with `&nbsp;`."""
    cov = grid.covered()
    out = [
        '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;'
        'font-family:仿宋;font-size:14px" width="98%"><tbody>'
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
            out.append(f"<td{span}>{_portal_cell(text, r in header_rows)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


# --- text ---------------------------------------------------------------------------------------


def mixed_newlines(data: bytes, every: int = 7) -> bytes:
    """A CRLF file in which every `every`-th line ends in LF only (lines pasted from another
    source); the line count is unchanged."""
    lines = data.split(b"\r\n")
    out = b""
    for i, line in enumerate(lines[:-1], 1):
        out += line + (b"\n" if i % every == 0 else b"\r\n")
    return out + lines[-1]


def trailing_blanks(data: bytes, encoding: str, every: int = 3) -> bytes:
    """Trailing spaces, a tab or a full-width space at the end of some lines (left by the
    editor the text was copied from)."""
    text = data.decode(encoding)
    nl = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(nl)
    tails = ("  ", "\t", "\u3000")
    for i in range(len(lines) - 1):
        if lines[i] and i % every == 1:
            lines[i] += tails[i % 3]
    return nl.join(lines).encode(encoding)


# --- DOCX ---------------------------------------------------------------------------------------


def docx_wps_indent(doc: DocxDocument, min_len: int = 12) -> None:
    """WPS cells: long cell texts start with two full-width spaces (a first-line indent typed by
    hand), and merged label cells get an empty paragraph before their text."""
    for table in doc.tables:
        seen: list[object] = []
        for row in table.rows:
            for cell in row.cells:
                if any(tc is cell._tc for tc in seen):
                    continue
                seen.append(cell._tc)
                paras = cell.paragraphs
                if paras and paras[0].runs and len(cell.text) >= min_len:
                    run = paras[0].runs[0]
                    run.text = "\u3000\u3000" + run.text
                vmerge = bool(cell._tc.xpath("./w:tcPr/w:vMerge"))
                if vmerge and paras and paras[0].text:
                    paras[0].insert_paragraph_before("")
