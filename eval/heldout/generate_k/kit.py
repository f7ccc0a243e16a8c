"""Reasons and tag helpers shared by the documents of the eleventh layout held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frame import Framed, project_table
from spec import Row, Table


def tags(
    fmt: str, enc: str, province: str, sector: str, patterns: str, **more: str
) -> dict[str, str]:
    out = {"format": fmt, "encoding": enc, "province": province, "sector": sector}
    out.update(more)
    out["layout_patterns"] = " ".join(patterns.split())
    return out


def codes(**kw: str) -> dict[str, str]:
    return dict(kw)


def ptab(
    project: str,
    budget_wan: float | None,
    goal: str | None,
    rows: list[Row],
    dept: str,
    headers: Sequence[str],
    keys: Sequence[str],
    money_label: str,
    money: str,
    goal_label: str = "年度绩效目标",
    kind: str = "project",
    title: str = "",
    codes: dict[str, str] | None = None,
    merge: Sequence[str] = ("l1", "l2"),
    **extra: Any,
) -> tuple[Table, Framed]:
    """A labelled table and its common project frame (project block, one header line, body)."""
    t = Table(kind, project, budget_wan, goal, rows, title=title, codes=codes or {}, extra=extra)
    f = project_table(t, dept, headers, keys, money_label, money, goal_label, merge=merge)
    return t, f
