"""Value columns per place, labels broken over lines of a text dump, qualitative targets, the tree
of a one-line table and the sign-off under a table (docs/layouts.md §1-§4, invented content)."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.extract.places import place_of, target_place
from auditor.extract.vocabulary import Kind, kind_of
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


@pytest.mark.parametrize(
    ("cell", "place"),
    [
        ("白果村", "白果村"),
        ("全镇指标值", "全镇"),
        ("指标值（某某县）", "某某县"),
        ("指标值（全市）", "全市"),
        ("分乡镇指标值", None),
        ("全旗合计", "全旗合计"),
        ("全 县 汇 总", "全县汇总"),
        ("青山县合计", "青山县合计"),
        ("指标值（含数值和单位）", None),
    ],
)
def test_the_place_a_value_column_names(cell, place):
    assert place_of(cell) == place


def test_the_target_column_among_places():
    assert target_place(["全镇", "白果村", "青杠村"]) == 0  # the township's own total
    assert target_place(["全市", "某某县"]) == 1  # the county's column beside the city's total
    assert target_place(["东村", "西村"]) == 0
    assert target_place(["东乡", "全县合计", "西乡"]) == 1  # the total, wherever it stands
    assert target_place(["全盟合计", "某某旗"]) == 1  # a banner's column beside its league's total
    assert target_place(["东镇", "西镇", "青山县合计"]) == 2  # a county's total named


def test_a_county_transfer_table_reads_the_countys_column(tmp_path):
    text = (
        "2024年某某防治资金区域绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值（全市）\t指标值（某某县）\n"
        "产出指标\t数量指标\t淘汰燃煤锅炉数量\t≥120台\t≥18台\n"
        "满意度指标\t服务对象满意度指标\t改造户满意度\t≥90%\t≥92%\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [r.value for r in t.rows] == ["≥18台", "≥92%"]


def test_a_township_table_reads_its_total_before_the_villages(tmp_path):
    text = (
        "2023年某某镇一事一议财政奖补绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t全镇指标值\t东坡村\t西坡村\n"
        "产出指标\t数量指标\t硬化村组道路长度\t≥6.8公里\t3.5公里\t3.3公里\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert t.rows[0].value == "≥6.8公里"


def test_a_banner_table_reads_its_total_column_among_the_townships(tmp_path):
    # the total stands first, named with its area and 合计; the townships (苏木, 镇) follow
    text = (
        "2024年某某旗草原生态保护补助奖励绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t全旗合计\t白音苏木\t新宝镇\t指标值确定依据\n"
        "产出指标\t数量指标\t禁牧面积（万亩）\t120\t70\t50\t草原确权清册\n"
        "产出指标\t时效指标\t资金发放时间\t2024年9月底前\t9月底前\t9月底前\t实施方案\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert [r.value for r in t.rows] == ["120", "2024年9月底前"]


@pytest.mark.parametrize("text", ["更加浓厚", "不增加", "不减少", "得到维护", "总体稳定"])
def test_qualitative_targets(text):
    assert kind_of(text) is Kind.QUAL


def test_names_that_start_like_a_target_word_stay_names():
    assert kind_of("不动产登记业务") is Kind.TEXT


ONE_CELL_PER_LINE = """某县人力资源和社会保障局2023年就业补助资金绩效目标表
项目名称
就业补助资金
一级指标
二级指标
三级指标
指标值
效益指标
经济效益
指标
创业带动就业人数
≥600人
社会效益指标
就业形势
总体稳定
满意度指标
服务对象满
意度指标
受训人员满意度
≥90%
某某县人力资源和社会保障局
2023年2月
"""


def test_labels_broken_over_lines_and_the_sign_off_under_the_table(tmp_path):
    (t,) = _doc(tmp_path, ONE_CELL_PER_LINE).tables
    assert [(r.level1, r.level2, r.level3, r.value) for r in t.rows] == [
        ("效益指标", "经济效益指标", "创业带动就业人数", "≥600人"),
        ("效益指标", "社会效益指标", "就业形势", "总体稳定"),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"),
    ]


def test_a_running_page_header_and_the_next_tables_title_are_no_rows(tmp_path):
    text = (
        "某县住房和城乡建设局2024年部门预算\n"
        "\n"
        "2024年部门整体绩效目标表\n"
        "一级指标   二级指标   三级指标   指标值\n"
        "产出指标   数量指标   老旧小区改造户数   ≥2100户\n"
        "满意度指标   服务对象满意度指标   居民满意度   ≥90%\n"
        "— 21 —\n"
        "某县住房和城乡建设局2024年部门预算\n"
        "表13\n"
        "项目支出预算表\n"
        "项目名称  资金性质  预算数\n"
        "老旧小区配套设施  一般公共预算  980.00\n"
    )
    tables = _doc(tmp_path, text).tables
    assert [r.level3 for r in tables[0].rows] == ["老旧小区改造户数", "居民满意度"]


def test_a_first_row_name_that_is_both_levels_does_not_centre_the_tree(tmp_path):
    """成本指标 printed once over two rows is the block's 一级 and 二级 at once: the 二级 above
    it are printed on their blocks' first rows, not centred."""
    text = (
        "2024年项目支出绩效目标表 项目名称 残疾人补贴 项目资金（万元） 312.00 年度绩效目标 "
        "按月发放困难残疾人生活补贴和重度残疾人护理补贴，惠及残疾人2750名。 "
        "一级指标 二级指标 三级指标 指标值 "
        "产出指标 数量指标 生活补贴人数 ≥1500人 护理补贴人数 ≥1250人 质量指标 补贴对象精准率 100% "
        "成本指标 生活补贴标准 90元/人·月 护理补贴标准 100元/人·月 "
        "满意度指标 服务对象满意度指标 补贴对象满意度 ≥90%\n"
    )
    (t,) = _doc(tmp_path, "某县残疾人联合会2024年部门预算\n" + text).tables
    assert [r.level2 for r in t.rows][:3] == ["数量指标", "数量指标", "质量指标"]
