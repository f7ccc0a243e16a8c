"""Cells -> columns by content: one alignment for every layout.

`align` places the cells of one table row on the header's columns in order (a monotone
assignment, found by dynamic programming) at the lowest cost, where the cost says how well a
cell's content fits a column's role (a 一级 name in the 一级 column costs nothing, a target value
there costs a lot) and, when the source has columns (a grid, a tab line), how far the cell moved
from its own column. Several cells may share a text column (a description broken into pieces);
cells that fit nowhere overflow at a high cost.

`segment` cuts a stream of cells with no reliable row boundaries (one cell per line, a table on
one line, text cut by vocabulary) into rows: the cut that minimises the sum of the rows'
alignment costs plus a penalty for rows without a 三级 name or a target. Row boundaries the
source does mark are kept unless a row cannot stand alone.

Both are memoised on the cells' kinds, so templated tables cost one alignment per row shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from auditor.extract.roles import Role
from auditor.extract.vocabulary import NAME_KINDS, Kind

INF = 1e9
OVERFLOW = 6.0  # a cell that fits no column
SHIFT = 0.6  # per column a cell moves away from its own column
# a second cell in the same column: a name in pieces costs more than a description in pieces
MERGE_NAME = {Kind.TEXT: 0.5, Kind.LONG: 0.8, Kind.PLACEHOLDER: 1.0, Kind.QUAL: 1.5}
# (a qualitative target joined to a text column costs more than a row boundary: in a stream of
# cells a target ends its row more often than a description holds one)
MERGE_TEXT = {
    Kind.TEXT: 0.35,
    Kind.LONG: 0.15,
    Kind.PLACEHOLDER: 0.5,
    Kind.QUAL: 0.8,
    Kind.RULE: 0.15,
}

_X = 6.0  # does not fit
_COST: dict[Role, dict[Kind, float]] = {
    Role.LEVEL1: {Kind.L1: 0, Kind.L12: 0.1, Kind.L2: 2.5, Kind.TEXT: 2.2, Kind.LONG: 4},
    Role.LEVEL2: {Kind.L2: 0, Kind.L12: 0.1, Kind.L1: 1.5, Kind.TEXT: 1.2, Kind.LONG: 3},
    Role.LEVEL3: {
        Kind.TEXT: 0,
        Kind.LONG: 0.5,
        Kind.PLACEHOLDER: 0,
        Kind.L1: 1.8,
        Kind.L2: 1.8,
        Kind.L12: 1.8,
        Kind.QUAL: 2.0,
        Kind.HEADER: 2.5,
        Kind.VALUE: 3.5,
        Kind.NUMBER: 3.0,
        Kind.UNIT: 4,
    },
    Role.VALUE: {
        Kind.VALUE: 0,
        Kind.QUAL: 0.2,
        Kind.NUMBER: 0.6,
        Kind.TEXT: 1.0,
        Kind.LONG: 1.6,
        Kind.PLACEHOLDER: 0.4,
        Kind.COMPARATOR: 2.0,
        Kind.UNIT: 2.5,
        Kind.NATURE: 3.0,
        Kind.L1: 4,
        Kind.L2: 4,
        Kind.L12: 3,
    },
    Role.NUMBER: {Kind.NUMBER: 0, Kind.VALUE: 0.5, Kind.QUAL: 1.2, Kind.TEXT: 2.0},
    Role.COMPARATOR: {Kind.COMPARATOR: 0, Kind.NATURE: 2.0, Kind.VALUE: 3.0},
    Role.UNIT: {Kind.UNIT: 0, Kind.TEXT: 1.5, Kind.QUAL: 1.5},
    Role.VALUE_TYPE: {Kind.NATURE: 0, Kind.COMPARATOR: 0, Kind.TEXT: 2.5},
    Role.DIRECTION: {Kind.DIRECTION: 0, Kind.COMPARATOR: 0, Kind.TEXT: 2.5},
    Role.VALUE_TEXT: {Kind.QUAL: 0, Kind.TEXT: 0.3, Kind.LONG: 0.3, Kind.VALUE: 1.0},
    Role.WEIGHT: {Kind.NUMBER: 0, Kind.VALUE: 0.8, Kind.TEXT: 4},
    Role.SCORE: {Kind.NUMBER: 0, Kind.VALUE: 0.8, Kind.TEXT: 4},
    Role.INDEX: {Kind.NUMBER: 0, Kind.TEXT: 3},
    Role.BUDGET: {Kind.NUMBER: 0, Kind.VALUE: 0.5, Kind.TEXT: 3},
    Role.GROUP: {},
}
_TEXT_COLUMN = {
    Kind.LONG: 0,
    Kind.TEXT: 0.3,
    Kind.QUAL: 0.8,
    Kind.PLACEHOLDER: 0.8,
    Kind.VALUE: 1.5,
    Kind.NUMBER: 1.5,
    Kind.L1: 2.5,
    Kind.L2: 2.5,
    Kind.L12: 2.5,
    Kind.HEADER: 2.5,
}
for _r in (Role.DESCRIPTION, Role.BASIS, Role.REMARK, Role.DEVIATION, Role.OTHER):
    _COST[_r] = _TEXT_COLUMN | {Kind.RULE: 1.0}
_COST[Role.SCORING] = _TEXT_COLUMN | {Kind.RULE: 0}
for _r in (Role.PROJECT, Role.UNIT_NAME, Role.GOAL):
    _COST[_r] = {Kind.TEXT: 0.2, Kind.LONG: 0.2, Kind.QUAL: 1.5}
for _r in (Role.ACTUAL, Role.MID_VALUE, Role.PLACE):
    _COST[_r] = _COST[Role.VALUE]
_COST[Role.MID_LEVEL2] = _COST[Role.LEVEL2]
_COST[Role.MID_LEVEL3] = _COST[Role.LEVEL3]
_DEFAULT = {Role.GROUP: 2.5}
_MERGEABLE = frozenset(
    {
        Role.LEVEL3,
        Role.DESCRIPTION,
        Role.BASIS,
        Role.SCORING,
        Role.REMARK,
        Role.DEVIATION,
        Role.OTHER,
        Role.GOAL,
        Role.VALUE_TEXT,
    }
)
_MERGE_KINDS = frozenset({Kind.TEXT, Kind.LONG, Kind.QUAL, Kind.PLACEHOLDER, Kind.RULE})
VALUE_SIDE = frozenset(
    {
        Role.VALUE,
        Role.NUMBER,
        Role.VALUE_TEXT,
        Role.ACTUAL,
        Role.PLACE,
        Role.MID_VALUE,
        Role.COMPARATOR,
    }
)


def fit(kind: Kind, role: Role) -> float:
    """How badly a cell of this kind fits a column of this role (0 = perfectly)."""
    if kind is Kind.EMPTY:
        return 0.0
    table = _COST.get(role)
    if table is None:
        return _DEFAULT.get(role, _X)
    return table.get(kind, _X)


@lru_cache(maxsize=65536)
def align(
    kinds: tuple[Kind, ...], cols: tuple[int | None, ...], roles: tuple[Role, ...]
) -> tuple[float, tuple[int, ...]]:
    """The cheapest monotone placement of cells on columns: (cost, column per cell; -1 = overflow).

    `cols` holds each cell's own column in the source (None when the source has no columns)."""
    k, n = len(kinds), len(roles)
    # f[i][j]: cells i.. on columns j.. ; h[i][j]: the same when column j already holds cell i-1
    f = [[0.0] * (n + 1) for _ in range(k + 1)]
    h = [[0.0] * (n + 1) for _ in range(k + 1)]
    for i in range(k - 1, -1, -1):
        f[i][n] = h[i][n] = OVERFLOW * (k - i)
        for j in range(n - 1, -1, -1):
            place = _cell_cost(kinds[i], cols[i], roles[j], j) + h[i + 1][j]
            f[i][j] = min(f[i][j + 1], place)
            merge = _merge_cost(kinds[i], cols[i], roles[j], j)
            h[i][j] = min(f[i][j + 1], merge + h[i + 1][j]) if merge < INF else f[i][j + 1]
    return f[0][0], _backtrack(kinds, cols, roles, f, h)


def _cell_cost(kind: Kind, col: int | None, role: Role, j: int) -> float:
    shift = SHIFT * abs(col - j) if col is not None else 0.0
    return fit(kind, role) + shift


def _merge_cost(kind: Kind, col: int | None, role: Role, j: int) -> float:
    if role not in _MERGEABLE or kind not in _MERGE_KINDS:
        return INF
    base = (MERGE_NAME if role is Role.LEVEL3 else MERGE_TEXT).get(kind)
    if base is None:
        return INF
    return base + (SHIFT * abs(col - j) if col is not None else 0.0)


def _backtrack(
    kinds: tuple[Kind, ...],
    cols: tuple[int | None, ...],
    roles: tuple[Role, ...],
    f: list[list[float]],
    h: list[list[float]],
) -> tuple[int, ...]:
    k, n = len(kinds), len(roles)
    out: list[int] = []
    i = j = 0
    used = False  # column j holds the previous cell
    while i < k:
        if j >= n:
            out += [-1] * (k - i)
            break
        here = h[i][j] if used else f[i][j]
        if used:
            merge = _merge_cost(kinds[i], cols[i], roles[j], j)
            if merge < INF and abs(merge + h[i + 1][j] - here) < 1e-9:
                out.append(j)
                i += 1
                continue
            j, used = j + 1, False
            continue
        place = _cell_cost(kinds[i], cols[i], roles[j], j) + h[i + 1][j]
        if abs(place - here) < 1e-9:
            out.append(j)
            i += 1
            used = True
        else:
            j += 1
    return tuple(out)


# ------------------------------------------------------------------ streams of cells


@dataclass(frozen=True)
class Piece:
    """One non-empty cell of a stream: its kind, its own column (if any), its source row, and
    whether it opens an indicator ("指标2:…", a numbered name or its empty slot)."""

    kind: Kind
    col: int | None
    row: int
    lead: bool = False


HARD_CUT = 4.0  # cutting one marked row in two
HARD_CROSS = 4.0  # joining two marked rows
SOFT_CUT = 0.3  # cutting a line of text
SOFT_CROSS = 0.8  # joining two lines of text
MISSING = 1.5  # a row without a 三级 name, or without a target
PLACEHOLDER_ROW = 0.75  # a row of placeholders only (no target expected)
ROW = 0.4  # every row
LATE_LEAD = 2.0  # "指标2:…" or "……" after the name or target of another indicator
CONTEXT = 0.3  # a row of category names only (a 一级 printed on its own line)


def segment(
    pieces: tuple[Piece, ...], strength: tuple[int, ...], roles: tuple[Role, ...]
) -> list[tuple[int, int]]:
    """Cut a stream into rows: [start, end) spans. `strength[r]` is 2 for a marked row (grid),
    1 for a line of text, 0 for a single cell."""
    n = len(pieces)
    longest = len(roles) + 6
    best = [INF] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for e in range(1, n + 1):
        for s in range(max(0, e - longest), e):
            if best[s] >= INF:
                continue
            cost = best[s] + _row_cost(pieces[s:e], roles) + _cut_cost(pieces, strength, s, e)
            if cost < best[e]:
                best[e], back[e] = cost, s
    spans: list[tuple[int, int]] = []
    e = n
    while e > 0:
        spans.append((back[e], e))
        e = back[e]
    return spans[::-1]


def _cut_cost(pieces: tuple[Piece, ...], strength: tuple[int, ...], s: int, e: int) -> float:
    cost = 0.0
    if s > 0 and pieces[s - 1].row == pieces[s].row:
        cost += (0.0, SOFT_CUT, HARD_CUT)[strength[pieces[s].row]]
    for t in range(s + 1, e):
        a, b = pieces[t - 1].row, pieces[t].row
        if a != b:
            cost += (0.0, SOFT_CROSS, HARD_CROSS)[max(strength[a], strength[b])]
    return cost


def _row_cost(pieces: tuple[Piece, ...], roles: tuple[Role, ...]) -> float:
    kinds = tuple(p.kind for p in pieces)
    cols = tuple(p.col for p in pieces)
    return _row_cost_cached(kinds, cols, roles) + LATE_LEAD * _late_leads(pieces)


_OPENERS = NAME_KINDS | {Kind.PLACEHOLDER}


def _late_leads(pieces: tuple[Piece, ...]) -> int:
    """Row openers that do not open their row: "指标N:" starts an indicator and "……" a
    template's empty row, so only category names (its 一级/二级) or another empty slot may stand
    before them in the same row."""
    late = 0
    opened = False
    for p in pieces:
        if p.lead and opened:
            late += 1
        opened = opened or p.kind not in _OPENERS
    return late


@lru_cache(maxsize=65536)
def _row_cost_cached(
    kinds: tuple[Kind, ...], cols: tuple[int | None, ...], roles: tuple[Role, ...]
) -> float:
    cost, where = align(kinds, cols, roles)
    placed = {roles[j] for j in where if j >= 0}
    if all(k in NAME_KINDS for k in kinds) and placed <= {Role.LEVEL1, Role.LEVEL2}:
        return cost + CONTEXT
    if Role.LEVEL3 in roles and Role.LEVEL3 not in placed:
        cost += MISSING
    if any(r in VALUE_SIDE for r in roles) and not placed & VALUE_SIDE:
        # a template's empty row (……) has no target to miss; a filler cell (无, ——) standing
        # alone must still cost more than in its own column of the row before
        placeholder = all(k is Kind.PLACEHOLDER for k in kinds)
        cost += PLACEHOLDER_ROW if placeholder else MISSING
    return cost + ROW
