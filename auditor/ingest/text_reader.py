"""Plain-text disclosures in the layouts seen in practice, auto-detected line by line.

* tab-separated rows (text extracted from PDF or a spreadsheet): one row per line, cells split
  on TAB; merged cells come out empty; blank lines may occur inside a table.
* flattened DOCX tables: one cell per line, each cell line starts with a TAB; a line without a
  TAB directly after a cell line continues that cell (a paragraph inside the cell); a blank
  line ends the row.
* pipe tables: markdown (| a | b |, the |---| separator row dropped), rows without outer pipes
  (a | b), rows padded with empty cells (a | b | ||||), one cell per line ending in a pipe
  (时效指标 |), lone "|" lines for empty or merged cells, a "|||" mark ending a row.
* everything else is a paragraph (TextLine); markdown '#' heading marks are stripped.

Encoding: decided by auditor.ingest.decoding (BOMs, UTF-16, UTF-8, GB18030, a few bad bytes
replaced with a warning naming their lines); binary data is refused with a clear message.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from auditor.ingest.blocks import Block, Grid, GridRow, RawDocument, TextLine
from auditor.ingest.collector import collector_paused
from auditor.ingest.decoding import decode
from auditor.ingest.errors import InputError
from auditor.ingest.pipe_runs import PipeCell, rows_of
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
    # a form feed is a page break (pdftotext puts one before each page's first line): not text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "").split("\n")
    with collector_paused():  # the reader creates no reference cycles (ingest.collector)
        blocks, layout = _blocks(_drop_trailing_tabs(join_quoted(lines)))
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
    if "|" in line and _PIPE.search(line):
        return "pipe"
    return "text"


_PIPE = re.compile(r"(?<!\\)\|")
_TRAILING_PIPES = re.compile(r"(?:\|\s*)+$")
_CELL = 0  # a pipe line holding one cell (or none): "时效指标 |", "|"
_ROW = 1  # a pipe line holding a row: "a | b | c", "| a | b |", "a | b | ||||"


class _Blocks:
    """Lines -> blocks: grids for tab, flattened-cell and pipe layouts, text lines otherwise."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.grid: Grid | None = None
        self.counts = {"cell": 0, "tabrow": 0, "pipe": 0, "markdown": 0}

    def add(self, row: GridRow) -> None:
        if self.grid is None:
            self.grid = Grid(rows=[], loc=Location(line=row.loc.line))
            self.blocks.append(self.grid)
        self.grid.rows.append(row)

    def run(self) -> tuple[list[Block], str]:
        i, n = 0, len(self.lines)
        gap = 0
        while i < n:
            kind = _kind(self.lines[i])
            if kind == "blank":
                gap += 1
                i += 1
                continue
            if kind == "cell":
                i = self.flattened_row(i)
            elif kind == "tabrow":
                self.counts["tabrow"] += 1
                cells = [_trim(c) for c in self.lines[i].split("\t")]
                self.add(GridRow(cells=cells, loc=Location(line=i + 1)))
                i += 1
            elif kind == "pipe":
                i = self.pipe_lines(i)
            else:
                self.grid = None  # a paragraph ends the current grid
                line = _strip_heading(self.lines[i])
                depth = _indent(self.lines[i])
                self.blocks.append(
                    TextLine(text=line, loc=Location(line=i + 1), indent=depth, gap=gap)
                )
                i += 1
            gap = 0
        return self.blocks, self.layout()

    def layout(self) -> str:
        if not any(self.counts.values()):
            return "text/plain"
        best = max(self.counts, key=lambda k: self.counts[k])
        names = {"cell": "docx-flat", "tabrow": "tabbed", "pipe": "pipes", "markdown": "markdown"}
        return "text/" + names[best]

    def flattened_row(self, i: int) -> int:
        """A flattened DOCX row: cell lines (+ continuation lines) until a blank line."""
        lines, n = self.lines, len(self.lines)
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
        self.counts["cell"] += 1
        self.add(GridRow(cells=[_trim(c) for c in cells], loc=Location(line=start + 1)))
        return i

    def pipe_lines(self, i: int) -> int:
        """A run of pipe lines. Lines of several cells are rows; lines of one cell are cells of a
        row that ends at a "|||" mark when the run has such marks, else single-cell rows (the
        extractor cuts them into rows by content)."""
        run: list[tuple[int, list[str], int, int]] = []
        while i < len(self.lines) and _kind(self.lines[i]) == "pipe":
            line = self.lines[i]
            if not _MD_SEPARATOR.match(line):
                cells = _pipe_cells(line)
                shape = _ROW if len(cells) >= 2 else _CELL
                run.append((i, cells, shape, _trailing_pipes(line)))
                self.counts["markdown" if line.startswith("|") and shape == _ROW else "pipe"] += 1
            i += 1
        singles: list[PipeCell] = []
        for line_no, cells, shape, pipes in run:
            if shape == _CELL:
                singles.append(PipeCell(line_no, cells[0] if cells else "", pipes))
                continue
            self.add_singles(singles)
            singles = []
            self.add(GridRow(cells=cells, loc=Location(line=line_no + 1)))
        self.add_singles(singles)
        return i

    def add_singles(self, singles: list[PipeCell]) -> None:
        for line_no, cells in rows_of(singles):
            self.add(GridRow(cells=cells, loc=Location(line=line_no + 1)))


def _trailing_pipes(line: str) -> int:
    """Pipes closing a line: 1 for "x |", 3 for "x |||" and "x | ||" (a row mark or collapsed
    empty cells, see auditor.ingest.pipe_runs)."""
    m = _TRAILING_PIPES.search(line.rstrip())
    return m.group().count("|") if m else 0


def _pipe_cells(line: str) -> list[str]:
    """Cells of a pipe line: outer pipes dropped, "\\|" a literal pipe, padding kept as empties."""
    s = line.rstrip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = [_trim(c.replace("\\|", "|")) for c in _PIPE.split(s)]
    while len(cells) > 1 and not cells[-1]:
        cells.pop()
    return cells


_MAX_QUOTED_LINES = 8  # a quoted cell spans at most this many lines (else the quote is text)


def _open_quote(line: str) -> bool:
    """The line ends inside a quoted cell (a cell that starts with '"' and has not closed)."""
    if '"' not in line:
        return False
    inside = False
    at_start = True
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if inside:
            if ch == '"' and i + 1 < n and line[i + 1] == '"':
                i += 1  # a doubled quote inside the cell
            elif ch == '"':
                inside = False
        elif ch == "\t":
            at_start = True
            i += 1
            continue
        elif ch == '"' and at_start:
            inside = True
        at_start = False
        i += 1
    return inside


def join_quoted(lines: list[str]) -> list[str]:
    """Tab rows copied from a spreadsheet quote a cell holding a line break ("三级指\n标", with
    "" for a quote inside): such a cell is put back on one line (its breaks kept inside the
    cell) and unquoted. A quote that does not close within a few lines is left as text."""
    if not any('"' in line for line in lines):
        return lines  # no quoted cell anywhere
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        j = i
        if "\t" in line or (i + 1 < n and "\t" in lines[i + 1]):
            while _open_quote(line) and j + 1 < n and j - i < _MAX_QUOTED_LINES:
                j += 1
                line += "\n" + lines[j]
            if j > i and _open_quote(line):
                line, j = lines[i], i  # never closed: not a quoted cell
        out.append(_unquote_cells(line) if j > i else line)
        out += [""] * (j - i)  # keep line numbers: the joined lines become blank
        i = j + 1
    return out


_BLANKS = " \t\u3000\u00a0"


def _tab_row(line: str) -> bool:
    """The line is a row of several cells: a TAB stands between two pieces of text."""
    return "\t" in line.rstrip(_BLANKS).lstrip(_BLANKS)


def _trailing_tab_only(line: str) -> bool:
    """The line's only TABs close it ("text\t", "\tcell\t "): trailing blanks, no cell cut."""
    body = line.rstrip(_BLANKS)
    return body != line and "\t" in line[len(body) :] and not _tab_row(line) and bool(body.strip())


def _drop_trailing_tabs(lines: list[str]) -> list[str]:
    """Trailing blanks left by an export (a TAB, spaces, a full-width space) on lines of text or
    one cell per line would make each such line a tab row of two cells. Outside a tab-separated
    table (neither neighbouring line is a row of several TAB-cut cells) they are dropped; inside
    one a trailing TAB may be an empty last cell and is kept."""
    marks = [i for i, line in enumerate(lines) if _trailing_tab_only(line)]
    if not marks:
        return lines
    filled = [i for i, line in enumerate(lines) if line.strip(_BLANKS)]
    out = list(lines)
    for i in marks:
        k = bisect.bisect_left(filled, i)
        near = filled[max(k - 1, 0) : k] + filled[k + 1 : k + 2]
        if not any(_tab_row(lines[j]) for j in near):
            out[i] = lines[i].rstrip(_BLANKS)
    return out


def _unquote_cells(line: str) -> str:
    cells = line.split("\t")
    for k, c in enumerate(cells):
        if len(c) >= 2 and c.startswith('"') and c.endswith('"'):
            cells[k] = c[1:-1].replace('""', '"')
    return "\t".join(cells)


def _blocks(lines: list[str]) -> tuple[list[Block], str]:
    return _Blocks(lines).run()


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


def _indent(line: str) -> int:
    """Width of a line's leading whitespace: a space counts 1, an ideographic space 2."""
    body = line.lstrip(" \u3000\u00a0\ufeff")
    lead = line[: len(line) - len(body)]
    return len(lead) + lead.count("\u3000")


_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_BOLD = re.compile(r"^\*\*(.*)\*\*$")


def _strip_heading(line: str) -> str:
    s = line.strip(" \u3000\u00a0\ufeff")
    if s.startswith("#"):
        s = _HEADING_MARK.sub("", s)
    if s.startswith("**"):
        s = _BOLD.sub(r"\1", s)
    return s
