"""Reasons used by several documents of the ninth layout held-out set (typed once)."""

from __future__ import annotations

V404 = {"V404": "basis is only a category word"}
V401 = {"V401": "direction or adjective without a criterion"}
V402 = {"V402": "boilerplate phrase that fits any project"}
V403 = {"V403": "description only restates the name"}
U307 = {"U307": "non-standard comparator or unit notation"}
U301 = {"U301": "a per-unit standard given in bare 元 without its denominator"}
U304 = {"U304": "rate without a unit"}
V405_SAT = {"V405": "satisfaction target below 80%"}
T107_ROW = {"T107": "unfilled template row: the 二级 name repeated as 三级 with value 无"}


def codes(*parts: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in parts:
        out.update(p)
    return out


def tags(
    fmt: str, enc: str, province: str, sector: str, patterns: str, **more: str
) -> dict[str, str]:
    out = {"format": fmt, "encoding": enc, "province": province, "sector": sector}
    out.update(more)
    out["layout_patterns"] = " ".join(patterns.split())
    return out


U305 = {"U305": "≥ on a measure that should stay low (a lower bound of 0 is no target)"}
U302 = {"U302": "a proportion above 100%"}
C202 = {"C202": "the indicator belongs to another 二级"}
C206 = {"C206": "an output count placed under a 效益 二级"}
T105 = {"T105": "leftover from another place, level or project"}
S804 = {"S804": "missed target without a deviation reason"}
S801 = {"S801": "full points on a missed target"}
U306 = {"U306": "a fraction of an event that can only be counted whole"}


def parts_by_nature(rs: list, mark: str = "定性") -> list:  # type: ignore[type-arg]
    """Split values into [符号, 数值, 单位]; a row whose 指标性质 is 定性 prints `mark` and its text."""
    from dsl import split_value

    for r in rs:
        if r.x.get("nature") == "定性":
            r.x["parts"] = [mark, "", r.value]
        else:
            r.x["parts"] = split_value(r.value, mark)
    return rs
