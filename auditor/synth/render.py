"""Render a document into one layout and format: the file plus what extraction must recover.

    from auditor.synth import generate, render
    rendering = render(generate(7), "tree-l1-middle", "docx", out_dir)
    rendering.path, rendering.expected

Formats: txt (the layout's cell separator; tabs for §2-§4 layouts), html, html-gbk (a GBK page),
docx, xlsx, xls, pdf. Deterministic: the same document, layout and format give the same bytes
(apart from the timestamps docx/xlsx/pdf writers embed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor.synth.build import build_page
from auditor.synth.generate import SynthDocument
from auditor.synth.layouts import BY_NAME, FORMATS, Layout
from auditor.synth.markup import write_html
from auditor.synth.office import write_docx, write_xls, write_xlsx
from auditor.synth.page import Expected, Page
from auditor.synth.pdf import write_pdf
from auditor.synth.text import write_text

SUFFIX = {
    "txt": ".txt",
    "html": ".html",
    "html-gbk": ".htm",
    "docx": ".docx",
    "xlsx": ".xlsx",
    "xls": ".xls",
    "pdf": ".pdf",
    "pdf-unruled": ".pdf",
}


@dataclass
class Rendering:
    path: Path
    layout: Layout
    fmt: str
    expected: Expected


def write(page: Page, layout: Layout, fmt: str, path: Path) -> None:
    if fmt == "txt":
        path.write_text(write_text(page, layout.separator), encoding="utf-8")
    elif fmt == "html":
        path.write_text(write_html(page), encoding="utf-8")
    elif fmt == "html-gbk":
        path.write_bytes(write_html(page, charset="gbk").encode("gbk"))
    elif fmt == "docx":
        write_docx(page, path)
    elif fmt == "xlsx":
        write_xlsx(page, path)
    elif fmt == "xls":
        write_xls(page, path)
    elif fmt == "pdf":
        write_pdf(page, path)
    elif fmt == "pdf-unruled":
        write_pdf(page, path, ruled=False)
    else:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


def render(sd: SynthDocument, layout: str | Layout, fmt: str, out_dir: Path) -> Rendering:
    lay = BY_NAME[layout] if isinstance(layout, str) else layout
    if lay.text_only and fmt != "txt":
        raise ValueError(f"layout {lay.name} is a text separator; it has no {fmt} rendering")
    page, expected = build_page(sd, lay)
    path = Path(out_dir) / f"{sd.doc.source}-{lay.name}{SUFFIX[fmt]}"
    write(page, lay, fmt, path)
    return Rendering(path, lay, fmt, expected)
