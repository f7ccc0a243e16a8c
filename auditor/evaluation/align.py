"""Align extracted tables/rows with the gold ones, so findings and grades made on the extractor's
output can be scored in gold coordinates (doc, gold table, gold row).

Tables are aligned in document order on (kind, project name), rows inside an aligned table pair on
(三级 name, value), both with difflib's matching blocks; unequal stretches in between are paired
by position (the usual case: one field extracted differently). Text is compared with all
whitespace removed (the gold keeps PDF line-wrap spaces verbatim).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from auditor.evaluation.dataset import DatasetItem, GoldRow, GoldTable

JSON = dict[str, Any]

_WS = re.compile(r"\s+")


def norm(s: object) -> str:
    return _WS.sub("", str(s)) if s is not None else ""


# "指标1：" numbers the indicators of a 二级 block in some templates; it is not part of the name
# (the extractor removes it and says so in the row's notes, the gold may keep it verbatim).
_ORDINAL = re.compile(r"^指标\d{1,2}[:：.．、]")


def name_key(s: object) -> str:
    """A 三级 name as compared: without whitespace and without an "指标N：" ordinal prefix."""
    text = norm(s)
    return _ORDINAL.sub("", text) or text


def _pairs(a: list[str], b: list[str]) -> list[tuple[int, int, bool]]:
    """(i, j, exact) pairs aligning list a with list b; exact = the keys are equal."""
    out = []
    sm = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out += [(i1 + k, j1 + k, True) for k in range(i2 - i1)]
        elif tag == "replace":
            out += [(i1 + k, j1 + k, False) for k in range(min(i2 - i1, j2 - j1))]
    return out


@dataclass
class Alignment:
    table_map: dict[int, int] = field(default_factory=dict)  # pred table index -> gold table index
    row_map: dict[tuple[int, int], tuple[int, int]] = field(
        default_factory=dict
    )  # (pt, pr) -> (gt, gr)
    table_pairs: list[tuple[JSON, GoldTable]] = field(default_factory=list)  # (pred, gold)
    row_pairs: list[tuple[JSON, GoldRow, GoldTable]] = field(default_factory=list)

    def table(self, pt: int | None) -> int | None:
        return None if pt is None else self.table_map.get(pt)

    def row(self, pt: int | None, pr: int | None) -> tuple[int, int] | None:
        if pt is None or pr is None:
            return None
        return self.row_map.get((pt, pr))


def identity_alignment(item: DatasetItem) -> Alignment:
    al = Alignment()
    for t in item.tables:
        al.table_map[t.table_index] = t.table_index
        for r in t.rows:
            al.row_map[(t.table_index, r.row_index)] = (t.table_index, r.row_index)
    return al


def align(item: DatasetItem, pred_tables: list[JSON]) -> Alignment:
    """Align predicted tables (dicts: index, kind, project, rows[{index, level3, value, …}]) with gold."""
    al = Alignment()
    gkeys = [f"{t.kind}|{norm(t.project)}" for t in item.tables]
    pkeys = [f"{t.get('kind')}|{norm(t.get('project'))}" for t in pred_tables]
    for gi, pi, _ in _pairs(gkeys, pkeys):
        gt, pt = item.tables[gi], pred_tables[pi]
        al.table_map[pt["index"]] = gt.table_index
        al.table_pairs.append((pt, gt))
        grows = gt.rows
        prows = pt.get("rows") or []
        for ri, rj, _ in _pairs(
            [f"{name_key(r.level3)}|{norm(r.value)}" for r in grows],
            [f"{name_key(r.get('level3'))}|{norm(r.get('value'))}" for r in prows],
        ):
            al.row_map[(pt["index"], prows[rj]["index"])] = (gt.table_index, grows[ri].row_index)
            al.row_pairs.append((prows[rj], grows[ri], gt))
    return al
