"""Value columns per place: one column per village or township, or the target glossed with a place
("指标值（全市）| 指标值（某某县）", "全镇指标值 | 某村 | 某村").

Which column is the row's target: the total of the table's own area, except when the only
place named beside a total of a larger area is the unit's own (a county's column next to the
city's total in a transfer-payment table): then that place's column.
"""

from __future__ import annotations

import re

from auditor.extract.normalize import squeeze

_PLACE = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(村|镇|乡|街道|街道办|社区|县|区|市|片区|管区|村委会|居委会|苏木|嘎查)$"
)
_TOTALS = frozenset(
    {"合计", "总计", "小计", "全县", "全区", "全市", "全镇", "全乡", "汇总", "全省"}
)
# the whole of an area, its total named ("全旗合计", "全县汇总", "全镇总计")
_AREA_TOTAL = re.compile(
    r"^全(?P<area>省|市|州|盟|县|区|旗|镇|乡|苏木|街道)(?:合计|总计|汇总|小计)?$"
    # a named area's total ("某某县合计", "某某镇汇总"), or the area's kind alone ("街道合计")
    r"|^[\u4e00-\u9fff]{0,10}?(?P<named>省|市|州|盟|县|区|旗|镇|乡|苏木|街道)(?:合计|总计|汇总)$"
)
_VALUE_WORD = r"(?:年度)?(?:指标值|目标值)"
_GLOSSED = re.compile(rf"^{_VALUE_WORD}\((?P<a>[^()]+)\)$|^(?P<b>[^()]+?){_VALUE_WORD}$")
# the rank of an area by its last character (a larger area ranks higher)
_LEVEL = {"省": 5, "市": 4, "州": 4, "盟": 4, "县": 3, "区": 3, "旗": 3, "镇": 2, "乡": 2}


def _is_place(text: str) -> bool:
    return is_total(text) or bool(_PLACE.match(text))


def place_of(cell: str) -> str | None:
    """The place a value column header names ("白果村", "全镇指标值" -> "全镇", "指标值（某县）" ->
    "某县"), or None."""
    text = squeeze(cell).replace("（", "(").replace("）", ")")
    if _is_place(text):
        return text
    m = _GLOSSED.match(text)
    if m is None:
        return None
    if m.group("a"):
        return m.group("a") if _is_place(m.group("a")) else None
    return m.group("b") if is_total(m.group("b")) else None  # "全镇指标值", not "分乡镇指标值"


def is_total(place: str) -> bool:
    return place in _TOTALS or bool(_AREA_TOTAL.match(place))


def _level(place: str) -> int | None:
    m = _AREA_TOTAL.match(place)
    if m is not None:
        place = m.group("area") or m.group("named")
    return _LEVEL.get(place[-1]) if place else None


def target_place(places: list[str]) -> int:
    """Index of the column whose value is the row's target (see the module docstring)."""
    totals = [i for i, p in enumerate(places) if is_total(p)]
    named = [i for i, p in enumerate(places) if not is_total(p)]
    if not totals:
        return 0
    total = totals[0]
    if len(named) == 1:
        own, whole = _level(places[named[0]]), _level(places[total])
        if own is not None and whole is not None and whole > own:
            return named[0]
    return total
