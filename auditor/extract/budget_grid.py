"""A self-evaluation's budget grid (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分):
its column words, then rows of figures read by column (a budget label's row is the table's
budget, a budget line's row is kept by its name), whether the grid comes as rows of cells, on
one line of text, or one cell per line."""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.extract.meta_labels import Label, label_of, label_scale
from auditor.extract.meta_state import BUDGET_COLUMNS, Meta, set_budget
from auditor.extract.normalize import squeeze
from auditor.extract.rowbuild import to_number

_AMOUNT = re.compile(r"^-?\d[\d,]*(\.\d+)?$")
_WAN = re.compile(r"^(\d+(?:\.\d+)?)万元$")
_TOTAL_WORD = re.compile(r"^(合计|总计|共计|总额|小计)[:：]?(?=\d)")
_BREAKDOWN = re.compile(r"(?<=\d|元)[(（](其中|含|包括)[^()（）]*[)）]?$")


def amount(text: str) -> float | None:
    """'1,234,567.00' -> 1234567.0; '37万元' -> 37.0; None for anything else."""
    t = squeeze(text).replace(",", "").replace("，", "")
    t = _BREAKDOWN.sub("", t)  # "900.00万元（其中中央资金600.00万元、…）": the total
    t = _TOTAL_WORD.sub("", t)  # "合计：1,280.00"
    if _AMOUNT.match(t) and len(t.split(".")[0]) <= 15:
        return float(t)
    m = _WAN.match(t)
    return float(m.group(1)) if m and len(m.group(1)) <= 15 else None


_PERIOD = re.compile(r"[(（]\d{4}年?度?([-—–~至]\d{4}年?)?[)）]")
_MID_TERM_WORD = re.compile(r"中期(资金|预算)?(数|总额)?")
_ANNUAL_WORD = re.compile(r"(年度|当年|本年)(资金|预算)?(数|总额)?")


@lru_cache(maxsize=8192)  # asked of every cell of every metadata row: cells repeat a lot
def budget_column(cell: str) -> str | None:
    """A budget grid's column word, or a period heading (中期（2024-2026年） / 年度（2024年）)."""
    k = squeeze(cell)
    if k in BUDGET_COLUMNS:
        return BUDGET_COLUMNS[k]
    k = _PERIOD.sub("", k)
    if _MID_TERM_WORD.fullmatch(k):
        return "中期预算数"
    if _ANNUAL_WORD.fullmatch(k):
        return "年度预算数"
    return None


def budget_header(meta: Meta, cells: list[str]) -> bool:
    cols = {j: name for j, c in enumerate(cells) if (name := budget_column(c)) is not None}
    if len(cols) < 2:
        cols = _label_columns(cells)
    if len(cols) < 2:
        return False
    meta.budget_columns = cols
    first = next((c for c in cells if c), "")
    meta.pending_scale = label_scale(first)
    inline = _inline_values(cols, cells)
    if inline is not None:  # "中期资金总额 | 3600 | 年度资金总额 | 1250": each word, its figure
        budget_values(meta, inline)
        meta.budget_columns = {}
    return True


def _inline_values(cols: dict[int, str], cells: list[str]) -> list[str] | None:
    """The figures printed right of each column word in the same row, moved under the words."""
    out = [""] * len(cells)
    order = sorted(cols)
    for n, j in enumerate(order):
        end = order[n + 1] if n + 1 < len(order) else len(cells)
        k = next((k for k in range(j + 1, end) if figure(cells[k]) is not None), None)
        if k is not None:
            out[j] = cells[k]
    return out if any(out) else None


_NO_FIGURE = frozenset({"—", "-", "－", "/", "／", "——"})


def column_run(meta: Meta, cell: str) -> bool:
    """A budget grid printed one cell per line ("年初预算数", "全年预算数", …, "年度资金总额",
    "300.00", "320.00", …): the column words, then a row label and its values in order."""
    name = BUDGET_COLUMNS.get(squeeze(cell))
    if name is not None and not meta.run_values and not meta.run_label:
        meta.column_run.append(name)
        return True
    if len(meta.column_run) < 2:
        meta.column_run.clear()
        return False
    if figure(cell) is not None or squeeze(cell) in _NO_FIGURE:
        meta.run_values.append(cell)
        if len(meta.run_values) == len(meta.column_run):
            _flush_run(meta)
        return True
    if label_of(cell) in (Label.BUDGET, Label.BUDGET_LINE):
        _flush_run(meta)
        meta.run_label = cell
        return True
    _flush_run(meta)
    meta.column_run.clear()
    return False


def _flush_run(meta: Meta) -> None:
    """The values of one row of a one-cell-per-line budget grid, read under its column words."""
    if meta.run_values:
        kept = meta.budget_columns
        meta.budget_columns = {k + 1: name for k, name in enumerate(meta.column_run)}
        budget_values(meta, [meta.run_label, *meta.run_values])
        meta.budget_columns = kept
    meta.run_values = []
    meta.run_label = ""


def _label_columns(cells: list[str]) -> dict[int, str]:
    """'资金情况(万元) | 年度金额 | 其中：中央补助 | 地方资金': a budget label over its total and the
    budget lines as column headers, the amounts in the row below (read by column); or the
    total's label heading a column of its own before the lines."""
    nonempty = [(j, c) for j, c in enumerate(cells) if c]
    if len(nonempty) < 3 or label_of(nonempty[0][1]) is not Label.BUDGET:
        return {}
    labels = {j: label_of(c) for j, c in nonempty[1:]}
    if any(lab not in (Label.BUDGET, Label.BUDGET_LINE) for lab in labels.values()):
        return {}
    lines = {j: _line_name(cells[j]) for j, lab in labels.items() if lab is Label.BUDGET_LINE}
    if not any(lab is Label.BUDGET for lab in labels.values()):
        # "年度资金总额 | 其中：财政拨款 | 上年结转 | 其他资金": no total among the columns after
        # the first label, so the first heads the total's own column
        return {nonempty[0][0]: "预算数", **lines}
    return {
        j: "预算数" if lab is Label.BUDGET else _line_name(cells[j]) for j, lab in labels.items()
    }


def _line_name(cell: str) -> str:
    return re.sub(r"^其中[:：]?", "", squeeze(cell))


def budget_values(meta: Meta, cells: list[str]) -> bool:
    shift = _value_shift(meta.budget_columns, cells)
    values = {
        name: figure(cells[j + shift])
        for j, name in meta.budget_columns.items()
        if j + shift < len(cells)
    }
    if not any(v is not None for v in values.values()):
        return False
    # the row's label: the text nearest its figures ("部门资金(万元) | 年度资金总额 | 386.20 …":
    # a group label spanning the grid's rows comes first)
    line = ""
    for c in cells:
        if c and (amount(c) is not None or to_number(c) is not None):
            break
        line = c or line
    scale = meta.pending_scale if meta.pending_scale is not None else meta.scale
    total = not line or label_of(line) is Label.BUDGET
    for name, v in values.items():
        if v is None:
            continue
        if name == "执行率":
            if total:
                meta.execution_rate = v
        elif name in ("分值", "得分"):
            key = f"预算执行{name}" if total else f"{squeeze(line)}:{name}"
            meta.budget_lines[key] = v
        else:
            key = name if total else f"{squeeze(line)}:{name}"
            meta.budget_lines[key] = round(v * scale, 6)
    if total and meta.budget is None:
        chosen = (
            values.get("全年预算数")
            or values.get("年初预算数")
            or values.get("年度预算数")
            or values.get("预算数")
        )
        if chosen is not None:
            set_budget(meta, chosen, scale)
    return True


_FIGURE = re.compile(r"^-?\d[\d,]*(\.\d+)?(%|分|万元|元)?$")


def figure(cell: str) -> float | None:
    """A budget grid's cell as a number: figures only (a sentence that holds a number is not):
    an amount, rate or score ('138.60', '92.40%', '10分')."""
    return to_number(cell) if _FIGURE.match(squeeze(cell)) else None


def _value_shift(columns: dict[int, str], cells: list[str]) -> int:
    """Text without column positions (a PDF line) prints the row's label before the amounts of
    a header that had none: 'A B C' over '年度资金总额 1 2 3' reads the amounts one cell right."""
    width = len(cells)
    while width and not cells[width - 1]:
        width -= 1
    excess = width - (max(columns) + 1)
    if excess <= 0:
        return 0
    first_number = next((j for j, c in enumerate(cells) if figure(c) is not None), width)
    return excess if first_number - min(columns) >= excess else 0


def run_grid(seg: list[str], cols: list[int], values: list[str]) -> tuple[list[str], list[str]]:
    """A budget grid printed on one line: its column words, then the values in order. When the
    word right before the values is a budget label ("年初预算数 全年预算数 全年执行数 年度资金总额
    300 320 305.6") and the words before it outnumber the values, it labels the values' row: the
    values stand under the last column words before it (a grid title such as "年度预算(万元)"
    may come first). Otherwise the values stand under the column words from the first on."""
    last = seg[cols[-1]]
    words = cols[:-1]
    if (
        label_of(last) is Label.BUDGET
        and squeeze(last) not in BUDGET_COLUMNS
        and len(words) >= len(values)
    ):
        header = seg[: cols[-1]]
        row = [""] * len(header)
        for j, v in zip(words[len(words) - len(values) :], values, strict=True):
            row[j] = v
        if row[0] == "":
            row[0] = last
        return header, row
    return seg[: cols[-1] + 1], [""] * cols[0] + values
