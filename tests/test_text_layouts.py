"""The text reader on each layout, on GBK input, and on layouts not in the corpus (markdown)."""

from __future__ import annotations

from auditor.ingest import read_document
from auditor.ingest.blocks import Grid
from auditor.pipeline import extract_document

MD = """# 某县教育局 2023年部门预算

## 1. 学生资助项目绩效目标表

| 项目名称 | 学生资助 | 预算数 | 120 |
|---|---|---|---|
| 绩效目标 | 资助家庭经济困难学生 800 人次 | | |

| 一级指标 | 二级指标 | 三级指标 | 指标值 |
|---|---|---|---|
| 产出指标 | 数量指标 | 资助学生人次 | ≥800人次 |
| | 质量指标 | 资助对象认定准确率 | ≥98% |
| 满意度指标 | 服务对象满意度指标 | 受助学生满意度 | ≥90% |
"""


def test_markdown_tables(tmp_path):
    p = tmp_path / "md.md"
    p.write_text(MD, encoding="utf-8")
    doc = extract_document(p)
    assert doc.layout == "text/markdown"
    assert doc.year == 2023
    (t,) = doc.tables
    assert t.project == "学生资助" and t.budget_wan == 120
    assert [r.level3 for r in t.rows] == ["资助学生人次", "资助对象认定准确率", "受助学生满意度"]
    assert t.rows[1].level1 == "产出指标"  # merged cell filled down
    assert t.rows[0].parsed.comparator == "≥" and t.rows[0].parsed.unit == "人次"


def test_gbk_encoded_text_reads_the_same(tmp_path, corpus_files):
    src = corpus_files[3]
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(src.read_text(encoding="utf-8").encode("gb18030"))
    raw = read_document(gbk)
    assert raw.encoding == "gb18030"
    a, b = extract_document(src), extract_document(gbk)
    assert [(t.project, len(t.rows)) for t in a.tables] == [
        (t.project, len(t.rows)) for t in b.tables
    ]
    assert [r.value for _, r in a.rows()] == [r.value for _, r in b.rows()]


def test_flattened_docx_cells_and_continuations(tmp_path):
    text = (
        "1.示例项目绩效目标表\n\n\t绩效目标\n\t第一行\n第二行\n\n"
        "\t一级指标\n\t二级\n指标\n\t三级指标\n\t指标值\n\n"
        "\t产出指标\n\t数量指标\n\t培训人次\n\t≥300人次\n\n"
        "\t\n\t质量指标\n\t培训合格率\n\t≥95%\n"
    )
    p = tmp_path / "flat.txt"
    p.write_text(text, encoding="utf-8")
    raw = read_document(p)
    assert raw.layout == "text/docx-flat"
    grids = [b for b in raw.blocks if isinstance(b, Grid)]
    assert grids and grids[0].rows[0].cells == ["绩效目标", "第一行\n第二行"]
    doc = extract_document(p)
    (t,) = doc.tables
    assert t.goal == "第一行\n第二行"
    assert [(r.level1, r.level2, r.level3) for r in t.rows] == [
        ("产出指标", "数量指标", "培训人次"),
        ("产出指标", "质量指标", "培训合格率"),
    ]


def test_header_variants_with_notes_and_other_names(tmp_path):
    text = (
        "1.社区养老服务项目绩效目标表\n"
        "项目名称\t社区养老服务\n预算数\t60\n"
        "一级指标\t二级指标\t指标名称\t指标值（包含数字及文字描述）\t计量单位\t指标值类型\n"
        "产出指标\t数量指标\t服务老年人人次\t≥5000\t人次\t定量\n"
        "\t质量指标\t服务投诉率\t≤2\t%\t定量\n"
    )
    p = tmp_path / "variants.txt"
    p.write_text(text, encoding="utf-8")
    (t,) = extract_document(p).tables
    assert [(r.level3, r.value) for r in t.rows] == [
        ("服务老年人人次", "≥5000人次"),
        ("服务投诉率", "≤2%"),
    ]


def test_repeated_header_continues_the_table_and_merged_level2_fills_down(tmp_path):
    text = (
        "1.道路养护项目绩效目标表\n"
        "项目名称\t道路养护\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t养护里程\t≥20公里\n"
        "产出指标\t\t养护桥梁数量\t≥3座\n"  # 一级 written on every row, 二级 merged
        "一级指标\t二级指标\t三级指标\t指标值\n"  # the header repeated on the next page
        "产出指标\t质量指标\t养护合格率\t≥95%\n"
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n"
    )
    p = tmp_path / "repeat.txt"
    p.write_text(text, encoding="utf-8")
    (t,) = extract_document(p).tables
    assert [(r.level2, r.level3) for r in t.rows] == [
        ("数量指标", "养护里程"),
        ("数量指标", "养护桥梁数量"),
        ("质量指标", "养护合格率"),
        ("服务对象满意度指标", "群众满意度"),
    ]


def _trailing_tab(line: str) -> str:
    return line + "\t" if line.endswith(("%", "人", "指标", "元")) else line


def test_trailing_tabs_on_text_and_cell_lines_are_blanks_not_cells(tmp_path):
    # an export leaves a TAB (or spaces and a full-width space) after some lines; outside a
    # tab-separated table that TAB must not turn a line of text into a row of two cells
    lines = [
        "某县体育局2024年项目绩效目标",
        "全民健身设施维护项目绩效目标表",
        "项目名称：全民健身设施维护",
        "资金总额：36.00万元",
        "年度目标：维护健身路径器材，保障器材完好率。",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "产出指标",
        "数量指标",
        "维护健身路径",
        "≥120处",
        "质量指标",
        "器材完好率",
        "≥95%",
        "满意度指标",
        "服务对象满意度指标",
        "健身群众满意度",
        "≥90%",
    ]
    p = tmp_path / "blanks.txt"
    p.write_text("\r\n".join(_trailing_tab(x) + " \u3000" * (i % 2) for i, x in enumerate(lines)))
    doc = extract_document(p)
    (t,) = doc.tables
    assert t.budget_wan == 36
    got = [(r.level1, r.level2, r.level3, r.value) for r in t.rows]
    assert got == [
        ("产出指标", "数量指标", "维护健身路径", "≥120处"),
        ("产出指标", "质量指标", "器材完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
    ]


def test_a_trailing_tab_inside_a_tab_table_stays_an_empty_cell(tmp_path):
    text = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t\n\t数量指标\t培训人次\t≥300人次\n"
    p = tmp_path / "tabs.txt"
    p.write_text(text, encoding="utf-8")
    (grid,) = [b for b in read_document(p).blocks if isinstance(b, Grid)]
    assert [len(r.cells) for r in grid.rows] == [4, 2, 4]


def test_a_self_evaluation_printed_one_cell_per_line_keeps_its_scores(tmp_path):
    # a Word table saved as text: every cell on a line of its own, blank lines between; the
    # budget grid's figures and the rows' weights and scores are bare numbers (not page numbers)
    cells = ["2023年度项目支出绩效自评表", "项目名称", "农村公路养护"]
    cells += ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"]
    cells += ["得分", "年度资金总额", "80.00", "96.00", "90.00", "10", "93.8%", "9.38"]
    cells += ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    cells += ["产出指标", "数量指标", "养护里程", "≥60公里", "62公里", "20", "20"]
    cells += ["效益指标", "社会效益指标", "通行条件", "明显改善", "明显改善", "20", "18"]
    cells += ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", "10", "10"]
    p = tmp_path / "selfeval.txt"
    p.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    (t,) = extract_document(p).tables
    assert t.kind == "self_evaluation" and t.budget_wan == 96
    got = [(r.level3, r.value, r.actual, r.weight, r.score) for r in t.rows]
    assert got == [
        ("养护里程", "≥60公里", "62公里", 20, 20),
        ("通行条件", "明显改善", "明显改善", 20, 18),
        ("沿线群众满意度", "≥90%", "93%", 10, 10),
    ]


def test_a_worded_page_number_between_pipe_rows_is_no_row(tmp_path):
    text = (
        "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "产出指标 | 数量指标 | 维修泵站 | 4座 |\n"
        "第 3 页 |\n"
        "满意度指标 | 服务对象满意度指标 | 灌区农户满意度 | ≥85% |\n"
        "— 4 — |\n"
    )
    p = tmp_path / "pages.txt"
    p.write_text(text, encoding="utf-8")
    (t,) = extract_document(p).tables
    assert [r.level3 for r in t.rows] == ["维修泵站", "灌区农户满意度"]


def test_a_goal_wrapped_after_a_target_like_phrase_stays_whole(tmp_path):
    # cells cut by runs of spaces; the goal's first line ends in "不少于300" and goes on below
    text = (
        "项目名称  校舍维修  资金总额（万元）  60.00\n"
        "年度绩效目标  完成全县中小学校舍维修不少于300\n"
        "平方米，消除校舍安全隐患。\n"
        "一级指标  二级指标  三级指标  指标值\n"
        "产出指标  数量指标  维修校舍面积  ≥300平方米\n"
        "满意度指标  服务对象满意度指标  师生满意度  ≥90%\n"
    )
    p = tmp_path / "goal.txt"
    p.write_text(text, encoding="utf-8")
    (t,) = extract_document(p).tables
    assert t.goal == "完成全县中小学校舍维修不少于300平方米，消除校舍安全隐患。"
    assert [(r.level3, r.value) for r in t.rows] == [
        ("维修校舍面积", "≥300平方米"),
        ("师生满意度", "≥90%"),
    ]


def test_an_attachments_evaluation_system_is_named_by_its_title_not_by_the_note_under_it(
    tmp_path,
):
    text = (
        "附件3：农村公路养护项目绩效评价指标体系\n"
        "说明：本项目纳入县级重点绩效评价，评价指标体系如下。\n"
        "一级指标\t二级指标\t三级指标\t分值\t评分标准\n"
        "决策\t项目立项\t立项依据充分性\t5\t依据充分得5分\n"
        "产出\t产出数量\t养护里程完成率\t10\t完成得10分\n"
    )
    p = tmp_path / "system.txt"
    p.write_text(text, encoding="utf-8")
    (t,) = extract_document(p).tables
    assert (t.kind, t.project) == ("evaluation_system", "农村公路养护")
