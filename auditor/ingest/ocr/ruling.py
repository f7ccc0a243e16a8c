"""Ruled tables in a page image: cell boxes and their row/column spans, by OpenCV morphology.

1. Rulings: the binary ink opened with long thin kernels keeps horizontal and vertical strokes
   far longer than any character stroke; small gaps (blur, faint scans) are closed along the line.
2. Tables: connected groups of rulings with at least two lines each way.
3. Cells: the regions the rulings enclose (connected components of the table's non-ruling area
   that do not touch its outer box). A merged cell is simply a larger region.
4. Spans: cell edges clustered into the table's row and column boundaries; each cell covers the
   boundaries between its edges, which gives the grid convention of auditor.ingest.blocks
   (origin carries the text, covered positions are merged).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from auditor.ingest.ocr.prep import ink


@dataclass
class Cell:
    x0: int
    y0: int
    x1: int
    y1: int
    row: int = 0  # first grid row / column it covers
    col: int = 0
    rowspan: int = 1
    colspan: int = 1

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass
class RuledTable:
    x0: int
    y0: int
    x1: int
    y1: int
    n_rows: int
    n_cols: int
    cells: list[Cell] = field(default_factory=list)

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


def ruling_masks(gray: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical ruling masks (255 = ruling)."""
    binary = ink(gray)
    h, w = gray.shape
    hlen, vlen = max(25, w // 30), max(25, h // 30)
    horiz = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (hlen, 1))
    )
    vert = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, vlen))
    )
    # bridge gaps in a ruling (faint scan, a stamp or a blot over it) up to a short distance
    hgap, vgap = max(15, w // 60), max(15, h // 60)
    horiz = cv2.morphologyEx(
        horiz, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (hgap, 3))
    )
    vert = cv2.morphologyEx(
        vert, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (3, vgap))
    )
    return horiz, vert


def _line_count(mask: np.ndarray, axis: int) -> int:
    """Number of separate rulings in a mask (runs of the projection along `axis`)."""
    profile = mask.max(axis=axis) > 0
    return int(np.count_nonzero(np.diff(profile.astype(np.int8)) == 1) + int(profile[0]))


def _boundaries(edges: list[int], tol: int) -> list[int]:
    """Cluster edge coordinates; one boundary (the mean) per cluster."""
    out: list[list[int]] = []
    for e in sorted(edges):
        if out and e - out[-1][-1] <= tol:
            out[-1].append(e)
        else:
            out.append([e])
    return [round(sum(c) / len(c)) for c in out]


def _nearest(bounds: list[int], v: int) -> int:
    return min(range(len(bounds)), key=lambda i: abs(bounds[i] - v))


def _cells(lines: np.ndarray, x0: int, y0: int) -> list[Cell]:
    """Enclosed regions of one table's ruling mask (coordinates in page pixels)."""
    grown = cv2.dilate(lines, np.ones((3, 3), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(255 - grown, connectivity=4)
    h, w = lines.shape
    cells = []
    for i in range(1, n):
        cx, cy, cw, ch, area = (int(v) for v in stats[i])
        touches = cx <= 0 or cy <= 0 or cx + cw >= w or cy + ch >= h
        if touches or cw < 8 or ch < 8 or area < 0.5 * cw * ch:
            continue
        cells.append(Cell(x0 + cx, y0 + cy, x0 + cx + cw, y0 + cy + ch))
    return cells


def _place(table: RuledTable, tol: int) -> None:
    """Row/column spans of every cell from the clustered cell edges."""
    xs = _boundaries([c.x0 for c in table.cells] + [c.x1 for c in table.cells], tol)
    ys = _boundaries([c.y0 for c in table.cells] + [c.y1 for c in table.cells], tol)
    for c in table.cells:
        c.col, c.row = _nearest(xs, c.x0), _nearest(ys, c.y0)
        c.colspan = max(1, _nearest(xs, c.x1) - c.col)
        c.rowspan = max(1, _nearest(ys, c.y1) - c.row)
    table.n_cols = max(1, len(xs) - 1)
    table.n_rows = max(1, len(ys) - 1)


def find_tables(gray: np.ndarray) -> list[RuledTable]:
    """Every ruled table on the page, top to bottom."""
    horiz, vert = ruling_masks(gray)
    grid = cv2.bitwise_or(horiz, vert)
    joined = cv2.dilate(grid, np.ones((5, 5), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    h, w = gray.shape
    tables = []
    for i in range(1, n):
        x, y, bw, bh, _area = (int(v) for v in stats[i])
        if bw < w * 0.15 or bh < 20:
            continue
        sub = grid[y : y + bh, x : x + bw]
        if _line_count(horiz[y : y + bh, x : x + bw], 1) < 2:
            continue
        if _line_count(vert[y : y + bh, x : x + bw], 0) < 2:
            continue
        table = RuledTable(x, y, x + bw, y + bh, 0, 0, _cells(sub, x, y))
        if len(table.cells) < 2:
            continue
        _place(table, tol=max(6, min(w, h) // 150))
        tables.append(table)
    return sorted(tables, key=lambda t: (t.y0, t.x0))
