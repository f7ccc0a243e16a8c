"""Text as copying a table out of a PDF leaves it, invented content: cells printed a character at a
time and glued where they meet, targets listed with 、, a proportion in words, a text's length in
万字, a goal wrapped at a fixed width, a header cell cut inside its bracket, weekday deadlines."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.target_grammar import TargetKind, target_kind
from auditor.extract.tokenize import split_line
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def test_cells_printed_a_character_at_a_time_and_glued_where_they_meet() -> None:
    line = "满 意 度 指 标服 务 对 象 满 意 度 指 标参训学员满意度≥92%"
    assert split_line(line) == ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%")
    # single spaces between whole cells are read as before
    assert split_line("数量指标 举办培训班 ≥6期") == ("数量指标", "举办培训班", "≥6期")


def test_targets_listed_with_a_pause_mark_are_one_value() -> None:
    assert split_line("时效指标巡河督查时间6月、11月") == ("时效指标", "巡河督查时间", "6月、11月")
    assert split_line("安全、卫生检查合格率100%") == ("安全、卫生检查合格率", "100%")


def test_a_proportion_in_words_and_a_length_in_characters_are_targets() -> None:
    assert split_line("质量指标档案著录差错率≤千分之二") == (
        "质量指标",
        "档案著录差错率",
        "≤千分之二",
    )
    assert split_line("汇编资料篇幅≥35万字") == ("汇编资料篇幅", "≥35万字")


def test_a_comparator_inside_a_wrapped_sentence_does_not_cut_it() -> None:
    # the rest of a goal wrapped at a fixed width: "不少于" opens a clause, not a target cell
    assert split_line("员不少于60人，组织演练") == ("员不少于60人，组织演练",)


def test_weekday_and_hour_deadlines_and_continued_states() -> None:
    assert target_kind("每周三16时前") is TargetKind.DEADLINE
    assert target_kind("当日18点前") is TargetKind.DEADLINE
    assert target_kind("连续运行") is TargetKind.STATE
    assert split_line("可持续影响指标县志年鉴连续出版") == (
        "可持续影响指标",
        "县志年鉴",
        "连续出版",
    )


def test_a_header_cut_inside_its_bracket_and_a_goal_wrapped_at_a_fixed_width(
    tmp_path: Path,
) -> None:
    text = (
        "1.应急演练项目绩效目标表\n"
        "项目名称  应急演练项目\n"
        "年度资金总额  120,000.00\n"
        "年度绩效目标  组织全县防汛应急演练2次，参演人\n"
        "员不少于60人，演练后10日内完成\n"
        "评估报告。\n"
        "一级指标  二级指标  三级指标  指标值（含符号及计量单\n"
        "位）  指标值确定依据\n"
        "产出指标  数量指标  应急演练次数  ≥2次  年度工作计划\n"
        "满意度指标  服务对象满意度指标  参演人员满意度  ≥90%  问卷调查\n"
    )
    (table,) = _doc(tmp_path, text).tables
    assert table.goal == "组织全县防汛应急演练2次，参演人员不少于60人，演练后10日内完成评估报告。"
    assert [(r.level3, r.value, r.basis) for r in table.rows] == [
        ("应急演练次数", "≥2次", "年度工作计划"),
        ("参演人员满意度", "≥90%", "问卷调查"),
    ]


def test_short_label_words_inside_names_and_an_amount_alone_under_its_label(tmp_path: Path) -> None:
    # 资金 and 目标 start many names: unmarked, they are no labels
    assert split_line("资金到位及时率100%") == ("资金到位及时率", "100%")
    assert split_line("专项名称农田水利设施维修资金（小型泵站）") == (
        "专项名称",
        "农田水利设施维修资金（小型泵站）",
    )
    text = (
        "农田水利设施维修资金区域绩效目标表\n转移支付名称\n农田水利设施维修资金\n"
        "资金总额（万元）\n\n260\n\n区域年度目标\n维修小型泵站18座。\n"
        "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n维修小型泵站\n≥18座\n"
    )
    (table,) = _doc(tmp_path, text).tables
    assert (table.budget_wan, table.goal) == (260, "维修小型泵站18座。")


def test_a_project_introduced_by_its_numbered_heading(tmp_path: Path) -> None:
    text = (
        "某县林业局2025年项目绩效目标\n"
        "二、森林防火巡护经费\n"
        "资金：18万元\n"
        "目标：聘用护林员40名，全年森林火灾受害率控制在0.9‰以内。\n"
        " 产出指标\n"
        "   数量指标\n"
        "     聘用护林员人数\n"
        "       ≥40名\n"
        " 效益指标\n"
        "   生态效益指标\n"
        "     森林火灾受害率\n"
        "       ≤0.9‰\n"
    )
    (table,) = _doc(tmp_path, text).tables
    assert (table.project, table.budget_wan) == ("森林防火巡护经费", 18)
    assert table.goal == "聘用护林员40名，全年森林火灾受害率控制在0.9‰以内。"
    assert [(r.level3, r.value) for r in table.rows] == [
        ("聘用护林员人数", "≥40名"),
        ("森林火灾受害率", "≤0.9‰"),
    ]


def test_a_one_off_word_is_no_count_and_a_sign_off_field_in_its_own_cell_ends_the_table(
    tmp_path: Path,
) -> None:
    from auditor.extract.vocabulary import Kind, kind_of

    assert kind_of("一次性告知办结率") is Kind.TEXT
    assert kind_of("一站式服务覆盖率") is Kind.TEXT
    assert kind_of("三次") is Kind.VALUE
    text = (
        "某县档案馆2025年档案数字化项目绩效目标表\n项目名称\t档案数字化\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t数字化档案卷数\t≥8000卷\n"
        "满意度指标\t服务对象满意度指标\t查档群众满意度\t≥90%\n"
        "填报日期\t2025年2月3日\t\t\n"
    )
    (table,) = _doc(tmp_path, text).tables
    assert [r.level3 for r in table.rows] == ["数字化档案卷数", "查档群众满意度"]


def test_a_quoted_multi_line_cell_in_a_pre_block(tmp_path: Path) -> None:
    rows = (
        "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据\n"
        '产出指标\t数量指标\t修缮古籍册数\t≥120册\t"修缮合同\n（2025年度）"\n'
        "满意度指标\t服务对象满意度指标\t读者满意度\t≥90%\t问卷调查\n"
    )
    html = (
        "<html><body><p>某县图书馆2025年古籍修缮项目绩效目标表</p>"
        "<p>项目名称：古籍修缮</p><pre>" + rows + "</pre></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (table,) = extract_document(p).tables
    assert [r.basis for r in table.rows] == ["修缮合同\n（2025年度）", "问卷调查"]


def test_a_project_name_wrapped_at_a_cell_width_in_pipe_text(tmp_path: Path) -> None:
    text = (
        "（二）乡镇文化站免费开放补助\n"
        "项目名称 |\n乡镇文化站免费开放补\n助 |\n"
        "项目金额（万元） |\n36 |\n"
        "一级指标 |\n二级指标 |\n三级指标 |\n指标值 |\n"
        "产出指标 |\n数量指标 |\n免费开放文化站数 |\n≥12个 |\n"
    )
    (table,) = _doc(tmp_path, text).tables
    assert (table.project, table.budget_wan) == ("乡镇文化站免费开放补助", 36)
