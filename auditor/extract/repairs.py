"""Table-level repairs, applied only where the whole table makes them unambiguous.

Each repair is recorded in the row's notes.
"""

from __future__ import annotations

import re

from auditor.models import IndicatorRow

_SCORING_SCALE = re.compile(r"(优|良|中|差)\s*[:：;；]")


def move_values_from_description(rows: list[IndicatorRow]) -> None:
    """Values typed into the description column while 指标值 stays empty (whole table)."""
    empty_value = [r for r in rows if not r.value]
    if not rows or len(empty_value) < max(2, int(0.8 * len(rows))):
        return
    with_desc = [r for r in empty_value if r.description]
    if len(with_desc) < 0.8 * len(empty_value):
        return
    for r in with_desc:
        r.value = flat(r.description or "")
        r.description = None
        r.notes.append("指标值写在说明列，指标值列为空：已移入指标值")


def swap_scoring_and_description(row: IndicatorRow) -> None:
    """A 评（扣）分标准 column swapped with the 描述 column (the 优/良/中/差 scale in the wrong one)."""
    d, s = row.description, row.scoring_standard
    if s and d and _SCORING_SCALE.search(d) and not _SCORING_SCALE.search(s):
        row.description, row.scoring_standard = s, d
        row.notes.append("评（扣）分标准与绩效指标描述两列内容互换，已按内容归位")


def share_merged_cells(row: IndicatorRow, prev: IndicatorRow | None, merged: set[str]) -> None:
    """A 依据 / 评分标准 cell merged down over several rows: the rows below share it; so does
    a 一级 the reader marks merged from above (a centred merge placed by geometry)."""
    if prev is None:
        return
    if "level1" in merged and not row.level1 and prev.level1:
        row.level1 = prev.level1
    if "basis" in merged and not row.basis and prev.basis:
        row.basis = prev.basis
    if "scoring" in merged and not row.scoring_standard and prev.scoring_standard:
        row.scoring_standard = prev.scoring_standard


def flatten_text_cells(row: IndicatorRow) -> None:
    """PDF cells break lines where the page wraps them, not between paragraphs."""
    row.description = flat(row.description) if row.description else row.description
    row.basis = flat(row.basis) if row.basis else row.basis
    if row.scoring_standard:
        row.scoring_standard = flat(row.scoring_standard)


def flat(text: str) -> str:
    """Cell-internal line breaks removed ("社会\\n效益" -> "社会效益")."""
    return "".join(p.strip() for p in text.split("\n")) if "\n" in text else text.strip()
