"""Headers that name the period in each column ("中期目标二级指标 | 年度目标三级指标"), split
values whose comparator column is named after the value ("指标值符号"), and a budget cell that
states the mid-term total and the year's amount side by side."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.kinds import project_from_title
from auditor.extract.meta import labelled_amount
from auditor.extract.roles import Role, header_role
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(path)


def test_level_columns_prefixed_with_their_period():
    assert header_role("中期目标二级指标") is Role.MID_LEVEL2
    assert header_role("中期三级指标") is Role.MID_LEVEL3
    assert header_role("年度目标二级指标") is Role.LEVEL2
    assert header_role("年度目标三级指标") is Role.LEVEL3
    assert header_role("年度目标总额") is not Role.LEVEL3


def test_midterm_and_annual_blocks_named_in_every_header_cell(tmp_path):
    text = (
        "某县2024年项目支出绩效目标表\n"
        "项目名称\t河道清淤整治\n"
        "资金情况（万元）\t中期资金总额：900.00 年度资金总额：310.00\n"
        "一级指标\t中期目标二级指标\t中期目标三级指标\t中期指标值\t"
        "年度目标二级指标\t年度目标三级指标\t年度指标值\n"
        "产出指标\t数量指标\t清淤河道长度\t≥30公里\t数量指标\t清淤河道长度\t≥11公里\n"
        "\t时效指标\t工程建设周期\t三年\t时效指标\t年度完工时间\t2024年11月底前\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [(r.level2, r.level3, r.value) for r in t.rows] == [
        ("数量指标", "清淤河道长度", "≥11公里"),
        ("时效指标", "年度完工时间", "2024年11月底前"),
    ]
    mid = t.rows[1].midterm
    assert mid is not None and (mid.level3, mid.value) == ("工程建设周期", "三年")
    assert t.budget_wan == 310.0


def test_the_annual_amount_beside_the_midterm_total_in_one_cell():
    assert labelled_amount("中期资金总额：900.00 年度资金总额：310.00") == 310.0
    assert labelled_amount("中期预算总额75.00，其中2026年25.00") == 25.0


def test_a_comparator_column_named_after_the_value(tmp_path):
    assert header_role("指标值符号") is Role.COMPARATOR
    text = (
        "某县2024年项目支出绩效目标表\n"
        "项目名称\t社区养老服务\n"
        "一级指标\t二级指标\t三级指标\t指标值符号\t指标值\t计量单位\n"
        "产出指标\t数量指标\t服务老人人次\t≥\t4200\t人次\n"
        "\t质量指标\t服务合格率\t\t100\t%\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [r.value for r in t.rows] == ["≥4200人次", "100%"]


def test_a_total_with_its_funding_sources_in_brackets():
    assert labelled_amount("90.00（省级补助60.00，县级配套30.00）") == 90.0
    assert labelled_amount("300(三年)") is None


def test_a_place_and_year_leading_a_title_are_not_the_project():
    assert project_from_title("某县2024年河道保洁项目绩效评价指标体系") == "河道保洁"
    assert project_from_title("某旗2023年度草原防火项目绩效目标表") == "草原防火"
