"""Tab rows broken over several lines by a line break inside a cell, put back together.

A table copied from Word (or from a PDF viewer) as tab-separated text prints a line break inside
a cell as it is: a header cell wrapped in a narrow column ("一级\\n指标", "三级指\\n标") or a long
name or value wrapped in its cell spreads the row over several physical lines, the last cell of
one line continuing in the first cell of the next:

    一级               <- piece 1: the start of the first cell
    指标\\t二级         <- piece 2: the rest of it, a tab, the start of the second
    指标\\t三级指标\\t指标值

The pieces are joined back when the vocabulary says so: a run of consecutive lines (no blank
line between them) whose join is a header row while its first line is not; and, under a header
of known width, a row shorter than the header followed by lines that complete exactly that width,
each continuation starting with text (a new row starts with its 一级 cell, usually empty under a
merge) that is not a metadata label. Rows are rejoined in tab text (`text/tabbed`) only; a header
broken the same way in text whose cells are runs of spaces ("一级" / "指标    二级" / "指标    三级指标
指标值", a PDF or HTML copy) is rejoined in any text layout, as one line of space-separated cells.
"""

from __future__ import annotations

from dataclasses import replace

from auditor.extract.header import is_header_row
from auditor.extract.kinds import is_title
from auditor.extract.meta_labels import label_of
from auditor.extract.normalize import is_note, is_page_furniture
from auditor.extract.tokenize import split_line
from auditor.extract.vocabulary import is_category_cell, role_of_header
from auditor.ingest.blocks import Block, Grid, GridRow, RawDocument, TextLine
from auditor.models import Location

_MAX_PIECES = 6  # a header or row spread over more lines than this is not rejoined
_MAX_WRAP = 12  # the longest wrapped rest of a cell on a line of its own


def rejoin_wrapped_rows(raw: RawDocument) -> RawDocument:
    """`raw` with the pieces of wrapped tab rows joined, and the pieces of headers broken over
    lines of space-separated text (unchanged for other layouts)."""
    if raw.layout.startswith("text/") and any(isinstance(b, TextLine) for b in raw.blocks):
        raw = replace(raw, blocks=_join_spaced_headers(raw.blocks))
    if raw.layout != "text/tabbed":
        return raw
    pieces = _flatten(raw.blocks)
    if not any(isinstance(p, TextLine) for p in pieces) and not _short_rows(pieces):
        return raw
    return replace(raw, blocks=_regroup(_join(pieces)))


Piece = TextLine | GridRow


def _flatten(blocks: list[Block]) -> list[Piece]:
    out: list[Piece] = []
    for b in blocks:
        if isinstance(b, Grid):
            out += b.rows
        else:
            out.append(b)
    return out


def _short_rows(pieces: list[Piece]) -> bool:
    widths = {len(p.cells) for p in pieces if isinstance(p, GridRow)}
    return len(widths) > 1


def _cells(p: Piece) -> list[str]:
    return p.cells if isinstance(p, GridRow) else [p.text.strip()]


def _line(p: Piece) -> int:
    return p.loc.line or 0


def _word_join(pieces: list[Piece]) -> list[str]:
    """The cells of pieces printed one after the other, each line break inside a cell."""
    cells = list(_cells(pieces[0]))
    for p in pieces[1:]:
        nxt = _cells(p)
        cells[-1] = f"{cells[-1]}\n{nxt[0]}" if cells[-1] else nxt[0]
        cells += nxt[1:]
    return cells


def _consecutive(pieces: list[Piece], i: int, k: int) -> bool:
    return _line(pieces[k]) == _line(pieces[k - 1]) + 1 and _line(pieces[i]) > 0


def _continues(pieces: list[Piece], i: int, k: int, in_header: bool = False) -> bool:
    """Piece k can continue piece k-1's last cell: the next line, the cell broken (text on both
    sides of the break), and piece k no whole header of its own nor a page number. Inside a
    broken header, a line that reads as a header may still start with the rest of the label
    above ("二级" / "指标\t三级指标\t指标值…": 指标 alone names no column, 二级指标 does)."""
    before, after = _cells(pieces[k - 1]), _cells(pieces[k])
    if is_page_furniture(after[0]):
        return False
    if not (_consecutive(pieces, i, k) and bool(before[-1]) and bool(after[0])):
        return False
    if not is_header_row(after):
        return True
    return in_header and _label_rest(before[-1], after[0])


def _label_rest(start: str, rest: str) -> bool:
    """`rest` is no column label by itself but completes `start` into one (二级 + 指标)."""
    return role_of_header(rest) in (None, "group") and role_of_header(start + rest) not in (
        None,
        "group",
    )


def _header_at(pieces: list[Piece], i: int) -> int | None:
    """The index of the last piece of a header that starts broken at piece i, or None."""
    first = _cells(pieces[i])
    if len(first[-1]) > 6 or not first[-1] or label_of(first[0]) is not None:
        return None
    if is_header_row(first):
        return None
    found: int | None = None
    for k in range(i + 1, min(i + _MAX_PIECES, len(pieces))):
        if not _continues(pieces, i, k, in_header=True):
            break
        if is_header_row(_word_join(pieces[i : k + 1])):
            found = k  # the longest join that is a header: its last label may wrap too
        elif found is not None:
            break
    return found


def _row_at(pieces: list[Piece], i: int, width: int) -> int | None:
    """The index of the last piece of a body row that starts at piece i and whose last cell
    goes on over the next lines (completing the header's width exactly), or None."""
    start = pieces[i]
    if not isinstance(start, GridRow) or len(start.cells) > width:
        return None
    total = len(start.cells)
    end: int | None = None
    for k in range(i + 1, min(i + _MAX_PIECES, len(pieces))):
        if not _continues(pieces, i, k) or not _fragment(pieces[k]):
            break
        total += len(_cells(pieces[k])) - 1
        if total > width:
            break
        if total == width:
            end = k
    return end


def _fragment(p: Piece) -> bool:
    """A piece can start with the rest of a wrapped cell: not a label, a category name or a title;
    a line without tabs only when short (a narrow column's wrap, not a paragraph)."""
    first = _cells(p)[0]
    if label_of(first) is not None or is_category_cell(first) or is_title(first):
        return False
    if is_page_furniture(first) or is_note(first):
        return False
    return isinstance(p, GridRow) or len(first) <= _MAX_WRAP


def _joined_row(pieces: list[Piece]) -> GridRow:
    loc = pieces[0].loc
    return GridRow(cells=_word_join(pieces), loc=Location(line=loc.line))


def _join(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    width: int | None = None
    i = 0
    while i < len(pieces):
        end = _header_at(pieces, i)
        if end is None and width is not None:
            end = _row_at(pieces, i, width)
        if end is not None:
            row = _joined_row(pieces[i : end + 1])
            if is_header_row(row.cells):
                width = len(row.cells)
            out.append(row)
            i = end + 1
            continue
        p = pieces[i]
        if isinstance(p, GridRow) and is_header_row(p.cells):
            width = len(p.cells)
        elif isinstance(p, TextLine):
            width = None  # a paragraph ends the table
        out.append(p)
        i += 1
    return out


def _join_spaced_headers(blocks: list[Block]) -> list[Block]:
    """Runs of text lines whose cells (runs of spaces, `split_line`) join into a header, as one
    text line whose cells are the joined header words."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run = _text_run(blocks, i)
        end = _header_at(run, 0) if len(run) > 1 else None
        if end is None:
            out.append(blocks[i])
            i += 1
            continue
        cells = [c.replace("\n", "") for c in _word_join(run[: end + 1])]
        first = blocks[i]
        assert isinstance(first, TextLine)
        out.append(replace(first, text="    ".join(cells)))
        i += end + 1
    return out


def _text_run(blocks: list[Block], i: int) -> list[Piece]:
    """Text lines from block i on (at most _MAX_PIECES), each as the grid row of its cells."""
    run: list[Piece] = []
    for b in blocks[i : i + _MAX_PIECES]:
        if not isinstance(b, TextLine):
            break
        run.append(GridRow(cells=list(split_line(b.text)) or [""], loc=b.loc))
    return run


def _regroup(pieces: list[Piece]) -> list[Block]:
    """Consecutive grid rows form a grid; a line of text stands alone (as the reader does)."""
    blocks: list[Block] = []
    grid: Grid | None = None
    for p in pieces:
        if isinstance(p, TextLine):
            grid = None
            blocks.append(p)
            continue
        if grid is None:
            grid = Grid(rows=[], loc=Location(line=p.loc.line))
            blocks.append(grid)
        grid.rows.append(p)
    return blocks
