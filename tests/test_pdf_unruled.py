"""Unruled PDF tables: merged cells printed once, centred on the rows they span, placed back
by geometry (auditor.ingest.pdf_centred). Rows are built from invented cells (col, top, bottom)."""

from __future__ import annotations

from auditor.ingest.pdf_centred import Cell, place_centred

SIZE = 8.0


def _row(top: float, *cols: int, lines: int = 1) -> list[Cell]:
    return [Cell(c, top, top + SIZE * lines, [f"r{top:g}c{c}"]) for c in cols]


def test_merge_centred_between_two_rows_goes_to_the_first_and_covers_the_second() -> None:
    header = _row(0, 0, 1, 2)
    a, b = _row(20, 1, 2), _row(38, 1, 2)
    centred = [Cell(0, 29, 29 + SIZE, ["产出"])]  # between a and b: no slot of its own
    rows, covered = place_centred([header, a, centred, b], SIZE)
    assert rows == [header, a, b]
    assert any(c.lines == ["产出"] for c in a)
    assert covered == {id(b): {0}}


def test_merge_centred_on_rows_of_unequal_height_spans_the_run_centred_on_it() -> None:
    # three rows, the last one three lines high: the run's middle falls beside the second row
    top = _row(0, 0, 1, 2)
    r1, r2 = _row(20, 1, 2), _row(38, 1, 2)
    r3 = _row(56, 1, 2, lines=3)
    total = _row(90, 0, 2)
    mid = (20 + 56 + 3 * SIZE) / 2
    centred = [Cell(0, mid - SIZE / 2, mid + SIZE / 2, ["效益"])]
    rows, covered = place_centred([top, r1, r2, centred, r3, total], SIZE)
    assert centred not in rows
    assert any(c.lines == ["效益"] for c in r1)
    assert covered == {id(r2): {0}, id(r3): {0}}


def test_name_on_a_row_slot_of_its_own_stays_a_row() -> None:
    header = _row(0, 0, 1, 2)
    own = _row(20, 0)  # 一级 on its own line above its block, with row spacing around it
    a, b = _row(40, 1, 2), _row(60, 1, 2)
    rows, covered = place_centred([header, own, a, b], SIZE)
    assert rows == [header, own, a, b]
    assert covered == {}


def test_centred_cell_whose_column_is_taken_around_it_stays_a_row() -> None:
    a, b = _row(0, 0, 1, 2), _row(18, 0, 1, 2)
    squeezed = [Cell(0, 9, 9 + SIZE, ["x"])]
    rows, _ = place_centred([a, squeezed, b], SIZE)
    assert rows == [a, squeezed, b]
