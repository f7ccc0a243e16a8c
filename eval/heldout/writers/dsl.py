"""A compact way to type the rows of a layout held-out set (layouts-h on): one row per line, cells
separated by `|`, columns named once per table. The labels (codes with reasons, specificity) are
typed on the same line as the content, so a rendered file and its labels come from one place.

    rows('''
    产出指标 | 数量指标 | 培训教师人数 | ≥300人 | 4 |
             |          | 培训合格率   | ≥95%   | 4 | V404
    ''', "l1 l2 l3 value spec codes")

Empty 一级/二级 cells are filled down from the row above; `-` types an empty label (a 二级 the
document does not print). Codes are `CODE` (the standard reason of `REASONS`) or
`CODE:reason`, separated by spaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spec import Row

REASONS = {
    "V401": "direction or adjective without a criterion",
    "V402": "boilerplate phrase that fits any project",
    "V403": "description only restates the name",
    "V404": "basis is only a category word or empty",
    "V405": "target trivially low for the funds or the goal",
    "U301": "unit does not fit the measure",
    "U302": "a proportion above 100% or a lower bound of 100% or more",
    "U303": "garbled value",
    "U304": "rate without a unit",
    "U305": "comparator direction contradicts the measure's polarity",
    "U306": "a fraction of something counted whole",
    "U307": "non-standard comparator or unit notation",
    "C201": "二级 not valid under its 一级",
    "C202": "the indicator belongs to another 二级",
    "C205": "description measures something else than the name",
    "C206": "an output count placed under a 效益 二级",
    "R601": "ratio turned upside down (planned ÷ actual)",
    "B501": "cost indicator contradicts the table's budget",
    "T105": "leftover from another place, level or project",
    "T107": "unfilled template row: the 二级 name repeated as 三级 with value 无",
    "S801": "full points on a missed target",
    "S802": "score above the row's points",
    "S804": "missed target without a deviation reason",
}

ROW_FIELDS = ("l1", "l2", "l3", "value", "desc", "basis", "std", "note")
INT_EXTRAS = ("score_max",)
NUM_EXTRAS = ("score",)


def parse_codes(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for token in re.split(r"\s+(?=[A-Z]\d{3}\b)", text.strip()):
        if not token:
            continue
        code, _, why = token.partition(":")
        code = code.strip()
        out[code] = why.strip() or REASONS[code]
    return out


def rows(text: str, cols: str, **common: Any) -> list[Row]:
    """Rows of one table from `|`-separated lines; `common` sets a field or extra on every row."""
    names = cols.split()
    out: list[Row] = []
    prev = ("", "")
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("|")]
        cells += [""] * (len(names) - len(cells))
        if len(cells) > len(names):
            raise ValueError(f"too many cells: {line!r}")
        got = dict(zip(names, cells))
        out.append(_row(got, prev, common))
        prev = (out[-1].l1, out[-1].l2)
    return out


def _row(got: dict[str, str], prev: tuple[str, str], common: dict[str, Any]) -> Row:
    fields: dict[str, Any] = dict.fromkeys(ROW_FIELDS)
    fields.update({"l1": "", "l2": "", "l3": "", "value": ""})
    x: dict[str, Any] = {}
    codes: dict[str, str] = {}
    spec: int | None = None
    for key, v in got.items():
        if key in ROW_FIELDS:
            fields[key] = v.replace("\\n", "\n") if v else fields[key]
        elif key == "spec":
            spec = int(v) if v else None
        elif key == "codes":
            codes = parse_codes(v)
        elif key.startswith("place:"):
            x.setdefault("per_place", {})[key[6:]] = v
        elif key in ("mid_l2", "mid_l3", "mid_value"):
            x.setdefault("mid_term", {})[key[4:]] = v
        elif v:
            x[key] = _number(v) if key in INT_EXTRAS + NUM_EXTRAS else v.replace("\\n", "\n")
    for key in ("l1", "l2"):
        if fields[key] == "":
            fields[key] = prev[0] if key == "l1" else prev[1]
        elif fields[key] == "-":
            fields[key] = ""
    for key, v in common.items():
        if key in ROW_FIELDS:
            fields[key] = v
        else:
            x[key] = v
    if "mid_term" in x:
        mid = x["mid_term"]
        x["mid_term"] = {
            "level2": mid.get("l2") or fields["l2"],
            "level3": mid.get("l3") or fields["l3"],
            "value": mid.get("value", ""),
        }
    return Row(**fields, codes=codes, spec=spec, x=x)


_SPLIT = re.compile(
    r"^(≥|≤|=|＝|═|≧|≦|>|<|大于等于|小于等于|等于|大于|小于|不低于|不高于|不超过|不少于)?"
    r"([0-9][0-9,.]*)?(.*)$",
    re.S,
)


def split_value(value: str, qualitative: str = "文字描述") -> list[str]:
    """[符号, 数值, 单位] of a value; a value without a number prints its text in the last cell
    after the `qualitative` mark (the 符号 = 文字描述 convention)."""
    m = _SPLIT.match(value)
    assert m is not None
    cmp, num, unit = m.group(1) or "", m.group(2) or "", m.group(3)
    if not num:
        return [qualitative, "", value]
    return [cmp, num, unit]


def with_parts(rs: Sequence[Row], qualitative: str = "文字描述") -> list[Row]:
    for r in rs:
        r.x["parts"] = split_value(r.value, qualitative)
    return list(rs)


def imply_l1(rs: Sequence[Row], printed: str | None = None) -> list[Row]:
    """Rows of a table that prints no 一级 (printed=None: no column; "": an empty column)."""
    for r in rs:
        r.note = r.note or "level1 implied from the 二级 (not printed)"
        if "implied" not in r.note:
            r.note += "; level1 implied"
        if printed is not None:
            r.x["printed_l1"] = printed
    return list(rs)


def _number(v: str) -> int | float:
    return int(v) if v.isdigit() else float(v)
