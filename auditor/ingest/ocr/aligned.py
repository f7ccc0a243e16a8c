"""Tables without rulings, from the alignment of text boxes; other text as lines.

A line whose boxes stand apart (gaps wider than the text is tall) is a row of cells. A run of
such lines with at least two rows of three or more cells is a table: its columns are the union
of the x-extents of the boxes in those rows (text in one column overlaps; text in different
columns does not). Lines inside the run with fewer boxes (a wrapped cell, a metadata row) are
rows too; a line set closer under the previous one than the usual row pitch, with fewer
cells, is that row's wrapped text.
Everything else is a TextLine. Cells of an aligned table are never marked merged: the scan
does not show merges, the extractor fills blank tree cells down as for any text table.
"""

from __future__ import annotations

import itertools
from statistics import median

from auditor.ingest.blocks import Block, Grid, GridRow, TextLine
from auditor.ingest.ocr.engine import TextBox
from auditor.ingest.ocr.lines import group_lines, join_cell, join_line, min_score
from auditor.models import Location

Line = list[TextBox]
WRAP_PITCH = 0.8  # a line closer than this (× the usual line pitch) may be wrapped cell text


def text_line(boxes: Line, page: int) -> TextLine:
    return TextLine(text=join_line(boxes), loc=Location(page=page), confidence=min_score(boxes))


def _cells(line: Line) -> int:
    """Number of separate cells on a line (boxes split by wide gaps)."""
    n = 1
    for a, b in itertools.pairwise(line):
        if b.x0 - a.x1 > 1.0 * max(a.height, b.height):
            n += 1
    return n


def _wraps(lines: list[Line], i: int) -> bool:
    """Is line i set closer under line i-1 than that one under its predecessor (wrapped text)?"""
    if i < 2:
        return False
    cy = [median(b.cy for b in lines[k]) for k in (i - 2, i - 1, i)]
    return cy[2] - cy[1] < WRAP_PITCH * (cy[1] - cy[0])


def _run_end(lines: list[Line], start: int) -> int:
    """End (exclusive) of an aligned table starting at `start`, or `start` if none does."""
    if _cells(lines[start]) < 2:
        return start
    end, wide = start, 0
    i = start
    while i < len(lines):
        n = _cells(lines[i])
        if n >= 2:
            end = i + 1
            wide += n >= 3
        elif _wraps(lines, i):
            end = i + 1
        elif not any(_cells(x) >= 3 for x in lines[i + 1 : i + 3]):
            break
        i += 1
    return end if wide >= 2 else start


def _columns(rows: list[Line]) -> list[tuple[float, float]]:
    spans = sorted((b.x0, b.x1) for line in rows if _cells(line) >= 3 for b in line)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def _column_of(box: TextBox, cols: list[tuple[float, float]]) -> int:
    def score(i: int) -> float:
        a, b = cols[i]
        overlap = min(b, box.x1) - max(a, box.x0)
        return overlap if overlap > 0 else -min(abs(box.x0 - b), abs(a - box.x1))

    return max(range(len(cols)), key=score)


def _groups(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into table rows: a line closer under the previous one than the usual row
    pitch, with fewer cells than the row's first line, is that row's wrapped text."""
    centers = [median(b.cy for b in line) for line in lines]
    pitches = [b - a for a, b in itertools.pairwise(centers)]
    usual = median(pitches) if pitches else 0.0
    groups: list[list[Line]] = []
    for i, line in enumerate(lines):
        wrapped = (
            groups
            and centers[i] - centers[i - 1] < WRAP_PITCH * usual
            and _cells(line) < _cells(groups[-1][0])
        )
        if wrapped:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _grid(lines: list[Line], page: int) -> Grid:
    cols = _columns(lines)
    groups = _groups(lines)
    rows = []
    for n, group in enumerate(groups, start=1):
        per_col: list[list[TextBox]] = [[] for _ in cols]
        for line in group:
            for b in line:
                per_col[_column_of(b, cols)].append(b)
        rows.append(
            GridRow(
                cells=[join_cell(bs) for bs in per_col],
                merged=[False] * len(cols),
                confidence=[round(min_score(bs), 3) for bs in per_col],
                loc=Location(page=page, grid_row=n),
            )
        )
    return Grid(rows=rows, loc=Location(page=page))


def aligned_blocks(boxes: list[TextBox], page: int) -> list[tuple[float, Block]]:
    """Blocks (with their top y) for the boxes outside ruled tables."""
    lines = group_lines(boxes)
    out: list[tuple[float, Block]] = []
    i = 0
    while i < len(lines):
        top = min(b.y0 for b in lines[i])
        end = _run_end(lines, i)
        if end > i and len(_columns(lines[i:end])) >= 3:
            out.append((top, _grid(lines[i:end], page)))
            i = end
            continue
        out.append((top, text_line(lines[i], page)))
        i += 1
    return out
