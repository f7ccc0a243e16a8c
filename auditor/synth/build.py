"""Document + layout -> Page (what is printed) + Expected (what extraction must recover)."""

from __future__ import annotations

from itertools import groupby

from auditor.models import IndicatorRow, Table
from auditor.synth.evaluation import evaluation_table
from auditor.synth.generate import SynthDocument
from auditor.synth.layouts import Layout
from auditor.synth.names import (
    accepted_values,
    level1_text,
    level2_text,
    level3_text,
    split_value,
    value_cells,
)
from auditor.synth.page import Expected, ExpectedRow, ExpectedTable, Page, TableGrid

VALUE_HEADERS = {
    "plain": ["指标值"],
    "no_level3": ["指标值"],
    "split": ["符号", "数值", "单位"],
    "typed": ["指标值类型", "目标值", "度量单位", "指标值内容"],
    "extra": ["指标性质", "指标值", "权重(%)", "指标方向性", "备注"],
    "places": ["城关镇", "河口乡", "合计"],
    "midterm": ["指标值", "二级指标", "三级指标", "指标值"],
    "self_eval": ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    "self_eval_score_first": ["分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"],
}
EXTRA_COLUMNS: dict[str, tuple[str, ...]] = {
    "extra": ("nature", "weight", "direction", "remark"),
    "self_eval": ("actual", "score_max", "score", "deviation"),
    "self_eval_score_first": ("actual", "score_max", "score", "deviation"),
}
DEPARTMENT_HEADER = [
    "单位名称",
    "项目名称",
    "预算数",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "值",
    "单位",
    "权重",
    "方向",
]
# a budget system's export (§4): bare 单位/项目 labels, the amount's unit in its label, typed
# comparators in full-width or look-alike forms
EXPORT_HEADER = [
    "单位",
    "项目",
    "项目金额（元）",
    "项目绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标类型",
    "运算符",
    "指标值",
    "度量单位",
    "分值",
    "指标方向",
]
EXPORT_COMPARATORS = {"≥": "≧", "≤": "≦", "=": "＝"}


def yuan(wan: float) -> str:
    return f"{round(wan * 10000, 2):,.2f}"


def _value_part(layout: Layout, value: str, extras: dict[str, str]) -> list[str]:
    """The cells right of 三级 for one indicator row."""
    cols = layout.columns
    if layout.department:
        sym, num, unit = value_cells(layout, value)
        if layout.framing == "department_export":
            sym = EXPORT_COMPARATORS.get(sym, sym)
        return [extras["nature"], sym, num, unit, extras["weight"], extras["direction"]]
    if cols == "places":
        return place_values(value)
    if cols == "midterm":
        return [midterm_value(value), extras["level2"], extras["level3"], value]
    if cols == "extra":
        return [extras["nature"], value, extras["weight"], extras["direction"], extras["remark"]]
    if cols == "self_eval":
        return [value, extras["actual"], extras["score_max"], extras["score"], extras["deviation"]]
    if cols == "self_eval_score_first":
        return [extras["score_max"], value, extras["actual"], extras["score"], extras["deviation"]]
    return value_cells(layout, value)


def midterm_value(value: str) -> str:
    """The mid-term (three-year) target beside an annual one: counts tripled, the rest kept."""
    parts = split_value(value)
    if parts is None or parts[2] in ("%", "‰") or "." in parts[1]:
        return value
    comparator, number, unit = parts
    return f"{comparator}{int(number) * 3}{unit}"


def place_values(value: str) -> list[str]:
    """A target split over two townships and its total: counts divide, rates and text repeat."""
    parts = split_value(value)
    if parts is None or parts[2] in ("%", "‰") or "." in parts[1]:
        return [value, value, value]
    comparator, number, unit = parts
    first = int(number) * 3 // 5
    return [f"{comparator}{first}{unit}", f"{comparator}{int(number) - first}{unit}", value]


def _expected_row(
    layout: Layout,
    row: IndicatorRow,
    printed: tuple[str, str, str],
    extras: dict[str, str],
    keys: tuple[str, ...],
) -> ExpectedRow:
    l1, l2, l3 = printed
    implied_l1 = layout.tree in ("never", "empty_column")
    no_level3 = layout.columns == "no_level3"  # the cell reads as the row's value (contract)
    return ExpectedRow(
        level1=frozenset({row.level1} if implied_l1 else {row.level1, l1}),
        level2=frozenset({row.level2, l2}),
        level3=frozenset({""} if no_level3 else {row.level3, l3}),
        value=frozenset({l3 + row.value}) if no_level3 else accepted_values(layout, row.value),
        extras=tuple((k, extras[k]) for k in keys),
    )


def _indicator_rows(
    grid: TableGrid, sd: SynthDocument, table: Table, layout: Layout, lead: list[str]
) -> list[ExpectedRow]:
    """Add the indicator rows of `table` to `grid` (tree variants of §2); return expectations.

    `lead` holds cells printed left of the tree columns on the table's first row (the
    department-wide table's unit/project/budget/goal)."""
    has_l1 = layout.tree != "never"
    keys: tuple[str, ...] = EXTRA_COLUMNS.get(layout.columns, ())
    if layout.department:
        keys = ("nature", "weight", "direction")
    expected: list[ExpectedRow] = []
    number = 0
    for l1, block_iter in groupby(table.rows, key=lambda r: r.level1):
        block = list(block_iter)
        weight = sum(int(sd.extras[(table.index, r.index)]["weight"]) for r in block)
        l1_text = level1_text(l1, layout, weight)
        if layout.tree == "own_line":
            grid.add(["" for _ in lead] + [l1_text], "level1")
        start = len(grid.rows)
        previous_l2 = None
        runs = {r.index: _l2_run(block, k) for k, r in enumerate(block)}
        for i, row in enumerate(block):
            number += 1
            extras = sd.extras[(table.index, row.index)]
            l2_text = level2_text(row.level2, layout)
            l3_text = level3_text(row.level3, layout, number)
            show_l1 = (layout.tree == "first" and (i == 0 or layout.level2 == "repeated")) or (
                layout.tree == "middle" and i == len(block) // 2
            )
            missing = layout.level2 == "missing_first" and row.index <= 2
            show_l2 = not missing and (layout.level2 != "merged" or row.level2 != previous_l2)
            if layout.level2 == "middle":
                first, size = runs[row.index]
                show_l2 = i - first == size // 2
            previous_l2 = row.level2
            cells = [l1_text if show_l1 else ""] if has_l1 else []
            if not layout.level3:
                show_l2 = not missing
            values = _value_part(layout, row.value, extras)
            if layout.columns == "no_level3":  # "完成道路硬化≥9.5公里": name and target in one cell
                values = [l3_text + values[0], *values[1:]]
            named = [l3_text] if layout.level3 and layout.columns != "no_level3" else []
            cells += [l2_text if show_l2 else "", *named, *values]
            left = lead if row.index == 1 and lead else ["" for _ in lead]
            grid.add(left + cells, "indicator")
            printed = (l1_text, "" if missing else l2_text, l3_text)
            exp = _expected_row(layout, row, printed, extras, keys)
            if not layout.level3:  # the row has no 三级 name to recover
                exp = ExpectedRow(exp.level1, exp.level2, frozenset({""}), exp.value, exp.extras)
            if missing:
                exp = ExpectedRow(exp.level1, frozenset({"", row.level2}), *_tail(exp))
            expected.append(exp)
            if layout.sub_rows and row.index == 1:
                expected += _sub_row(grid, lead, l1_text, l2_text, row, layout)
        if layout.placeholders:
            expected.append(_placeholder_row(grid, layout, lead, l1_text, number))
        _merge_tree(grid, start, len(lead), has_l1, layout)
    return expected


def _sub_row(
    grid: TableGrid, lead: list[str], l1: str, l2: str, row: IndicatorRow, layout: Layout
) -> list[ExpectedRow]:
    """ "其中:…" under a numeric indicator: a part of its target, in the same 二级 run."""
    parts = split_value(row.value)
    if parts is None:
        return []
    comparator, number, unit = parts
    part = float(number) / 2
    value = f"{comparator}{part:g}{unit}"
    name = f"其中:{row.level3}（新建）"
    cells = ([""] if layout.tree != "never" else []) + ["", name, *value_cells(layout, value)]
    grid.add(["" for _ in lead] + cells, "indicator")
    level1 = frozenset({l1, row.level1})
    names = frozenset({name, name.removeprefix("其中:")})
    return [ExpectedRow(level1, frozenset({l2, row.level2}), names, accepted_values(layout, value))]


PLACEHOLDERS = (("——", "——"), ("无", "无"), ("/", "/"), ("——", ""))


def _l2_run(block: list[IndicatorRow], k: int) -> tuple[int, int]:
    """(first row, size) of the run of equal 二级 that row k of a 一级 block belongs to."""
    first = k
    while first > 0 and block[first - 1].level2 == block[k].level2:
        first -= 1
    end = k
    while end + 1 < len(block) and block[end + 1].level2 == block[k].level2:
        end += 1
    return first, end - first + 1


def _placeholder_row(
    grid: TableGrid, layout: Layout, lead: list[str], l1_text: str, number: int
) -> ExpectedRow:
    """A template row left empty under the block's last 二级 (its name on a row of its own)."""
    name, value = PLACEHOLDERS[number % len(PLACEHOLDERS)]
    col = len(lead) + (0 if layout.tree == "never" else 1)
    last_l2 = next(
        (c.text for row in reversed(grid.rows) if (c := row[col]) is not None and c.text), ""
    )
    cells = ([""] if layout.tree != "never" else []) + [last_l2, name, value]
    grid.add(["" for _ in lead] + cells, "indicator")
    return ExpectedRow(
        frozenset({l1_text}), frozenset({last_l2}), frozenset({name}), frozenset({value})
    )


def _tail(exp: ExpectedRow) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    return exp.level3, exp.value, exp.extras


def _merge_tree(grid: TableGrid, start: int, offset: int, has_l1: bool, layout: Layout) -> None:
    """Merge the 一级 cell over its block and each 二级 cell over its run (real merged cells)."""
    end = len(grid.rows) - 1
    if layout.level2 == "repeated":
        return
    if has_l1 and layout.tree == "first" and end > start:
        grid.merge(start, offset, end, offset)
    if layout.level2 != "merged":
        return
    col = offset + (1 if has_l1 else 0)
    run_start = start
    for r in range(start + 1, end + 2):
        cell = grid.rows[r][col] if r <= end else None
        if r > end or (cell is not None and cell.text):
            if r - 1 > run_start:
                grid.merge(run_start, col, r - 1, col)
            run_start = r


def _tree_headers(layout: Layout) -> list[str]:
    in_cell = layout.columns == "no_level3"
    head = ["二级指标", "三级指标"] if layout.level3 and not in_cell else ["二级指标"]
    return head if layout.tree == "never" else ["一级指标", *head]


def _midterm_meta(grid: TableGrid, table: Table, year: int) -> None:
    """§3/§4: mid-term and annual budgets and goals side by side, each column headed by its
    period; the annual ones are the table's."""
    last = grid.ncols - 1
    r = grid.add(["项目名称", table.project], "meta")
    grid.merge(r, 1, r, last)
    mid, annual = f"（{year}-{year + 2}年）", f"（{year}年）"
    budget = table.budget_wan or 0
    grid.add(["项目资金(万元)", "资金来源", f"中期{mid}", "", f"年度{annual}"], "meta")
    grid.add(["", "资金总额", f"{budget * 3:,.2f}", "", f"{budget:,.2f}"], "meta")
    grid.add(["绩效目标", f"中期目标{mid}", "", "", f"年度目标{annual}"], "meta")
    grid.add(["", f"三年内{table.goal or ''}", "", "", table.goal or ""], "meta")


def _meta_rows(grid: TableGrid, table: Table, layout: Layout, year: int) -> None:
    last = grid.ncols - 1
    if layout.columns == "midterm":
        _midterm_meta(grid, table, year)
        return
    if layout.columns.startswith("self_eval"):
        executed = round((table.budget_wan or 0) * 0.97, 2)
        grid.add(["项目名称", table.project], "meta")
        grid.merge(len(grid.rows) - 1, 1, len(grid.rows) - 1, last)
        grid.add(["资金情况(万元)", "年初预算数", "全年预算数", "全年执行数", "执行率"], "meta")
        grid.add(
            ["", f"{table.budget_wan:.2f}", f"{table.budget_wan:.2f}", f"{executed:.2f}", "97%"],
            "meta",
        )
        grid.add(["年度总体目标", table.goal or ""], "meta")
        grid.merge(len(grid.rows) - 1, 1, len(grid.rows) - 1, last)
        return
    in_yuan = layout.framing == "yuan"
    budget = yuan(table.budget_wan or 0) if in_yuan else f"{table.budget_wan:.2f}"
    for label, text in (
        ("项目名称", table.project),
        ("项目资金(元)" if in_yuan else "预算数(万元)", budget),
        ("年度目标", table.goal or ""),
    ):
        r = grid.add([label, text], "meta")
        grid.merge(r, 1, r, last)


def overall_table(page: Page, sd: SynthDocument, layout: Layout) -> ExpectedTable:
    """§4: the department's overall table, with the first project's indicators."""
    doc, table = sd.doc, sd.doc.tables[0]
    page.para(f"{doc.unit}{doc.year}年部门整体支出绩效目标表")
    headers = _tree_headers(layout) + VALUE_HEADERS[layout.columns]
    grid = TableGrid(ncols=max(len(headers), 5))
    last = grid.ncols - 1
    for label, text in (
        ("部门(单位)名称", doc.unit or ""),
        ("部门预算总额(万元)", f"{table.budget_wan:.2f}"),
        ("年度履职目标", table.goal or ""),
    ):
        r = grid.add([label, text], "meta")
        grid.merge(r, 1, r, last)
    grid.add(headers, "header")
    rows = _indicator_rows(grid, sd, table, layout, [])
    page.blocks.append(grid)
    return ExpectedTable(doc.unit or "", table.budget_wan, rows, "overall")


def _transfer_meta(grid: TableGrid, sd: SynthDocument, table: Table) -> None:
    """The head of a 转移支付区域绩效目标表: name, departments, funds by source, goals."""
    last = grid.ncols - 1
    budget = table.budget_wan or 0
    central = round(budget * 0.8, 2)
    r = grid.add(["转移支付名称", table.project], "meta")
    grid.merge(r, 1, r, last)
    grid.add(["中央主管部门", "财政部", "地方主管部门", sd.doc.unit or ""], "meta")
    first = grid.add(["资金情况(万元)", "年度金额:", f"{budget:.2f}"], "meta")
    grid.add(["", "其中:中央补助", f"{central:.2f}"], "meta")
    grid.add(["", "地方资金", f"{budget - central:.2f}"], "meta")
    grid.merge(first, 0, first + 2, 0)
    r = grid.add(["年度总体目标", f"目标1:{table.goal or ''}"], "meta")
    grid.merge(r, 1, r, last)


def transfer_table(page: Page, sd: SynthDocument, table: Table, layout: Layout) -> ExpectedTable:
    """§4: a transfer-payment table; a 绩效指标 column merged down the left of the rows."""
    page.para(f"{sd.doc.year}年度{table.project}区域绩效目标表")
    headers = ["绩效指标", *_tree_headers(layout), *VALUE_HEADERS[layout.columns]]
    grid = TableGrid(ncols=max(len(headers), 5))
    _transfer_meta(grid, sd, table)
    grid.add(headers, "header")
    start = len(grid.rows)
    rows = _indicator_rows(grid, sd, table, layout, ["绩效指标"])
    grid.merge(start, 0, len(grid.rows) - 1, 0)
    page.blocks.append(grid)
    return ExpectedTable(table.project, table.budget_wan, rows, "transfer")


def _midterm_header(grid: TableGrid, headers: list[str]) -> None:
    """一级指标 over two rows, 中期目标 and 年度目标 each over its 二级 | 三级 | 指标值."""
    top = grid.add([headers[0], "中期目标", "", "", "年度目标", "", ""], "header")
    grid.add(["", *headers[1:]], "header")
    grid.merge(top, 0, top + 1, 0)
    grid.merge(top, 1, top, 3)
    grid.merge(top, 4, top, 6)


SIGNERS = ("李明", "王建华", "张丽", "刘伟", "陈静", "杨帆")


def _trailer(grid: TableGrid, page: Page, sd: SynthDocument, table: Table) -> None:
    """§4 trailer: a sign-off row merged across the table, then a source line under it."""
    doc = sd.doc
    filler, checker = SIGNERS[table.index % 6], SIGNERS[(table.index + 3) % 6]
    phone = f"0{731 + table.index * 7}-{5221046 + table.index * 1379}"
    r = grid.add([f"填报人：{filler}  审核人：{checker}  联系电话：{phone}"], "meta")
    grid.merge(r, 0, r, grid.ncols - 1)
    page.blocks.append(grid)
    page.para(f"（来源：{doc.unit} {(doc.year or 2024) - 1}-12-{10 + table.index}）")


def project_table(page: Page, sd: SynthDocument, table: Table, layout: Layout) -> ExpectedTable:
    doc = sd.doc
    self_eval = layout.columns.startswith("self_eval")
    title = "绩效自评表" if self_eval else "绩效目标表"
    if layout.framing == "titled":
        page.para(f"{table.index}.{table.project}")  # a numbered heading above the title
        page.para(f"{doc.unit}{doc.year}年{table.project}项目支出{title}")
    else:
        page.para(f"{table.index}.{table.project}项目{title}")
    page.para("单位:元" if layout.framing == "yuan" else "单位:万元")
    headers = _tree_headers(layout) + VALUE_HEADERS[layout.columns]
    grid = TableGrid(ncols=max(len(headers), 5))
    _meta_rows(grid, table, layout, doc.year or 2024)
    if layout.columns == "midterm":
        _midterm_header(grid, headers)
        for row in table.rows:  # the annual block repeats the row's names
            extras = sd.extras[(table.index, row.index)]
            extras.update(level2=level2_text(row.level2, layout), level3=row.level3)
    else:
        grid.add(headers, "header")
    rows = _indicator_rows(grid, sd, table, layout, [])
    if layout.framing == "trailer":
        _trailer(grid, page, sd, table)
    else:
        page.blocks.append(grid)
    kind = "self_evaluation" if self_eval else "project"
    return ExpectedTable(table.project, None if self_eval else table.budget_wan, rows, kind)


def department_table(page: Page, sd: SynthDocument, layout: Layout) -> list[ExpectedTable]:
    """§4: one wide table for the whole department, subtotal rows, budgets in 元."""
    doc = sd.doc
    export = layout.framing == "department_export"
    page.para(f"{doc.unit}{doc.year}年项目支出绩效目标表")
    page.para("金额单位:元")
    header = EXPORT_HEADER if export else DEPARTMENT_HEADER
    grid = TableGrid(ncols=len(header))
    grid.add(list(header), "header")
    total = sum(t.budget_wan or 0 for t in doc.tables)
    grid.add([f"801-{doc.unit}", "", yuan(total)], "subtotal")
    out = []
    for n, table in enumerate(doc.tables, 1):
        if export:  # the sub-unit's own subtotal before its projects
            grid.add(
                [f"801{n:03d}-{doc.unit}（本级）", "", yuan(table.budget_wan or 0)], "subtotal"
            )
        lead = [doc.unit or "", table.project, yuan(table.budget_wan or 0), table.goal or ""]
        start = len(grid.rows)
        rows = _indicator_rows(grid, sd, table, layout, lead)
        if not export:
            for c in range(len(lead)):
                grid.merge(start, c, len(grid.rows) - 1, c)
        out.append(ExpectedTable(table.project, table.budget_wan, rows))
    page.blocks.append(grid)
    return out


def build_page(sd: SynthDocument, layout: Layout) -> tuple[Page, Expected]:
    doc = sd.doc
    page = Page()
    expected = Expected()
    if layout.framing == "titled":
        page.para("附件2")
        page.para(f"发布时间:{doc.year}-01-20")
        expected.unit, expected.year = doc.unit, doc.year
    elif not layout.department:
        page.para(f"{doc.unit}{doc.year}年部门预算公开")
    if layout.department:
        expected.tables = department_table(page, sd, layout)
    elif layout.framing == "overall":
        expected.tables = [overall_table(page, sd, layout)]
    elif layout.framing == "evaluation":
        expected.tables = [evaluation_table(page, sd, layout)]
    elif layout.framing == "transfer":
        expected.tables = [transfer_table(page, sd, t, layout) for t in doc.tables]
    else:
        expected.tables = [project_table(page, sd, t, layout) for t in doc.tables]
    if layout.framing == "cut":
        _cut_last_row(page, expected)
    return page, expected


def _cut_last_row(page: Page, expected: Expected) -> None:
    """The excerpt ends inside the last row: its name printed, its target not. The complete rows
    before it are what extraction must keep."""
    grid = page.tables()[-1]
    row = grid.rows[-1]
    named = max(c for c, cell in enumerate(row) if cell is not None and cell.text) - 1
    for cell in row[named + 1 :]:
        if cell is not None:
            cell.text = ""
    expected.tables[-1].rows.pop()
