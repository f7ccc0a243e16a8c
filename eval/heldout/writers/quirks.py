"""Export noise of the layout sets (from layouts-f on) that the earlier writers lack: Word's proofing and
bookmark marks between the runs of a cell (`<w:proofErr>`, `<w:bookmarkStart/End>`), CMS cells
wrapped in `<font>` with `mso-spacerun` spaces and zero-width spaces in the header labels, an
empty trailing worksheet, and text copied out of a PDF whose table continues on the next page
with the page footer, the running header and the repeated column header between its rows."""

from __future__ import annotations

import html
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from grid import Grid


def docx_proof_marks(doc: DocxDocument, every: int = 3) -> None:
    """Put a spell-check mark before and a bookmark around the first run of every `every`-th
    non-empty table cell paragraph (the marks Word leaves; the text is unchanged)."""
    n = 0
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    if not para.runs:
                        continue
                    n += 1
                    if n % every:
                        continue
                    run = para.runs[0]._element
                    start = OxmlElement("w:proofErr")
                    start.set(qn("w:type"), "spellStart")
                    run.addprevious(start)
                    end = OxmlElement("w:proofErr")
                    end.set(qn("w:type"), "spellEnd")
                    run.addnext(end)
                    mark = OxmlElement("w:bookmarkStart")
                    mark.set(qn("w:id"), str(n))
                    mark.set(qn("w:name"), f"_Hlk{100000 + n}")
                    start.addprevious(mark)
                    close = OxmlElement("w:bookmarkEnd")
                    close.set(qn("w:id"), str(n))
                    end.addnext(close)


def _font_cell(text: str, header: bool) -> str:
    if not text:
        return '<span style="mso-spacerun:yes">&nbsp;&nbsp;</span>'
    body = "<br />".join(html.escape(p) for p in text.split("\n"))
    if header:  # a CMS editor's zero-width spaces between header characters (as a reference)
        body = "&#8203;".join(body)
    return f'<font face="仿宋_GB2312" size="2">{body}</font>'


def font_table(grid: Grid, header_rows: Sequence[int] = ()) -> str:
    """A table as an older CMS stores it: `<font>` in every cell, `mso-spacerun` for empty
    cells, zero-width spaces inside the column-header labels (rows in `header_rows`)."""
    cov = grid.covered()
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="96%" align="center">']
    for r, cells in enumerate(grid.rows):
        out.append('<tr align="center">')
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
            out.append(f"<td{span}>{_font_cell(text, r in header_rows)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def page_turn(footer: str, header: str, column_header: str | None) -> list[str]:
    """The lines a PDF text copy shows where a table continues on the next page."""
    lines = [footer, header]
    if column_header:
        lines.append(column_header)
    return lines
