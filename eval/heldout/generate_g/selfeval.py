"""Self-evaluation tables (绩效自评表): name lines, the budget block 年初预算数 | 全年预算数 |
全年执行数 | 分值 | 执行率 | 得分, 预期目标 beside 实际完成情况, the indicator body with actual value,
points, score and deviation reason, and the 总分 line."""

from __future__ import annotations

from collections.abc import Sequence

from frame import Framed, header, indicator_body
from grid import Grid
from spec import Table

KEYS = ["l1", "l2", "l3", "value", "actual", "score_max", "score", "deviation"]
NAMES = {
    "l1": "一级指标",
    "l2": "二级指标",
    "l3": "三级指标",
    "value": "年度指标值",
    "actual": "实际完成值",
    "score_max": "分值",
    "score": "得分",
    "deviation": "偏差原因分析及改进措施",
}
BUDGET_HEAD = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")


def self_eval_table(
    t: Table,
    names: Sequence[tuple[str, str, str, str]],
    money_label: str,
    budget: Sequence[Sequence[str]],
    actual: str,
    total: tuple[str, str],
    keys: Sequence[str] = KEYS,
    stacked: bool = False,
) -> Framed:
    """`names`: (label, text, label, text) lines such as 主管部门/实施单位; `budget`: lines of
    (label, six cells); `total`: (分值, 得分) of the 总分 line. `stacked`: 预期目标 and
    实际完成情况 on two full-width lines instead of side by side."""
    g = Grid(8)
    f = Framed(g)
    g.wide("单位名称" if t.extra.get("scope") == "overall" else "项目名称", t.project)
    for a, b, c, d in names:
        r = g.add(a, b, "", "", c, d)
        g.span(r, 1, r, 3)
        g.span(r, 5, r, 7)
    first = g.add(money_label, "", *BUDGET_HEAD)
    for line in budget:
        g.add("", *line)
    g.span(first, 0, first + len(budget), 0)
    if stacked:
        r = g.add("年度总体目标", "预期目标", t.goal or "")
        g.add("", "实际完成情况", actual)
        for row in (r, r + 1):
            g.span(row, 2, row, 7)
    else:
        r = g.add("年度总体目标", "预期目标", "", "", "实际完成情况")
        g.add("", t.goal or "", "", "", actual)
        for row in (r, r + 1):
            g.span(row, 1, row, 3)
            g.span(row, 4, row, 7)
    g.span(r, 0, r + 1, 0)
    header(g, *[NAMES[k] for k in keys])
    indicator_body(f, t.rows, keys)
    cells = [""] * 8
    cells[0] = "总分"
    cells[list(keys).index("score_max")] = total[0]
    cells[list(keys).index("score")] = total[1]
    r = g.add(*cells)
    g.span(r, 0, r, min(list(keys).index("score_max"), list(keys).index("score")) - 1)
    return f


def sx(actual: str, score_max: int, score: float, deviation: str = "") -> dict[str, object]:
    """Row extras of a self-evaluation row."""
    out: dict[str, object] = {"actual": actual, "score_max": score_max, "score": score}
    if deviation:
        out["deviation"] = deviation
    return out
