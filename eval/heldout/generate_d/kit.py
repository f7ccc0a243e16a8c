"""Reasons used by several documents of the fourth layout held-out set (typed once)."""

from __future__ import annotations

V404 = {"V404": "basis is only a category word"}
V401 = {"V401": "direction or adjective without a criterion"}
V402 = {"V402": "boilerplate phrase that fits any project"}
V403 = {"V403": "description only restates the name"}
U307 = {"U307": "non-standard comparator or unit notation"}


def codes(*parts: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in parts:
        out.update(p)
    return out
