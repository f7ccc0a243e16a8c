"""HTML reader (lxml.html): a disclosure page -> TextLines (titles, 单位/年度 lines) and Grids.

* Decoding: a BOM, else the page's declared charset (`<meta charset>`, `http-equiv`, an XML
  declaration), else detection (auditor.ingest.decoding); GB2312/GBK are read as GB18030.
* Parsing: libxml2's HTML parser through lxml.html (lenient like a browser, fast, already a
  dependency of python-docx); comments, processing instructions, `<script>`, `<style>`,
  `<template>`, `<noscript>` and hidden elements are ignored; no network access.
* Tables: `rowspan`/`colspan` are expanded to the grid convention (the origin holds the text, the
  covered cells are "" with merged=True; spans are clamped to the table, as browsers do).
  `<br>` and block elements inside a cell become "\\n". A table nested in a cell is flattened into
  the cell's text (cells joined by " ", rows by "\\n") - unless the nested table is at least as
  large as its parent, which then is a layout table: its cells are read as page flow, so the
  data table inside becomes a Grid of its own.
* Text outside tables: one TextLine per block element or `<br>`-separated line.

Locations: TextLine Location(line=<source line of the element>); Grid rows Location(grid=<1-based
table number on the page>, grid_row=<1-based row>).
"""

from __future__ import annotations

import re
from pathlib import Path

from auditor.ingest.blocks import Block, Grid, GridRow, RawDocument, TextLine
from auditor.ingest.decoding import decode_text
from auditor.ingest.errors import InputError
from auditor.ingest.html_tables import (
    CellBudget,
    Element,
    TableCells,
    TableTooLarge,
    expand_table,
    hidden,
)
from auditor.ingest.text_reader import join_quoted
from auditor.models import Location

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SKIPPED = {"script", "style", "template", "noscript", "head", "iframe", "object", "svg", "math"}
# elements that start a new line of text
_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "ul",
    "caption",
    "title",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "tfoot",
}
_SPACE = re.compile(r"[ \t\r\n\f\u200b]+")
MAX_CELLS = 2_000_000  # grid area of one page (expanded spans included)


def read_html(path: Path, data: bytes) -> RawDocument:
    src = str(path)
    decoded = decode_text(path, data, declared=declared_charset(data))
    root = _parse(src, decoded.text)
    reader = _PageReader(src)
    try:
        title = root.find(".//title")
        if title is not None:
            reader.line(_inline_text(title), title.sourceline)
        body = root.find("body")
        reader.flow(body if body is not None else root)
        reader.flush()
    except RecursionError as exc:
        raise InputError(src, "网页的元素嵌套过深，无法读取", "HTML nested too deeply") from exc
    except TableTooLarge as exc:
        raise InputError(
            src,
            f"网页中的表格过大（展开合并单元格后超过 {MAX_CELLS:,} 个单元格），可能是恶意或损坏的文件",
            "HTML tables too large",
        ) from exc
    warnings = list(decoded.warnings)
    if not reader.blocks:
        warnings.append("网页没有可读的正文（page has no readable text）")
    return RawDocument(
        source=src,
        layout="html",
        blocks=reader.blocks,
        encoding=decoded.encoding,
        warnings=warnings,
    )


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (meta charset, http-equiv or XML prolog)."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii")


def _parse(src: str, text: str) -> Element:
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True
    )
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        raise InputError(src, "网页内容为空", "empty HTML page")
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(
            src, "网页无法解析，文件可能已损坏或不是 HTML", "unparseable HTML"
        ) from exc


def _tag(el: Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


_PRE_BLANKS = " \t\u00a0\u3000\u2002\u2003\r\n"


def _clean(text: str) -> str:
    # every Unicode blank at the ends: ideographic, no-break, en/em (&ensp; &emsp;) spaces
    return _SPACE.sub(" ", text).strip()


def _inline_text(el: Element) -> str:
    """An element's text as one line (no tables inside: titles, captions)."""
    return _clean("".join(el.itertext()))


class _PageReader:
    """Walks the page in document order and collects blocks."""

    def __init__(self, src: str) -> None:
        self.src = src
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.buffer_line: int | None = None
        self.grids = 0
        self.budget = CellBudget(MAX_CELLS)

    def line(self, text: str, sourceline: int | None) -> None:
        text = _clean(text)
        if text:
            self.blocks.append(TextLine(text=text, loc=Location(line=sourceline)))

    def pre_line(self, text: str, sourceline: int | None) -> None:
        """A line of preformatted text keeps its inner blanks (tabs and runs of spaces stand
        between cells) and the line breaks of a quoted cell."""
        text = text.strip(_PRE_BLANKS)
        if text:
            self.blocks.append(TextLine(text=text, loc=Location(line=sourceline)))

    def add(self, text: str, sourceline: int | None) -> None:
        if text and not self.buffer:
            self.buffer_line = sourceline
        if text:
            self.buffer.append(text)

    def flush(self) -> None:
        if self.buffer:
            self.line("".join(self.buffer), self.buffer_line)
        self.buffer = []

    def flow(self, el: Element) -> None:
        """Text and tables of an element outside any data table."""
        self.add(el.text or "", el.sourceline)
        for child in el.iterchildren():
            tag = _tag(child)
            if tag and tag not in _SKIPPED and not hidden(child):
                if tag == "br":
                    self.flush()
                elif tag == "table":
                    self.flush()
                    self.table(child)
                elif tag == "pre":
                    self.flush()
                    # a spreadsheet's rows pasted as text: a quoted cell may hold line breaks
                    for ln in join_quoted("".join(child.itertext()).splitlines()):
                        self.pre_line(ln, child.sourceline)
                elif tag in _BLOCK:
                    self.flush()
                    self.flow(child)
                    self.flush()
                else:
                    self.flow(child)
            self.add(child.tail or "", child.sourceline)

    def table(self, el: Element) -> None:
        cells = TableCells.of(el)
        if cells.is_layout():
            for cell in cells.all_cells():
                self.flush()
                self.flow(cell)
                self.flush()
            return
        caption = el.find("caption")
        if caption is not None:
            self.line(_inline_text(caption), caption.sourceline)
        grid_rows = expand_table(cells, self.cell_text, self.budget)
        if not any(any(texts) for texts, _merged in grid_rows):
            return
        self.grids += 1
        k = self.grids
        rows = [
            GridRow(cells=texts, merged=merged, loc=Location(grid=k, grid_row=i))
            for i, (texts, merged) in enumerate(grid_rows, start=1)
        ]
        self.blocks.append(Grid(rows=rows, loc=Location(grid=k)))

    def cell_text(self, cell: Element) -> str:
        """A cell's text: <br> and block elements give line breaks, nested tables are flattened."""
        lines: list[str] = []
        buf: list[str] = []

        def flush() -> None:
            text = _clean("".join(buf))
            if text:
                lines.append(text)
            buf.clear()

        def visit(el: Element) -> None:
            buf.append(el.text or "")
            for child in el.iterchildren():
                tag = _tag(child)
                if tag and tag not in _SKIPPED and not hidden(child):
                    if tag == "br":
                        flush()
                    elif tag == "table":
                        flush()
                        for texts, _merged in expand_table(
                            TableCells.of(child), self.cell_text, self.budget
                        ):
                            flat = " ".join(t.replace("\n", " ") for t in texts if t)
                            if flat:
                                lines.append(flat)
                    elif tag in _BLOCK:
                        flush()
                        visit(child)
                        flush()
                    else:
                        visit(child)
                buf.append(child.tail or "")

        visit(cell)
        flush()
        return "\n".join(lines)
