"""The content model of the seventh layout held-out set (layouts-g): documents, tables and rows with their
gold labels, typed once and used both to render the source file and to write the dataset item.

A row keeps what the document *means* (the label: full 一级/二级, the joined value) and, in `x`,
what the layout prints beside it (split value parts, actual value, score, per-place values …).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Row:
    l1: str
    l2: str
    l3: str
    value: str
    desc: str | None = None
    basis: str | None = None
    std: str | None = None  # 评（扣）分标准
    note: str | None = None
    codes: dict[str, str] = field(default_factory=dict)  # code -> reason
    spec: int | None = None  # specificity 1-5 (None: not graded, e.g. a criterion without target)
    x: dict[str, Any] = field(default_factory=dict)  # printed extras (row_extra in the dataset)
    source_line: int | None = None  # set by the text renderers


def R(l1: str, l2: str, l3: str, value: str, spec: int | None, **kw: Any) -> Row:
    """A row; keyword `c` gives the codes, `x` the extras, the rest are Row fields."""
    codes = kw.pop("c", None) or {}
    x = kw.pop("x", None) or {}
    return Row(l1, l2, l3, value, spec=spec, codes=codes, x=x, **kw)


@dataclass
class Table:
    kind: str
    project: str
    budget_wan: float | None
    goal: str | None
    rows: list[Row]
    title: str = ""
    unit_line: str | None = None
    codes: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Doc:
    id: str
    file: str
    unit: str
    year: int | None
    tags: dict[str, str]
    tables: list[Table]
    render: Callable[[Doc], bytes] | None = None
    codes: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


ROW_EXTRA_KEYS = (
    "parts",
    "nature",
    "weight",
    "direction",
    "remark",
    "actual",
    "score_max",
    "score",
    "deviation",
    "mid_term",
    "per_place",
    "printed_l1",
    "printed_l2",
)


def row_json(i: int, r: Row) -> dict[str, Any]:
    return {
        "row_index": i,
        "level1": r.l1,
        "level2": r.l2,
        "level3": r.l3,
        "description": r.desc,
        "value": r.value,
        "basis": r.basis,
        "scoring_standard": r.std,
        "source_line": r.source_line,
        "note": r.note,
        "labels": {"codes": list(r.codes), "why": dict(r.codes), "specificity": r.spec},
    }


def table_json(i: int, t: Table) -> dict[str, Any]:
    extra = dict(t.extra)
    row_extra = {str(n): dict(r.x) for n, r in enumerate(t.rows, 1) if r.x}
    if row_extra:
        extra["row_extra"] = row_extra
    return {
        "table_index": i,
        "kind": t.kind,
        "project": t.project,
        "budget_wan": t.budget_wan,
        "goal": t.goal,
        "title": t.title,
        "unit_line": t.unit_line,
        "labels": {"codes": list(t.codes), "why": dict(t.codes), "extra": extra},
        "rows": [row_json(n, r) for n, r in enumerate(t.rows, 1)],
    }


def item_json(doc: Doc, sha256: str) -> dict[str, Any]:
    tags = dict(doc.tags)
    tags["table_kinds"] = " ".join(t.kind for t in doc.tables)
    return {
        "record": "item",
        "id": doc.id,
        "source": {"name": doc.file, "sha256": sha256},
        "unit": doc.unit,
        "year": doc.year,
        "tags": tags,
        "tables": [table_json(n, t) for n, t in enumerate(doc.tables, 1)],
        "document_labels": {"codes": list(doc.codes), "why": dict(doc.codes), "extra": doc.extra},
    }


def check_doc(doc: Doc) -> list[str]:
    """Internal consistency of the typed content (not of the rendering)."""
    problems: list[str] = []
    for ti, t in enumerate(doc.tables, 1):
        for ri, r in enumerate(t.rows, 1):
            where = f"{doc.id} t{ti} r{ri}"
            parts = r.x.get("parts")
            qualitative = (
                parts is not None and parts[0] in ("定性", "文字描述") and parts[-1] == r.value
            )
            if parts is not None and "".join(parts) != r.value and not qualitative:
                problems.append(f"{where}: parts {parts} do not join to {r.value!r}")
            unknown = set(r.x) - set(ROW_EXTRA_KEYS)
            if unknown:
                problems.append(f"{where}: unknown row extra {sorted(unknown)}")
            if r.spec is None and t.kind != "evaluation_system":
                problems.append(f"{where}: no specificity")
    return problems
