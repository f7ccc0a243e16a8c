"""Tab rows whose cells hold a line break: quoted by a spreadsheet copy (the reader unquotes
them) or printed as is by a Word copy (the extractor joins the pieces back by vocabulary)."""

from __future__ import annotations

from pathlib import Path

from auditor.ingest import read_document
from auditor.pipeline import extract_document

META = [
    "某县2024年农村公路养护项目绩效目标表",
    "",
    "项目名称\t农村公路养护",
    "预算数(万元)\t120.00",
]
ROWS = [
    "产出指标\t数量指标\t养护里程\t≥100公里",
    "\t时效指标\t完成时间\t2024年12",
    "月底前",
    "效益指标\t社会效益\t群众出行条件\t明显改善",
    "满意度指标\t服务对象满意\t群众满意度\t≥90%",
]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "t.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _rows(path: Path) -> list[tuple[str, str, str, str]]:
    doc = extract_document(path)
    return [(r.level1, r.level2, r.level3, r.value) for t in doc.tables for r in t.rows]


EXPECTED = [
    ("产出指标", "数量指标", "养护里程", "≥100公里"),
    ("产出指标", "时效指标", "完成时间", "2024年12月底前"),
    ("效益指标", "社会效益", "群众出行条件", "明显改善"),
    ("满意度指标", "服务对象满意", "群众满意度", "≥90%"),
]


def test_word_copy_header_and_cells_broken_over_lines(tmp_path: Path) -> None:
    header = ["一级", "指标\t二级指", "标\t三级指", "标\t指标值"]
    assert _rows(_write(tmp_path, META + header + ROWS)) == EXPECTED


def test_word_copy_header_whose_next_line_reads_as_a_header(tmp_path: Path) -> None:
    # the last piece ("指标\t三级指标\t指标值") is a header by itself; its 指标 is the rest of 二级
    header = ["一级", "指标\t二级", "指标\t三级指标\t指标值"]
    assert _rows(_write(tmp_path, META + header + ROWS)) == EXPECTED


def test_a_group_label_line_is_not_joined_into_a_whole_header(tmp_path: Path) -> None:
    header = ["绩效指标", "一级指标\t二级指标\t三级指标\t指标值"]
    assert _rows(_write(tmp_path, META + header + ROWS)) == EXPECTED


def test_spreadsheet_copy_quoted_cells(tmp_path: Path) -> None:
    header = ['"一级', '指标"\t"二级指', '标"\t"三级', '指标"\t指标值']
    rows = ["产出指标\t数量指标\t养护里程\t≥100公里", '\t时效指标\t完成时间\t"2024年12', '月底前"']
    path = _write(tmp_path, META + header + rows + ROWS[3:])
    raw = read_document(path)
    grid_rows = [r.cells for b in raw.blocks if hasattr(b, "rows") for r in b.rows]
    assert ["一级\n指标", "二级指\n标", "三级\n指标", "指标值"] in grid_rows
    assert _rows(path) == EXPECTED


def test_an_unclosed_quote_stays_text(tmp_path: Path) -> None:
    path = _write(tmp_path, ['名称\t"未闭合的引号', "下一行\t正文"])
    rows = [r.cells for b in read_document(path).blocks if hasattr(b, "rows") for r in b.rows]
    assert rows == [["名称", '"未闭合的引号'], ["下一行", "正文"]]


def test_short_metadata_rows_are_not_joined(tmp_path: Path) -> None:
    """Metadata rows narrower than the table are rows of their own, not pieces of one."""
    lines = META + ["年度目标\t完成养护", "一级指标\t二级指标\t三级指标\t指标值"] + ROWS[:1]
    doc = extract_document(_write(tmp_path, lines))
    assert doc.tables[0].budget_wan == 120.0
    assert doc.tables[0].project == "农村公路养护"


def test_header_broken_over_lines_of_space_separated_cells(tmp_path: Path) -> None:
    # a PDF or HTML copy whose cells are runs of spaces: "一级" / "指标    二级" / "指标    三级指标…"
    meta = [
        "某县2024年乡村道路养护项目绩效目标表",
        "项目名称    乡村道路养护",
        "预算数(万元)    86.00",
    ]
    header = ["一级", "指标    二级", "指标    三级指标    指标值"]
    body = [
        "产出指标    数量指标    养护道路里程    ≥42公里",
        "时效指标    养护完成时间    2024年11月底前",
        "满意度指标    服务对象满意度指标    沿线群众满意度    ≥92%",
    ]
    assert _rows(_write(tmp_path, meta + header + body)) == [
        ("产出指标", "数量指标", "养护道路里程", "≥42公里"),
        ("产出指标", "时效指标", "养护完成时间", "2024年11月底前"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥92%"),
    ]
