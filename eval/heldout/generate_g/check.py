"""Read every source file of the seventh layout held-out set back with its own library
(declared encoding for text, lxml for HTML, python-docx, openpyxl, xlrd, pdfplumber) and check
that the labelled text is in it: project, goal, every printed 一级/二级, 三级, each value part,
description, basis, scoring standard and the extras (actual value, per-place and mid-term
values); text rows must start on their source_line. Prints one line per problem.

    cd eval/heldout/generate_g && python check.py
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import xlrd
from build import OUT_DIR, load_docs
from lxml import html as lxml_html
from spec import Doc, Row

WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s)


def text_of(path: Path, doc: Doc) -> tuple[str, list[str]]:
    """All text of the file, and its lines for text files."""
    suffix = path.suffix
    data = path.read_bytes()
    if suffix == ".txt":
        enc = "gb18030" if "gb18030" in doc.tags.get("encoding", "") else "utf-8"
        text = data.decode(enc)
        return text, text.splitlines()
    if suffix == ".html":
        enc = "gbk" if "gbk" in doc.tags.get("encoding", "") else "utf-8"
        tree = lxml_html.fromstring(data.decode(enc))
        for bad in tree.xpath("//script|//style"):
            bad.getparent().remove(bad)
        return " ".join(tree.xpath("//text()")), []
    if suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts), []
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts += [_cell(v) for v in row if v is not None]
        return "\n".join(parts), []
    if suffix == ".xls":
        book = xlrd.open_workbook(str(path), formatting_info=True)
        parts = []
        for sh in book.sheets():
            for r in range(sh.nrows):
                parts += [_cell(v) for v in sh.row_values(r) if v != ""]
        return "\n".join(parts), []
    if suffix == ".pdf":
        parts = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                parts.append(page.extract_text() or "")
                for table in page.extract_tables():  # ruled tables: wrapped cells whole
                    parts += [c for row in table for c in row if c]
        return "\n".join(parts), []
    raise ValueError(path)


def _cell(v: object) -> str:
    if isinstance(v, float):
        return f"{v:,.2f}" + " " + f"{v:g}"
    return str(v)


def expected(row: Row, printed_l1: bool) -> Iterator[tuple[str, str]]:
    if printed_l1 and row.l1:
        yield "level1", row.l1
    printed_l2 = str(row.x.get("printed_l2") or "")
    if "\n" in printed_l2:  # a label broken over lines: each piece, not the joined name
        for piece in printed_l2.split("\n"):
            yield "level2 piece", piece
    elif row.l2:
        yield "level2", row.l2
    if row.l3:
        yield "level3", row.l3
    parts = row.x.get("parts")
    if parts:
        for p in parts:
            if p:
                yield "value part", p
    elif row.value:
        yield "value", row.value
    for name in ("desc", "basis", "std"):
        v = getattr(row, name)
        if v:
            yield name, v
    for key in ("actual", "deviation", "remark"):
        v = row.x.get(key)
        if v:
            yield key, str(v)
    for place, v in row.x.get("per_place", {}).items():
        yield f"per_place {place}", v
    mid = row.x.get("mid_term")
    if mid:
        yield "mid_term level3", mid["level3"]
        yield "mid_term value", mid["value"]


def check_doc(doc: Doc) -> list[str]:
    path = OUT_DIR / doc.file
    text, lines = text_of(path, doc)
    flat = squash(text)
    problems: list[str] = []
    for ti, t in enumerate(doc.tables, 1):
        where = f"{doc.file} t{ti}"
        for name, v in (("project", t.project), ("goal", t.goal or "")):
            if v and squash(v) not in flat:
                problems.append(f"{where}: {name} not found: {v[:40]}")
        for ri, r in enumerate(t.rows, 1):
            implied = "implied" in (r.note or "")
            for name, v in expected(r, printed_l1=not implied):
                if squash(v) not in flat:
                    problems.append(f"{where} r{ri}: {name} not found: {v!r}")
            if lines:
                problems += check_line(where, ri, r, lines)
            elif r.source_line is not None:
                problems.append(f"{where} r{ri}: source_line set for a non-text source")
    return problems


def check_line(where: str, ri: int, r: Row, lines: list[str]) -> list[str]:
    if r.source_line is None:
        return [f"{where} r{ri}: text row without source_line"]
    key = squash(r.l3 or r.value)
    window = squash("".join(lines[r.source_line - 1 : r.source_line + 7]))
    if key not in window:
        return [f"{where} r{ri}: {key!r} not within 8 lines of line {r.source_line}"]
    return []


def main() -> None:
    problems: list[str] = []
    docs = load_docs()
    for doc in docs:
        assert doc.render is not None
        doc.render(doc)  # fills in source_line
        problems += check_doc(doc)
    for p in problems:
        print(p)
    n_rows = sum(len(t.rows) for d in docs for t in d.tables)
    print(f"checked {len(docs)} files, {n_rows} rows: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
