"""The rows of a table before its header: metadata, group labels above the header, a header
printed one word per line or over two rows, a whole table printed on one line, or the first row
of a table printed without a header.

`before_header` reads one such row into the Draft and says whether the row, now that the header
is known, is still to be read as a row after the header.
"""

from __future__ import annotations

from auditor.extract.cells import CellRow
from auditor.extract.draft import IMPLIED_HEADER, Draft
from auditor.extract.header import (
    add_sub_header,
    build_header,
    header_run,
    header_words,
    is_header_row,
    is_header_top,
    is_place_column,
)
from auditor.extract.header_lines import add_header_word, header_over_two_rows, row_words
from auditor.extract.kinds import is_title
from auditor.extract.meta import read_meta, read_meta_run
from auditor.extract.vocabulary import category
from auditor.models import BodyLine


def before_header(cur: Draft, row: CellRow, flat: bool, body: list[BodyLine]) -> bool:
    """Read a row of a table whose header is not known yet; True when the row is to be read
    after the header (the header was completed before it). `body` collects the document's lines
    that are no table rows; `flat`: the document is a PDF (see read_meta)."""
    cells = row.cells
    if cur.pending_header and len(row.nonempty()) > 1 and is_header_row(cells):
        if _header_over_two_rows(cur, row, flat):
            return False
        # words on lines of their own before a whole header row ("绩效指标" above
        # "一级指标 | 二级指标 | …"): a group label or metadata, not the start of the header
        flush_header(cur, flat)
        if cur.header is not None:
            return True
    top, cur.header_top = cur.header_top, None
    if is_header_row(cells) and not cur.pending_header:
        if top is not None:
            cur.header = add_sub_header(build_header(top.cells, top.loc), cells)
        else:
            cur.header = build_header(cells, row.loc, row.merged)
        return False
    if top is not None:
        read_meta(cur.meta, top.cells, flat)
    if is_header_top(cells) and not row.from_text:
        cur.header_top = row
        return False
    if _table_on_one_line(cur, row, flat) or _header_word(cur, row):
        return False
    flush_header(cur, flat)
    if cur.header is None and _starts_headerless_body(cur, row):
        # "绩效指标" and then the tree, no header: the columns a goal table always has
        cur.header = build_header(list(IMPLIED_HEADER), row.loc)
        cur.implied_header = True
    if cur.header is not None:
        return True
    if not row.from_text:
        body.append(BodyLine(line=row.loc.line, text=" | ".join(row.nonempty()), context=cur.title))
        cur.raw_lines.append("\t".join(cells))
    read_meta(cur.meta, cells, flat)
    return False


def flush_header(cur: Draft, flat: bool) -> None:
    """One-cell-per-line header words: a header when they name the indicator columns, else
    metadata labels read in order."""
    words, cur.pending_header = cur.pending_header, []
    if not words:
        return
    loc = cur.pending_loc or cur.loc
    if cur.header is None and is_header_row(words):
        cur.header = build_header(words, loc)
        return
    for w in words:
        read_meta(cur.meta, [w], flat)


def _header_over_two_rows(cur: Draft, row: CellRow, flat: bool) -> bool:
    """Header words collected one per line and the whole row that completes them: one header."""
    both = header_over_two_rows(cur.pending_header, cur.pending_row, row)
    if both is None:
        return False
    # words of rows above it (a spanning "绩效指标") are read as before
    cur.pending_header = cur.pending_header[: -len(row_words(cur.pending_row))]
    cur.pending_row = None
    flush_header(cur, flat)
    cur.header = build_header(both, row.loc, row.merged)
    return True


def _table_on_one_line(cur: Draft, row: CellRow, flat: bool) -> bool:
    """A table printed on one line: metadata, header and rows in one row of cells."""
    cells = row.cells
    run = header_run(cells) if row.from_text else None
    if run is None:
        return False
    a, b = run
    lead = cells[:a]
    if lead and is_title(lead[0]):
        # the title leads the line; a title line above it ("一、重点项目绩效评价指标体系") was the
        # heading of a section, the line names its own table
        cur.title, lead = lead[0], lead[1:]
    if lead:
        read_meta_run(cur.meta, lead, flat)
    cur.header = build_header(cells[a:b], row.loc)
    if b < len(cells):
        cur.body.append(CellRow(cells[b:], row.loc, hard=False, from_text=True))
        cur.text_body = True
    return True


def _header_word(cur: Draft, row: CellRow) -> bool:
    """A header printed one cell per line: the word is collected."""
    cells = row.cells
    if len(row.nonempty()) != 1 or not (
        header_words(cells) or (cur.pending_header and is_place_column(cells[0]))
    ):
        return False
    if not cur.pending_header:
        cur.pending_loc = row.loc
    cur.pending_row = None if row.from_text else row
    for word in row.nonempty():
        add_header_word(cur.pending_header, word)
    return True


def _starts_headerless_body(cur: Draft, row: CellRow) -> bool:
    """A table printed without a header: after the project's metadata the rows start with a
    一级 name (产出指标 …), which no metadata row does. A row wider than the implied columns has
    columns of its own that no header names: not guessed at."""
    meta = cur.meta
    if meta.pending is not None or (meta.project is None and meta.goal is None):
        return False
    if len(row.cells) > len(IMPLIED_HEADER):
        return False
    first = category(row.nonempty()[0])
    return first is not None and first.level1 is not None
