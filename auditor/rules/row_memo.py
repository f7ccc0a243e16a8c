"""Memo of row-rule verdicts per distinct row (one per process).

A row rule may declare that its verdict on a row is a function of the row's cells (levels,
description, value, basis, parsed value) and of a few facts of the row's table and document
(`Rule.row_context`, e.g. the table's budget or whether it is an evaluation framework). The
engine then keeps the rule's violations per distinct cells and context (not where the row
sits) and converts them to findings for each row as before (positions, severity and language
are applied then). Templated disclosures repeat the same rows across tables, units and
counties, so a batch worker checks each distinct row once per rule and context; the offline
grader's rewrite checks share the memo.

Besides each rule's verdict, a row's slot keeps the verdict of all memoised rules of a table
together, under the `signature` of their (rule code, context) pairs: a row seen before in a
table with the same contexts then costs one lookup instead of one per rule.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable

from auditor.models import IndicatorRow
from auditor.rules.base import Violation

MEMO_ROWS = 20_000

RowKey = tuple[object, ...]
# (position of the rule in its group, its violations) for the rules of a group that found something
GroupVerdict = tuple[tuple[int, tuple[Violation, ...]], ...]
# (rule code, context) -> that rule's violations; a group's signature (int) -> GroupVerdict
Slot = dict[Hashable, object]
_ROWS: dict[RowKey, Slot] = {}
MEMO_SIGNATURES = 4096
_SIGNATURES: dict[tuple[tuple[str, Hashable], ...], int] = {}
# never reused, even after the table of signatures is cleared: a slot never mistakes one group
# for another
_NEXT_SIGNATURE = itertools.count(1)


def _cell(v: object) -> object:
    # lists (numbers, flags) as tuples; a number with its type (an int and a float differ)
    t = type(v)
    if t is list:
        return tuple(v)  # type: ignore[arg-type]
    if t is float or t is int:
        return t, v
    return v


def row_key(row: IndicatorRow) -> RowKey:
    """The cells a memoised rule may read: the three levels, description, value, basis and the
    parsed value (every field of it). Not the row's position, grade or other columns: a rule
    that reads those declares no context."""
    return (
        row.level1,
        row.level2,
        row.level3,
        row.description,
        row.value,
        row.basis,
        *[_cell(v) for v in row.parsed.__dict__.values()],
    )


def slot(row: IndicatorRow) -> Slot:
    """The memoised verdicts of the rules on rows with these cells (rule code, context) ->
    violations."""
    key = row_key(row)
    found = _ROWS.get(key)
    if found is None:
        if len(_ROWS) >= MEMO_ROWS:
            _ROWS.clear()
        found = _ROWS[key] = {}
    return found


def signature(pairs: tuple[tuple[str, Hashable], ...]) -> int:
    """A small number standing for a group of memoised rules with their contexts (the same
    number for the same pairs while it is remembered; a new one after that)."""
    found = _SIGNATURES.get(pairs)
    if found is None:
        if len(_SIGNATURES) >= MEMO_SIGNATURES:
            _SIGNATURES.clear()
        found = _SIGNATURES[pairs] = next(_NEXT_SIGNATURE)
    return found
