"""Amount labels a table's frame prints in less usual ways: several amount labels one per line
before their figures, a bare "资金" with its money unit, and a small figure on a line of its own
after its label (not a page number)."""

from __future__ import annotations

from pathlib import Path

from auditor.pipeline import extract_document

BODY = [
    "一级指标 |",
    "二级指标 |",
    "三级指标 |",
    "指标值 |",
    "产出指标 |",
    "数量指标 |",
    "改造农村户厕 |",
    "≥310户 |",
    "满意度指标 |",
    "服务对象满意度指标 |",
    "改厕农户满意度 |",
    "≥92% |",
]


def _table(tmp_path: Path, lines: list[str]) -> tuple[str | None, float | None, str | None]:
    path = tmp_path / "t.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = extract_document(path).tables[0]
    return table.project, table.budget_wan, table.goal


def test_amount_labels_one_per_line_take_their_figures_in_order(tmp_path: Path) -> None:
    meta = [
        "某镇2024年农村改厕项目绩效目标表",
        "项目名称 |",
        "农村改厕 |",
        "年度资金总额 |",
        "其中：财政拨款 |",
        "上年结转 |",
        "其他资金 |",
        "57.40 |",
        "50.00 |",
        "7.40 |",
        "0 |",
        "年度目标 |",
        "完成农村户厕改造310户。 |",
    ]
    assert _table(tmp_path, meta + BODY) == ("农村改厕", 57.4, "完成农村户厕改造310户。")


def test_bare_funds_label_with_its_money_unit_and_a_small_figure_below(tmp_path: Path) -> None:
    meta = [
        "某镇2024年农村改厕项目绩效目标表",
        "项目名称",
        "",
        "农村改厕",
        "",
        "资金（万元）",
        "",
        "31",
        "",
        "年度目标",
        "",
        "完成农村户厕改造310户。",
        "",
    ]
    body = [c.removesuffix(" |") for b in BODY for c in (b, "")]
    assert _table(tmp_path, meta + body) == ("农村改厕", 31.0, "完成农村户厕改造310户。")
