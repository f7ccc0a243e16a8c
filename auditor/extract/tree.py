"""The indicator tree of a table: 一级 and 二级 for every row, from what the table printed.

Tables print a 一级/二级 once per block (a merged cell: on the block's first row, its middle row,
or a line of its own), on every row, or not at all. Rows without a printed name take the name
from the row above (a merged cell), unless the framework says that name cannot be the parent of
the row's 二级 — then the 二级's own 一级 is used (a merged cell whose text stood below, or a
table that never prints the 一级). Printed names are cleaned of annotations and mapped to the
framework; the printed text is kept in level1_raw/level2_raw.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping

from auditor.domain.category_fit import category_fit
from auditor.domain.framework import (
    EFFECT,
    SERVICE_SATISFACTION,
    canonical_level1,
    is_evaluation_framework,
    parents_of_level2,
)
from auditor.extract.normalize import squeeze
from auditor.extract.values import parse_value
from auditor.extract.vocabulary import category
from auditor.models import IndicatorRow, RowFlag


def clean_names(row: IndicatorRow) -> None:
    """Annotated category names mapped to the framework; the printed text kept aside."""
    for level in ("level1", "level2"):
        printed = getattr(row, level)
        cat = category(printed) if printed else None
        if cat is None:
            continue
        if squeeze(printed) != squeeze(cat.name):
            setattr(row, level, cat.name)
            setattr(row, f"{level}_raw", printed)
        elif printed != cat.name and "\n" in printed:  # a name wrapped in its cell
            setattr(row, level, squeeze(printed))
        std = cat.level1 if level == "level1" else cat.level2
        setattr(row, f"{level}_std", std)
        if cat.merged:
            row.notes.append(f"二级指标“{printed}”合并了几个框架二级，按“{cat.level2}”归类")


def is_both_levels(name: str) -> bool:
    """满意度, 成本指标: names of a 一级 and of a 二级."""
    cat = category(name) if name else None
    return cat is not None and cat.level1 is not None and cat.level2 is not None


def resolve_tree(
    rows: list[IndicatorRow], has_level1_column: bool, ambiguous: set[int] | None = None
) -> None:
    """Fill 一级/二级 of rows that did not print them (see the module docstring).

    `ambiguous` holds rows placed by content whose only name is both a 一级 and a 二级 name
    ("成本指标 | 项目总成本 | ≤90万元" in text): it is the 二级 when the 一级 above can be its
    parent (the older framework's 成本 under 产出), else the 一级."""
    _names_without_level1(rows, ambiguous or set())
    evaluation = is_evaluation_framework(r.level1 for r in rows)
    if has_level1_column:
        _level1_run_into_level2(rows)
    printed1 = [bool(r.level1) for r in rows]
    column_used = has_level1_column and any(printed1)
    if column_used and rows and not rows[0].level1:
        _centred_level1(rows, ambiguous or set())
    _level2_within_blocks(rows, column_used, ambiguous or set())
    for i, row in enumerate(rows):
        prev = rows[i - 1] if i else None
        if ambiguous and i in ambiguous and prev is not None:
            _one_name(row, prev, evaluation)
        if prev is not None and column_used:
            _level1_respelled_as_level2(row, prev)
        own_level1 = row.level1
        if not row.level2 and prev and (not own_level1 or _same_level1(own_level1, prev.level1)):
            row.level2 = prev.level2  # a merged 二级, also when the 一级 is repeated on every row
            row.level2_std = prev.level2_std
        if own_level1:
            continue
        if prev is not None and column_used:
            row.level1 = prev.level1
            _check_parent(row, rows)
        else:
            _implied_level1(row, rows, i, column_used)
        row.level1_std = canonical_level1(row.level1)


def _blocks(rows: list[IndicatorRow], column_used: bool) -> list[list[int]]:
    """The rows of each 一级 block: a block starts where a different 一级 is printed (the whole
    table is one block when no 一级 is printed); none when the first row has no 一级."""
    if not column_used:
        return [list(range(len(rows)))]
    # compared squeezed: a 一级 cell of blanks only (a form feed copied from a page break) is empty
    if not rows or not squeeze(rows[0].level1):
        return []
    blocks: list[list[int]] = []
    current = ""
    for i, r in enumerate(rows):
        printed = squeeze(r.level1)
        if printed and printed != current:
            blocks.append([])
            current = printed
        blocks[-1].append(i)
    return blocks


def _centred_level1(rows: list[IndicatorRow], ambiguous: set[int]) -> None:
    """一级 names printed on the middle row of their blocks (a vertically centred merge, as an
    unruled PDF shows it): the rows between two printed names are split so that each block has
    as many rows above its name as below. Kept only when every printed 二级 can stand under the
    一级 it gets; otherwise the rows are left to the fill-down and the framework."""
    printed = [i for i, r in enumerate(rows) if r.level1 and i not in ambiguous]
    if not printed:
        return
    gaps = [b - a - 1 for a, b in itertools.pairwise(printed)] + [len(rows) - 1 - printed[-1]]

    def fits(i: int, p: int) -> bool:
        parents = _parents(rows[i].level1 if i in ambiguous else rows[i].level2)
        return not parents or canonical_level1(rows[p].level1) in parents

    def run_fits(k: int, below: int) -> bool:
        p = printed[k]
        end = printed[k + 1] if k + 1 < len(printed) else len(rows)
        mine = all(fits(i, p) for i in range(p + 1, p + 1 + below))
        return mine and all(fits(i, printed[k + 1]) for i in range(p + 1 + below, end))

    if not all(fits(i, printed[0]) for i in range(printed[0])):
        return
    below = _split_runs(printed[0], gaps, run_fits)
    if below is None:
        return
    owner = _owners(printed, below, len(rows))
    for i, p in owner.items():
        if i in ambiguous:  # the one name is the row's 二级 under the centred 一级
            row = rows[i]
            row.level2, row.level2_raw, row.level2_std = row.level1, row.level1_raw, None
            clean_names(row)
            ambiguous.discard(i)
        rows[i].level1, rows[i].level1_raw = rows[p].level1, rows[p].level1_raw
        rows[i].level1_std = canonical_level1(rows[p].level1)
        rows[i].notes.append("一级指标取自同组居中打印的合并单元格")


def _owners(printed: list[int], below: list[int], end: int) -> dict[int, int]:
    """Each unprinted row's printed name: `below[k]` rows under name k, the rest of the gap to
    the next name (rows above the first name go to it)."""
    owner = dict.fromkeys(range(printed[0]), printed[0])
    for k, p in enumerate(printed):
        nxt = printed[k + 1] if k + 1 < len(printed) else end
        for i in range(p + 1, nxt):
            owner[i] = p if i <= p + below[k] else printed[k + 1]
    return owner


def _level2_within_blocks(rows: list[IndicatorRow], column_used: bool, ambiguous: set[int]) -> None:
    """A 二级 merged over its rows is printed on the first row, or (a vertically centred merge)
    on the middle one. When a 一级 block other than the first starts without a 二级 (or the first
    one with a single blank row), the table centres its 二级: rows above a block's first name
    belong to it, and the rows between two printed 二级
    are split so that each run has as many rows above its name as below (one more on either
    side for an even run). Otherwise the rows below a 二级 keep it (filled down later), and
    rows above the first one stay empty (a 二级 left out on the first rows)."""
    blocks = _blocks(rows, column_used)
    # a block whose first row prints one name that is both a 一级 and a 二级 name ("成本指标")
    # has its 二级 on that row, not missing
    starts_blank = [
        k
        for k, b in enumerate(blocks)
        if len(b) > 1 and not rows[b[0]].level2 and b[0] not in ambiguous
    ]
    # a 二级 left out on the first rows of a table leaves only the first block blank at the top;
    # one blank row above the first name is read as the upper half of a centred 2- or 3-row run
    centred = (
        len(starts_blank) >= 2
        or any(k > 0 for k in starts_blank)
        or (starts_blank == [0] and _leading_blank(rows, blocks[0]) == 1)
    )
    if not centred:
        return
    spans = [(b, printed) for b in blocks if (printed := [i for i in b if rows[i].level2])]
    owner = _table_convention(rows, spans, ambiguous)
    if owner is None:
        owner = {}
        for block, printed in spans:
            owner.update(_centred_owners(block, printed))
    for i, source in owner.items():
        if i in ambiguous:
            continue
        rows[i].level2 = rows[source].level2
        rows[i].level2_std = rows[source].level2_std
        rows[i].level2_raw = rows[source].level2_raw


_UPPER_MIDDLE = (0, 1)  # an even run's name on its upper middle row: one more row below it
_LOWER_MIDDLE = (0, -1)


def _table_convention(
    rows: list[IndicatorRow], spans: list[tuple[list[int], list[int]]], ambiguous: set[int]
) -> dict[int, int] | None:
    """A converter centres every merged 二级 of a table the same way: the rows' owners under the
    one convention (upper or lower middle row of an even run) that splits every block. When both
    do and give different owners, the rows they disagree on decide: the convention under which
    more of them fit the 二级 they get by content (auditor.domain.category_fit: a rate of
    qualified items is a 质量, a 时效 states a time …); on a tie the upper middle row, where a
    two-row merge's text also stands when an office file is saved as text (its first row).
    None when no convention splits every block."""
    fit = _ContentFit(rows, ambiguous)
    conventions = (_owners_by(spans, _UPPER_MIDDLE, fit), _owners_by(spans, _LOWER_MIDDLE, fit))
    found = [o for o in conventions if o is not None]
    if len(found) == 1 or (len(found) == 2 and found[0] == found[1]):
        return found[0]
    if len(found) < 2:
        return None
    upper, lower = found
    differ = [i for i in upper if upper[i] != lower[i]]
    fit_upper = fit.score({i: upper[i] for i in differ}, home=False)
    fit_lower = fit.score({i: lower[i] for i in differ}, home=False)
    return upper if fit_upper >= fit_lower else lower


class _ContentFit:
    """How well rows fit the 二级 of the rows that would own them, by content: 2 when the
    二级 is the row's home by content (收入 is 经济效益), 1 when it merely fits, else 0."""

    def __init__(self, rows: list[IndicatorRow], ambiguous: set[int]) -> None:
        self.rows, self.ambiguous = rows, ambiguous
        self.memo: dict[tuple[int, int], int] = {}

    def score(self, owner: Mapping[int, int], home: bool = True) -> int:
        marks = (self._one(i, p) for i, p in owner.items() if i not in self.ambiguous)
        return sum(m if home else min(m, 1) for m in marks)

    def _one(self, i: int, p: int) -> int:
        if (i, p) not in self.memo:
            level2 = self.rows[p].level2
            trial = self.rows[i].model_copy(
                update={"level2": level2, "parsed": parse_value(self.rows[i].value)}
            )
            verdict = category_fit(trial)
            home = verdict.home is not None and verdict.home == self.rows[p].level2_std
            self.memo[(i, p)] = 2 if home and verdict.fits else int(verdict.fits)
        return self.memo[(i, p)]


def _owners_by(
    spans: list[tuple[list[int], list[int]]], skews: tuple[int, ...], fit: _ContentFit
) -> dict[int, int] | None:
    """Every block's centred owners under one convention, or None when a block has no split.
    Where the convention allows several splits of a block (a two-row run or a three-row run
    centred on its middle row), the one whose rows fit their 二级 best by content."""
    owner: dict[int, int] = {}
    for block, printed in spans:
        gaps = [b - a - 1 for a, b in itertools.pairwise(printed)] + [block[-1] - printed[-1]]
        if len(gaps) > 8:
            return None
        splits = _all_runs(printed[0] - block[0], gaps, skews)
        if not splits:
            return None
        options = [
            {i: p for i, p in _owners(printed, below, block[-1] + 1).items() if i >= block[0]}
            for below in splits
        ]
        best: dict[int, int] = max(options, key=fit.score)  # the first (most even) on a tie
        owner.update(best)
    return owner


def _all_runs(first_above: int, gaps: list[int], skews: tuple[int, ...]) -> list[list[int]]:
    """Every split whose runs have below - above in `skews`, most even first."""
    out: list[list[int]] = []
    stack: list[tuple[int, int, list[int]]] = [(0, first_above, [])]
    while stack:
        k, above, done = stack.pop()
        if k == len(gaps) - 1:
            if gaps[k] - above in skews:
                out.append([*done, gaps[k]])
            continue
        for below in reversed([above + s for s in skews]):
            if 0 <= below <= gaps[k]:
                stack.append((k + 1, gaps[k] - below, [*done, below]))
    return out


def _leading_blank(rows: list[IndicatorRow], block: list[int]) -> int:
    return next((n for n, i in enumerate(block) if rows[i].level2), len(block))


def _centred_owners(block: list[int], printed: list[int]) -> dict[int, int]:
    """Rows below each printed 二级 (to the next one) given to a run: rows above ≈ rows below."""
    gaps = [b - a - 1 for a, b in itertools.pairwise(printed)] + [block[-1] - printed[-1]]
    below = _split_runs(printed[0] - block[0], gaps)
    if below is None:  # no centred split fits: the nearer name, a tie to the one below
        below = [g // 2 for g in gaps[:-1]] + [gaps[-1]]
    owner = _owners(printed, below, block[-1] + 1)
    return {i: p for i, p in owner.items() if i >= block[0]}


def _split_runs(
    first_above: int, gaps: list[int], fits: Callable[[int, int], bool] | None = None
) -> list[int] | None:
    """Rows below each name, given the rows above the first and the gaps after each name (the
    last gap is the block's tail): each run's counts above and below differ by at most one, and
    `fits(k, below)` accepts the rows it gives run k and the next. A converter centres every
    merged cell the same way, so an even run's name sits on its upper middle row throughout
    the table or on its lower middle row throughout: when exactly one of the two conventions
    gives a split, that split is taken; when both do, the upper middle row's (where the text of
    a merge also stands when an office file is saved as text, as `_table_convention` decides a
    tie); otherwise the most even split."""
    if len(gaps) > 8:
        return None
    upper = _solve_runs(first_above, gaps, fits, (0, 1))
    lower = _solve_runs(first_above, gaps, fits, (0, -1))
    if (upper is None) != (lower is None):
        return upper or lower
    if upper is not None:
        return upper
    return _solve_runs(first_above, gaps, fits, (0, -1, 1))


def _solve_runs(
    first_above: int,
    gaps: list[int],
    fits: Callable[[int, int], bool] | None,
    skews: tuple[int, ...],
) -> list[int] | None:
    """A split whose every run has below - above in `skews` (tried in that order)."""
    return _solve_from(0, first_above, gaps, fits, skews)


def _solve_from(
    k: int,
    above: int,
    gaps: list[int],
    fits: Callable[[int, int], bool] | None,
    skews: tuple[int, ...],
) -> list[int] | None:
    """`_solve_runs` from run k on, with `above` rows above its name (a module-level function,
    not a recursive closure: that would be a reference cycle left to the cyclic collector)."""
    if k == len(gaps) - 1:
        ok = gaps[k] - above in skews and (fits is None or fits(k, gaps[k]))
        return [gaps[k]] if ok else None
    for below in (above + s for s in skews):
        if 0 <= below <= gaps[k] and (fits is None or fits(k, below)):
            rest = _solve_from(k + 1, gaps[k] - below, gaps, fits, skews)
            if rest is not None:
                return [below, *rest]
    return None


def _names_without_level1(rows: list[IndicatorRow], ambiguous: set[int]) -> None:
    """No row prints a name that is only a 一级, while rows print names that are both (成本指标, 服务对象满意度指标) in the 一级 column and other rows print 二级 names:
    the table's 一级 column is empty, and those names are the rows' 二级 (a 二级 beside one is
    then the row's 三级, "服务对象满意度指标 | 服务对象满意度 | ≥90%")."""
    printed = [i for i, r in enumerate(rows) if r.level1]
    if not printed or any(not is_both_levels(rows[i].level1) for i in printed):
        return
    if not any(r.level2 for i, r in enumerate(rows) if i not in printed):
        return
    for i in printed:
        row = rows[i]
        cat = category(row.level1)
        if cat is None or cat.level2 is None or (row.level2 and row.level3):
            continue
        if row.level2:
            row.level3 = row.level2_raw or row.level2
        row.level2, row.level2_raw, row.level2_std = row.level1, row.level1_raw, cat.level2
        row.level1, row.level1_raw, row.level1_std = "", None, None


def _level1_run_into_level2(rows: list[IndicatorRow]) -> None:
    """The first row of a table with a 一级 column opens a 一级 block, so it prints a 一级 name.
    When it prints none and its 二级 is a 一级 name run into a 二级 name the 一级 can hold
    ("产出数量指标" = 产出 + 数量指标, cells without a separator), while the table's other 二级
    carry no 一级 prefix (质量指标, not 产出质量指标) and no row below prints that 一级 (a merged
    cell centred in its block), the 一级 cell was glued to the 二级."""
    if not rows or rows[0].level1 or not rows[0].level2:
        return
    first = rows[0]
    split = _level1_prefix(first.level2_raw or first.level2)
    if split is None or any(_level1_prefix(r.level2_raw or r.level2) for r in rows[1:]):
        return
    below = next((r.level1 for r in rows[1:] if r.level1), None)
    if below and canonical_level1(below) == canonical_level1(split[0]):
        return  # the block's 一级 is printed lower (a merged cell centred in its block)
    first.level1, first.level2 = split
    first.level1_raw = first.level2_raw = first.level1_std = first.level2_std = None
    clean_names(first)


def _level1_prefix(name: str) -> tuple[str, str] | None:
    """("产出", "数量指标") for "产出数量指标": a 一级 name, then a 二级 name it is a parent of."""
    text = squeeze(name or "")
    for cut in range(2, len(text) - 1):
        head, rest = text[:cut], text[cut:]
        parent = canonical_level1(head)
        cat = category(rest)
        if parent and cat is not None and cat.level2 and parent in parents_of_level2(cat.level2):
            return head, rest
    return None


def _level1_respelled_as_level2(row: IndicatorRow, prev: IndicatorRow) -> None:
    """A row printing only another spelling of the 一级 above ("效果指标" under a block printed
    "效益"): a table repeats its 一级 in one spelling, so the name stood in the 二级 column."""
    if not row.level1 or row.level2 or not prev.level1:
        return
    own, above = category(row.level1), category(prev.level1_raw or prev.level1)
    if own is None or above is None or own.level2 is not None or own.level1 != above.level1:
        return
    if squeeze(own.name) == squeeze(above.name):
        return
    row.level2, row.level2_raw, row.level2_std = row.level1, row.level1_raw, None
    row.level1, row.level1_raw, row.level1_std = "", None, None


def _one_name(row: IndicatorRow, prev: IndicatorRow, evaluation: bool) -> None:
    cat = category(row.level1)
    if cat is None or cat.level2 is None:
        return
    parents = parents_of_level2(cat.level2)
    if evaluation and cat.level2 == SERVICE_SATISFACTION:
        parents.add(EFFECT)  # 10号: 满意度 is a 二级 of the 效益 block of an evaluation framework
    if canonical_level1(prev.level1) in parents:
        row.level2, row.level2_raw, row.level2_std = row.level1, row.level1_raw, cat.level2
        row.level1, row.level1_raw, row.level1_std = "", None, None


def _check_parent(row: IndicatorRow, rows: list[IndicatorRow]) -> None:
    """A filled-down 一级 that cannot be the parent of the row's 二级 (a merged cell lost)."""
    parents = _parents(row.level2, overrule=True)
    if parents and canonical_level1(row.level1) not in parents:
        row.level1 = _spelling_for(parents, rows) or sorted(parents)[0]
        row.notes.append("一级指标由二级指标推断（合并单元格在文本中丢失）")


def _implied_level1(row: IndicatorRow, rows: list[IndicatorRow], i: int, column_used: bool) -> None:
    """No 一级 above: the 二级's framework parent, or the first 一级 printed below it."""
    parents = _parents(row.level2)
    prev = rows[i - 1] if i else None
    below = next((r.level1_raw or r.level1 for r in rows[i + 1 :] if r.level1), None)
    if column_used and below and (not parents or canonical_level1(below) in parents):
        row.level1 = category(below).name if category(below) else below  # type: ignore[union-attr]
        row.notes.append("一级指标取自下方同组的合并单元格")
        return
    if not parents:
        if prev is not None:
            row.level1 = prev.level1
        return
    if prev is not None and canonical_level1(prev.level1) in parents:
        row.level1 = prev.level1
    else:
        row.level1 = _spelling_for(parents, rows) or sorted(parents)[0]
    row.flags.append(RowFlag.LEVEL1_IMPLIED)
    if not any("一级指标由二级指标推断" in n for r in rows for n in r.notes):
        row.notes.append("表中未列一级指标，一级指标由二级指标推断")


def _parents(level2: str, overrule: bool = False) -> set[str]:
    """The 一级 names the framework allows above this 二级. When the 二级 would overrule a
    printed (filled-down) 一级, a name that is also a 一级 name (满意度, 成本指标) is no evidence."""
    if not level2:
        return set()
    cat = category(level2)
    if cat is None or (overrule and cat.level1):
        return set()
    if cat.level2 is None:
        # a 一级-only name printed as the 二级 (效果 under no 一级 column): it is its own parent
        return {cat.level1} if cat.level1 and not cat.merged else set()
    return parents_of_level2(cat.level2)


def _same_level1(a: str, b: str) -> bool:
    return squeeze(a) == squeeze(b) or (
        canonical_level1(a) is not None and canonical_level1(a) == canonical_level1(b)
    )


def _spelling_for(parents: set[str], rows: list[IndicatorRow]) -> str | None:
    """Use the table's own spelling of the inferred 一级 (效果指标 vs 效益指标) when it has one."""
    for r in rows:
        if r.level1 and canonical_level1(r.level1) in parents:
            return r.level1
    return None
