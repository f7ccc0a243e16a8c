"""A table row that a page turn broke in two, joined back.

Word and LibreOffice let a table row break across pages: the part of every multi-line cell that
fits stays at the bottom of the page, the rest goes to the first row of the table on the next
page, and one-line cells (a short target such as "0处") stay whole on the first part. The PDF
reader gives one grid per page, so the rest of the row arrives as a row of its own.

The first body row on a new page is the rest of the row before it when all of these hold:
* both are grid rows of the same width;
* the row before has a target, and it leaves every target column empty or holds there only
  the unit cut off the figure above ("≤3万" + "元/处");
* it has text only in columns where the row before has text;
* every piece completes the piece above it: a fragment that makes a framework label with it
  ("社会效益" + "指标"), closes a quote or bracket left open above ("河湖“清" + "理”数量"), turns
  a cut name into an indicator name ("巡查覆盖" + "率"), ends a figure with its unit, or goes on
  with a sentence of a text column that did not end above.
A row at the top of a page that names an indicator of its own (with an empty target, a defect the
rules must see) completes nothing above and stays a row.
"""

from __future__ import annotations

from auditor.extract.cells import CellRow
from auditor.extract.header import Header
from auditor.extract.roles import TARGET_ROLES, Role, header_role
from auditor.extract.vocabulary import Kind, category, kind_of, looks_like_name

_OPENERS = "“‘（(《【〔["
_CLOSERS = "”’）)》】〕]"
_TEXT_ROLES = frozenset(
    {Role.DESCRIPTION, Role.BASIS, Role.SCORING, Role.REMARK, Role.DEVIATION, Role.OTHER}
)
_LABEL_TAIL = 4  # a label's cut-off tail ("指标", "效益指标") is short


def rest_of_row_over_page(prev: CellRow, row: CellRow, header: Header) -> bool:
    """Whether `row`, the first body row on a new page, is the rest of `prev` (module doc)."""
    if not _after_page_turn(prev, row) or not _grid_rows_alike(prev, row, header):
        return False
    targets = [j for j, r in enumerate(header.roles) if r in TARGET_ROLES]
    if not any(prev.cells[j] for j in targets):
        return False
    if any(row.cells[j] and not _unit_tail(prev.cells[j], row.cells[j]) for j in targets):
        return False
    pieces = [(j, c) for j, c in enumerate(row.cells) if c]
    if not pieces:
        return False
    return all(prev.cells[j] and _completes(prev.cells[j], c, header.roles[j]) for j, c in pieces)


def _after_page_turn(prev: CellRow, row: CellRow) -> bool:
    a, b = prev.loc.page, row.loc.page
    return a is not None and b is not None and b > a


def _grid_rows_alike(prev: CellRow, row: CellRow, header: Header) -> bool:
    if not (prev.hard and row.hard) or prev.from_text or row.from_text:
        return False
    return len(prev.cells) == len(row.cells) == header.width


def _completes(above: str, piece: str, role: Role) -> bool:
    joined = above + piece
    if _unit_tail(above, piece):
        return True
    if len(piece) <= _LABEL_TAIL and (category(joined) or header_role(joined)):
        return True
    if _open_brackets(above) > 0 and _open_brackets(joined) < _open_brackets(above):
        return True
    if looks_like_name(joined) and not looks_like_name(above):
        return True
    return role in _TEXT_ROLES and not above.rstrip().endswith(("。", "；", ";", "！", "？"))


def _unit_tail(above: str, piece: str) -> bool:
    """The piece is a bare unit ("元/处", "人次") and the cell above a figure it belongs to."""
    return kind_of(piece) is Kind.UNIT and kind_of(above) in (Kind.VALUE, Kind.NUMBER)


def _open_brackets(text: str) -> int:
    """Quotes and brackets opened and not closed (a closer without an opener counts nothing)."""
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth > 0:
            depth -= 1
    return depth
