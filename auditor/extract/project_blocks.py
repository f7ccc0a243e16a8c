"""Which project owns each indicator row of a department-wide table (a 项目名称 column).

A department-wide table prints a project's name, budget and goal once for its block of
indicator rows: a merged cell. A ruled export gives it on the block's first row, but a merged
cell is often printed vertically centred (an unruled PDF, a PDF-to-Word conversion, a text
copy), on the block's middle row or on a line of its own between two rows of the middle. Then
indicator rows come before the first name, and a name's block starts above it.

Evidence for where a centred block starts: the indicator framework starts again (a row of
the table's first 一级, 产出 as a rule, after rows of another). Between two names exactly one such
fall is the boundary; without one (a table without category names) the rows go to the nearer
name, as a centred cell sits in the middle of its rows.
"""

from __future__ import annotations

import math
from itertools import pairwise

from auditor.domain.framework import (
    COST,
    EFFECT,
    OUTPUT,
    SATISFACTION,
    canonical_level1,
    parents_of_level2,
)

# the order of the 一级 blocks in both frameworks (成本 as a 一级 after 产出 in the 2021 tree)
_RANK = {OUTPUT: 0, COST: 1, EFFECT: 2, SATISFACTION: 3}


def framework_rank(level1: str, level2: str) -> int | None:
    """The position of a row's 一级 block in the framework, from its 一级 cell or, when that is
    empty (a merged or centred 一级), from a 二级 that belongs to one 一级 only."""
    own = canonical_level1(level1) if level1 else None
    if own is not None:
        return _RANK.get(own)
    parents = {_RANK.get(p) for p in parents_of_level2(level2)} if level2 else set()
    return parents.pop() if len(parents) == 1 else None


def block_owners(names_at: list[float], ranks: list[int | None]) -> list[int | None]:
    """The project (index into names_at) of each indicator row, None for a row no project owns.

    names_at: where each project's name is printed among the indicator rows, in order: k for a
    name on indicator row k, k - 0.5 for a name on a row of its own just above row k.
    ranks: each indicator row's framework_rank (None when unknown)."""
    if not names_at:
        return [None] * len(ranks)
    if names_at[0] <= 0:  # names on the first row of their blocks (or on a row above it)
        starts = [math.ceil(at) for at in names_at]
    else:  # centred names: rows above the first name are its block's
        starts = [0] + [_boundary(a, b, ranks) for a, b in pairwise(names_at)]
    owners: list[int | None] = []
    for row in range(len(ranks)):
        owner = None
        for i, start in enumerate(starts):
            if start <= row:
                owner = i
        owners.append(owner)
    return owners


def _boundary(a: float, b: float, ranks: list[int | None]) -> int:
    """The first row of the block of the name at b, the previous name being at a."""
    first, last = math.floor(a) + 1, math.ceil(b)
    opening = next((r for r in ranks if r is not None), None)
    falls = [k for k in range(first, last + 1) if _opens_again(ranks, k, opening)]
    if len(falls) == 1:
        return falls[0]
    return math.floor((a + b) / 2) + 1  # no framework evidence: the nearer name's rows


def _opens_again(ranks: list[int | None], k: int, opening: int | None) -> bool:
    """Row k starts the framework again: it is in the table's first 一级 block (产出 as a rule),
    the last known 一级 above it is another (成本 printed after 效益 is no new start)."""
    here = ranks[k] if k < len(ranks) else None
    if here is None or here != opening:
        return False
    above = next((r for r in reversed(ranks[:k]) if r is not None), None)
    return above is not None and above != here
