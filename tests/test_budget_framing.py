"""Budgets as disclosures frame them (docs/layouts.md §4), invented content: a budget label and
its amount inside one cell, budget lines as column headers over a row of amounts, a PDF line
that prints the row label before the amounts of a grid, the self-evaluation of a whole unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.extract.meta import labelled_amount, read_meta
from auditor.extract.meta_state import Meta
from auditor.models import Document
from auditor.pipeline import extract_document

BODY = (
    "一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t维修道路里程\t≥12公里\n"
    "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\n"
)


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("年度资金总额：42.50", 42.5),
        ("年度资金总额 1,260.00 其中：财政拨款 1,260.00", 1260.0),
        ("年度金额：88.00（其中：中央补助60.00）", 88.0),
        ("88.00（其中中央补助60.00）", 88.0),
        ("560.00（省级财政资金）", 560.0),
        ("560.00（上级补助）", 560.0),
        ("560.00（2023年）", None),
        ("）中期资金总额：900.00 年度资金总额：300.00", 300.0),
        ("年度资金总额：", None),
        ("年度资金总额增长8%", None),
        ("项目名称：乡村道路养护", None),
    ],
)
def test_an_amount_inside_the_budget_labels_cell(cell, expected):
    assert labelled_amount(cell) == expected


def test_budget_label_then_a_cell_with_its_own_label_and_amount(tmp_path):
    text = (
        "某县交通运输局2024年项目支出绩效目标表\n"
        "项目名称\t乡村道路养护\t主管部门\t某县交通运输局\n"
        "项目资金（万元）\t年度资金总额：42.00    其中：财政拨款42.00    其他资金0.00\t\t\n"
        "年度绩效目标\t养护乡村道路12公里\t\t\n" + BODY
    )
    (t,) = _doc(tmp_path, text).tables
    assert (t.project, t.budget_wan, t.goal) == ("乡村道路养护", 42.0, "养护乡村道路12公里")


def test_budget_lines_as_column_headers_over_a_row_of_amounts():
    meta = Meta()
    for row in (
        ["转移支付名称", "", "某某防治资金", "", ""],
        ["资金情况（万元）", "", "年度金额", "其中：中央补助", "地方资金"],
        ["", "", "300.00", "240.00", "60.00"],
        ["年度总体目标", "", "2024年完成改造500户，优良天数比率达到80%以上。", "", ""],
    ):
        read_meta(meta, row, flat=False)
    assert meta.budget == 300.0
    assert meta.budget_lines == {"预算数": 300.0, "中央补助": 240.0, "地方资金": 60.0}
    assert meta.goal == "2024年完成改造500户，优良天数比率达到80%以上。"


def test_a_text_line_prints_the_row_label_before_the_grid_amounts():
    meta = Meta()
    read_meta(meta, ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], True)
    read_meta(meta, ["年度资金总额", "1860.00", "2035.40", "1968.70", "10", "96.72%", "9.67"], True)
    assert meta.budget == 2035.4
    assert meta.budget_lines["年初预算数"] == 1860.0
    assert meta.execution_rate == 96.72


def test_the_self_evaluation_of_a_whole_unit_is_named_by_the_unit(tmp_path):
    text = (
        "附表3 2023年度部门整体支出绩效自评表\n"
        "单位名称\t某县林业局\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t完成营造林面积\t≥1.2万亩\t1.26万亩\t50\t50\n"
        "满意度指标\t服务对象满意度指标\t林农满意度\t≥90%\t92%\t50\t50\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert (t.kind, t.project) == ("self_evaluation", "某县林业局")


def test_short_labels_with_a_colon_name_the_budget_and_the_goal(tmp_path):
    text = (
        "1.残疾人职业技能培训\n"
        "2024年项目支出绩效目标表\n"
        "项目名称：残疾人职业技能培训\n"
        "资金：24.00万元\n"
        "目标：培训残疾人200人，实现就业60人以上。\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t培训残疾人人数\t≥200人\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert (t.budget_wan, t.goal) == (24.0, "培训残疾人200人，实现就业60人以上。")


def test_a_subtotal_row_is_skipped_whatever_column_its_amount_lands_in(tmp_path):
    text = (
        "某县民政局2024年项目支出绩效目标表\n"
        "单位：元\n"
        "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t符号\t值\t单位\n"
        "301-某县民政局\t\t500000.00\t\t\t\t\t\t\t\t\n"
        "301001-某县民政局本级\t低保资金\t500000.00\t按时发放\t产出指标\t数量指标\t保障人数\t定量\t≥\t300\t人\n"
        "302-某县福利院\t\t90000.00\t\t\t\t\t\t\t\t\n"
        "302001-某县福利院\t福利院运转\t90000.00\t正常运转\t产出指标\t数量指标\t供养人数\t定量\t≥\t12\t人\n"
    )
    tables = _doc(tmp_path, text).tables
    assert [(t.project, t.budget_wan, len(t.rows)) for t in tables] == [
        ("低保资金", 50.0, 1),
        ("福利院运转", 9.0, 1),
    ]


def test_mid_term_and_annual_budgets_as_label_amount_pairs_on_one_row():
    meta = Meta()
    read_meta(meta, ["中期资金总额", "3600.00", "", "", "年度资金总额", "1200.00", ""], False)
    assert meta.budget == 1200.0


def test_a_budget_grid_on_one_line_under_its_title_and_beside_its_row_label(tmp_path):
    # a whole self-evaluation on one line: the grid's title, its column words, the row's label,
    # then the figures in order, and a budget line with its own figures after them
    text = (
        "某县林业局2023年度部门整体支出绩效自评表 单位名称 某县林业局 年度预算 （万元） "
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 840.00 910.50 880.20 10 "
        "96.7% 9.67 其中：财政拨款 800.00 870.50 842.00 — 96.7% — "
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
        "产出指标 数量指标 完成营造林面积 ≥1.2万亩 1.26万亩 50 50 "
        "满意度指标 服务对象满意度指标 林农满意度 ≥90% 92% 50 50\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert t.budget_wan == 910.5
    assert t.budget_lines["年初预算数"] == 840.0 and t.execution_rate == 96.7
    assert t.budget_lines["其中：财政拨款:全年执行数"] == 842.0


def test_a_budget_grid_printed_one_cell_per_line():
    meta = Meta()
    cells = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    cells += ["年度资金总额", "150.00", "168.00", "160.40", "10", "95.5%", "9.55"]
    cells += ["其中：财政拨款", "150.00", "168.00", "160.40", "—", "95.5%", "—", "项目名称"]
    for c in cells:
        read_meta(meta, [c], True)
    assert meta.budget == 168.0
    assert meta.budget_lines["全年执行数"] == 160.4 and meta.execution_rate == 95.5
    assert meta.budget_lines["预算执行得分"] == 9.55
