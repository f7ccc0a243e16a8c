"""What the rows above an indicator table say (project, budget, goal), invented content: a goal
label with the period it covers, a goal whose full stop wrapped onto a line of its own, a budget
grid whose first column is the total, a department's budget request label, the table's own goal
over the prose section's, and the project an evaluation system names."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.kinds import evaluated_project
from auditor.extract.tokenize import split_line
from auditor.models import Document
from auditor.pipeline import extract_document

_ROWS = """一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t培训农民人数\t≥600人
效益指标\t社会效益指标\t参训农民就业率\t≥70%
满意度指标\t服务对象满意度指标\t参训农民满意度\t≥90%
"""


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def test_a_goal_label_with_the_period_it_covers_is_one_label(tmp_path: Path) -> None:
    assert split_line("年度目标（2025年）：") == ("年度目标（2025年）：",)
    text = (
        "2025年度项目支出绩效目标申报表\n项目名称：高素质农民培育\n"
        "年度目标（2025年）：\n    培训高素质农民600人，参训农民就业率70%以上。\n" + _ROWS
    )
    (table,) = _doc(tmp_path, text).tables
    assert table.goal == "培训高素质农民600人，参训农民就业率70%以上。"


def test_a_full_stop_wrapped_onto_its_own_line_ends_the_goal(tmp_path: Path) -> None:
    text = (
        "某县农业农村局2025年高素质农民培育项目绩效目标表\n"
        "项目名称    高素质农民培育\n"
        "年度绩效目标    培训高素质农民600人\n"
        "，参训农民就业率达到70%以上\n"
        "。\n" + _ROWS.replace("\t", "    ")
    )
    (table,) = _doc(tmp_path, text).tables
    assert table.goal == "培训高素质农民600人，参训农民就业率达到70%以上。"


def test_a_budget_grid_whose_first_column_is_the_total(tmp_path: Path) -> None:
    text = (
        "某县农业农村局2025年项目支出绩效目标表\n单位：万元\n"
        "项目名称\t高素质农民培育\n"
        "年度资金总额\t其中：财政拨款\t上年结转\t其他资金\n"
        "86.50\t80.00\t6.50\t0.00\n"
        "年度目标\t培训高素质农民600人。\n" + _ROWS
    )
    (table,) = _doc(tmp_path, text).tables
    assert table.budget_wan == 86.5
    assert table.budget_lines.get("上年结转") == 6.5


def test_an_overall_table_reads_its_budget_request_and_its_own_goal(tmp_path: Path) -> None:
    text = (
        "（一）总体绩效目标\n"
        "围绕乡村振兴，提升农业社会化服务水平。\n"
        "（二）部门整体支出绩效目标表\n"
        "部门（单位）名称\t某县农业农村局\n"
        "年度预算申请（万元）\t资金总额\t财政拨款\t其他资金\n"
        "\t1,250.00\t1,200.00\t50.00\n"
        "年度绩效目标\t目标1：培训高素质农民600人；目标2：农作物病虫害统防统治覆盖率45%。\n" + _ROWS
    )
    (table,) = _doc(tmp_path, text).tables
    assert table.kind == "overall"
    assert table.budget_wan == 1250.0
    assert table.goal == "目标1：培训高素质农民600人；目标2：农作物病虫害统防统治覆盖率45%。"


def test_the_project_an_evaluation_system_evaluates() -> None:
    # the name another table gives it, when the title holds that name
    assert (
        evaluated_project(
            "某县农机购置补贴资金", "某县农机购置补贴资金绩效评价指标体系", ["农机购置补贴"], None
        )
        == "农机购置补贴"
    )
    # otherwise the title's name without the unit's place in front
    assert (
        evaluated_project(
            "某县村级动物防疫员补助", "某县村级动物防疫员补助绩效评价指标体系", [], "某县农业农村局"
        )
        == "村级动物防疫员补助"
    )
    # a name that does not start with the unit's place keeps its words (社区, 城区 …)
    assert (
        evaluated_project("社区矫正工作经费", "社区矫正工作经费绩效评价指标体系", [], "某县司法局")
        == "社区矫正工作经费"
    )


_NO_LEVEL3 = """3.农机安全监理经费项目支出绩效目标表
项目名称农机安全监理经费
项目资金（万元）12.00
年度目标全年检验拖拉机1500台以上，农机事故起数同比下降。
一级指标二级指标指标值
产出指标数量指标检验拖拉机≥1500台
质量指标年检合格率≥95%
效益指标社会效益指标农机事故起数同比下降
满意度指标服务对象满意度指标机手满"""


def test_a_file_ending_inside_a_name_and_target_cell_drops_that_row(tmp_path: Path) -> None:
    (table,) = _doc(tmp_path, _NO_LEVEL3).tables
    assert table.truncated
    assert [r.value for r in table.rows] == [
        "检验拖拉机≥1500台",
        "年检合格率≥95%",
        "农机事故起数同比下降",
    ]
