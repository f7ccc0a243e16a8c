"""How a table is framed across pages and lines (docs/layouts.md §1-§4), invented content: a
ruled table going on in a grid of the next page under the document's running heading, a
short table printed whole on one line with its title, 中期 and 年度 blocks side by side with
their own 二级/三级 columns, a qualitative target run together with its name."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.tables import extract
from auditor.extract.tokenize import run_together
from auditor.ingest.blocks import Grid, GridRow, RawDocument, TextLine
from auditor.models import Document, Location
from auditor.pipeline import extract_document

HEADING = "某县交通运输局2024年部门预算公开"


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def _grid(page: int, rows: list[list[str]]) -> Grid:
    loc = Location(page=page)
    return Grid(rows=[GridRow(cells=r, loc=loc) for r in rows], loc=loc)


def _pdf(*blocks: TextLine | Grid) -> RawDocument:
    return RawDocument(source="x.pdf", layout="pdf", blocks=list(blocks))


META = [
    ["项目名称", "乡村道路养护", "主管部门", "某县交通运输局"],
    ["项目资金（万元）", "42.00", "", ""],
]
HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [
    ["产出指标", "数量指标", "维修道路里程", "≥12公里"],
    ["", "质量指标", "道路验收合格率", "100%"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
]


def test_a_grid_going_on_under_the_running_heading_of_the_next_page():
    raw = _pdf(
        TextLine(HEADING),
        TextLine("某县2024年项目支出绩效目标表"),
        _grid(1, [*META, HEADER, ROWS[0]]),
        TextLine("— 1 —"),
        TextLine(HEADING),
        _grid(2, ROWS[1:]),
    )
    (t,) = extract(raw).tables
    assert [r.level3 for r in t.rows] == ["维修道路里程", "道路验收合格率", "沿线群众满意度"]


def test_the_header_at_the_foot_of_a_page_and_the_rows_on_the_next():
    raw = _pdf(
        TextLine(HEADING),
        TextLine("某县2024年项目支出绩效目标表"),
        _grid(1, [*META, HEADER]),
        TextLine("— 1 —"),
        TextLine(HEADING),
        _grid(2, ROWS),
    )
    (t,) = extract(raw).tables
    assert [r.level1 for r in t.rows] == ["产出指标", "产出指标", "满意度指标"]
    assert "某县" not in "".join(r.level3 for r in t.rows)


def test_a_short_table_printed_whole_on_one_line_after_its_title(tmp_path):
    line = (
        "某县2024年项目支出绩效目标表 项目名称 乡村道路养护 年度绩效目标 养护乡村道路12公里 "
        "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 维修道路里程 ≥12公里 "
        "满意度指标 服务对象满意度指标 沿线群众满意度 ≥90%"
    )
    assert len(line) <= 160
    (t,) = _doc(tmp_path, "某县交通运输局\n\n" + line + "\n").tables
    assert (t.title, t.project, t.goal) == (
        "某县2024年项目支出绩效目标表",
        "乡村道路养护",
        "养护乡村道路12公里",
    )
    assert [(r.level3, r.value) for r in t.rows] == [
        ("维修道路里程", "≥12公里"),
        ("沿线群众满意度", "≥90%"),
    ]


def test_midterm_and_annual_blocks_each_with_their_own_names(tmp_path):
    text = (
        "某县2024年项目支出绩效目标表\n"
        "项目名称\t乡村道路养护\n"
        "一级指标\t二级指标\t三级指标\t中期指标值\t二级指标\t三级指标\t年度指标值\n"
        "产出指标\t数量指标\t维修道路里程\t≥36公里\t数量指标\t维修道路里程\t≥12公里\n"
        "\t时效指标\t项目按期完工率\t100%\t时效指标\t当年项目开工率\t100%\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [(r.level3, r.value) for r in t.rows] == [
        ("维修道路里程", "≥12公里"),
        ("当年项目开工率", "100%"),
    ]
    mid = t.rows[1].midterm
    assert mid is not None and (mid.level3, mid.value) == ("项目按期完工率", "100%")


def test_a_worded_target_that_pushes_on_run_together_with_its_name():
    assert run_together("可持续影响指标乡村振兴战略有效推进") == [
        "可持续影响指标",
        "乡村振兴战略",
        "有效推进",
    ]


def test_names_centred_on_the_upper_middle_row_throughout_the_table(tmp_path):
    """一级 on the upper middle row of a six-row block: the two-row block below it has its
    一级 and 二级 on its first row too, so the row under them stays in that block (only the
    upper-middle reading fits every block; the last row is a block of its own)."""
    text = (
        "某县2024年项目支出绩效目标表\n"
        "项目名称\t乡村道路养护\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "\t数量指标\t维修道路里程\t≥12公里\n"
        "\t\t新建错车道\t≥20处\n"
        "产出指标\t质量指标\t道路验收合格率\t100%\n"
        "\t\t路面平整度达标率\t≥95%\n"
        "\t时效指标\t完工时间\t2024年10月底前\n"
        "\t成本指标\t每公里养护成本\t≤3.5万元\n"
        "效益指标\t社会效益指标\t群众出行条件\t明显改善\n"
        "\t\t沿线受益人口\t≥1.2万人\n"
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [(r.level1, r.level2) for r in t.rows] == [
        ("产出指标", "数量指标"),
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "时效指标"),
        ("产出指标", "成本指标"),
        ("效益指标", "社会效益指标"),
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


def test_a_header_cell_centred_over_a_two_line_header():
    """ "指标值" centred over two header lines lands on the line above the level names (a PDF
    rebuilt from word positions): the two grid rows are one header, the values keep their
    column."""
    raw = _pdf(
        TextLine("某县2024年项目支出绩效目标表"),
        _grid(
            1,
            [
                *META,
                ["绩效指标", "", "", ""],
                ["", "", "", "指标值"],
                ["一级指标", "二级指标", "三级指标", ""],
                *ROWS,
            ],
        ),
    )
    (t,) = extract(raw).tables
    assert [(r.level3, r.value) for r in t.rows] == [
        ("维修道路里程", "≥12公里"),
        ("道路验收合格率", "100%"),
        ("沿线群众满意度", "≥90%"),
    ]


def test_the_running_heading_after_a_page_number_is_no_row(tmp_path):
    text = (
        "某县2024年项目支出绩效目标表\n"
        "项目名称\t乡村道路养护\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t维修道路里程\t≥12公里\n"
        "第 2 页 共 5 页\n"
        "某县交通运输局2024年部门预算\n"
        "\t时效指标\t项目完工时间\t2024年11月底前\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [(r.level2, r.level3) for r in t.rows] == [
        ("数量指标", "维修道路里程"),
        ("时效指标", "项目完工时间"),
    ]


def test_a_cut_note_after_the_rows_drops_the_incomplete_last_row(tmp_path):
    # the excerpt ends inside a row ("乘客满意" without its target); a note says so
    text = (
        "某县交通运输局2024年项目支出绩效目标表\n"
        "项目名称 | 农村客运补贴 | | ||||\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值 ||||\n"
        "产出指标 | 数量指标 | 补贴客运车辆 | ≥40辆 ||||\n"
        "效益指标 | 社会效益指标 | 群众出行条件 | 进一步改善 ||||\n"
        "满意度指标 | 服务对象满意度指标 | 乘客满意\n"
        "\n"
        "（本表摘自某县预算公开文件）\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [r.level3 for r in t.rows] == ["补贴客运车辆", "群众出行条件"]
    assert t.truncated and t.warnings


def test_a_continued_mark_at_the_end_cuts_the_table_there(tmp_path):
    text = (
        "某县农业农村局2024年项目支出绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t新建农田面积\t≥1万亩\n"
        "效益指标\t经济效益指标\t亩均节本增效\t\n"
        "（下页续）\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [r.level3 for r in t.rows] == ["新建农田面积"] and t.truncated


def test_a_row_without_target_before_an_ordinary_note_is_kept(tmp_path):
    text = (
        "某县农业农村局2024年项目支出绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t新建农田面积\t≥1万亩\n"
        "效益指标\t经济效益指标\t亩均节本增效\t\n"
        "注：指标值由项目单位填报。\n"
        "某县农业农村局2024年项目支出绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t维修泵站\t≥3座\n"
    )
    first, _ = _doc(tmp_path, text).tables
    assert [r.level3 for r in first.rows] == ["新建农田面积", "亩均节本增效"]
    assert not first.truncated
