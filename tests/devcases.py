"""Loader and scorer of the development cases in tests/data/dev_cases/ (invented indicators of
several sectors under both frameworks; see the header of each file for the format)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table

CASES = Path(__file__).parent / "data" / "dev_cases"
# Codes the cases are labelled for: every row and table states all of these that apply.
ROW_CODES = frozenset(
    {"C202", "C205", "C206", "U301", "U302", "U305", "V401", "V402", "V403", "V404", "V405"}
)
PROJECT_CODES = frozenset({"C203", "T104", "G701", "G702"})


@dataclass
class Cases:
    doc: Document
    row_labels: set[tuple[int, int, str]] = field(default_factory=set)
    project_labels: set[tuple[int, str]] = field(default_factory=set)
    sectors: dict[int, str] = field(default_factory=dict)
    frameworks: dict[int, str] = field(default_factory=dict)


def _codes(text: str) -> set[str]:
    return {c.strip() for c in text.replace("，", ",").split(",") if c.strip()}


def _header(line: str) -> dict[str, str]:
    out = {}
    for part in line.lstrip("#").split(" | "):
        key, _, value = part.partition(":")
        out[key.strip()] = value.strip()
    return out


def load_cases(path: Path) -> Cases:
    """Every case file becomes one document of a county (one table per ## project)."""
    cases = Cases(doc=Document(source=path.name, unit="某县财政局汇总", year=2022))
    table: Table | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("##")):
            continue
        if line.startswith("##"):
            h = _header(line)
            table = Table(
                index=len(cases.doc.tables) + 1,
                kind=h.get("类型") or "project",  # type: ignore[arg-type]
                project=h["项目"],
                budget_wan=float(h["预算"]) if h.get("预算") else None,
                goal=h.get("目标") or None,
                has_basis_column=True,
            )
            cases.doc.tables.append(table)
            cases.sectors[table.index] = h.get("领域", "")
            cases.frameworks[table.index] = h.get("框架", "")
            cases.project_labels |= {(table.index, c) for c in _codes(h.get("期望", ""))}
            continue
        assert table is not None, f"{path.name}: row before the first ## project line"
        cells = [c.strip() for c in line.split("|")]
        l1, l2, l3, desc, value, basis, expect = (cells + [""] * 7)[:7]
        row = IndicatorRow(
            index=len(table.rows) + 1,
            level1=l1,
            level2=l2,
            level3=l3,
            description=desc or None,
            value=value,
            basis=basis or None,
            parsed=parse_value(value),
        )
        table.rows.append(row)
        cases.row_labels |= {(table.index, row.index, c) for c in _codes(expect)}
    return cases


def all_cases() -> list[Cases]:
    return [load_cases(p) for p in sorted(CASES.glob("*.txt"))]
