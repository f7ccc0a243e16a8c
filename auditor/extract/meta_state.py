"""The state of a table's metadata while its rows above the header are read (auditor.extract.meta),
the column words of a self-evaluation's budget grid, and how a budget is stored (in 万元, the
source unit recorded)."""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.extract.meta_labels import Label

BUDGET_COLUMNS = {
    "年初预算数": "年初预算数",
    "年初预算": "年初预算数",
    "全年预算数": "全年预算数",
    "全年预算": "全年预算数",
    "调整后预算数": "全年预算数",
    "全年执行数": "全年执行数",
    "全年执行": "全年执行数",
    "执行数": "全年执行数",
    "执行率": "执行率",
    "预算执行率": "执行率",
    "分值": "分值",
    "得分": "得分",
}
_SCALE_NAME = {1.0: "万元", 0.0001: "元", 0.1: "千元"}


@dataclass
class Meta:
    """What the rows above the header said about the table."""

    project: str | None = None
    budget: float | None = None  # 万元
    budget_unit: str | None = None
    budget_lines: dict[str, float] = field(default_factory=dict)
    execution_rate: float | None = None
    goal: str | None = None
    goal_from_text: bool = False  # the goal is the prose section's before the table: its own wins
    midterm_goal: str | None = None
    actual_goal: str | None = None
    unit_name: str | None = None
    budget_texts: list[str] = field(default_factory=list)
    scale: float = 1.0  # the table's amount unit (1 = 万元)
    pending: Label | None = None  # a label whose value is on the next line
    goal_open: bool = False  # the goal may go on in the next row (目标2：…, 2.…)
    project_open: bool = False  # the project's name was the last row: its end may follow
    pending_scale: float | None = None
    queued: list[Label] = field(default_factory=list)  # goal or amount labels after `pending`
    expect_fund_use: bool = False
    budget_columns: dict[int, str] = field(default_factory=dict)
    goal_columns: dict[int, Label] = field(default_factory=dict)
    # a budget grid printed one cell per line: its column words, the row label, the values so far
    column_run: list[str] = field(default_factory=list)
    run_label: str = ""
    run_values: list[str] = field(default_factory=list)


def set_budget(meta: Meta, number: float, scale: float | None) -> None:
    s = scale if scale is not None else meta.scale
    meta.budget = round(number * s, 6)
    meta.budget_unit = _SCALE_NAME.get(s, "万元")
