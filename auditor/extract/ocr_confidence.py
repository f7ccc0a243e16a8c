"""OCR confidence carried from the cells of a scanned grid to the rows extracted from it.

Readers that OCR a page keep each cell's confidence (GridRow.confidence). After extraction, each
row finds the cells its fields came from through its location (grid, grid row): a field takes
the confidence of the cell holding exactly its text on that grid row (or of the cells whose
text it joins, e.g. split value columns, or a wrapped row on the next grid row); a 一级/二级
filled down from a merged cell takes the confidence of the cell above that printed it. Fields
below LOW_CONFIDENCE are listed in `row.ocr.unsure` and the row is flagged `ocr_unsure`, so the
report marks it for the reviewer and the value rules say that their reading may be wrong.
"""

from __future__ import annotations

from auditor.ingest.blocks import Grid, RawDocument
from auditor.models import Document, IndicatorRow, OcrReading, RowFlag

LOW_CONFIDENCE = 0.95
FIELDS = ("level1", "level2", "level3", "description", "value", "basis")
Cells = list[tuple[str, float]]  # (whitespace-free text, confidence) of one grid row


def _norm(text: str) -> str:
    return "".join(text.split())


def _grid_cells(raw: RawDocument) -> dict[int, list[Cells]]:
    """grid number -> its rows' cells, for the grids read by OCR."""
    out: dict[int, list[Cells]] = {}
    for block in raw.blocks:
        if not isinstance(block, Grid) or block.loc.grid is None:
            continue
        if not any(r.confidence for r in block.rows):
            continue
        out[block.loc.grid] = [
            [(_norm(c), conf) for c, conf in zip(r.cells, r.confidence)] for r in block.rows
        ]
    return out


def _field_confidence(text: str, rows: list[Cells], at: int) -> float | None:
    """Confidence of a field printed on grid row `at` (0-based) of `rows`."""
    here = rows[at] if 0 <= at < len(rows) else []
    exact = [conf for cell, conf in here if cell == text]
    if exact:
        return max(exact)
    near = [c for r in rows[at : at + 2] for c in r if c[0] and c[0] in text]
    if near and sum(len(c[0]) for c in near) >= len(text) * 0.6:
        return min(conf for _c, conf in near)
    above = [conf for r in reversed(rows[:at]) for cell, conf in r if cell == text]
    return above[0] if above else None


def _reading(row: IndicatorRow, rows: list[Cells], at: int) -> OcrReading | None:
    fields: dict[str, float] = {}
    for name in FIELDS:
        value = getattr(row, name)
        if value:
            conf = _field_confidence(_norm(value), rows, at)
            if conf is not None:
                fields[name] = conf
    unread = 0 <= at < len(rows) and any(not c and conf < LOW_CONFIDENCE for c, conf in rows[at])
    if not fields and not unread:
        return None
    unsure = [name for name, conf in fields.items() if conf < LOW_CONFIDENCE]
    if unread:
        unsure.append("unread")
    lowest = min([*fields.values(), 0.0 if unread else 1.0])
    return OcrReading(confidence=round(lowest, 3), fields=fields, unsure=unsure)


def attach_ocr_confidence(raw: RawDocument, doc: Document) -> None:
    """Set `row.ocr` (and the ocr_unsure flag) on every row extracted from an OCR'd grid."""
    grids = _grid_cells(raw)
    if not grids:
        return
    for table in doc.tables:
        for row in table.rows:
            loc = row.location
            if loc.grid not in grids or loc.grid_row is None:
                continue
            row.ocr = _reading(row, grids[loc.grid], loc.grid_row - 1)
            if row.ocr is not None and row.ocr.unsure and RowFlag.OCR_UNSURE not in row.flags:
                row.flags.append(RowFlag.OCR_UNSURE)
