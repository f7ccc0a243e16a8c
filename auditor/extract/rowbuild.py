"""Cells placed on columns -> IndicatorRow: split values joined, extra columns kept, names cleaned.

The indicator tree (一级/二级 printed once per block, in the middle of it, or never) is resolved
afterwards for the whole table (`tree.resolve_tree`), because a merged cell's text may stand
below the rows it belongs to.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from auditor.extract.header import Header
from auditor.extract.normalize import squeeze
from auditor.extract.places import is_total, place_of, target_place
from auditor.extract.roles import SPLIT_VALUE_ROLES, Role
from auditor.extract.tokenize import split_name_value
from auditor.extract.values import parse_value
from auditor.extract.vocabulary import (
    NATURE_WORDS,
    comparator_symbol,
    is_placeholder,
    is_sub_row,
    strip_indicator_prefix,
)
from auditor.models import IndicatorRow, Location, MidTermTarget, RowFlag

_TEXT_JOIN = frozenset(
    {
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
_QUALITATIVE_MARKS = frozenset({"文字描述", "定性", "文本", "定性指标"})
_FIRST_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass
class RowFields:
    """The cells of one table row by role (text columns joined), plus what the row noticed."""

    cells: dict[Role, str] = field(default_factory=dict)
    named: dict[Role, dict[str, str]] = field(default_factory=dict)  # per header text
    loc: Location = field(default_factory=Location)
    merged: set[Role] = field(default_factory=set)  # roles whose cell is a reader-flagged merge
    notes: list[str] = field(default_factory=list)
    uncertain: bool = False
    by_content: bool = False  # placed by content, not by the source's columns

    def get(self, role: Role) -> str:
        return self.cells.get(role, "")


_NAMED = frozenset({Role.PLACE, Role.OTHER}) | SPLIT_VALUE_ROLES


def collect(
    texts: list[str], columns: list[int], header: Header, loc: Location, merged: set[int]
) -> RowFields:
    """Cells and the columns they were placed on -> RowFields (-1 = overflow, kept as OTHER)."""
    out = RowFields(loc=loc, merged={header.roles[j] for j in merged})
    for text, j in zip(texts, columns):
        role = header.roles[j] if j >= 0 else Role.OTHER
        name = header.texts[j] if j >= 0 else "?"
        if role in _NAMED:
            bucket = out.named.setdefault(role, {})
            bucket[name] = _join(bucket.get(name), text, "\n")
        prev = out.cells.get(role)
        if prev is None:
            out.cells[role] = text
        elif role in _TEXT_JOIN or role in _NAMED:
            out.cells[role] = _join(prev, text, "\n")
        else:
            out.cells[role] = prev + text  # a name cut in pieces ("道路 养护 里程")
    return out


def _join(a: str | None, b: str, sep: str) -> str:
    return b if not a else f"{a}{sep}{b}"


_TEXT_FIELDS = (
    (Role.DESCRIPTION, "description"),
    (Role.BASIS, "basis"),
    (Role.SCORING, "scoring_standard"),
    (Role.REMARK, "remark"),
    (Role.DEVIATION, "deviation"),
)
_RARE = frozenset(
    {
        Role.VALUE_TYPE,
        Role.DIRECTION,
        Role.ACTUAL,
        Role.MID_LEVEL2,
        Role.MID_LEVEL3,
        Role.MID_VALUE,
        Role.WEIGHT,
        Role.SCORE,
        Role.GROUP,
    }
)


# a worded target cut from the end of the name's cell: what a cell cut short by the end of the
# file also looks like ("服务对象满意度指标 | 受助群众满" read as 受助群众 + 满意)
WORDED_SPLIT_NOTE = "文字表述的指标值写在三级指标单元格内：已拆分"


def build_row(fields: RowFields, header: Header, index: int) -> IndicatorRow | None:
    """One IndicatorRow from a row's fields; None for a row without a name or a target."""
    c = fields.cells
    _unglue_nature(fields, header)
    _split_doubled_placeholder(fields, header)
    level3, prefixed = strip_indicator_prefix(c.get(Role.LEVEL3, ""))
    value, parts, notes = join_value(fields, header)
    if not value and level3 and header.has(Role.VALUE):
        glued = split_name_value(level3, worded=True)
        if glued is not None:
            level3, value = glued
            worded = not split_name_value(c.get(Role.LEVEL3, ""))
            notes.append(WORDED_SPLIT_NOTE if worded else "指标值写在三级指标单元格内：已拆分")
    placeholder = is_placeholder(level3) or (prefixed and not level3)
    if not level3 and not value and not placeholder:
        return None
    if prefixed:
        notes.append("三级指标的“指标N:”编号前缀已去除")
    kw: dict[str, object] = {
        "index": index,
        "level1": c.get(Role.LEVEL1, ""),
        "level2": c.get(Role.LEVEL2, ""),
        "level3": _flat(level3) if level3 else (c.get(Role.LEVEL3, "") if placeholder else ""),
        "value": _flat(value),
        "location": fields.loc,
        "notes": fields.notes + notes,
        "value_parts": parts,
        "flags": _flags(fields, header, level3, placeholder),
    }
    for role, attr in _TEXT_FIELDS:
        if c.get(role):
            kw[attr] = c[role]
    if not _RARE.isdisjoint(c):
        _extra_columns(kw, fields)
    if fields.named:
        _named_columns(kw, fields)
    return IndicatorRow(**kw)


_NATURE_BY_LENGTH = sorted(NATURE_WORDS, key=len, reverse=True)


def _unglue_nature(fields: RowFields, header: Header) -> None:
    """定量/定性 run together with the 三级 name ("养护里程定量") in a table that has a column for
    it (指标性质, 指标值类型) left empty: the word goes to that column."""
    if not header.has(Role.VALUE_TYPE) or fields.get(Role.VALUE_TYPE):
        return
    name = fields.get(Role.LEVEL3)
    word = next((w for w in _NATURE_BY_LENGTH if name.endswith(w) and len(name) > len(w)), None)
    if word is None:
        return
    fields.cells[Role.LEVEL3] = name[: -len(word)]
    fields.cells[Role.VALUE_TYPE] = word
    fields.notes.append(f"三级指标后连写的“{word}”移到指标性质列")


def _split_doubled_placeholder(fields: RowFields, header: Header) -> None:
    """ "————", "无无", "//": the placeholder of the 三级 and of the value run together in one
    cell (the other one empty) — one for each."""
    if not header.has(Role.VALUE) or (fields.get(Role.LEVEL3) and fields.get(Role.VALUE)):
        return
    text = fields.get(Role.LEVEL3) or fields.get(Role.VALUE)
    half = len(text) // 2
    if len(text) < 2 or len(text) % 2 or text[:half] != text[half:]:
        return
    if len(text) < 4 and set(text) <= set("—–-－─_…．.·"):
        return  # "——" and "……" are one placeholder each
    if not is_placeholder(text[:half]):
        return
    fields.cells[Role.LEVEL3] = fields.cells[Role.VALUE] = text[:half]


def _flags(fields: RowFields, header: Header, level3: str, placeholder: bool) -> list[RowFlag]:
    flags = []
    if placeholder:
        flags.append(RowFlag.PLACEHOLDER)
    if level3 and is_sub_row(level3):
        flags.append(RowFlag.SUB_ROW)
    if fields.uncertain:
        flags.append(RowFlag.UNCERTAIN)
    if not header.has(Role.LEVEL3):
        flags.append(RowFlag.NO_LEVEL3_COLUMN)
    return flags


def join_value(fields: RowFields, header: Header) -> tuple[str, dict[str, str], list[str]]:
    """The target as one string; split value columns joined, their cells kept by header text."""
    comparator = fields.get(Role.COMPARATOR)
    for role in (Role.VALUE_TYPE, Role.DIRECTION):
        cell = fields.get(role)
        if cell and comparator_symbol(cell) and not comparator:
            comparator = cell
    number = fields.get(Role.NUMBER) or fields.get(Role.VALUE)
    unit = fields.get(Role.UNIT)
    text = fields.get(Role.VALUE_TEXT)
    split = any(header.has(r) for r in (Role.COMPARATOR, Role.NUMBER)) or bool(comparator)
    parts = _value_parts(fields, header, split)
    notes: list[str] = []
    if split:
        if squeeze(comparator) in _QUALITATIVE_MARKS or (not number and unit and not comparator):
            return (text or unit or number), parts, notes
        if not number and not comparator:
            return text or unit, parts, notes
        symbol = comparator_symbol(comparator) or squeeze(comparator)
        return symbol + squeeze(number) + squeeze(unit), parts, notes
    value = fields.get(Role.VALUE) or text
    if unit:
        u = squeeze(unit)
        if not value:
            value = unit
        elif not squeeze(value).endswith(u):
            value = squeeze(value) + u
            notes.append("指标值与计量单位两列已合并")
    if not value:
        value = _place_value(fields, notes)
    return value, parts, notes


_PART_ROLES = frozenset({Role.COMPARATOR, Role.NUMBER, Role.UNIT, Role.VALUE_TEXT})


def _value_parts(fields: RowFields, header: Header, split: bool) -> dict[str, str]:
    """The cells of the value columns a split value was joined from, by header text."""
    if not split and not header.has(Role.UNIT):
        return {}
    parts: dict[str, str] = {}
    for role, name in zip(header.roles, header.texts):
        cell = fields.named.get(role, {}).get(name, "") if role in _NAMED else fields.get(role)
        typed = role in (Role.VALUE_TYPE, Role.DIRECTION) and comparator_symbol(cell) is not None
        if role in _PART_ROLES or role is Role.VALUE or typed:
            parts[name] = cell
    return parts


def _place_value(fields: RowFields, notes: list[str]) -> str:
    places = fields.named.get(Role.PLACE, {})
    if not places:
        return ""
    names = list(places)
    k = target_place([place_of(n) or squeeze(n) for n in names])
    name = names[k]
    if k == 0 and not is_total(place_of(name) or ""):
        notes.append(f"分地区指标值：取第一列“{name}”为指标值，各地区的值见 place_values")
    else:
        notes.append(f"分地区指标值：取“{name}”列为指标值")
    return places[name]


def _header_text(header: Header, role: Role) -> str:
    j = header.index(role)
    return header.texts[j] if j is not None else str(role)


def _extra_columns(kw: dict[str, object], fields: RowFields) -> None:
    """指标性质, 方向, 权重/分值, 得分, 实际完成值 and the 中期 target, when the row has them."""
    c = fields.cells
    for role in (Role.VALUE_TYPE, Role.DIRECTION):
        cell = c.get(role, "")
        if not cell or comparator_symbol(cell):
            continue
        if role is Role.VALUE_TYPE or squeeze(cell) in NATURE_WORDS:
            kw["nature"] = cell
        else:
            kw["direction"] = cell
    if Role.WEIGHT in c:
        kw["weight"] = to_number(c[Role.WEIGHT])
    if Role.SCORE in c:
        kw["score"] = to_number(c[Role.SCORE])
    actual = c.get(Role.ACTUAL)
    if actual:
        kw["actual"] = _flat(actual)
        kw["actual_parsed"] = parse_value(_flat(actual))
    mid = [c.get(r, "") for r in (Role.MID_LEVEL2, Role.MID_LEVEL3, Role.MID_VALUE)]
    if any(mid):
        kw["midterm"] = MidTermTarget(
            level2=_flat(mid[0]), level3=_flat(mid[1]), value=_flat(mid[2])
        )
    if c.get(Role.GROUP):
        kw["other_columns"] = {"": c[Role.GROUP]}


def _named_columns(kw: dict[str, object], fields: RowFields) -> None:
    places = fields.named.get(Role.PLACE)
    if places:
        kw["place_values"] = dict(places)
    others = {k: v for k, v in fields.named.get(Role.OTHER, {}).items() if v}
    if others:
        kw["other_columns"] = {**others, **kw.get("other_columns", {})}  # type: ignore[dict-item]


def to_number(text: str | None) -> float | None:
    """'13', '13分', '13.5%' -> 13.0 / 13.5; None when the cell holds no (finite) number."""
    if not text:
        return None
    m = _FIRST_NUMBER.search(squeeze(text).replace(",", ""))
    if not m or len(m.group(0)) > 16:
        return None
    value = float(m.group(0))
    return value if math.isfinite(value) else None


def _flat(text: str) -> str:
    """Names and values: cell-internal line breaks removed ("社会\\n效益" -> "社会效益")."""
    return "".join(p.strip() for p in text.split("\n")) if "\n" in text else text.strip()
