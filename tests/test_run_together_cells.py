"""Rows whose cells are run together without a separator (docs/layouts.md §1), invented
content: a 一级 glued to the 二级 on a table's first row, several 二级 written as one name, a
worded target followed by a basis named by its kind or by the name printed again, another
spelling of the 一级 standing in the 二级 column, a worded target glued to the name in a row
without a target cell, and the tools of a web page under the table."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.table_ends import closes_table
from auditor.extract.target_grammar import TargetKind, target_kind
from auditor.extract.tokenize import run_together, split_line, split_name_value
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def test_several_level2_written_as_one_name_are_one_cell() -> None:
    assert split_line("效益社会与生态效益指标湖区水质明显改善") == (
        "效益",
        "社会与生态效益指标",
        "湖区水质",
        "明显改善",
    )
    assert run_together("数量及质量指标巡查里程≥300公里") == [
        "数量及质量指标",
        "巡查里程",
        "≥300公里",
    ]


def test_a_worded_target_before_a_basis_named_by_its_kind() -> None:
    assert split_line("社会效益指标辖区重大火灾事故不发生历史数据") == (
        "社会效益指标",
        "辖区重大火灾事故",
        "不发生",
        "历史数据",
    )
    assert split_line("效果指标居民节水意识显著增强现实需求") == (
        "效果指标",
        "居民节水意识",
        "显著增强",
        "现实需求",
    )


def test_a_worded_target_between_a_name_and_the_name_printed_again() -> None:
    assert target_kind("达到预期目标") is TargetKind.STATE
    assert split_line("社会效益指标老年助餐服务成效达到预期目标老年助餐服务成效") == (
        "社会效益指标",
        "老年助餐服务成效",
        "达到预期目标",
        "老年助餐服务成效",
    )


def test_a_name_ending_in_a_phrase_is_not_cut_without_a_sure_text_column() -> None:
    # no basis word and no repetition after the target: the cell stays as the older cuts read it
    assert split_line("社会效益指标防汛预案不发生变化") == (
        "社会效益指标",
        "防汛预案",
        "不发生变化",
    )


def test_a_mechanism_set_up_and_sound_is_one_target() -> None:
    assert run_together("可持续影响指标河湖管护机制建立健全") == [
        "可持续影响指标",
        "河湖管护机制",
        "建立健全",
    ]


def test_a_worded_target_in_the_name_cell_of_a_row_without_a_target() -> None:
    assert split_name_value("桥梁荷载检测达标", worded=True) == ("桥梁荷载检测", "达标")
    assert split_name_value("桥梁荷载检测达标") is None  # only where the target cell is empty
    assert split_name_value("销售额增长", worded=True) is None  # a name saying what changes
    assert split_name_value("餐厨垃圾无害化处理", worded=True) is None  # no negation


def test_web_page_tools_under_a_table_close_it() -> None:
    assert closes_table("扫一扫在手机打开当前页")
    assert closes_table("【打印本页】【关闭窗口】")
    assert closes_table("分享到：")
    assert not closes_table("扫码缴费办理率")


_TABLE = """某县2026年渡口安全监管项目绩效目标表
项目名称渡口安全监管主管部门某县交通运输局
项目资金（万元）42.00
年度绩效目标完成全县渡口安全检查，不发生渡运安全事故。
一级指标二级指标三级指标指标值指标值确定依据
产出数量指标渡口安全检查次数≥48次年度检查计划
质量指标渡船年检合格率100%《内河渡口渡船安全管理规定》
效益社会效益指标渡运安全事故不发生历史数据
效果指标群众乘渡安全感明显增强现实需求
满意度服务对象满意度指标乘渡群众满意度≥90%问卷调查
扫一扫在手机打开当前页
"""


def test_a_run_together_table_reads_its_levels_targets_and_bases(tmp_path: Path) -> None:
    (table,) = _doc(tmp_path, _TABLE).tables
    got = [(r.level1, r.level2, r.level3, r.value, r.basis) for r in table.rows]
    assert got == [
        ("产出", "数量指标", "渡口安全检查次数", "≥48次", "年度检查计划"),
        ("产出", "质量指标", "渡船年检合格率", "100%", "《内河渡口渡船安全管理规定》"),
        ("效益", "社会效益指标", "渡运安全事故", "不发生", "历史数据"),
        ("效益", "效果指标", "群众乘渡安全感", "明显增强", "现实需求"),
        ("满意度", "服务对象满意度指标", "乘渡群众满意度", "≥90%", "问卷调查"),
    ]
    first = table.rows[0]
    assert first.level1_std == "产出指标" and first.level2_std == "数量指标"


_FOUR_COLUMNS = """某县2026年农村公路桥梁检测项目绩效目标表
项目名称农村公路桥梁检测主管部门某县交通运输局
项目资金（万元）18.00
年度绩效目标完成全县农村公路桥梁定期检测。
一级指标二级指标三级指标指标值
产出指标数量指标定期检测桥梁座数≥36座
质量指标检测报告合格率100%
桥梁荷载检测达标
时效指标检测完成时间2026年9月底前
满意度指标服务对象满意度指标沿线群众满意度≥90%
"""


def test_a_row_printing_its_name_and_worded_target_in_one_cell(tmp_path: Path) -> None:
    (table,) = _doc(tmp_path, _FOUR_COLUMNS).tables
    row = table.rows[2]
    assert (row.level2, row.level3, row.value) == ("质量指标", "桥梁荷载检测", "达标")


def test_a_file_ending_inside_the_last_name_does_not_make_it_a_worded_target(
    tmp_path: Path,
) -> None:
    # the file stops inside "沿线群众满意度": 沿线群众 + 满意 would be a cut, not a target
    cut = _FOUR_COLUMNS.replace("满意度指标服务对象满意度指标沿线群众满意度≥90%\n", "")
    doc = _doc(tmp_path, cut + "满意度指标服务对象满意度指标\n沿线群众满意")
    (table,) = doc.tables
    assert table.truncated
    assert [r.level3 for r in table.rows][-1] == "检测完成时间"
