"""Plain-text disclosures in the layouts seen in practice, auto-detected line by line.

* tab-separated rows (text extracted from PDF or a spreadsheet): one row per line, cells split
  on TAB; merged cells come out empty; blank lines may occur inside a table.
* flattened DOCX tables: one cell per line, each cell line starts with a TAB; a line without a
  TAB directly after a cell line continues that cell (a paragraph inside the cell); a blank
  line ends the row.
* markdown pipe tables (| a | b |), with the |---| separator row dropped.
* everything else is a paragraph (TextLine); markdown '#' heading marks are stripped.

Encoding: decided by auditor.ingest.decoding (BOMs, UTF-16, UTF-8, GB18030, a few bad bytes
replaced with a warning naming their lines); binary data is refused with a clear message.
"""

from __future__ import annotations

import re
from pathlib import Path

from auditor.ingest.blocks import Grid, GridRow, RawDocument, TextLine
from auditor.ingest.decoding import decode
from auditor.ingest.errors import InputError
from auditor.models import Location

_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def read_text(path: Path, data: bytes) -> RawDocument:
    text, encoding, warnings = decode(path, data)
    if _control_ratio(text) > 0.05:
        raise InputError(
            str(path), "文件含大量控制字符，像是二进制文件而不是文本", "mostly control characters"
        )
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks, layout = _blocks(lines)
    return RawDocument(
        source=str(path), layout=layout, blocks=blocks, encoding=encoding, warnings=warnings
    )


def _kind(line: str) -> str:
    if "\t" in line:
        if line.startswith("\t") and line.count("\t") == 1:
            return "cell"
        return "tabrow"
    if not line.strip(" \u00a0\ufeff"):
        return "blank"
    if line.lstrip().startswith("|") and line.rstrip().endswith("|") and line.count("|") >= 3:
        return "pipe"
    return "text"


def _blocks(lines: list[str]) -> tuple[list, str]:
    blocks: list = []
    grid: Grid | None = None
    counts = {"cell": 0, "tabrow": 0, "pipe": 0}

    def grid_add(row: GridRow) -> None:
        nonlocal grid
        if grid is None:
            grid = Grid(rows=[], loc=Location(line=row.loc.line))
            blocks.append(grid)
        grid.rows.append(row)

    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        kind = _kind(line)
        if kind == "blank":
            i += 1
            continue
        if kind == "cell":
            # flattened DOCX row: cell lines (+ continuation lines) until a blank line
            start = i
            cells: list[str] = []
            while i < n:
                k = _kind(lines[i])
                if k == "cell" or (k == "tabrow" and lines[i].startswith("\t") and cells):
                    # inside a flattened row, a stray TAB within a cell is just whitespace
                    cells.append(lines[i][1:].replace("\t", " "))
                elif k in ("text", "pipe") and cells:
                    cells[-1] += "\n" + lines[i]
                elif k == "blank" and cells and _is_cell_paragraph(lines, i):
                    # a whitespace-only paragraph inside a cell (U+3000) continues the cell
                    cells[-1] += "\n" + lines[i]
                else:
                    break
                i += 1
            counts["cell"] += 1
            grid_add(GridRow(cells=[_trim(c) for c in cells], loc=Location(line=start + 1)))
            continue
        if kind == "tabrow":
            counts["tabrow"] += 1
            grid_add(GridRow(cells=[_trim(c) for c in line.split("\t")], loc=Location(line=i + 1)))
            i += 1
            continue
        if kind == "pipe":
            if not _MD_SEPARATOR.match(line):
                counts["pipe"] += 1
                inner = line.strip()[1:-1]
                cells = [
                    c.replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)
                ]  # "\|" is a literal pipe
                grid_add(GridRow(cells=[_trim(c) for c in cells], loc=Location(line=i + 1)))
            i += 1
            continue
        # a paragraph ends the current grid
        grid = None
        blocks.append(TextLine(text=_strip_heading(line), loc=Location(line=i + 1)))
        i += 1
    layout = "text/" + max(counts, key=lambda k: counts[k]).replace("cell", "docx-flat").replace(
        "tabrow", "tabbed"
    ).replace("pipe", "markdown")
    if not any(counts.values()):
        layout = "text/plain"
    return blocks, layout


def _is_cell_paragraph(lines: list[str], i: int) -> bool:
    """A U+3000-only line right after a cell line is a paragraph of that cell, not a row break."""
    return "\u3000" in lines[i] and not lines[i].strip(" \u3000")


def _trim(cell: str) -> str:
    if "\n" not in cell:
        return cell.strip(" \r\u3000\u00a0\ufeff")
    cell = cell.strip(" \r\n\u3000\u00a0\ufeff")
    # trim whitespace-only paragraphs at the ends, keep inner line breaks
    parts = [p.strip(" \u3000\u00a0") for p in cell.split("\n")]
    while parts and not parts[-1]:
        parts.pop()
    while parts and not parts[0]:
        parts.pop(0)
    return "\n".join(parts)


def _strip_heading(line: str) -> str:
    s = line.strip(" \u3000\u00a0\ufeff")
    s = re.sub(r"^#{1,6}\s+", "", s)
    s = re.sub(r"^\*\*(.*)\*\*$", r"\1", s)
    return s
