"""The indicator tree of a table: 一级 and 二级 for every row, from what the table printed.

Tables print a 一级/二级 once per block (a merged cell: on the block's first row, its middle row,
or a line of its own), on every row, or not at all. Rows without a printed name take the name
from the row above (a merged cell), unless the framework says that name cannot be the parent of
the row's 二级 — then the 二级's own 一级 is used (a merged cell whose text stood below, or a
table that never prints the 一级). Printed names are cleaned of annotations and mapped to the
framework; the printed text is kept in level1_raw/level2_raw.
"""

from __future__ import annotations

from auditor.domain.framework import canonical_level1, parents_of_level2
from auditor.extract.normalize import squeeze
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
    printed1 = [bool(r.level1) for r in rows]
    column_used = has_level1_column and any(printed1)
    for i, row in enumerate(rows):
        prev = rows[i - 1] if i else None
        if ambiguous and i in ambiguous and prev is not None:
            _one_name(row, prev)
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


def _one_name(row: IndicatorRow, prev: IndicatorRow) -> None:
    cat = category(row.level1)
    if cat is None or cat.level2 is None:
        return
    if canonical_level1(prev.level1) in parents_of_level2(cat.level2):
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
    if cat is None or cat.level2 is None:
        return set()
    if overrule and cat.level1:
        return set()
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
