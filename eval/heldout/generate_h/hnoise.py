"""Export noise of the eighth layout set that the copied writers lack: a portal's table with
`<colgroup>`/`<tbody>`, cell text in `<div>` with `&ensp;` padding and `<strong>` header cells;
DOCX cells that open with an empty paragraph (WPS leaves one when a cell is pasted into);
text copied out of a PDF with a `第 n 页 共 m 页` footer and the running title between the rows
of a table that goes on over the page, and lines with trailing spaces."""

from __future__ import annotations

import html
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from grid import Grid


def _div(text: str, strong: bool) -> str:
    if not text:
        return "&ensp;"
    body = "<br/>".join(html.escape(p) for p in text.split("\n"))
    if strong:
        body = f"<strong>{body}</strong>"
    return f'<div style="line-height:150%;font-family:仿宋">&ensp;{body}&ensp;</div>'


def portal_table(grid: Grid, widths: Sequence[int] = ()) -> str:
    """A table as a provincial portal template stores it: colgroup, tbody, a div per cell."""
    cov = grid.covered()
    cols = "".join(f'<col width="{w}">' for w in widths) if widths else ""
    out = [
        '<table class="ke-zeroborder" border="1" style="border-collapse:collapse" width="100%">',
        f"<colgroup>{cols}</colgroup><tbody>",
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
            out.append(f"<td{span}>{_div(text, r < grid.header_rows)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def docx_leading_empty(doc: DocxDocument, every: int = 4) -> None:
    """Insert an empty paragraph before the text of every `every`-th non-empty table cell."""
    n = 0
    for table in doc.tables:
        # Keep the elements, not their id(): lxml drops a proxy nobody holds, and a new proxy
        # for another cell can get the freed id (the build then skipped cells at random).
        seen: list[object] = []
        for row in table.rows:
            for cell in row.cells:
                if not cell.text or any(cell._tc is tc for tc in seen):
                    continue
                seen.append(cell._tc)
                n += 1
                if n % every == 0:
                    cell.paragraphs[0].insert_paragraph_before("")


def pdf_page_turn(page: int, total: int, running: str, column_header: str | None) -> list[str]:
    """Lines a PDF text copy shows where a table goes on over the page."""
    lines = [f"第 {page} 页 共 {total} 页", running]
    if column_header:
        lines.append(column_header)
    return lines


def trailing_spaces(lines: Sequence[str], every: int = 3) -> list[str]:
    """Copied lines where every `every`-th one ends in spaces (a PDF copy keeps them)."""
    return [s + ("   " if i % every == 1 else "") for i, s in enumerate(lines)]
