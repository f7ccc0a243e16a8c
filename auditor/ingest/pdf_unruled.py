"""Tables printed without rulings in a PDF, rebuilt as grids from the position of their words.

A PDF exported without cell borders is, to a text extractor, lines of words: a cell's wrapped
text is printed on lines of its own (above and below the row's other cells when they are
vertically centred), and a merged 一级/二级 cell is printed once, on its own line between rows.
Read as lines of text, a wrapped line becomes a row, and a line with fewer cells than the
header leaves its cells' columns to guesswork. This module uses what the page still shows:

* **Segments.** The characters of a text line (pdfplumber `extract_text_lines`) split where
  the gap between two characters is wider than half a character: a column gap.
* **Regions.** A run of lines starting at a line of three or more segments, going on while the
  lines keep the font size, stay close together and fit the columns (a line that is one
  segment spanning several columns, or that starts left of the table, ends it).
* **Columns.** The x-extents of the segments of the region's lines with three or more segments
  are counted: where more than a few of them overlap is a column, whatever the alignment
  (left, centred, right); a stretch crossed by only a few segments (a long name that runs up
  to the next column, a metadata value printed across two columns) is a column gap, unless
  segments lie wholly inside it (a column filled on only a few lines).
* **Cells.** A segment belongs to the column it overlaps most; one that covers further columns
  is cut where a visible gap between its characters meets a column's start (a cell filled up
  to its neighbour), else marks them merged (a colspan). Lines of one column closer than half a character height
  (line spacing inside a paragraph, not between rows) are one cell.
* **Rows.** The column with the most cells anchors the rows; another cell joins the row whose
  anchor has its vertical centre, top or bottom (middle-, top- or bottom-aligned cells);
  a cell that aligns with no row (a merged cell centred between rows) is a row of its own, as
  the text shows it; the extractor reads those as centred merges (auditor.extract.tree).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from auditor.ingest.blocks import Grid, GridRow
from auditor.ingest.pdf_centred import Cell, place_centred
from auditor.models import Location

MIN_COLUMNS = 3  # segments on the line that starts a region
SEGMENT_GAP = 0.5  # a gap wider than half a character width separates two cells
WRAP_GAP = 0.5  # lines of one cell: vertical gap below this many character heights
ROW_GAP = 3.0  # a region ends at a vertical gap wider than this many character heights
ALIGN = 0.5  # two cells share a row when centre/top/bottom differ by less (character heights)
CROSSING_SHARE = 0.1  # a column gap may be crossed by this share of the wide lines (at least 1)
CUT_GAP = 0.2  # a gap between two characters this wide (character widths) can end a cell


@dataclass
class Segment:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    chars: list[tuple[float, float]] = field(default_factory=list)  # x0, x1 of each character


@dataclass
class Line:
    text: str  # the line as pdfplumber joins it (for lines outside every region)
    segments: list[Segment]
    top: float
    bottom: float
    size: float
    x0: float


@dataclass
class Region:
    lines: list[Line]
    top: float
    bbox: tuple[float, float, float, float]


def page_lines(text_lines: list[dict[str, Any]]) -> list[Line]:
    """pdfplumber text lines (with their chars) as lines of segments."""
    out: list[Line] = []
    for tl in text_lines:
        segs = _segments(tl.get("chars") or [])
        if segs:
            size = max(s.size for s in segs)
            out.append(
                Line(
                    str(tl.get("text", "")),
                    segs,
                    min(s.top for s in segs),
                    max(s.bottom for s in segs),
                    size,
                    segs[0].x0,
                )
            )
    return out


def _segments(chars: list[dict[str, Any]]) -> list[Segment]:
    segs: list[Segment] = []
    for ch in sorted(chars, key=lambda c: float(c["x0"])):
        text = str(ch["text"])
        x0, x1 = float(ch["x0"]), float(ch["x1"])
        size = float(ch.get("size") or (ch["bottom"] - ch["top"]) or 1.0)
        last = segs[-1] if segs else None
        if last is not None and x0 - last.x1 <= SEGMENT_GAP * max(size, last.size):
            last.text += text
            last.chars += [(x0, x1)] * len(text)
            last.x1 = max(last.x1, x1)
            last.top = min(last.top, float(ch["top"]))
            last.bottom = max(last.bottom, float(ch["bottom"]))
            last.size = max(last.size, size)
        elif text.strip():
            segs.append(
                Segment(text, x0, x1, float(ch["top"]), float(ch["bottom"]), size, [(x0, x1)])
            )
    for s in segs:
        lead = len(s.text) - len(s.text.lstrip())
        s.text = s.text.strip()
        s.chars = s.chars[lead : lead + len(s.text)]
    return [s for s in segs if s.text]


def find_regions(lines: list[Line]) -> list[Region]:
    """Runs of lines that read as one unruled table (see the module docstring)."""
    regions: list[Region] = []
    i = done = 0
    while i < len(lines):
        if len(lines[i].segments) < MIN_COLUMNS:
            i += 1
            continue
        j = _region_end(lines, i)
        first = _region_start(lines, i, j, done)
        run = lines[first:j]
        if run:
            x0 = min(s.x0 for ln in run for s in ln.segments)
            x1 = max(s.x1 for ln in run for s in ln.segments)
            bbox = (x0, run[0].top, x1, run[-1].bottom)
            regions.append(Region(run, run[0].top, bbox))
            i = done = j
        else:
            i += 1
    return regions


def _region_start(lines: list[Line], i: int, j: int, done: int) -> int:
    """Lines just above a region's first wide line that fit its columns (rows of a table that
    continues from the previous page, or whose first rows have fewer cells) join it."""
    intervals = _intervals(lines[i:j])
    head = lines[i]
    while i > done:
        ln, nxt = lines[i - 1], lines[i]
        if abs(ln.size - head.size) > 0.1 * head.size or nxt.top - ln.bottom > ROW_GAP * head.size:
            break
        if any(len(_covered(s, intervals)) > 1 for s in ln.segments):
            break
        i -= 1
    return i


def _region_end(lines: list[Line], start: int) -> int:
    head = lines[start]
    intervals = _intervals([head])
    j = start + 1
    while j < len(lines):
        ln, prev = lines[j], lines[j - 1]
        if abs(ln.size - head.size) > 0.1 * head.size:
            break
        if ln.top - prev.bottom > ROW_GAP * head.size:
            break
        if len(ln.segments) == 1 and len(_covered(ln.segments[0], intervals)) > 1:
            break  # one run of text across the columns: a paragraph or a title
        if len(ln.segments) >= MIN_COLUMNS:
            intervals = _intervals(lines[start : j + 1])
        j += 1
    return j


def _intervals(lines: list[Line]) -> list[tuple[float, float]]:
    """Column extents: where the segments of the lines with MIN_COLUMNS or more overlap (see
    _columns), plus the segments of the other lines that lie wholly in a gap between those (a
    column printed only on lines of its own, such as a 一级 centred between rows)."""
    wide_lines = [ln for ln in lines if len(ln.segments) >= MIN_COLUMNS]
    wide = [(s.x0, s.x1) for ln in wide_lines for s in ln.segments]
    out = _columns(wide, max(1, int(CROSSING_SHARE * len(wide_lines))))
    extra = [
        (s.x0, s.x1)
        for ln in lines
        if len(ln.segments) < MIN_COLUMNS
        for s in ln.segments
        if not any(min(s.x1, b) > max(s.x0, a) for a, b in out)
    ]
    return _union(sorted(out + _union(sorted(extra)))) if extra else out


def _columns(spans: list[tuple[float, float]], crossing: int) -> list[tuple[float, float]]:
    """Stretches covered by more than `crossing` spans are columns, widened by the spans that
    overlap one of them only; in the rest, the spans that lie wholly there are columns too
    (their union); what remains is gap."""
    points = sorted({x for span in spans for x in span})
    dense: list[tuple[float, float]] = []
    for a, b in itertools.pairwise(points):
        if sum(1 for x0, x1 in spans if x0 <= a and x1 >= b) > crossing:
            dense = _union(dense + [(a, b)])
    own: list[tuple[float, float]] = []
    for x0, x1 in spans:
        hits = sum(1 for a, b in dense if min(x1, b) > max(x0, a))
        if hits <= 1:  # in one column, or wholly in a gap
            own.append((x0, x1))
    return _union(sorted(dense + own))


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if out and x0 <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _covered(seg: Segment, intervals: list[tuple[float, float]]) -> list[int]:
    """Columns a segment overlaps (by more than a character where it covers several)."""
    hits = [
        (min(seg.x1, b) - max(seg.x0, a), k)
        for k, (a, b) in enumerate(intervals)
        if min(seg.x1, b) > max(seg.x0, a)
    ]
    if not hits:  # in a column gap: the nearest column
        near = min(
            range(len(intervals)),
            key=lambda k: min(abs(seg.x0 - intervals[k][1]), abs(seg.x1 - intervals[k][0])),
        )
        return [near]
    best = max(hits)[1]
    wide = [k for ov, k in hits if ov > seg.size or k == best]
    return list(range(min(wide), max(wide) + 1))


def region_grid(region: Region, page: int, grid_no: int) -> Grid:
    """The region's words as a Grid: one column per interval, rows as the module docstring says."""
    intervals = _intervals(region.lines)
    size = max(ln.size for ln in region.lines)
    cells = _cells(region.lines, intervals, size)
    rows, covered = place_centred(_rows(cells, size), size)
    width = len(intervals)
    grid_rows: list[GridRow] = []
    for r, row in enumerate(rows, start=1):
        texts = [""] * width
        merged = [False] * width
        for c in row:
            texts[c.col] = "\n".join(c.lines)
            for k in range(c.col + 1, min(width, c.col + c.span)):
                merged[k] = True
        for k in covered.get(id(row), ()):
            merged[k] = k < width and not texts[k]
        grid_rows.append(
            GridRow(cells=texts, merged=merged, loc=Location(page=page, grid=grid_no, grid_row=r))
        )
    return Grid(rows=grid_rows, loc=Location(page=page, grid=grid_no))


def _cells(lines: list[Line], intervals: list[tuple[float, float]], size: float) -> list[Cell]:
    """Segments placed in their columns; a column's lines that wrap one text joined."""
    open_cells: dict[int, Cell] = {}
    out: list[Cell] = []
    for ln in lines:
        placed: dict[int, Cell] = {}
        for seg in (piece for whole in ln.segments for piece in _cut(whole, intervals)):
            cols = _covered(seg, intervals)
            col = cols[0]
            if col in placed:  # two pieces of one cell on a line (a spaced word)
                placed[col].lines[-1] += " " + seg.text
                placed[col].span = max(placed[col].span, cols[-1] - col + 1)
                continue
            placed[col] = Cell(col, seg.top, seg.bottom, [seg.text], cols[-1] - col + 1)
        for col, cell in sorted(placed.items()):
            prev = open_cells.get(col)
            if prev is not None and cell.top - prev.bottom < WRAP_GAP * size:
                prev.lines += cell.lines
                prev.bottom = max(prev.bottom, cell.bottom)
                prev.span = max(prev.span, cell.span)
                continue
            open_cells[col] = cell
            out.append(cell)
    return out


def _cut(seg: Segment, intervals: list[tuple[float, float]]) -> list[Segment]:
    """A segment over several columns cut where a character starts a column after a visible
    gap (a cell's text that reaches its neighbour's): the pieces, or the segment itself."""
    cols = _covered(seg, intervals)
    if len(cols) < 2 or len(seg.chars) != len(seg.text):
        return [seg]
    tol = SEGMENT_GAP * seg.size
    cuts = [
        i
        for i in range(1, len(seg.chars))
        if seg.chars[i][0] - seg.chars[i - 1][1] > CUT_GAP * seg.size
        and any(abs(seg.chars[i][0] - intervals[k][0]) < tol for k in cols[1:])
    ]
    if not cuts:
        return [seg]
    out: list[Segment] = []
    for a, b in zip([0, *cuts], [*cuts, len(seg.text)]):
        text = seg.text[a:b].strip()
        if text:
            x0, x1 = seg.chars[a][0], seg.chars[b - 1][1]
            out.append(Segment(text, x0, x1, seg.top, seg.bottom, seg.size, seg.chars[a:b]))
    return out


def _rows(cells: list[Cell], size: float) -> list[list[Cell]]:
    """Cells grouped into rows around the column with the most cells, top to bottom."""
    counts: dict[int, int] = {}
    for c in cells:
        counts[c.col] = counts.get(c.col, 0) + 1
    order = sorted(counts, key=lambda col: (-counts[col], -col))
    rows: list[list[Cell]] = []
    for col in order:
        for cell in (c for c in cells if c.col == col):
            row = _aligned_row(rows, cell, size)
            if row is None:
                rows.append([cell])
            else:
                row.append(cell)
    rows.sort(key=lambda r: r[0].centre)
    return rows


def _aligned_row(rows: list[list[Cell]], cell: Cell, size: float) -> list[Cell] | None:
    tol = ALIGN * size
    best: tuple[float, int] | None = None
    for k, row in enumerate(rows):
        seed = row[0]
        if any(c.col == cell.col for c in row):
            continue
        d = min(
            abs(seed.centre - cell.centre), abs(seed.top - cell.top), abs(seed.bottom - cell.bottom)
        )
        if d < tol and (best is None or d < best[0]):
            best = (d, k)
    return None if best is None else rows[best[1]]
