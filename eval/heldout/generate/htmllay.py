"""Small helpers for writing HTML tables with rowspan/colspan the way CMS pages publish them."""

from __future__ import annotations

from html import escape

Cell = tuple[str, int, int]  # text, rowspan, colspan


def td(text: str, rowspan: int = 1, colspan: int = 1) -> Cell:
    return (text, rowspan, colspan)


def render_row(cells: list[Cell], style: str = "") -> str:
    out = []
    for text, rs, cs in cells:
        attrs = ""
        if rs > 1:
            attrs += f' rowspan="{rs}"'
        if cs > 1:
            attrs += f' colspan="{cs}"'
        body = escape(text).replace("\n", "<br/>")
        out.append(f"<td{attrs}{style}>{body}</td>")
    return "<tr>" + "".join(out) + "</tr>"


def page(title: str, body: str, charset: str) -> str:
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
        if charset.lower() != "utf-8"
        else '<meta charset="utf-8" />'
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f"<html>\n<head>\n{meta}\n<title>{escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def block_spans(keys: list) -> list[int]:
    """For runs of equal keys: the run length at the run's first index, 0 inside the run."""
    spans = [0] * len(keys)
    i = 0
    while i < len(keys):
        j = i
        while j < len(keys) and keys[j] == keys[i]:
            j += 1
        spans[i] = j - i
        i = j
    return spans
