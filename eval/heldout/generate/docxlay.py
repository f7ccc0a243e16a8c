"""Writing Word tables with real merged cells (gridSpan / vMerge) through python-docx."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

# A grid cell: text, or None for a cell covered by a merge; merges are (row1, col1, row2, col2).
Grid = list[list[str | None]]
Merge = tuple[int, int, int, int]


def new_document() -> Document:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.5)
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(9)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    props = doc.core_properties
    props.author = "财务股"
    props.last_modified_by = "财务股"
    props.created = props.modified = datetime(2024, 3, 1, 9, 0, 0)
    props.revision = 1
    props.comments = ""
    return doc


def add_table(doc, grid: Grid, merges: list[Merge]) -> None:
    rows, cols = len(grid), max(len(r) for r in grid)
    table = doc.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    for i, row in enumerate(grid):
        for j, text in enumerate(row):
            if text:
                cell = table.cell(i, j)
                lines = text.split("\n")
                cell.paragraphs[0].text = lines[0]
                for extra in lines[1:]:
                    cell.add_paragraph(extra)
    for r1, c1, r2, c2 in merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))


def vertical_runs(keys: list, offset: int, col: int) -> list[Merge]:
    """Merges for runs of equal keys in one column, starting at grid row `offset`."""
    out: list[Merge] = []
    i = 0
    while i < len(keys):
        j = i
        while j + 1 < len(keys) and keys[j + 1] == keys[i]:
            j += 1
        if j > i:
            out.append((offset + i, col, offset + j, col))
        i = j + 1
    return out


def first_of_runs(keys: list) -> list[bool]:
    return [i == 0 or keys[i] != keys[i - 1] for i in range(len(keys))]


def save(doc, path: Path) -> None:
    doc.save(path)
