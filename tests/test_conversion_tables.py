"""Tables as format conversion leaves them, invented content: a department-wide table whose
project cells are printed vertically centred on their blocks (an unruled PDF, a PDF-to-Word
conversion), and a table whose only column after the categories is a 指标内容 holding the
indicator and its target together."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.project_blocks import block_owners, framework_rank
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def _rows(doc: Document) -> list[list[str]]:
    return [[r.level3 or "" for r in t.rows] for t in doc.tables]


_HEADER = "单位名称\t项目名称\t预算数（万元）\t年度目标\t一级指标\t二级指标\t三级指标\t指标值\n"

# each project's cells printed on a line of their own in the middle of its block
_CENTRED = (
    "某县水务局2025年项目支出绩效目标表\n"
    + _HEADER
    + "\t\t\t\t\t数量指标\t新建供水管道长度\t≥12公里\n"
    "\t\t\t\t产出指标\t质量指标\t管道试压合格率\t100%\n"
    "某县水务局\t农村供水管网延伸\t260\t新建管道12公里。\t\t\t\t\n"
    "\t\t\t\t效益指标\t社会效益指标\t新增受益人口\t≥3200人\n"
    "\t\t\t\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\n"
    "\t\t\t\t\t数量指标\t清淤渠道长度\t≥8公里\n"
    "\t\t\t\t产出指标\t时效指标\t清淤完成时间\t2025年4月底前\n"
    "某县水务局\t灌区渠道清淤\t45\t清淤渠道8公里。\t\t\t\t\n"
    "\t\t\t\t\t成本指标\t每公里清淤费用\t≤5.6万元\n"
    "\t\t\t\t效益指标\t经济效益指标\t恢复灌溉面积\t≥1500亩\n"
    "\t\t\t\t满意度指标\t服务对象满意度指标\t灌区农户满意度\t≥90%\n"
)


def test_centred_project_cells_own_the_rows_above_them(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _CENTRED)
    assert [t.project for t in doc.tables] == ["农村供水管网延伸", "灌区渠道清淤"]
    assert [t.budget_wan for t in doc.tables] == [260, 45]
    assert _rows(doc) == [
        ["新建供水管道长度", "管道试压合格率", "新增受益人口", "受益群众满意度"],
        ["清淤渠道长度", "清淤完成时间", "每公里清淤费用", "恢复灌溉面积", "灌区农户满意度"],
    ]
    assert doc.tables[1].rows[0].level1 == "产出指标"


def test_project_cells_on_the_first_row_of_their_blocks_are_read_as_before(
    tmp_path: Path,
) -> None:
    text = (
        "某县水务局2025年项目支出绩效目标表\n"
        + _HEADER
        + "某县水务局\t农村供水管网延伸\t260\t新建管道12公里。\t"
        "产出指标\t数量指标\t新建供水管道长度\t≥12公里\n"
        "\t\t\t\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\n"
        "某县水务局\t灌区渠道清淤\t45\t清淤渠道8公里。\t产出指标\t数量指标\t清淤渠道长度\t≥8公里\n"
        "\t\t\t\t满意度指标\t服务对象满意度指标\t灌区农户满意度\t≥90%\n"
    )
    assert _rows(_doc(tmp_path, text)) == [
        ["新建供水管道长度", "受益群众满意度"],
        ["清淤渠道长度", "灌区农户满意度"],
    ]


def test_block_boundaries_follow_the_framework_then_the_nearer_name() -> None:
    ranks = [framework_rank("", "数量指标"), framework_rank("效益指标", ""), 3, 0, 2, 3]
    assert ranks[:2] == [0, 2]
    # names printed between rows 0|1 and on row 4: the framework starts again on row 3
    assert block_owners([0.5, 4], ranks) == [0, 0, 0, 1, 1, 1]
    # 成本 printed after 效益 (the 2021 tree) is no new start; 产出 again is
    ranks = [0, 0, 2, 1, 3, 0, 0, 2, 1, 3]
    assert block_owners([1.5, 6.5], ranks) == [0] * 5 + [1] * 5
    # no category known: each row goes to the nearer name
    assert block_owners([1, 4], [None] * 6) == [0, 0, 0, 1, 1, 1]
    # names on the first rows of their blocks
    assert block_owners([0, 3], [None] * 5) == [0, 0, 0, 1, 1]


def test_a_content_column_alone_after_the_categories_is_the_target(tmp_path: Path) -> None:
    text = (
        "某县文化馆2025年送戏下乡经费绩效目标表\n项目名称\t送戏下乡经费\n项目金额（元）\t120,000.00\n"
        "年度目标\t全年送戏下乡40场。\n一级指标\t二级指标\t指标内容\n"
        "产出指标\t数量指标\t送戏下乡演出40场\n\t时效指标\t当年12月底前完成全部演出\n"
        "满意度指标\t服务对象满意度指标\t观众满意度≥90%\n"
    )
    (table,) = _doc(tmp_path, text).tables
    assert [(r.level2, r.level3, r.value) for r in table.rows] == [
        ("数量指标", "", "送戏下乡演出40场"),
        ("时效指标", "", "当年12月底前完成全部演出"),
        ("服务对象满意度指标", "", "观众满意度≥90%"),
    ]
    assert table.budget_wan == 12


def test_a_projects_amount_and_goal_on_a_row_of_their_own_beside_its_name(
    tmp_path: Path,
) -> None:
    # centred cells of unequal heights: the amount and goal one row above the name
    text = _CENTRED.replace(
        "某县水务局\t灌区渠道清淤\t45\t清淤渠道8公里。\t\t\t\t\n",
        "某县水务局\t\t45\t清淤渠道8公里。\t\t\t\t\n\t灌区渠道清淤\t\t\t\t\t\t\n",
    )
    doc = _doc(tmp_path, text)
    assert [(t.project, t.budget_wan, t.goal) for t in doc.tables][1] == (
        "灌区渠道清淤",
        45,
        "清淤渠道8公里。",
    )
