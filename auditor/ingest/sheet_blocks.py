"""Sheet content -> blocks, shared by the XLSX and XLS readers.

The sheet's content is cut into bands at fully-empty rows (a row is not empty if a merged range
covers it). Each band is read on its own column range; tables side by side (a column empty in
every row of the band between them) become separate grids. Leading rows of a band with at most
one non-empty cell (a title merged across the width, "单位：万元") become TextLines; the rest of
the band is one Grid. Merged ranges: the origin keeps its value; every other cell of the range is
"" with merged=True.

Locations: TextLine and GridRow get Location(sheet=<name>, grid_row=<1-based sheet row>); grid
rows also grid=<1-based grid number across the workbook>.
"""

from __future__ import annotations

from auditor.ingest.blocks import Block, Grid, GridRow, TextLine
from auditor.models import Location

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (1-based)


def covered_cells(merges: list[Merge]) -> set[tuple[int, int]]:
    """Every cell of a merged range except its origin."""
    return {
        (r, c)
        for r0, c0, r1, c1 in merges
        for r in range(r0, r1 + 1)
        for c in range(c0, c1 + 1)
        if (r, c) != (r0, c0)
    }


def sheet_blocks(
    name: str,
    values: dict[tuple[int, int], str],
    merges: list[Merge],
    blocks: list[Block],
    grid_no: int,
) -> int:
    """Append the blocks of one sheet; return the last grid number used."""
    if not values:
        return grid_no
    covered = covered_cells(merges)

    # a merge whose origin holds text extends the used range of its band
    span_of: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in merges:
        if (r0, c0) in values:
            span_of[(r0, c0)] = (r1, c1)

    # (a merge cannot stretch the sheet past its last written row: "H1:H1048576" is formatting)
    last_row = max(r for r, _ in values)
    used_rows = sorted(
        {r for r, _ in values}
        | {r for (r0, _), (r1, _) in span_of.items() for r in range(r0, min(r1, last_row) + 1)}
    )
    bands: list[list[int]] = []
    for r in used_rows:
        if bands and r == bands[-1][-1] + 1:
            bands[-1].append(r)
        else:
            bands.append([r])

    pieces: list[tuple[list[int], int, int]] = []
    for band in bands:
        rows_set = set(band)
        cols = {c for (r, c) in values if r in rows_set}
        for (r0, c0), (_r1, c1) in span_of.items():
            if r0 in rows_set:
                cols.update(range(c0, c1 + 1))
        # tables placed side by side: a column empty in every row of the band separates them
        for c_min, c_max in _column_groups(sorted(cols)):
            pieces.append((band, c_min, c_max))

    for band, c_min, c_max in pieces:

        def nonempty(r: int, c_min: int = c_min, c_max: int = c_max) -> int:
            return sum(1 for c in range(c_min, c_max + 1) if (r, c) in values)

        i = 0
        while i < len(band) and nonempty(band[i]) <= 1:
            r = band[i]
            text = next((values[(r, c)] for c in range(c_min, c_max + 1) if (r, c) in values), "")
            if text:
                blocks.append(TextLine(text=text, loc=Location(sheet=name, grid_row=r)))
            i += 1
        if i >= len(band):
            continue
        grid_no += 1
        grid_rows: list[GridRow] = []
        for r in range(band[i], band[-1] + 1):
            cells = [values.get((r, c), "") for c in range(c_min, c_max + 1)]
            merged = [(r, c) in covered for c in range(c_min, c_max + 1)]
            grid_rows.append(
                GridRow(
                    cells=cells, merged=merged, loc=Location(sheet=name, grid=grid_no, grid_row=r)
                )
            )
        blocks.append(
            Grid(rows=grid_rows, loc=Location(sheet=name, grid=grid_no, grid_row=band[i]))
        )
    return grid_no


def _column_groups(cols: list[int]) -> list[tuple[int, int]]:
    """Runs of adjacent used columns: [1,2,3,5,6] -> [(1, 3), (5, 6)]."""
    groups: list[tuple[int, int]] = []
    for c in cols:
        if groups and c == groups[-1][1] + 1:
            groups[-1] = (groups[-1][0], c)
        else:
            groups.append((c, c))
    return groups
