"""Compare an extracted Document with what the renderer printed (`Expected`).

Text is compared with all whitespace removed (PDF and text dumps wrap and pad cells). The extra
columns are read from the IndicatorRow attributes named in EXTRA_FIELDS; an extractor that
names them differently updates this table, nothing else.
"""

from __future__ import annotations

import re

from auditor.models import Document, IndicatorRow, Table
from auditor.synth.page import Expected, ExpectedRow, ExpectedTable

# renderer extra key -> IndicatorRow attribute holding it
EXTRA_FIELDS = {
    "nature": "nature",  # 指标性质 (定量/定性)
    "weight": "weight",  # 权重 / 分值 of a target table
    "direction": "direction",  # 指标方向性 (正向/反向)
    "remark": "remark",  # 备注
    "actual": "actual",  # 实际完成值 (self-evaluation)
    "score_max": "weight",  # 分值 of a self-evaluation table
    "score": "score",  # 得分 (self-evaluation)
    "deviation": "deviation",  # 偏差原因分析及改进措施 (self-evaluation)
}
_WS = re.compile(r"\s+")
MAX_PROBLEMS = 12


def norm(text: object) -> str:
    return "" if text is None else _WS.sub("", str(text))


def _same(got: object, want: str) -> bool:
    """Text compared without whitespace; a number extracted from the text compared as a number."""
    if isinstance(got, int | float) and not isinstance(got, bool):
        try:
            return abs(float(got) - float(want)) < 1e-9
        except ValueError:
            return False
    return norm(got) == norm(want)


def _row_problems(where: str, row: IndicatorRow, exp: ExpectedRow) -> list[str]:
    out = []
    for name in ("level1", "level2", "level3", "value"):
        got = norm(getattr(row, name))
        accepted: frozenset[str] = getattr(exp, name)
        if got not in {norm(a) for a in accepted}:
            out.append(f"{where} {name}={got!r}, expected one of {sorted(accepted)}")
    for key, want in exp.extras:
        attr = EXTRA_FIELDS[key]
        if not hasattr(row, attr):
            out.append(f"{where} no IndicatorRow.{attr} ({key}) to hold {want!r}")
        elif not _same(getattr(row, attr), want):
            out.append(f"{where} {attr}={getattr(row, attr)!r}, expected {want!r}")
    return out


def _table_problems(n: int, table: Table, exp: ExpectedTable) -> list[str]:
    where = f"table {n}"
    out = []
    if table.kind != exp.kind:
        out.append(f"{where} kind={table.kind!r}, expected {exp.kind!r}")
    if norm(table.project) != norm(exp.project):
        out.append(f"{where} project={table.project!r}, expected {exp.project!r}")
    if exp.budget_wan is not None and (
        table.budget_wan is None or abs(table.budget_wan - exp.budget_wan) > 0.005
    ):
        out.append(f"{where} budget_wan={table.budget_wan}, expected {exp.budget_wan}")
    if len(table.rows) != len(exp.rows):
        got = [norm(r.level3) for r in table.rows]
        out.append(f"{where}: {len(table.rows)} rows, expected {len(exp.rows)} ({got[:8]})")
    for row, erow in zip(table.rows, exp.rows):
        out += _row_problems(f"{where} row {row.index}", row, erow)
    return out


def compare(doc: Document, expected: Expected) -> list[str]:
    """Every difference between the extraction and the rendering's expectation (empty = equal)."""
    out: list[str] = []
    if expected.unit is not None and norm(doc.unit) != norm(expected.unit):
        out.append(f"unit={doc.unit!r}, expected {expected.unit!r}")
    if expected.year is not None and doc.year != expected.year:
        out.append(f"year={doc.year}, expected {expected.year}")
    if len(doc.tables) != len(expected.tables):
        got = [t.project for t in doc.tables]
        out.append(f"{len(doc.tables)} tables {got}, expected {len(expected.tables)}")
    for n, (table, exp) in enumerate(zip(doc.tables, expected.tables), 1):
        out += _table_problems(n, table, exp)
    return out[:MAX_PROBLEMS]
