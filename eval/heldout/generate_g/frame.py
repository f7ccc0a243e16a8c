"""Table frames of the seventh layout held-out set: the project/budget/goal block above an indicator
table and the indicator body, as a cell `Grid` whose rows remember the labelled `Row` they print.
The same `Framed` table is written to DOCX/XLSX/XLS/PDF/HTML as a grid and to plain text by
`textual.py`, so every format prints the same cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from grid import Grid
from spec import Row, Table

# Names of the two frameworks (typed once, used by the document modules).
P, E, S, C = "产出指标", "效益指标", "满意度指标", "成本指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
JJ, SH, ST, KC = "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"
MY = "服务对象满意度指标"
JC, SC, HC = "经济成本指标", "社会成本指标", "生态环境成本指标"


@dataclass
class Framed:
    """A grid plus the labelled row each body line prints (grid row index -> Row)."""

    grid: Grid
    rows: dict[int, Row] = field(default_factory=dict)
    body: tuple[int, int] = (0, -1)  # first and last grid row of the indicator body

    def add_row(self, row: Row, cells: Sequence[str]) -> int:
        i = self.grid.add(*cells)
        self.rows[i] = row
        return i


def cell(r: Row, key: str) -> str:
    """The printed text of one column of a row. Keys: l1 l2 l3 value desc basis std, p0..p3
    (split value parts), mid_l2/mid_l3/mid_value, place:<name>, any row extra (weight …),
    and '' for an empty column."""
    if key == "":
        return ""
    if key in ("l1", "l2"):
        printed = r.x.get(f"printed_{key}")
        return str(printed) if printed is not None else (r.l1 if key == "l1" else r.l2)
    simple = {"l3": r.l3, "value": r.value, "desc": r.desc, "basis": r.basis, "std": r.std}
    if key in simple:
        return simple[key] or ""
    if key[0] == "p" and key[1:].isdigit():
        parts = r.x.get("parts") or []
        n = int(key[1:])
        return str(parts[n]) if n < len(parts) else ""
    if key.startswith("mid_"):
        return str((r.x.get("mid_term") or {}).get(key[4:], ""))
    if key.startswith("place:"):
        return str((r.x.get("per_place") or {}).get(key[6:], ""))
    v = r.x.get(key)
    return "" if v is None else str(v)


def merge_label_runs(f: Framed, cols: Sequence[int], keys: Sequence[str]) -> None:
    """Merge vertical runs of equal labels in the body: column cols[k] is merged over rows whose
    keys[0..k] all agree (a 二级 run never crosses a 一级 boundary)."""
    first, last = f.body
    for k, col in enumerate(cols):
        r = first
        while r <= last:
            row = f.rows.get(r)
            if row is None or not cell(row, keys[k]):
                r += 1
                continue
            sig = tuple(cell(row, key) for key in keys[: k + 1])
            end = r
            while end + 1 <= last:
                nxt = f.rows.get(end + 1)
                if nxt is None and not f.grid.rows[end + 1][col]:
                    end += 1  # a placeholder line inside the block: the merged cell covers it
                    continue
                if nxt is None or tuple(cell(nxt, key) for key in keys[: k + 1]) != sig:
                    break
                end += 1
            if end > r:
                f.grid.span(r, col, end, col)
            r = end + 1


def indicator_body(
    f: Framed,
    rows: Sequence[Row],
    keys: Sequence[str],
    merge: Sequence[str] = ("l1", "l2"),
    lead: Sequence[str] = (),
    after: dict[int, Sequence[Sequence[str]]] | None = None,
) -> None:
    """Append one grid row per labelled row (columns = keys, after `lead` fixed cells) and merge
    the label columns named in `merge`. `after[n]`: unlabelled lines printed after row n
    (placeholders such as `指标2：` or `……`)."""
    first = len(f.grid.rows)
    for n, r in enumerate(rows, 1):
        f.add_row(r, list(lead) + [cell(r, k) for k in keys])
        for extra in (after or {}).get(n, ()):
            f.grid.add(*extra)
    f.body = (first, len(f.grid.rows) - 1)
    off = len(lead)
    cols = [off + keys.index(k) for k in merge if k in keys]
    merge_label_runs(f, cols, [k for k in merge if k in keys])


def project_block(
    g: Grid,
    t: Table,
    dept: str,
    money_label: str,
    money: str,
    goal_label: str = "年度绩效目标",
    agency: str | None = None,
) -> None:
    """项目名称 / 主管部门 / 资金 / 目标 lines over the full width of an indicator grid."""
    half = g.ncols // 2
    if g.ncols < 4:
        g.wide("项目名称", t.project)
        g.wide("主管部门", dept)
    else:
        cells = ["项目名称", t.project] + [""] * (half - 2) + ["主管部门", dept]
        r = g.add(*cells, *[""] * (g.ncols - len(cells)))
        g.span(r, 1, r, half - 1)
        g.span(r, half + 1, r, g.ncols - 1)
    if agency:
        g.wide("实施单位", agency)
    g.wide(money_label, money)
    if t.goal is not None:
        g.wide(goal_label, t.goal)


def header(g: Grid, *cells: str) -> int:
    r = g.add(*cells)
    g.header_rows = max(g.header_rows, r + 1)
    return r


def wan(amount_yuan: float) -> float:
    return round(amount_yuan / 10000, 6)


def project_table(
    t: Table,
    dept: str,
    headers: Sequence[str],
    keys: Sequence[str],
    money_label: str,
    money: str,
    goal_label: str = "年度绩效目标",
    agency: str | None = None,
    merge: Sequence[str] = ("l1", "l2"),
    after: dict[int, Sequence[Sequence[str]]] | None = None,
) -> Framed:
    """The common project table: project block, one header line, the indicator body."""
    f = Framed(Grid(len(headers)))
    project_block(f.grid, t, dept, money_label, money, goal_label, agency)
    header(f.grid, *headers)
    indicator_body(f, t.rows, keys, merge, after=after)
    return f
