"""The layout catalogue (docs/layouts.md §1-§4) as renderer settings.

A `Layout` fixes how the indicator tree is printed (§2), which columns the table has (§3), how
tables and projects are framed (§4) and, for plain text, how cells are separated (§1). The
§1 separator variants apply to text only; every other layout is rendered in every format (its
text rendering uses tabs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Tree = Literal["first", "middle", "own_line", "never", "empty_column"]
Level2 = Literal["merged", "repeated", "missing_first", "middle"]
Names = Literal["standard", "short", "synonym", "annotated"]
Columns = Literal[
    "plain",
    "split",
    "typed",
    "extra",
    "self_eval",
    "self_eval_score_first",
    "places",
    "midterm",
    "no_level3",
]
Framing = Literal[
    "tables",
    "department",
    "department_export",
    "yuan",
    "titled",
    "transfer",
    "cut",
    "trailer",
    "overall",
    "evaluation",
]
Separator = Literal[
    "tab",
    "pipe_outer",
    "pipe_bare",
    "pipe_padded",
    "cell_line_pipe",
    "cell_line_blank",
    "lone_pipe",
    "collapsed_pipe",
    "word_paragraphs",
    "spaces",
    "single_space",
    "one_line",
    "run_together",
    "indent",
    "indent_deep",
    "labels",
    "word_copy",
    "excel_copy",
]


@dataclass(frozen=True)
class Layout:
    name: str
    section: str
    description: str
    tree: Tree = "first"
    level2: Level2 = "merged"
    names: Names = "standard"
    prefix: bool = False  # 三级 printed as "指标1:名称"
    placeholders: bool = False  # a template row left empty (——, 无, /) closes each 一级 block
    level3: bool = True  # False: no 三级 column, the 二级 (printed on every row) holds the value
    sub_rows: bool = False  # a "其中:" row under the first indicator (a part of its target)
    columns: Columns = "plain"
    framing: Framing = "tables"
    separator: Separator = "tab"

    @property
    def department(self) -> bool:
        """One wide table for the whole department (project, budget and goal columns)."""
        return self.framing in ("department", "department_export")

    @property
    def text_only(self) -> bool:
        return self.section == "§1"


def _sep(name: str, separator: Separator, description: str) -> Layout:
    return Layout(name=name, section="§1", description=description, separator=separator)


LAYOUTS: tuple[Layout, ...] = (
    _sep("sep-tabs", "tab", "tab-separated rows"),
    _sep("sep-pipes-outer", "pipe_outer", "pipe rows with outer pipes"),
    _sep("sep-pipes-bare", "pipe_bare", "pipe rows without outer pipes"),
    _sep("sep-pipes-padded", "pipe_padded", "pipe rows padded with empty cells"),
    _sep("sep-cell-line-pipe", "cell_line_pipe", "one cell per line ending in a pipe"),
    _sep("sep-cell-line-blank", "cell_line_blank", "one cell per line, blank lines between"),
    _sep("sep-lone-pipe", "lone_pipe", "lone | lines for merged cells"),
    _sep("sep-spaces", "spaces", "runs of spaces between cells"),
    _sep("sep-single-space", "single_space", "a single space between cells"),
    _sep("sep-one-line", "one_line", "a whole table on one line"),
    _sep("sep-run-together", "run_together", "cells run together without separator"),
    _sep("sep-indent", "indent", "one cell per line, indentation shows the hierarchy"),
    _sep(
        "sep-indent-deep",
        "indent_deep",
        "one cell per line, indentation by level, the value indented deepest",
    ),
    Layout(
        "sep-cell-line-trailer",
        "§1",
        "one cell per line, sign-off and source lines right after the table",
        separator="cell_line_blank",
        framing="trailer",
    ),
    Layout(
        "sep-spaces-l1-own-line",
        "§1",
        "runs of spaces between cells, 一级 on a line of its own",
        separator="spaces",
        tree="own_line",
    ),
    Layout(
        "sep-single-space-no-level3",
        "§1",
        "a single space between cells, no 三级 column: name and target in one cell",
        separator="single_space",
        columns="no_level3",
    ),
    _sep("sep-labels", "labels", "labels spaced out and broken over lines"),
    Layout(
        "sep-transfer-cell-line-blank",
        "§1",
        "transfer-payment table, one cell per line with blank lines between cells",
        framing="transfer",
        separator="cell_line_blank",
    ),
    Layout(
        "sep-cut-at-end",
        "§1",
        "tab rows of an excerpt cut off inside the last table's last row",
        framing="cut",
    ),
    Layout(
        "sep-typed-cell-line-blank",
        "§1",
        "指标值类型 | 目标值 | 度量单位 | 指标值内容 columns, one cell per line with blank lines",
        columns="typed",
        separator="cell_line_blank",
    ),
    Layout(
        "sep-split-spaces",
        "§1",
        "符号 | 数值 | 单位 columns printed with runs of spaces (a PDF's text layer)",
        columns="split",
        separator="spaces",
    ),
    Layout(
        "sep-typed-run-together",
        "§1",
        "指标值类型 | 目标值 | 度量单位 columns run together without separators",
        columns="typed",
        separator="run_together",
    ),
    _sep(
        "sep-collapsed-pipe",
        "collapsed_pipe",
        "one cell per line ending in a pipe, lone | for empty or merged cells, a row's trailing "
        "empty cells collapsed into its last cell's pipes (x |||)",
    ),
    Layout(
        "sep-collapsed-pipe-l1-empty",
        "§1",
        "collapsed pipes (x |||) and a 一级 column printed but never filled",
        separator="collapsed_pipe",
        tree="empty_column",
    ),
    _sep(
        "sep-word-paragraphs",
        "word_paragraphs",
        "a Word table saved as text: a paragraph per grid cell, empty and merged cells as "
        "empty paragraphs",
    ),
    Layout(
        "sep-word-paragraphs-l2-middle",
        "§1",
        "Word paragraphs, 一级/二级 on the middle row of their merged runs",
        separator="word_paragraphs",
        tree="middle",
        level2="middle",
    ),
    Layout(
        "sep-word-paragraphs-places",
        "§1",
        "Word paragraphs, one value column per township and a 合计 column",
        separator="word_paragraphs",
        columns="places",
    ),
    _sep("sep-word-copy", "word_copy", "tab rows from Word: wrapped cells break the row's line"),
    _sep("sep-excel-copy", "excel_copy", "tab rows from a spreadsheet: wrapped cells quoted"),
    Layout("tree-l1-first", "§2", "一级 once, on the first row of its block (merged)"),
    Layout("tree-l1-middle", "§2", "一级 once, on the middle row of its block", tree="middle"),
    Layout("tree-l1-own-line", "§2", "一级 on a line of its own", tree="own_line"),
    Layout("tree-l1-never", "§2", "no 一级 column", tree="never"),
    Layout("tree-l1-empty", "§2", "一级 column never filled", tree="empty_column"),
    Layout("tree-l2-repeated", "§2", "一级/二级 repeated on every row", level2="repeated"),
    Layout("tree-l2-missing", "§2", "二级 missing on the first rows", level2="missing_first"),
    Layout(
        "tree-l2-middle",
        "§2",
        "二级 printed on the middle row of its run (a vertically centred merge)",
        level2="middle",
    ),
    Layout(
        "rows-placeholder",
        "§2",
        "placeholder rows (——, 无, /) left in the template, 二级 centred",
        level2="middle",
        placeholders=True,
    ),
    Layout("rows-sub", "§2", "其中: sub-rows under an indicator", sub_rows=True),
    Layout("names-short", "§2", "short category names (产出, 数量)", names="short"),
    Layout(
        "names-synonym", "§2", "other words for the levels (效果指标, 进度指标)", names="synonym"
    ),
    Layout("names-annotated", "§2", "notes in brackets after the names", names="annotated"),
    Layout("names-prefixed", "§2", "三级 with 指标1: prefixes", prefix=True),
    Layout("cols-split", "§3", "符号 | 数值 | 单位 columns", columns="split"),
    Layout("cols-typed", "§3", "指标值类型 | 目标值 | 度量单位 columns", columns="typed"),
    Layout(
        "cols-split-no-l3",
        "§3",
        "no 三级 column: 二级 on every row, then 符号 | 数值 | 单位",
        columns="split",
        level3=False,
    ),
    Layout(
        "cols-midterm",
        "§3",
        "中期目标 and 年度目标 side by side, each with 二级 | 三级 | 指标值 (two header rows)",
        columns="midterm",
    ),
    Layout(
        "cols-places", "§3", "one value column per township and a 合计 column", columns="places"
    ),
    Layout("cols-extra", "§3", "指标性质, 权重, 指标方向性, 备注 columns", columns="extra"),
    Layout(
        "cols-self-eval",
        "§3",
        "self-evaluation table (实际完成值, 分值, 得分)",
        columns="self_eval",
    ),
    Layout(
        "cols-self-eval-score-first",
        "§3",
        "self-evaluation table with 分值 before the target",
        columns="self_eval_score_first",
    ),
    Layout("frame-department", "§4", "one wide table for a department", framing="department"),
    Layout(
        "frame-department-export",
        "§4",
        "a budget system's export of a department-wide table: 单位 | 项目 | 项目金额(元), "
        "lead cells on each project's first row only (no merges), a subtotal per sub-unit, "
        "every name repeated, comparators ≧ ≦ ＝ in a 运算符 column, 指标类型 and 分值",
        level2="repeated",
        framing="department_export",
    ),
    Layout("frame-yuan", "§4", "budgets in 元", framing="yuan"),
    Layout(
        "frame-overall",
        "§4",
        "a department's overall table (部门整体支出绩效目标表): 部门名称, 预算总额, 年度履职目标",
        framing="overall",
    ),
    Layout(
        "frame-evaluation",
        "§4",
        "an evaluation-indicator system (评价指标体系): a 决策 block (项目立项, 绩效目标, 资金投入), "
        "分值, 指标解释 and 评分标准 per indicator, a 总分 row",
        framing="evaluation",
    ),
    Layout(
        "frame-transfer",
        "§4",
        "transfer-payment table (区域绩效目标表): 转移支付名称, funds by source, 绩效指标 column",
        framing="transfer",
    ),
    Layout(
        "frame-titled",
        "§4",
        "unit and year in the title line, 附件 and 发布时间 lines",
        framing="titled",
    ),
    Layout(
        "frame-trailer",
        "§4",
        "a sign-off row (填报人, 审核人, 联系电话) closing the table and a source line after it",
        framing="trailer",
    ),
)
BY_NAME = {lay.name: lay for lay in LAYOUTS}

FORMATS: tuple[str, ...] = (
    "txt",
    "html",
    "html-gbk",
    "docx",
    "xlsx",
    "xls",
    "pdf",
    "pdf-unruled",  # the same tables without lines: a text layer of words laid out by spacing
)


def combinations() -> list[tuple[str, str]]:
    """Every (layout, format) pair the renderer writes."""
    out: list[tuple[str, str]] = []
    for lay in LAYOUTS:
        for fmt in ("txt",) if lay.text_only else FORMATS:
            out.append((lay.name, fmt))
    return out
