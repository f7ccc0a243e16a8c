"""Export noise of the fourteenth layout set: what format conversion does to a table.

- DOCX from a PDF-to-Word converter: the table cut into one Word table per page, every line of
  a cell its own paragraph, a cell cut at the page turn continued in an extra row of the next
  page's table, merged cells clipped at the page edge, an empty paragraph and a page break
  between the pieces.
- XLSX as budget systems and hand edits leave it: amounts stored as text, formula cells with
  their cached value, dates as serial numbers with a date format, a hidden sheet of drop-down
  lists, empty sheets, the column header repeated inside the body (a print-title copy).
- HTML from CMS editors: a text table pasted into `<pre>`, tables inside several `<div>`s with
  full-width-space indents and `&nbsp;` runs, a table nested in a layout table's cell, Word's
  empty `<o:p>&nbsp;</o:p>` paragraphs between tables.
- Text copied out of a spreadsheet: tab rows whose multi-line cells are wrapped in double quotes
  (the clipboard's TSV quoting).
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Sequence
from io import BytesIO

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from grid import Grid, Text

# --- DOCX: PDF-to-Word --------------------------------------------------------------------------


def _chunk_grid(grid: Grid, first: int, last: int) -> Grid:
    """Rows first..last of a grid as a grid of their own, merges clipped to the range."""
    g = Grid(grid.ncols)
    for r in range(first, last + 1):
        g.add(*grid.rows[r])
    for r0, c0, r1, c1 in grid.merges:
        a, b = max(r0, first), min(r1, last)
        if a <= b and (a, c0) != (b, c1):
            g.merges.append((a - first, c0, b - first, c1))
    return g


def _pdf2word_table(doc: DocxDocument, grid: Grid) -> None:
    table = doc.add_table(rows=len(grid.rows), cols=grid.ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, cells in enumerate(grid.rows):
        for c, text in enumerate(cells):
            cell = table.cell(r, c)
            lines = text.split("\n")
            cell.paragraphs[0].text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)  # the converter makes each text line a paragraph
    for r0, c0, r1, c1 in grid.merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))


def docx_pdf2word(
    doc: DocxDocument,
    grid: Grid,
    page_starts: Sequence[int],
    cut: tuple[int, int, int] | None = None,
    wrap: int = 0,
) -> None:
    """Write `grid` as one Word table per PDF page; pages start at the grid rows `page_starts`.
    `cut` = (grid row, column, characters): that cell keeps its first characters on the page
    and its rest goes into an extra row at the top of the next page's table (the row must be
    the last of its page). `wrap`: hard line breaks (paragraphs) every `wrap` characters."""
    g = Grid(grid.ncols, [list(r) for r in grid.rows], list(grid.merges), grid.header_rows)
    if wrap:
        g.rows = [[_wrap(c, wrap) for c in row] for row in g.rows]
    bounds = [0, *page_starts, len(g.rows)]
    for i in range(len(bounds) - 1):
        piece = _chunk_grid(g, bounds[i], bounds[i + 1] - 1)
        if cut and i > 0 and cut[0] == bounds[i] - 1:
            rest = [""] * g.ncols
            rest[cut[1]] = grid.rows[cut[0]][cut[1]][cut[2] :]
            piece.rows.insert(0, rest)
            piece.merges = [(a + 1, b, c, d) for a, b, c, d in piece.merges]
        if cut and cut[0] == bounds[i + 1] - 1:
            row = piece.rows[-1]
            row[cut[1]] = grid.rows[cut[0]][cut[1]][: cut[2]]
        _pdf2word_table(doc, piece)
        if i < len(bounds) - 2:
            doc.add_paragraph("")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _wrap(text: str, width: int) -> str:
    out = []
    for piece in text.split("\n"):
        out += [piece[i : i + width] for i in range(0, len(piece), width)] or [""]
    return "\n".join(out)


# --- XLSX ---------------------------------------------------------------------------------------

_FORMULA_CELL = re.compile(rb'(<c r="([A-Z]+[0-9]+)"[^>]*>)<f>([^<]*)</f><v\s*/?>(?:</v>)?')


def xlsx_cached_values(data: bytes, cached: dict[str, dict[str, str]]) -> bytes:
    """openpyxl writes formulas without a result; Excel saves the last computed value with
    them. `cached[sheet_xml_name][cell ref]` is that value (written into `<v>`)."""
    src = zipfile.ZipFile(BytesIO(data))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            name = info.filename.rsplit("/", 1)[-1]
            if name in cached:
                values = cached[name]

                def fill(m: re.Match[bytes], values: dict[str, str] = values) -> bytes:
                    v = values.get(m.group(2).decode(), "")
                    return m.group(1) + b"<f>" + m.group(3) + b"</f><v>" + v.encode() + b"</v>"

                body = _FORMULA_CELL.sub(fill, body)
            dst.writestr(info, body)
    return out.getvalue()


# --- HTML ---------------------------------------------------------------------------------------

EMPTY_MSO = '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'


def pre_block(lines: Sequence[str]) -> str:
    """A text table pasted into the editor's preformatted block: runs of spaces kept, full-width
    spaces as the editor's `&#12288;` entities."""
    body = "\n".join(html.escape(line).replace("\u3000", "&#12288;") for line in lines)
    return f'<pre style="font-family:宋体;font-size:12px">{body}</pre>'


class _Unmarked(Text):
    """Text lines without source lines (the table sits in an HTML page, not a text file)."""

    def mark(self, row: object) -> None:
        return None


def text_lines(render_into: object) -> list[str]:
    """The lines a text renderer (a callable taking a `Text`) writes."""
    t = _Unmarked()
    assert callable(render_into)
    render_into(t)
    return t.lines


def div_table(grid: Grid, indent_cols: Sequence[int] = ()) -> str:
    """A table as a newer CMS editor keeps it: wrapped in three `<div>`s, every cell text in a
    `<div>` of its own, `&nbsp;` runs in empty cells, the text of `indent_cols` indented with two
    full-width spaces, header cells in `<strong>`."""
    cov = grid.covered()
    out = [
        '<div class="article-content"><div class="TRS_Editor"><div class="Custom_UnionStyle">',
        '<table style="width:100%;border-collapse:collapse" border="1" cellspacing="0">',
        "<tbody>",
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
            if not text:
                body = "&nbsp;&nbsp;&nbsp;"
            else:
                body = "<br/>".join(html.escape(p) for p in text.split("\n"))
                if c in indent_cols:
                    body = "&#12288;&#12288;" + body
                if r < grid.header_rows:
                    body = f"<strong>{body}</strong>"
            out.append(f'<td{span}><div style="text-align:center">{body}</div></td>')
        out.append("</tr>")
    out += ["</tbody>", "</table>", "</div></div></div>"]
    return "\n".join(out)


def nested_in_cell(inner: str, caption: str) -> str:
    """A table placed in the cell of a one-cell layout table with a caption row above it."""
    return (
        '<table width="98%" border="0" cellspacing="0" cellpadding="0" align="center">'
        f'<tr><td class="caption" height="30">{html.escape(caption)}</td></tr>'
        f"<tr><td>\n{inner}\n</td></tr></table>"
    )


# --- text ---------------------------------------------------------------------------------------


def tsv_quoted(cells: Sequence[str]) -> list[str]:
    """A row as the clipboard writes it from a spreadsheet: tabs between cells; a cell with a
    line break is wrapped in double quotes (inner quotes doubled) and keeps its break."""
    out = []
    for c in cells:
        if "\n" in c or '"' in c:
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return "\t".join(out).split("\n")
