"""Reasons and small helpers used by several documents of the twelfth layout held-out set."""

from __future__ import annotations

V401 = {"V401": "direction or adjective without a criterion"}
V402 = {"V402": "boilerplate phrase that fits any project"}
V403 = {"V403": "description only restates the name"}
V404 = {"V404": "basis is only a category word or empty"}
U304 = {"U304": "rate without a unit"}
U307 = {"U307": "non-standard comparator or unit notation"}

SIGN = "单位负责人：{a}　　　财务负责人：{b}　　　填表人：{c}　　　联系电话：{d}"


def tags(
    fmt: str, enc: str, province: str, sector: str, patterns: str, **more: str
) -> dict[str, str]:
    out = {"format": fmt, "encoding": enc, "province": province, "sector": sector}
    out.update(more)
    out["layout_patterns"] = " ".join(patterns.split())
    return out


def sign(a: str, b: str, c: str, d: str) -> str:
    """The signature line real hand-made tables carry under them (not content)."""
    return SIGN.format(a=a, b=b, c=c, d=d)


def parts3(rs: list, text_in: int = 1) -> list:
    """[符号, 数值, 单位] of every row's value; a target without a number stands whole in the
    cell `text_in` (dates included) (1 = the 数值 cell, 2 = the 单位 cell) and the others stay empty."""
    import re

    from dsl import split_value

    for r in rs:
        p = split_value(r.value, "")
        if not p[1] or re.search(r"\d年", r.value):  # a date is written whole, as a text target
            p = ["", "", ""]
            p[text_in] = r.value
        r.x["parts"] = p
    return rs
