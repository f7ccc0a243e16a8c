"""HTML rendering of a Page: tables with rowspan/colspan, as county websites publish them."""

from __future__ import annotations

from html import escape

from auditor.synth.page import Page, TableGrid


def _cell(text: str, rowspan: int, colspan: int) -> str:
    attrs = ""
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    body = "<br>".join(escape(part) for part in text.split("\n"))
    return f"<td{attrs}>{body}</td>"


def _table(grid: TableGrid) -> list[str]:
    out = ['<table border="1" cellspacing="0">']
    for row in grid.rows:
        cells = "".join(_cell(c.text, c.rowspan, c.colspan) for c in row if c is not None)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return out


def write_html(page: Page, charset: str = "utf-8") -> str:
    title = next((b for b in page.blocks if isinstance(b, str)), "")
    lines = [
        "<!DOCTYPE html>",
        "<html><head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        f"<title>{escape(title)}</title>",
        "</head><body>",
    ]
    for block in page.blocks:
        if isinstance(block, str):
            lines.append(f"<p>{escape(block)}</p>")
        else:
            lines += _table(block)
    lines.append("</body></html>")
    return "\n".join(lines) + "\n"
