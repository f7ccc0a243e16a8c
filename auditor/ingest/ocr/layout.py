"""One page's OCR result -> blocks: ruled tables as Grids, the rest as lines or aligned tables.

Every text box goes to the ruled-table cell holding its centre. A box that runs across a cell
border (detection joined the text of two neighbouring cells) is cut at the borders and each
piece is recognised again on its own. A cell's text is its boxes in reading order (wrapped lines
joined into one paragraph); its confidence the lowest of its boxes'. A cell that holds ink but no text
the engine could read gets confidence 0, so the row is shown to the reviewer.

Boxes outside ruled tables become TextLines, or Grids where their columns line up
(auditor.ingest.ocr.aligned). Blocks come in reading order; Grid locations carry the page and a
page-local grid number (the reader numbers grids across the document).
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from auditor.ingest.blocks import Block, Grid, GridRow
from auditor.ingest.ocr.aligned import aligned_blocks
from auditor.ingest.ocr.engine import TextBox
from auditor.ingest.ocr.lines import join_cell, min_score
from auditor.ingest.ocr.prep import ink
from auditor.ingest.ocr.ruling import Cell, RuledTable
from auditor.models import Location

CropReader = Callable[[np.ndarray], tuple[str, float]]
SPECK_AREA, SPECK_SIDE = 8, 6  # ink components smaller than this (pixels) are scan specks
INK_SHARE = 0.003  # share of a cell's inside that is ink although nothing was read: unread text


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _split_box(
    box: TextBox, table: RuledTable, gray: np.ndarray, read: CropReader
) -> list[tuple[Cell, TextBox]]:
    """The parts of a box in each cell it crosses (re-read), or the box in its one cell."""
    hit = [
        c
        for c in table.cells
        if c.y0 <= box.cy <= c.y1 and _overlap(box.x0, box.x1, c.x0, c.x1) > 0.5 * box.height
    ]
    if len(hit) <= 1:
        home = [c for c in table.cells if c.contains(box.cx, box.cy)]
        return [(home[0], box)] if home else []
    parts = []
    for c in sorted(hit, key=lambda c: c.x0):
        x0, x1 = int(max(box.x0, c.x0 + 2)), int(min(box.x1, c.x1 - 2))
        y0, y1 = int(max(box.y0 - 2, 0)), int(box.y1 + 2)
        text, score = read(np.ascontiguousarray(np.stack([gray[y0:y1, x0:x1]] * 3, axis=-1)))
        if text:
            parts.append((c, TextBox(x0, box.y0, x1, box.y1, text, min(score, box.score))))
    return parts


def _ink_box(binary: np.ndarray, c: Cell) -> tuple[int, int, int, int] | None:
    """Bounding box (page pixels) of the ink inside a cell, if there is more than speckle."""
    inner = binary[c.y0 + 5 : c.y1 - 5, c.x0 + 5 : c.x1 - 5]
    if inner.size == 0 or float(np.count_nonzero(inner)) / inner.size <= INK_SHARE:
        return None
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(inner, connectivity=8)
    # specks are small dots; the smallest glyph parts (a bar of "=", a "-") are longer
    keep = [s for s in stats[1:n] if s[4] >= SPECK_AREA and max(s[2], s[3]) >= SPECK_SIDE]
    if not keep:
        return None
    x0 = min(int(s[0]) for s in keep)
    y0 = min(int(s[1]) for s in keep)
    x1 = max(int(s[0] + s[2]) for s in keep)
    y1 = max(int(s[1] + s[3]) for s in keep)
    return c.x0 + 5 + x0, c.y0 + 5 + y0, c.x0 + 5 + x1, c.y0 + 5 + y1


def _read_unread(gray: np.ndarray, binary: np.ndarray, c: Cell, read: CropReader) -> list[TextBox]:
    """A cell with ink but no detected text (a lone ≥, =, a short number): read the ink's box
    on its own. An empty list with the ink still there means: unreadable (confidence 0)."""
    box = _ink_box(binary, c)
    if box is None:
        return []
    x0, y0, x1, y1 = box
    pad = max(4, (y1 - y0) // 2)
    crop = gray[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad]
    text, score = read(np.ascontiguousarray(np.stack([crop] * 3, axis=-1)))
    return [TextBox(x0, y0, x1, y1, text, score)] if text else [TextBox(x0, y0, x1, y1, "", 0.0)]


def table_grid(
    table: RuledTable,
    boxes: list[TextBox],
    gray: np.ndarray,
    binary: np.ndarray,
    read: CropReader,
    page: int,
) -> Grid:
    by_cell: dict[int, list[TextBox]] = {}
    index = {id(c): i for i, c in enumerate(table.cells)}
    for box in boxes:
        for cell, part in _split_box(box, table, gray, read):
            by_cell.setdefault(index[id(cell)], []).append(part)
    texts = [["" for _ in range(table.n_cols)] for _ in range(table.n_rows)]
    merged = [[False] * table.n_cols for _ in range(table.n_rows)]
    conf = [[1.0] * table.n_cols for _ in range(table.n_rows)]
    for i, c in enumerate(table.cells):
        parts = by_cell.get(i) or _read_unread(gray, binary, c, read)
        for r in range(c.row, min(c.row + c.rowspan, table.n_rows)):
            for k in range(c.col, min(c.col + c.colspan, table.n_cols)):
                merged[r][k] = (r, k) != (c.row, c.col)
        if c.row < table.n_rows and c.col < table.n_cols:
            texts[c.row][c.col] = join_cell([p for p in parts if p.text])
            conf[c.row][c.col] = min_score(parts)
    kept = [r for r in range(table.n_rows) if any(texts[r]) or any(v < 1.0 for v in conf[r])]
    rows = [
        GridRow(
            cells=texts[r],
            merged=merged[r],
            confidence=[round(v, 3) for v in conf[r]],
            loc=Location(page=page, grid_row=n),
        )
        for n, r in enumerate(kept, start=1)
    ]
    return Grid(rows=rows, loc=Location(page=page))


def page_blocks(
    boxes: list[TextBox],
    tables: list[RuledTable],
    gray: np.ndarray,
    read: CropReader,
    page: int,
) -> list[Block]:
    """Blocks of one page in reading order (top to bottom)."""
    binary = ink(gray)
    inside: list[list[TextBox]] = [[] for _ in tables]
    free: list[TextBox] = []
    for b in boxes:
        home = next((i for i, t in enumerate(tables) if t.contains(b.cx, b.cy)), None)
        (free if home is None else inside[home]).append(b)
    items: list[tuple[float, Block]] = []
    for t, members in zip(tables, inside):
        grid = table_grid(t, members, gray, binary, read, page)
        if grid.rows:
            items.append((t.y0, grid))
    for top, block in aligned_blocks(free, page):
        items.append((top, block))
    items.sort(key=lambda it: it[0])
    return [block for _top, block in items]
