"""The metadata above an indicator table: project, budget, goal, unit and budget lines.

Label and value stand side by side in a row ("项目名称 | 乡村道路养护"), or in consecutive rows
when the source prints one cell per line (the label waits for its value). Budgets are read in the
unit the table states (a "单位：元" line, a "(元)" note in the label) and converted to 万元, the
source unit recorded. Self-evaluation tables add a small budget grid (年初预算数 | 全年预算数 |
全年执行数 | 执行率) whose values are read by column (auditor.extract.budget_grid).
"""

from __future__ import annotations

import re

from auditor.extract.budget_grid import (
    amount,
    budget_column,
    budget_header,
    budget_values,
    column_run,
    figure,
    run_grid,
)
from auditor.extract.meta_labels import (
    LABELS,
    META_LABEL_WORDS,
    Label,
    colon_label,
    label_of,
    label_scale,
)
from auditor.extract.meta_state import BUDGET_COLUMNS, Meta, set_budget
from auditor.extract.normalize import squeeze
from auditor.extract.vocabulary import Kind, is_category_cell, kind_of

_AMOUNT = re.compile(r"^-?\d[\d,]*(\.\d+)?$")
_FIGURE_IN = re.compile(r"\d")
_BUDGET_WORDS = sorted(
    (squeeze(w).replace("（", "(").replace("）", ")") for w in LABELS[Label.BUDGET]),
    key=len,
    reverse=True,
)
# "年度资金总额：412.60", "年度金额：1120.00（其中…）", "年度资金总额 1260.00 其中：…": a budget
# label and its amount inside one cell, the budget lines run on after it
_BUDGET_WORD_RE = "|".join(re.escape(w) for w in _BUDGET_WORDS)
_LABELLED_AMOUNT = re.compile(
    rf"^(?:{_BUDGET_WORD_RE})(?:\((万元|元|千元)\))?[:：]?(?P<amount>\d[\d,]*(?:\.\d+)?)(万元|元|千元)?(?![\d.%])"
)
_LABEL_PREFIXES = tuple(
    squeeze(w).replace("（", "(").replace("）", ")")
    for w in META_LABEL_WORDS
    if w not in ("其他资金", "财政资金", "财政拨款", "上年结转")
)


def is_label(text: str) -> bool:
    return squeeze(text).replace("（", "(").replace("）", ")").startswith(_LABEL_PREFIXES)


def read_meta(meta: Meta, cells: list[str], flat: bool) -> None:
    """Read one metadata row (cells of a grid row or a line)."""
    nonempty = [(i, c) for i, c in enumerate(cells) if c]
    if not nonempty:
        return
    if len(nonempty) == 1 and column_run(meta, nonempty[0][1]):
        return
    if budget_header(meta, cells) or _goal_header(meta, cells):
        return
    if meta.budget_columns and budget_values(meta, cells):
        return
    if meta.goal_columns and _goal_values(meta, cells, flat):
        return
    if _name_goes_on(meta, nonempty) or _goal_goes_on(meta, nonempty):
        return
    if _queue_goal_label(meta, nonempty) or _queue_amount_label(meta, nonempty):
        return
    if meta.pending is not None and label_of(nonempty[0][1]) is None:
        _set(meta, meta.pending, nonempty[0][1], meta.pending_scale, flat)
        meta.pending = meta.queued.pop(0) if meta.queued else None
        nonempty = nonempty[1:]
        if not nonempty:
            return
    short = colon_label(nonempty[0][1]) if len(nonempty) == 1 else None
    if short is not None:
        _set(meta, short[0], short[1], label_scale(short[1]), flat)
        return
    meta.queued.clear()  # a row of its own ends a run of goal labels waiting for their texts
    row_scale = next((s for _, c in nonempty if (s := label_scale(c)) is not None), None)
    for i, c in nonempty:
        label = label_of(c)
        if label is None or label is Label.OTHER:
            continue
        if label is Label.BUDGET:
            if meta.budget is None:
                num = _next_number(cells, i)
                if num is not None:
                    set_budget(meta, num, label_scale(c) or row_scale)
                elif i == nonempty[-1][0] or not _figures_after(cells, i):
                    # the amount is on the next line (a label wrapped over lines beside it)
                    meta.pending, meta.pending_scale = label, label_scale(c) or row_scale
            continue
        value = _next_value(cells, i)
        if value:
            _set(meta, label, value, row_scale, flat)
        elif i == nonempty[-1][0] and label is not Label.FUND_USE:
            meta.pending, meta.pending_scale = label, row_scale
    _fund_use(meta, nonempty)


def read_meta_run(meta: Meta, cells: list[str], flat: bool) -> None:
    """Metadata printed on one line before the header (a whole table on one line): read label
    by label, a budget grid's column words followed by their values taken in order."""
    segments: list[list[str]] = []
    for i, c in enumerate(cells):
        starts = label_of(c) is not None and (i == 0 or not _labelish(cells[i - 1]))
        if starts or not segments:
            segments.append([])
        segments[-1].append(c)
    grid: list[int] = []  # the positions of the last grid's values (for its budget lines)
    for seg in segments:
        cols = [j for j, c in enumerate(seg) if budget_column(c) is not None]
        values = seg[cols[-1] + 1 :] if len(cols) >= 2 else []
        if values and all(figure(v) is not None for v in values):
            header, row = run_grid(seg, cols, values)
            grid = [j for j, c in enumerate(row) if c in values]
            read_meta(meta, header, flat)
            read_meta(meta, row, flat)
        elif grid and len(seg) == len(grid) + 1 and figure(seg[0]) is None:
            # a budget line of the grid ("其中：财政拨款 3120 3286.4 …"): its values by order
            row = [""] * (grid[-1] + 1)
            row[0] = seg[0]
            for j, v in zip(grid, seg[1:], strict=True):
                row[j] = v
            read_meta(meta, row, flat)
        else:
            read_meta(meta, seg, flat)


def _labelish(text: str) -> bool:
    return label_of(text) is not None or budget_column(text) is not None


def _set(meta: Meta, label: Label, value: str, scale: float | None, flat: bool) -> None:
    text = _flat(value) if flat else value
    if label is Label.PROJECT and meta.project is None:
        meta.project = text  # a PDF cell's name wrapped by the cell width is one name
        meta.project_open = True
    elif label is Label.GOAL and (meta.goal is None or meta.goal_from_text):
        meta.goal, meta.goal_from_text = text, False
        meta.goal_open = True
    elif label is Label.MID_GOAL and meta.midterm_goal is None:
        meta.midterm_goal = text
    elif label is Label.ACTUAL_GOAL and meta.actual_goal is None:
        meta.actual_goal = text
    elif label is Label.UNIT and not meta.unit_name:
        meta.unit_name = value
    elif label is Label.BUDGET and meta.budget is None:
        num = amount(value)
        if num is None:
            num = labelled_amount(value)
        if num is not None:
            set_budget(meta, num, scale)


_NAME_END = re.compile(r"[\u4e00-\u9fff）)]{1,3}")  # the last characters of a wrapped name


def _name_goes_on(meta: Meta, nonempty: list[tuple[int, str]]) -> bool:
    """The project's name wrapped at a cell's width, its last characters alone on the next line
    ("高校毕业生就业见习补" / "贴"): no metadata row is one to three characters of plain text."""
    was_open, meta.project_open = meta.project_open, False
    if not was_open or meta.project is None or len(nonempty) != 1:
        return False
    text = squeeze(nonempty[0][1])
    if not _NAME_END.fullmatch(text) or label_of(text) is not None or kind_of(text) != Kind.TEXT:
        return False  # a label, a unit (万元), a category name, a qualitative word: no name's end
    meta.project += text
    return True


_ENUMERATED = re.compile(r"^(目标\s*\d+|\d+[.、．]|[（(]\d+[)）]|[一二三四五六七八九十]+[、.])")


def _goal_goes_on(meta: Meta, nonempty: list[tuple[int, str]]) -> bool:
    """A row of one enumerated sentence right after the goal ("目标2：…" under "目标1：…", the
    label cell merged over both rows or the goals printed one paragraph each) goes on the goal."""
    was_open, meta.goal_open = meta.goal_open, False
    if not was_open or len(nonempty) != 1 or meta.goal is None:
        return False
    text = nonempty[0][1]
    if label_of(text) is not None or is_label(text):
        return False
    if _ENUMERATED.match(squeeze(text)):
        meta.goal = f"{meta.goal}\n{text.strip()}"
    elif _wrapped_goal_line(meta.goal, text):
        meta.goal = meta.goal.rstrip() + text.strip()
    else:
        return False
    meta.goal_open = True
    return True


_SENTENCE_END = ("。", "！", "？", "；", ";", "!", "?")
_CLAUSE_START = re.compile(r"^[，、；。,;）)]")
_PROSE = re.compile(r"[\u4e00-\u9fff]{4}")
# the last words of a sentence, however short ("到45%以上。"), or its full stop alone. A plain
# suffix test: a regex search for "words then a stop at the end" tries every start position
# and rescans the rest of the line from each (quadratic on a 500,000-character cell)
_FULL_STOPS = ("。", "！", "？")


def _wrapped_goal_line(goal: str, text: str) -> bool:
    """The rest of a goal sentence wrapped onto the next line (a cell's text broken by the line
    width, or by a line break a tab or space-separated export keeps): the goal stops mid-sentence
    or the line opens with a clause mark, and the line is prose, not a label or a figure."""
    line = squeeze(text)
    if not (_PROSE.search(line) or line.endswith(_FULL_STOPS)) or is_category_cell(line):
        return False
    return _CLAUSE_START.match(line) is not None or not goal.rstrip().endswith(_SENTENCE_END)


_GOAL_LABELS = (Label.GOAL, Label.MID_GOAL, Label.ACTUAL_GOAL)


def _queue_goal_label(meta: Meta, nonempty: list[tuple[int, str]]) -> bool:
    """Goal labels printed one per line before their texts ("年度总体目标" / "预期目标" /
    "实际完成情况" / text / text, a goal header flattened one cell per line): the texts follow
    in the labels' order. A goal label right under another with nothing queued is the column
    under the row's label (预期目标 under 年度总体目标): it takes the row label's place."""
    if len(nonempty) != 1 or meta.pending not in _GOAL_LABELS:
        return False
    label = label_of(nonempty[0][1])
    if label not in _GOAL_LABELS:
        return False
    if not (label is Label.GOAL and meta.pending is Label.GOAL and not meta.queued):
        meta.queued.append(label)
    return True


def _queue_amount_label(meta: Meta, nonempty: list[tuple[int, str]]) -> bool:
    """Amount labels printed one per line before their figures ("年度资金总额" / "其中：财政拨款"
    / "上年结转" / "132.80" / "120.00" / …, a budget row and its lines flattened one cell per
    line): the figures follow in the labels' order, the total first."""
    if len(nonempty) != 1 or meta.pending not in _AMOUNT_LABELS:
        return False
    if label_of(nonempty[0][1]) is not Label.BUDGET_LINE:
        return False
    meta.queued.append(Label.BUDGET_LINE)
    return True


_AMOUNT_LABELS = frozenset({Label.BUDGET, Label.BUDGET_LINE})


def _figures_after(cells: list[str], i: int) -> bool:
    return any(_FIGURE_IN.search(c) for c in cells[i + 1 :])


# "1120.00(其中中央补助1120.00)", "90.00(省级补助60.00,县级配套30.00)": the total, its budget
# lines in a note after it; "560.00(省级财政资金)": the total, the source of its funds
_NOTED_AMOUNT = re.compile(
    r"^(?P<amount>\d[\d,]*(?:\.\d+)?)(万元|元|千元)?(?=\(?其中|\([^()\d]{2,12}\d[^()]*\)$"
    r"|\([^()\d]{0,10}(?:资金|补助|拨款|配套|自筹|专款|债券)\)$)"
)
# "中期资金总额90.00，其中2025年30.00", "中期资金总额：420 年度资金总额：150": a mid-term
# total and the year's part of it (the budget)
_ANNUAL_PART = re.compile(
    r"^中期[^\d]{0,8}\d[\d,]*(?:\.\d+)?(?:万元|元)?[,，;；]?\(?(?:其中)?[:：]?"
    r"(?:\d{4}年度?|年度|当年)(?:资金|预算)?(?:总额|数)?[:：]?(?P<amount>\d[\d,]*(?:\.\d+)?)(?![\d.%])"
)


def labelled_amount(text: str) -> float | None:
    """The amount a budget label states inside the same cell, in the unit the cell states
    (万元 when it states none; the table's unit is applied by the caller)."""
    t = squeeze(text).replace("（", "(").replace("）", ")")
    # a label's bracket broken over two cells ("资金情况(万元" | ")年度资金总额：…"): its close
    t = t.removeprefix(")")
    m = _LABELLED_AMOUNT.match(t) or _NOTED_AMOUNT.match(t) or _ANNUAL_PART.match(t)
    if m is None or len(m.group("amount").split(".")[0]) > 15:
        return None
    return float(m.group("amount").replace(",", ""))


def _next_value(cells: list[str], i: int) -> str | None:
    for c in cells[i + 1 :]:
        if c and not is_label(c):
            return c
    return None


def _next_number(cells: list[str], i: int) -> float | None:
    for c in cells[i + 1 :]:
        num = amount(c)
        if num is None:
            num = labelled_amount(c)
        if num is not None:
            return num
        t = squeeze(c)
        if c and not re.match(r"^[\d.]+$", t) and (is_label(c) or t in BUDGET_COLUMNS):
            if label_of(c) in (Label.BUDGET, None) and t not in BUDGET_COLUMNS:
                continue  # "项目资金(万元) | 年度资金总额 | 300": the inner label holds the amount
            return None
    return None


def _goal_header(meta: Meta, cells: list[str]) -> bool:
    """'年度总体目标 | 预期目标 | 实际完成情况': the goal texts follow by column."""
    labels = {j: label_of(c) for j, c in enumerate(cells) if c}
    cols = {
        j: lab
        for j, lab in labels.items()
        if lab in (Label.GOAL, Label.ACTUAL_GOAL, Label.MID_GOAL)
    }
    if len(cols) < 2 or len(cols) != len(labels) - (1 if len(labels) > len(cols) else 0):
        return False
    if not any(lab is Label.ACTUAL_GOAL for lab in cols.values()) and not any(
        lab is Label.MID_GOAL for lab in cols.values()
    ):
        return False
    meta.goal_columns = {j: lab for j, lab in cols.items() if lab is not None}
    meta.budget_columns = {}  # the goal header ends the budget grid above it
    return True


def _goal_values(meta: Meta, cells: list[str], flat: bool) -> bool:
    got = False
    for j, lab in meta.goal_columns.items():
        if j < len(cells) and cells[j] and label_of(cells[j]) is None:
            _set(meta, lab, cells[j], None, flat)
            got = True
    meta.goal_columns = {}
    return got


def _fund_use(meta: Meta, nonempty: list[tuple[int, str]]) -> None:
    """Texts about the money (资金用途, "预算数 37 万元。其中…") are kept for budget checks."""
    first = nonempty[0][1]
    if label_of(first) is Label.FUND_USE or squeeze(first).startswith(
        ("资金用途", "预算规模及资金用途", "主要用途")
    ):
        meta.expect_fund_use = True
    elif meta.expect_fund_use and len(nonempty) == 1 and not _AMOUNT.match(first.replace("%", "")):
        meta.budget_texts.append(first)
        meta.expect_fund_use = False
    elif "万元" in first and len(nonempty) == 1 and not is_label(first):
        meta.budget_texts.append(first)
    else:
        meta.expect_fund_use = False


def _flat(text: str) -> str:
    return "".join(p.strip() for p in text.split("\n")) if "\n" in text else text.strip()
