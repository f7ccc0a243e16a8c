"""Export noise that the writers of the earlier sets lack: Word "save as web page" HTML (a
paragraph per cell line, text split over several spans at script changes, `<o:p>` markers, an
`&nbsp;` paragraph in empty cells, `mso-` styles, conditional comments), DOCX cell text split
over several runs (the way editing leaves it), and the text noise of a page copied out of a
browser (non-breaking spaces, full-width spaces at line ends)."""

from __future__ import annotations

import copy
import html
import re

from docx.document import Document as DocxDocument
from grid import Grid

# --- HTML ---------------------------------------------------------------------------------------

_SCRIPT_CHANGE = re.compile(r"(?<=[0-9A-Za-z.%])(?=[^0-9A-Za-z.%])|(?<=[^0-9A-Za-z.%])(?=[0-9])")
TD = (
    "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
    "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
)


def _spans(line: str) -> str:
    """A line as Word writes it: Chinese runs in 宋体 spans, Latin/digit runs in lang=EN-US ones."""
    out = []
    for piece in _SCRIPT_CHANGE.split(line):
        if not piece:
            continue
        text = html.escape(piece)
        if re.match(r"[0-9A-Za-z.%]", piece):
            out.append(f'<span lang="EN-US" style="font-size:10.5pt">{text}</span>')
        else:
            out.append(f'<span style="font-size:10.5pt;font-family:宋体">{text}</span>')
    return "".join(out)


def word_cell(text: str) -> str:
    if not text:
        return '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
    return "".join(
        '<p class="MsoNormal" align="center" style="text-align:center;mso-line-height-rule:'
        f'exactly">{_spans(line)}<span lang="EN-US"><o:p></o:p></span></p>'
        for line in text.split("\n")
    )


def word_html_table(grid: Grid) -> str:
    cov = grid.covered()
    out = [
        '<div class="WordSection1"><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument>'
        "</xml><![endif]-->",
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
        'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">',
    ]
    for r, cells in enumerate(grid.rows):
        out.append(f'<tr style="mso-yfti-irow:{r}">')
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
            out.append(f"<td{span} valign=top style='{TD}'>{word_cell(text)}</td>")
        out.append("</tr>")
    out.append("</table></div>")
    return "\n".join(out)


# --- DOCX ---------------------------------------------------------------------------------------


def docx_split_runs(doc: DocxDocument, min_len: int = 4) -> None:
    """Split the single run of every table-cell paragraph of `min_len`+ characters into two
    runs at the middle (same text, as Word leaves a cell after an edit or spell check)."""
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    runs = para.runs
                    if len(runs) != 1 or len(runs[0].text) < min_len or "\n" in runs[0].text:
                        continue
                    run = runs[0]
                    text = run.text
                    cut = len(text) // 2
                    twin = copy.deepcopy(run._element)
                    run._element.addnext(twin)
                    run.text = text[:cut]
                    para.runs[1].text = text[cut:]


# --- text ---------------------------------------------------------------------------------------


def browser_copy(line: str) -> str:
    """A line copied out of a browser: inner double spaces become NBSP + space, and a
    full-width space is left at the end."""
    return line.replace("  ", "\u00a0 ") + "\u3000"
