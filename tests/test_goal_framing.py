"""Goals and amounts as disclosures frame them (docs/layouts.md §4), invented content: a goal
sentence wrapped onto the next line (a cell's line break kept raw in a tab export, a PDF or
HTML page's line width), goal labels printed one per line before their texts, an approval
table's amount label."""

from __future__ import annotations

from pathlib import Path

from auditor.models import Document
from auditor.pipeline import extract_document

BODY = (
    "一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t维修道路里程\t≥12公里\n"
    "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\n"
)
GOAL = "养护乡村道路12公里，修复坑槽3000平方米，道路优良率达到85%以上。"


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def test_a_goal_cell_broken_by_a_raw_line_break_in_a_tab_export(tmp_path):
    text = (
        "某县交通运输局2024年项目支出绩效目标表\n"
        "项目名称\t乡村道路养护\t主管部门\t某县交通运输局\n"
        "项目资金（万元）\t42.00\t\t\n"
        "年度绩效目标\t养护乡村道路12公里，修复坑槽3000平方米\n"
        "，道路优良率达到85%以上。\t\t\n" + BODY
    )
    (t,) = _doc(tmp_path, text).tables
    assert t.goal == GOAL
    assert len(t.rows) == 2


def test_a_goal_sentence_wrapped_onto_the_next_line_of_text(tmp_path):
    text = (
        "某县交通运输局2024年项目支出绩效目标表\n"
        "项目名称：乡村道路养护        主管部门：某县交通运输局\n"
        "年度绩效目标：\n"
        "  养护乡村道路12公里，修复坑槽3000平方米，\n"
        "道路优良率达到85%以上。\n"
        "\n"
        "一级指标    二级指标    三级指标    指标值\n"
        "产出指标    数量指标    维修道路里程    ≥12公里\n"
        "满意度指标    服务对象满意度指标    沿线群众满意度    ≥90%\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert t.goal is not None and t.goal.replace("\n", "") == GOAL
    assert [r.level3 for r in t.rows] == ["维修道路里程", "沿线群众满意度"]


def test_a_finished_goal_sentence_does_not_take_the_next_line(tmp_path):
    text = (
        "某县交通运输局2024年项目支出绩效目标表\n"
        "项目名称\t乡村道路养护\n"
        "年度绩效目标\t" + GOAL + "\n"
        "填报说明：本表由项目单位填写。\t\n" + BODY
    )
    (t,) = _doc(tmp_path, text).tables
    assert t.goal == GOAL


def test_goal_labels_one_per_line_before_their_texts(tmp_path):
    actual = "养护乡村道路12.5公里，道路优良率87%。"
    cells = [
        "某县2023年度项目支出绩效自评表",
        "项目名称",
        "乡村道路养护",
        "年度总体目标",
        "预期目标",
        "实际完成情况",
        GOAL,
        actual,
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "产出指标",
        "数量指标",
        "维修道路里程",
        "≥12公里",
        "12.5公里",
    ]
    (t,) = _doc(tmp_path, "\n\n".join(cells) + "\n").tables
    assert (t.project, t.goal, t.actual_goal) == ("乡村道路养护", GOAL, actual)


def test_the_amount_of_an_approval_table(tmp_path):
    text = (
        "某县2024年项目支出绩效目标批复表\n"
        "项目名称\t乡村道路养护\t主管部门\t某县交通运输局\n"
        "批复金额（万元）\t42.00\t\t\n"
        "绩效目标\t" + GOAL + "\t\t\n" + BODY
    )
    (t,) = _doc(tmp_path, text).tables
    assert (t.budget_wan, t.goal) == (42.0, GOAL)
