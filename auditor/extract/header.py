"""The header of an indicator table: one role per column, from one or two header rows.

A header row is a run of header words naming at least the indicator columns (三级, or 一级 and
二级, or 二级 and the value). It may stand alone in a grid row, fill a text line, sit inside a
longer line (a whole table printed on one line), or be a run of one-cell lines. A second header
row refines the first: 符号 | 数值 | 单位 under 指标值, 二级 | 三级 | 指标值 under 中期目标 and
年度目标, label fragments ("指标") that finish the words above them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.extract.normalize import squeeze
from auditor.extract.places import is_total, place_of
from auditor.extract.roles import INDICATOR_ROLES, Role, header_key, header_role
from auditor.extract.vocabulary import is_category_cell
from auditor.models import Location

_MID = re.compile(r"中期")
_ANNUAL = re.compile(r"年度|当年|本年")


@dataclass
class Header:
    roles: list[Role]  # one per column
    texts: list[str]  # the printed header text per column
    loc: Location = field(default_factory=Location)
    groups: list[str] = field(default_factory=list)  # spanning label above each column

    @property
    def width(self) -> int:
        return len(self.roles)

    def has(self, role: Role) -> bool:
        return role in self.roles

    def index(self, role: Role) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def signature(self) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r not in (Role.OTHER, Role.GROUP))


@lru_cache(maxsize=65536)
def cell_role(cell: str) -> Role | None:
    """The role a header cell names; category names (成本指标, 满意度) are data, not headers.
    Memoised: every body row is tested for a repeated header, cell by cell."""
    if not cell:
        return None
    role = header_role(cell)
    if role is None or is_category_cell(cell):
        return None
    return role


def _names_indicator_columns(roles: set[Role]) -> bool:
    return (
        Role.LEVEL3 in roles
        or {Role.LEVEL1, Role.LEVEL2} <= roles
        or (Role.LEVEL2 in roles and (Role.VALUE in roles or Role.ACTUAL in roles))
    )


def is_header_row(cells: list[str]) -> bool:
    """A row of header words naming the indicator columns (most of its cells are header words)."""
    nonempty = [c for c in cells if c]
    if len(nonempty) < 2:
        return False
    roles = [cell_role(c) for c in nonempty]
    known = [r for r in roles if r is not None]
    if len(known) < 2 or not _names_indicator_columns(set(known)):
        return False
    if len(known) >= 0.6 * len(nonempty):
        return True
    places = sum(1 for c, r in zip(nonempty, roles) if r is None and is_place_column(c))
    return len(known) + places >= 0.6 * len(nonempty)


def is_place_column(cell: str) -> bool:
    """A header cell naming a village, township or the total (one value column per place)."""
    return place_of(cell) is not None and header_role(cell) is None


def is_total_column(name: str) -> bool:
    """The column of the whole region: 合计, 全县, or 全县指标值 / 全区目标值 (a total word and
    a value header word)."""
    place = place_of(name)
    return place is not None and is_total(place)


def is_header_top(cells: list[str]) -> bool:
    """A first header row of group labels over the real header ("一级指标 | 中期目标 | 年度目标")."""
    nonempty = [c for c in cells if c]
    roles = {cell_role(c) for c in nonempty}
    return len(nonempty) >= 2 and None not in roles and bool(roles & {Role.GROUP, Role.GOAL})


def header_run(cells: list[str]) -> tuple[int, int] | None:
    """[start, end) of a header inside a longer row (a table printed on one line), or None."""
    best: tuple[int, int] | None = None
    i = 0
    n = len(cells)
    while i < n:
        if cell_role(cells[i]) is None:
            i += 1
            continue
        j = i
        while j < n and (cell_role(cells[j]) is not None or not cells[j]):
            j += 1
        roles = {cell_role(c) for c in cells[i:j] if c}
        if j - i >= 2 and _names_indicator_columns({r for r in roles if r is not None}):
            if best is None or j - i > best[1] - best[0]:
                best = (i, j)
        i = j
    return best


def build_header(cells: list[str], loc: Location, merged: list[bool] | None = None) -> Header:
    roles = [cell_role(c) for c in cells]
    out = Header(roles=[r or Role.OTHER for r in roles], texts=list(cells), loc=loc)
    for j, c in enumerate(cells):
        if not c:
            out.roles[j] = Role.OTHER
    if merged and Role.LEVEL2 not in roles and Role.LEVEL1 in roles:
        # a grouped header: "一级指标" drawn across the 一级 and 二级 columns (a horizontal merge)
        j = roles.index(Role.LEVEL1) + 1
        if j < len(cells) and j < len(merged) and merged[j] and not cells[j]:
            out.roles[j] = Role.LEVEL2
    finish(out)
    return out


def is_sub_header(header: Header, cells: list[str]) -> bool:
    """A second header row: every cell is a header word or a fragment that ends the word above,
    or, under a header with place columns (全县 | 分乡镇), the places a heading spans."""
    nonempty = [(j, c) for j, c in enumerate(cells) if c]
    if not nonempty:
        return False
    if _places_under_value(header, nonempty):
        return True
    places = Role.PLACE in header.roles
    for j, c in nonempty:
        if _fragment_of(header, j, c) is None and cell_role(c) is None:
            if not (places and is_place_column(c)):
                return False
    return True


def _fragment_of(header: Header, j: int, cell: str) -> str | None:
    """'指标' under '一级' -> '一级指标' (a label broken over two lines), else None. A cell that
    names a column by itself ("二级指标" under "年度目标") is a word under its group heading."""
    if j >= header.width or cell_role(cell) not in (None, Role.GROUP):
        return None
    above = header.texts[j]
    joined = above + cell
    if above and header_role(joined) is not None and len(squeeze(cell)) <= 4:
        return joined
    return None


def _places_under_value(header: Header, nonempty: list[tuple[int, str]]) -> bool:
    """The places a value column is given for, on the row under the header: a total (全县,
    合计) under 指标值, then one name per column under the empty header cells right of it (the
    指标值 cell merged across them), whatever the places are (villages, reservoirs, schools)."""
    first, total = nonempty[0]
    if len(nonempty) < 2 or first >= header.width or header.roles[first] is not Role.VALUE:
        return False
    if not is_total_column(total):
        return False
    span = [j for j, _ in nonempty[1:]]
    return span == list(range(first + 1, first + 1 + len(span))) and all(
        j >= header.width or not header.texts[j] for j in span
    )


def _value_group_places(out: Header) -> None:
    """Columns grouped under a value header whose first column is a total: one per place."""
    for j, g in enumerate(out.groups):
        if g and cell_role(g) is Role.VALUE and out.roles[j] is Role.OTHER:
            first = out.groups.index(g)
            if is_total_column(out.texts[first]):
                out.roles[j] = Role.PLACE


def add_sub_header(header: Header, cells: list[str]) -> Header:
    """Refine a header with the row below it (groups, split value columns, broken labels).

    A top cell over an empty bottom cell names its own column; a top cell over bottom words
    labels them as a group (中期目标 / 年度目标 / 指标值), and so do the empty top cells right of
    it (a horizontal merge)."""
    top = _expand_spanning(header.texts, cells)
    width = max(len(top), len(cells))
    top = top + [""] * (width - len(top))
    bottom = cells + [""] * (width - len(cells))
    texts: list[str] = []
    groups: list[str] = []
    group = ""
    for j in range(width):
        frag = _fragment_of(header, j, bottom[j]) if bottom[j] else None
        if top[j]:
            group = top[j] if frag is None and bottom[j] else ""
        if frag is not None:
            texts.append(frag)
            groups.append("")
        elif bottom[j]:
            texts.append(bottom[j])
            groups.append(group)
        else:
            texts.append(top[j])
            groups.append("")
            if top[j]:
                group = ""
    roles = [cell_role(t) or Role.OTHER for t in texts]
    out = Header(roles=roles, texts=texts, loc=header.loc, groups=groups)
    finish(out)
    _value_group_places(out)
    return out


def _expand_spanning(top: list[str], bottom: list[str]) -> list[str]:
    """A sub-header wider than the header: the header cell above the first sub-header word
    spanned the extra columns (a horizontal merge a text export printed as one cell)."""
    extra = len(bottom) - len(top)
    if extra <= 0:
        return list(top)
    p = next((j for j, c in enumerate(bottom) if c and cell_role(c) is not None), None)
    if p is None or p >= len(top):
        return list(top)
    return top[: p + 1] + [""] * extra + top[p + 1 :]


def finish(header: Header) -> None:
    """Roles that depend on the whole header: 中期 groups, place columns, repeated roles."""
    groups = header.groups or [""] * header.width
    header.groups = groups + [""] * (header.width - len(groups))
    mid_map = {
        Role.LEVEL2: Role.MID_LEVEL2,
        Role.LEVEL3: Role.MID_LEVEL3,
        Role.VALUE: Role.MID_VALUE,
    }
    for j, role in enumerate(header.roles):
        g = header.groups[j]
        if g and _MID.search(g) and not _ANNUAL.search(g) and role in mid_map:
            header.roles[j] = mid_map[role]
    _name_column(header)
    _unit_name_column(header)
    _glossed_places(header)
    seen: set[Role] = set()
    for j, role in enumerate(header.roles):
        text = squeeze(header.texts[j])
        if role is Role.OTHER and text and is_place_column(text):
            header.roles[j] = Role.PLACE
        elif role in _SINGLE and role in seen:
            header.roles[j] = _second_of(role, header, j)
        seen.add(header.roles[j])


def _glossed_places(header: Header) -> None:
    """Value columns glossed with a place ("指标值（全市）| 指标值（某县）", "全镇指标值 | 某村"):
    with another place column beside them, one value column per place."""
    glossed = [
        j
        for j, r in enumerate(header.roles)
        if r is Role.VALUE and place_of(header.texts[j]) is not None
    ]
    plain = [
        j
        for j, t in enumerate(header.texts)
        if header.roles[j] is Role.OTHER and is_place_column(t)
    ]
    if glossed and len(glossed) + len(plain) >= 2:
        for j in glossed:
            header.roles[j] = Role.PLACE


def _name_column(header: Header) -> None:
    """No 三级 column, but a 指标内容/指标说明 column between the categories and the target:
    that column names the indicators."""
    if header.has(Role.LEVEL3) or not header.has(Role.DESCRIPTION):
        return
    j = header.roles.index(Role.DESCRIPTION)
    before = set(header.roles[:j])
    after = set(header.roles[j + 1 :])
    if before & {Role.LEVEL1, Role.LEVEL2} and after & {Role.VALUE, Role.NUMBER, Role.COMPARATOR}:
        header.roles[j] = Role.LEVEL3
    elif before & {Role.LEVEL1, Role.LEVEL2} and set(header.roles) <= _CONTENT_ONLY:
        # the categories and one 指标内容 column, nothing else: the cell is the indicator and
        # its target together ("保洁公厕28座", "群众满意度≥85%"), as under a 指标及指标值 header
        header.roles[j] = Role.VALUE


# a table whose only column besides the categories (and 序号/备注) describes the indicator
_CONTENT_ONLY = frozenset(
    {Role.INDEX, Role.LEVEL1, Role.LEVEL2, Role.DESCRIPTION, Role.REMARK, Role.OTHER}
)


def _unit_name_column(header: Header) -> None:
    """A bare 单位 column left of the indicator columns names the budget unit (a department-wide
    table: 单位 | 项目 | 金额 | 一级 …); a measure-unit column always follows the value."""
    first = next((j for j, r in enumerate(header.roles) if r in INDICATOR_ROLES), None)
    if first is None:
        return
    for j in range(first):
        if header.roles[j] is Role.UNIT:
            header.roles[j] = Role.UNIT_NAME


_SINGLE = frozenset(
    {Role.LEVEL1, Role.LEVEL2, Role.LEVEL3, Role.VALUE, Role.ACTUAL, Role.WEIGHT, Role.SCORE}
)


def _second_of(role: Role, header: Header, j: int) -> Role:
    """A role printed twice: the 中期/年度 pair without group labels, else a column kept as is."""
    first = header.roles.index(role)
    if role in (Role.LEVEL2, Role.LEVEL3, Role.VALUE):
        # the first block is the mid-term one when the second is the annual one
        mid = {
            Role.LEVEL2: Role.MID_LEVEL2,
            Role.LEVEL3: Role.MID_LEVEL3,
            Role.VALUE: Role.MID_VALUE,
        }
        if (
            _ANNUAL.search(header.texts[j] + header.groups[j])
            or _MID.search(header.texts[first] + header.groups[first])
            or _after_mid_block(header, first, j)
        ):
            header.roles[first] = mid[role]
            return role
    return Role.OTHER


def _after_mid_block(header: Header, first: int, j: int) -> bool:
    """一级 | 二级 | 三级 | 中期指标值 | 二级 | 三级 | 年度指标值: a 二级/三级 printed again after
    the mid-term value opens the annual block when the annual value follows it."""
    return Role.MID_VALUE in header.roles[first:j] and Role.VALUE in header.roles[j + 1 :]


def indicator_columns(header: Header) -> int:
    return sum(1 for r in header.roles if r in INDICATOR_ROLES)


def header_words(cells: list[str]) -> bool:
    """True when every non-empty cell is a header word (a header printed one cell per line)."""
    nonempty = [c for c in cells if c]
    return bool(nonempty) and all(cell_role(c) is not None for c in nonempty)


def same_header(a: Header, b: Header) -> bool:
    return a.signature() == b.signature() and [header_key(t) for t in a.texts if t] == [
        header_key(t) for t in b.texts if t
    ]
