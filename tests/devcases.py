"""Loader of the development cases in tests/data/dev_cases/ (invented indicators of many sectors
and provinces' wording, under both frameworks, in project, overall-unit, self-evaluation,
transfer-payment and evaluation-system tables). The format is described in the header of
tests/data/dev_cases/projects.txt; in short:

  @ 文档: NAME | 单位: UNIT | 年度: 2023 | 省份: 四川 | 依据列: 无      (starts a document)
  ## 项目: NAME | 预算: 万元 | 框架: old|2021 | 领域: sector | 类型: KIND | 截断: 是 | 目标: goal | 期望: codes
  一级 | 二级 | 三级 | 描述 | 指标值 | 依据 | 期望 | 等级 | 实际

"期望" lists every judged code a reviewer gives the row (or the table); "等级" is the reviewer's
specificity grade 1-5 (blank: not graded, e.g. evaluation-system rows); "实际" is the actual value
of a self-evaluation row. A file without an "@" line is one document of year 2022.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from auditor.extract.values import confirm_doubled_digits, parse_value
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
    province: str = ""
    row_labels: set[tuple[int, int, str]] = field(default_factory=set)
    project_labels: set[tuple[int, str]] = field(default_factory=set)
    grades: dict[tuple[int, int], int] = field(default_factory=dict)
    sectors: dict[int, str] = field(default_factory=dict)
    frameworks: dict[int, str] = field(default_factory=dict)


def _codes(text: str) -> set[str]:
    return {c.strip() for c in text.replace("，", ",").split(",") if c.strip()}


def _header(line: str) -> dict[str, str]:
    out = {}
    for part in line.lstrip("#@").split(" | "):
        key, _, value = part.partition(":")
        out[key.strip()] = value.strip()
    return out


def _new_document(path: Path, h: dict[str, str]) -> Cases:
    doc = Document(
        source=f"{path.name}#{h.get('文档', '')}",
        unit=h.get("单位") or "某县财政局汇总",
        year=int(h["年度"]) if h.get("年度") else 2022,
    )
    return Cases(doc=doc, province=h.get("省份", ""))


def _table(cases: Cases, h: dict[str, str], basis_column: bool) -> Table:
    table = Table(
        index=len(cases.doc.tables) + 1,
        kind=h.get("类型") or "project",  # type: ignore[arg-type]
        project=h["项目"],
        budget_wan=float(h["预算"]) if h.get("预算") else None,
        goal=h.get("目标") or None,
        has_basis_column=basis_column,
        truncated=h.get("截断") == "是",
    )
    cases.doc.tables.append(table)
    cases.sectors[table.index] = h.get("领域", "")
    cases.frameworks[table.index] = h.get("框架", "")
    cases.project_labels |= {(table.index, c) for c in _codes(h.get("期望", ""))}
    return table


def _row(cases: Cases, table: Table, line: str) -> None:
    cells = [c.strip() for c in line.split("|")]
    l1, l2, l3, desc, value, basis, expect, grade, actual = (cells + [""] * 9)[:9]
    row = IndicatorRow(
        index=len(table.rows) + 1,
        level1=l1,
        level2=l2,
        level3=l3,
        description=desc or None,
        value=value,
        basis=basis or None,
        parsed=parse_value(value),
        actual=actual or None,
        actual_parsed=parse_value(actual) if actual else None,
    )
    table.rows.append(row)
    cases.row_labels |= {(table.index, row.index, c) for c in _codes(expect)}
    if grade:
        cases.grades[(table.index, row.index)] = int(grade)


def load_cases(path: Path) -> list[Cases]:
    """The documents of one case file (one table per ## line)."""
    docs: list[Cases] = []
    cases: Cases | None = None
    table: Table | None = None
    basis_column = True
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("##")):
            continue
        if line.startswith("@"):
            h = _header(line)
            cases = _new_document(path, h)
            basis_column = h.get("依据列") != "无"
            docs.append(cases)
            table = None
            continue
        if cases is None:
            cases = _new_document(path, {})
            docs.append(cases)
        if line.startswith("##"):
            table = _table(cases, _header(line), basis_column)
            continue
        assert table is not None, f"{path.name}: row before the first ## project line"
        _row(cases, table, line)
    for c in docs:  # the extractor's document pass: doubled digits are garbling only in bulk
        confirm_doubled_digits([r.parsed for _, r in c.doc.rows()])
    return docs


def all_cases() -> list[Cases]:
    return [c for p in sorted(CASES.glob("*.txt")) for c in load_cases(p)]
