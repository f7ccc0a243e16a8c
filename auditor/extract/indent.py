"""Indentation as evidence of a cell's role, for tables printed one cell per line.

Some exports print an indicator table one cell per line and show the hierarchy by indentation:
the 一级 name at one depth, the 二级 deeper, the 三级 deeper still, and the target either deeper
than the 三级 or back at the margin (layout catalogue §1). When a stream of one-cell lines is
indented that consistently, the depth says which cells are names and which are targets, also
for a target the value grammar does not know ("应保尽保", "全覆盖"): such a cell is read as a
target, and a 三级 name that looks like a target is read as a name.
"""

from __future__ import annotations

from collections import Counter

from auditor.extract.vocabulary import NAME_KINDS, Kind

# a stream needs this many indented cells before its depths are trusted
MIN_CELLS = 6
# each row has one 三级 and one target: their counts differ little when the depths are reliable
MIN_BALANCE = 0.6
_AS_TARGET = frozenset({Kind.TEXT, Kind.LONG})
_AS_NAME = frozenset({Kind.QUAL, Kind.VALUE})
_CATEGORY = NAME_KINDS


def kinds_by_depth(kinds: list[Kind], depths: list[int | None]) -> list[Kind]:
    """The cells' kinds corrected by their depth (unchanged when the depths are no evidence)."""
    kinds = _categories_by_depth(kinds, depths)
    roles = _depth_roles(kinds, depths)
    if roles is None:
        return kinds
    name_depth, target_depth, per_row = roles
    tail = per_row > 1  # a text at the target depth may be the column after the target
    out = []
    for kind, depth in zip(kinds, depths):
        if depth == target_depth and kind in _AS_TARGET and not tail:
            kind = Kind.QUAL
        elif depth == name_depth and (kind in _AS_NAME or kind in _CATEGORY):
            kind = Kind.TEXT  # a 三级 that reads as a target or is a category name
        out.append(kind)
    return out


def _categories_by_depth(kinds: list[Kind], depths: list[int | None]) -> list[Kind]:
    """A name that implies both levels (服务对象满意度指标: 二级 of 满意度) printed at the depth
    of the 二级 names is a 二级 of the 一级 above it, at the depth of the 一级 names a 一级."""
    known = [d for d in depths if d is not None]
    if len(kinds) < MIN_CELLS or len(known) < len(depths):
        return kinds
    level1 = Counter(d for k, d in zip(kinds, known) if k is Kind.L1)
    level2 = Counter(d for k, d in zip(kinds, known) if k is Kind.L2)
    if not level1 or not level2:
        return kinds
    d1, d2 = level1.most_common(1)[0][0], level2.most_common(1)[0][0]
    if d1 >= d2:
        return kinds
    placed = {d1: Kind.L1, d2: Kind.L2}
    return [placed.get(d, k) if k is Kind.L12 else k for k, d in zip(kinds, known)]


def _depth_roles(kinds: list[Kind], depths: list[int | None]) -> tuple[int, int, int] | None:
    """(三级 depth, target depth, cells per row at the target depth) when the stream is
    indented consistently, else None."""
    if len(kinds) < MIN_CELLS or any(d is None for d in depths):
        return None
    names = [d for k, d in zip(kinds, depths) if k in NAME_KINDS and d is not None]
    others: Counter[int] = Counter(
        d for k, d in zip(kinds, depths) if d is not None and k not in NAME_KINDS
    )
    # a 三级 may itself be a category name (服务对象满意度): name depths are the depths no
    # other cell takes
    name_depths = set(names) - set(others)
    if not name_depths or len(others) != 2:
        return None
    (low, n_low), (high, n_high) = sorted(others.items())
    deepest_name = max(name_depths)
    if high <= deepest_name:
        return None
    # the target indented deeper than the 三级, or back at the margin
    (name, n_name), (target, n_target) = (
        ((low, n_low), (high, n_high)) if low > deepest_name else ((high, n_high), (low, n_low))
    )
    per_row = max(1, min(2, round(n_target / n_name)))  # the target and a column after it
    if min(n_target, per_row * n_name) / max(n_target, per_row * n_name) < MIN_BALANCE:
        return None
    return name, target, per_row


def two_cell_targets(depths: list[int], kinds: list[Kind]) -> bool:
    """An indented one-cell-per-line stream whose target depth holds two cells after each name
    (the target and the text of a column after it, such as 指标值确定依据): the table has a
    column after the target that its (implied) header does not name."""
    if len(kinds) < MIN_CELLS:
        return False
    runs: list[tuple[int, list[Kind]]] = []
    for depth, kind in zip(depths, kinds):
        if runs and runs[-1][0] == depth:
            runs[-1][1].append(kind)
        else:
            runs.append((depth, [kind]))
    with_target: Counter[int] = Counter(
        d for d, ks in runs if any(k in (Kind.VALUE, Kind.QUAL) for k in ks)
    )
    if not with_target:
        return False
    target_depth = with_target.most_common(1)[0][0]
    at_target = [ks for d, ks in runs if d == target_depth]
    pairs = sum(1 for ks in at_target if len(ks) == 2)
    return len(at_target) >= 3 and pairs >= 0.8 * len(at_target)
