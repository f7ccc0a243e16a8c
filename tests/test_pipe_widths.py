"""One-cell-per-line pipe runs whose marks alone do not give the row width (invented content):
a department-wide table whose only mark is its subtotal row's collapsed cells, a unit line run
into the table, marks that pad a few metadata lines of unequal widths."""

from __future__ import annotations

from pathlib import Path

from auditor.ingest.blocks import Grid
from auditor.ingest.text_reader import read_text
from auditor.pipeline import extract_document


def _grid_rows(text: str) -> list[list[str]]:
    raw = read_text(Path("t.txt"), text.encode())
    return [row.cells for b in raw.blocks if isinstance(b, Grid) for row in b.rows]


DEPARTMENT = [
    "金额单位：元 |",  # a unit line the converter ran into the table
    "单位名称 |",
    "项目名称 |",
    "预算数 |",
    "一级指标 |",
    "三级指标 |",
    "指标值 |",
    "301-某县林业局 |",
    "|",
    "500,000.00 | |||",  # the subtotal: unit, no project, amount and three collapsed cells
    "301001-某县林业局本级 |",
    "森林防火 |",
    "300,000.00 |",
    "产出指标 |",
    "巡护里程 |",
    "≥800公里 |",
    "|",
    "|",
    "|",
    "满意度指标 |",
    "群众满意度 |",
    "≥90% |",
    "301001-某县林业局本级 |",
    "苗木补助 |",
    "200,000.00 |",
    "产出指标 |",
    "补助苗木数量 |",
    "≥2万株 |",
]


def test_one_collapsed_mark_gives_the_width_the_unmarked_rows_confirm():
    rows = _grid_rows("\n".join(DEPARTMENT) + "\n")
    assert rows[0] == ["金额单位：元"]
    assert rows[1:4] == [
        ["单位名称", "项目名称", "预算数", "一级指标", "三级指标", "指标值"],
        ["301-某县林业局", "", "500,000.00", "", "", ""],
        ["301001-某县林业局本级", "森林防火", "300,000.00", "产出指标", "巡护里程", "≥800公里"],
    ]
    assert rows[-1][1:] == ["苗木补助", "200,000.00", "产出指标", "补助苗木数量", "≥2万株"]


def test_department_wide_pipe_run_gives_one_table_per_project(tmp_path):
    p = tmp_path / "dept.txt"
    p.write_text("某县林业局2024年项目支出绩效目标表\n" + "\n".join(DEPARTMENT) + "\n", "utf-8")
    doc = extract_document(p)
    assert [(t.project, t.budget_wan, len(t.rows)) for t in doc.tables] == [
        ("森林防火", 30.0, 2),
        ("苗木补助", 20.0, 1),
    ]


MIDTERM = [
    "2024年项目支出绩效目标表（含中期） |",
    "项目名称 |",
    "乡镇文化站提升 |",
    "资金总额 |",
    "中期资金总额90.00，其中2024年30.00 | |||",
    "年度目标 |",
    "提升乡镇文化站6个 | |",
    "一级指标 |",
    "二级指标 |",
    "三级指标 |",
    "指标值 |",
    "产出指标 |",
    "数量指标 |",
    "提升文化站数量 |",
    "≥6个 |",
    "效益指标 |",
    "社会效益指标 |",
    "群众文化氛围 |",
    "更加浓厚 |",
]


def test_marks_padding_metadata_lines_do_not_make_the_indicator_rows_one_row():
    lines = MIDTERM
    rows = _grid_rows("\n".join(lines) + "\n")
    assert all(len(r) == 1 for r in rows)  # no reliable marks: the extractor cuts by content


def test_metadata_padded_by_marks_then_rows_cut_by_content(tmp_path):
    p = tmp_path / "mid.txt"
    p.write_text("\n".join(MIDTERM) + "\n", "utf-8")
    (t,) = extract_document(p).tables
    assert (t.project, t.budget_wan) == ("乡镇文化站提升", 30.0)
    assert [(r.level3, r.value) for r in t.rows] == [
        ("提升文化站数量", "≥6个"),
        ("群众文化氛围", "更加浓厚"),
    ]


UNFILLED_LEVEL1 = [
    "某县卫生健康局部门整体绩效目标表 |",
    "|",
    "部门名称 |",
    "某县卫生健康局 |",
    "|",
    "一级指标 |",
    "二级指标 |",
    "三级指标 |",
    "指标值 |",
    "指标解释 |",
]
UNFILLED_ROWS = [
    ("数量指标", "家庭医生签约服务人数", "≥5万人", "反映家庭医生签约服务人数。"),
    ("质量指标", "适龄儿童疫苗接种率", "≥90%", "反映适龄儿童疫苗接种率。"),
    ("社会效果指标", "居民健康素养水平", "提升", "居民健康素养水平"),
    ("长远影响指标", "基层医疗服务能力", "持续提升", "反映基层医疗服务能力。"),
    ("服务对象满意度指标", "群众就医满意度", "≥85%", "群众就医满意度"),
]


def _unfilled_level1_text() -> str:
    lines = list(UNFILLED_LEVEL1)
    for row in UNFILLED_ROWS:
        lines += ["|", *(f"{c} |" for c in row)]
    return "\n".join(lines) + "\n"


def test_an_unfilled_first_column_gives_the_rows_their_period():
    rows = _grid_rows(_unfilled_level1_text())
    assert rows[-len(UNFILLED_ROWS) :] == [["", *row] for row in UNFILLED_ROWS]


def test_rows_whose_explanation_repeats_their_name_under_an_unfilled_level1(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text(_unfilled_level1_text(), encoding="utf-8")
    (t,) = extract_document(p).tables
    # the printed 二级 is kept; 效果/长远影响 are other words for the framework's 效益 names
    assert [(r.level1, r.level2_std, r.level3, r.value) for r in t.rows] == [
        ("产出指标", "数量指标", "家庭医生签约服务人数", "≥5万人"),
        ("产出指标", "质量指标", "适龄儿童疫苗接种率", "≥90%"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "提升"),
        ("效益指标", "可持续影响指标", "基层医疗服务能力", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥85%"),
    ]
    assert [r.level2 for r in t.rows[2:4]] == ["社会效果指标", "长远影响指标"]
