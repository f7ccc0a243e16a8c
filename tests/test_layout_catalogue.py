"""The layout catalogue (docs/layouts.md §1-§4), one invented document per pattern.

Contents are made up for these tests (other sectors and provinces' wording than the samples);
each test states what extraction must recover. The renderer's property test
(tests/test_layout_property.py) covers the same patterns on generated documents; these cases add
the patterns the renderer does not print (mid-term targets, place columns, sub-rows,
placeholders, evaluation systems, cut tables …).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.models import Document, RowFlag
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def _tree(doc: Document, t: int = 0) -> list[tuple[str, str, str, str]]:
    return [(r.level1, r.level2, r.level3, r.value) for r in doc.tables[t].rows]


ROAD = [
    ("产出指标", "数量指标", "维修道路里程", "≥12公里"),
    ("产出指标", "质量指标", "道路验收合格率", "100%"),
    ("产出指标", "时效指标", "完工时间", "2023年10月底前"),
    ("产出指标", "成本指标", "每公里养护成本", "≤3.5万元/公里"),
    ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
]
ROAD_HEAD = "某县交通运输局2023年部门预算公开\n\n1.乡村道路养护项目绩效目标表\n"


# ---------------------------------------------------------------- §1 cell separators


def test_pipes_without_outer_pipes_padded(tmp_path):
    text = ROAD_HEAD + (
        "项目名称 | 乡村道路养护 | ||||\n"
        "预算数(万元) | 42 | ||||\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值 | ||||\n"
        "产出指标 | 数量指标 | 维修道路里程 | ≥12公里 | ||||\n"
        " | 质量指标 | 道路验收合格率 | 100% | ||||\n"
        " | 时效指标 | 完工时间 | 2023年10月底前 | ||||\n"
        " | 成本指标 | 每公里养护成本 | ≤3.5万元/公里 | ||||\n"
        "效益指标 | 社会效益指标 | 群众出行条件 | 明显改善 | ||||\n"
        "满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | ||||\n"
    )
    doc = _doc(tmp_path, text)
    (t,) = doc.tables
    assert t.project == "乡村道路养护" and t.budget_wan == 42
    assert _tree(doc) == ROAD


def test_one_cell_per_line_with_lone_pipes_for_merged_cells(tmp_path):
    lines = ["项目名称 |", "|", "|", "乡村道路养护 | |||", "一级指标 |", "二级指标 |", "三级指标 |"]
    lines += ["指标值 | |||"]
    for l1, l2, l3, v in ROAD:
        lines += [f"{l1} |", f"{l2} |", f"{l3} |", f"{v} | |||"]
    doc = _doc(tmp_path, ROAD_HEAD + "\n".join(lines) + "\n")
    (t,) = doc.tables
    assert t.project == "乡村道路养护"
    assert _tree(doc) == ROAD


def test_one_cell_per_line_ending_in_a_pipe_without_row_marks(tmp_path):
    lines = ["一级指标 |", "二级指标 |", "三级指标 |", "指标值 |"]
    previous = ("", "")
    for l1, l2, l3, v in ROAD:
        if l1 != previous[0]:
            lines.append(f"{l1} |")
        if l2 != previous[1]:
            lines.append(f"{l2} |")
        lines += [f"{l3} |", f"{v} |"]
        previous = (l1, l2)
    doc = _doc(tmp_path, ROAD_HEAD + "\n".join(lines) + "\n")
    assert _tree(doc) == ROAD


def test_word_table_flattened_one_cell_per_paragraph(tmp_path):
    cells = ["一级指标", "二级指标", "三级指标", "指标值"]
    for l1, l2, l3, v in ROAD:
        cells += [l1, l2, l3, v]
    doc = _doc(tmp_path, ROAD_HEAD + "\n\n".join(cells) + "\n")
    assert _tree(doc) == ROAD


def test_runs_of_spaces_as_a_pdf_text_dump_prints_them(tmp_path):
    text = ROAD_HEAD + (
        "一级指标      二级指标        三级指标            指标值\n"
        "产出指标      数量指标        维修道路里程        ≥12公里\n"
        "              质量指标        道路验收合格率      100%\n"
        "              时效指标        完工时间            2023年10月底前\n"
        "              成本指标        每公里养护成本      ≤3.5万元/公里\n"
        "效益指标      社会效益指标    群众出行条件        明显改善\n"
        "满意度指标    服务对象满意度指标    沿线群众满意度    ≥90%\n"
    )
    assert _tree(_doc(tmp_path, text)) == ROAD


def test_cells_run_together_are_cut_by_vocabulary_and_value_grammar(tmp_path):
    text = ROAD_HEAD + (
        "一级指标二级指标三级指标指标值\n"
        "产出指标数量指标维修道路里程≥12公里质量指标道路验收合格率100%\n"
        "时效指标完工时间2023年10月底前成本指标每公里养护成本≤3.5万元/公里\n"
        "效益指标社会效益指标群众出行条件明显改善\n"
        "满意度指标服务对象满意度指标沿线群众满意度≥90%\n"
    )
    assert _tree(_doc(tmp_path, text)) == ROAD


def test_a_paragraph_with_numbers_is_never_cut(tmp_path):
    text = ROAD_HEAD + (
        "项目名称 乡村道路养护\n"
        "年度目标 完成全县乡村道路养护12公里，群众满意度达到90%以上\n"
        "一级指标 二级指标 三级指标 指标值\n"
        "产出指标 数量指标 维修道路里程 ≥12公里\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert t.goal == "完成全县乡村道路养护12公里，群众满意度达到90%以上"


def test_whole_self_evaluation_table_on_one_line(tmp_path):
    text = (
        "某县农业农村局2022年度项目支出绩效自评表\n"
        "项目名称 农民技能培训 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
        "偏差原因分析及改进措施 产出指标 数量指标 培训农民人次 ≥1200人次 1260人次 20 20 无 "
        "质量指标 培训合格率 ≥95% 93% 20 18 部分学员缺考 效益指标 经济效益指标 "
        "带动农户增收 ≥500元/户 520元/户 30 30 无 满意度指标 服务对象满意度指标 "
        "参训人员满意度 ≥90% 96% 20 20 无\n"
    )
    doc = _doc(tmp_path, text)
    (t,) = doc.tables
    assert t.kind == "self_evaluation" and t.project == "农民技能培训"
    assert [(r.level3, r.value, r.actual, r.weight, r.score) for r in t.rows] == [
        ("培训农民人次", "≥1200人次", "1260人次", 20, 20),
        ("培训合格率", "≥95%", "93%", 20, 18),
        ("带动农户增收", "≥500元/户", "520元/户", 30, 30),
        ("参训人员满意度", "≥90%", "96%", 20, 20),
    ]
    assert t.rows[1].deviation == "部分学员缺考"


def test_indentation_shows_the_hierarchy(tmp_path):
    lines = ["一级指标", "二级指标", "三级指标", "指标值"]
    previous = ("", "")
    for l1, l2, l3, v in ROAD:
        if l1 != previous[0]:
            lines.append("  " + l1)
        if l2 != previous[1]:
            lines.append("    " + l2)
        lines += ["      " + l3, v]
        previous = (l1, l2)
    assert _tree(_doc(tmp_path, ROAD_HEAD + "\n".join(lines) + "\n")) == ROAD


def test_labels_spaced_out_and_broken_over_lines(tmp_path):
    text = ROAD_HEAD + (
        "项 目 名 称\t乡村道路养护\t\t\n"
        "一级\t二级\t三级\t指标值\n"
        "指标\t指标\t指标\t\n"
        "产出指标\t数量指标\t维修道路里程\t≥12公里\n"
        "效益指标\t社会效益\t群众出行条件\t明显改善\n"
        "\t指标\t\t\n"
    )
    doc = _doc(tmp_path, text)
    (t,) = doc.tables
    assert t.project == "乡村道路养护"
    assert _tree(doc) == [ROAD[0], ROAD[4]]


# ---------------------------------------------------------------- §2 the indicator tree


def test_level1_printed_in_the_middle_of_its_block(tmp_path):
    text = ROAD_HEAD + (
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "\t数量指标\t维修道路里程\t≥12公里\n"
        "\t质量指标\t道路验收合格率\t100%\n"
        "产出指标\t时效指标\t完工时间\t2023年10月底前\n"
        "\t成本指标\t每公里养护成本\t≤3.5万元/公里\n"
        "效益指标\t社会效益指标\t群众出行条件\t明显改善\n"
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\n"
    )
    assert _tree(_doc(tmp_path, text)) == ROAD


def test_non_standard_and_annotated_names_map_to_the_framework(tmp_path):
    text = (
        "某县卫生健康委员会2023年项目支出绩效目标表\n"
        "项目名称\t家庭医生签约服务\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出(30分)\t数量指标(含规模)\t签约居民人数\t≥8000人\n"
        "\t质量指标（必填）\t签约居民随访率\t≥80%\n"
        "\t时效指标(进度)\t签约服务完成时间\t2023年12月底前\n"
        "效果指标\t经济与社会效益指标\t居民就医负担\t有所减轻\n"
        "满意度（必选）\t服务对象满意度\t签约居民满意度\t≥90%\n"
    )
    rows = _doc(tmp_path, text).tables[0].rows
    assert [r.level1_std for r in rows] == ["产出指标"] * 3 + ["效益指标", "满意度指标"]
    assert [r.level2_std for r in rows] == [
        "数量指标",
        "质量指标",
        "时效指标",
        "经济效益指标",
        "服务对象满意度指标",
    ]
    assert rows[0].level1 == "产出" and rows[0].level1_raw == "产出(30分)"
    assert rows[1].level2 == "质量指标" and rows[1].level2_raw == "质量指标（必填）"
    assert rows[3].level2 == "经济与社会效益指标" and rows[3].level1 == "效果指标"


def test_prefixes_placeholders_and_sub_rows(tmp_path):
    text = (
        "某县水利局2023年小型水库维修养护项目绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t指标1:维修水库数量\t≥6座\n"
        "\t\t其中:病险水库除险加固\t≥2座\n"
        "\t\t指标2:\t\n"
        "\t质量指标\t……\t\n"
        "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\n"
    )
    rows = _doc(tmp_path, text).tables[0].rows
    assert [r.level3 for r in rows] == [
        "维修水库数量",
        "其中:病险水库除险加固",
        "指标2:",
        "……",
        "受益群众满意度",
    ]
    assert RowFlag.SUB_ROW in rows[1].flags
    assert [RowFlag.PLACEHOLDER in r.flags for r in rows] == [False, False, True, True, False]


def test_unused_slots_of_a_fixed_slot_form_are_not_checked(tmp_path):
    """An empty "指标2:" slot is how fixed-slot forms print an unused line (docs/layouts.md §2),
    not an indicator left unfilled; a category slot with value 无 still is (test_template_rows)."""
    from auditor.config import AuditConfig
    from auditor.rules.engine import run_rules

    text = (
        "某县水利局2023年小型水库维修养护项目绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据\n"
        "产出指标\t数量指标\t维修水库数量\t≥6座\t《小型水库维修养护实施方案》\n"
        "\t\t指标2:\t\t\n"
    )
    doc = _doc(tmp_path, text)
    assert RowFlag.PLACEHOLDER in doc.tables[0].rows[1].flags  # its empty basis is no V404 either
    found = run_rules(doc, AuditConfig())
    assert not [f for f in found if f.code == "T107" or f.row_index == 2]  # no row rule reads it


def test_table_without_a_level3_column(tmp_path):
    text = (
        "某县民政局2023年养老服务补贴项目绩效目标表\n"
        "一级指标\t二级指标\t指标值\n"
        "产出指标\t数量指标\t发放补贴老人数≥1500人\n"
        "\t时效指标\t按季度发放\n"
        "满意度指标\t服务对象满意度指标\t≥90%\n"
    )
    rows = _doc(tmp_path, text).tables[0].rows
    assert [(r.level2, r.level3, r.value) for r in rows] == [
        ("数量指标", "", "发放补贴老人数≥1500人"),
        ("时效指标", "", "按季度发放"),
        ("服务对象满意度指标", "", "≥90%"),
    ]
    assert all(RowFlag.NO_LEVEL3_COLUMN in r.flags for r in rows)


# ---------------------------------------------------------------- §3 columns


@pytest.mark.parametrize(
    ("comparator", "expected"),
    [
        ("≧", "≥95%"),
        ("≦", "≤95%"),
        ("═", "=95%"),
        ("＝", "=95%"),
        ("大于等于", "≥95%"),
        ("不低于", "≥95%"),
        ("", "95%"),
    ],
)
def test_split_value_columns_are_joined(tmp_path, comparator, expected):
    text = (
        "某县教育局2023年学生资助项目绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t符号\t数值\t单位\n"
        f"产出指标\t质量指标\t资助对象认定准确率\t{comparator}\t95\t%\n"
    )
    (row,) = _doc(tmp_path, text).tables[0].rows
    assert row.value == expected and row.parsed.number == 95
    assert row.value_parts == {"符号": comparator, "数值": "95", "单位": "%"}


def test_typed_value_columns_and_tolerance(tmp_path):
    text = (
        "某县生态环境分局2023年大气污染防治项目绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值类型\t目标值\t度量单位\t指标值内容\n"
        "产出指标\t数量指标\t监测站点数量\t大于等于\t12\t个\t\n"
        "\t质量指标\t监测数据偏差\t±\t3\t%以内\t\n"
        "效益指标\t生态效益指标\t空气质量\t定性\t\t\t持续改善\n"
    )
    rows = _doc(tmp_path, text).tables[0].rows
    assert [r.value for r in rows] == ["≥12个", "±3%以内", "持续改善"]
    assert rows[1].parsed.comparator == "±" and rows[2].nature == "定性"


def test_extra_columns_are_kept_on_the_row(tmp_path):
    text = (
        "某县文化广电和旅游局2023年送戏下乡项目绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t权重(%)\t指标方向性\t指标解释\t评(扣)分标准\t备注\n"
        "产出指标\t数量指标\t送戏下乡场次\t定量\t≥120场\t20\t正向\t全年演出场次\t每少5场扣1分\t按季度统计\n"
    )
    (row,) = _doc(tmp_path, text).tables[0].rows
    assert (row.nature, row.weight, row.direction, row.remark) == ("定量", 20, "正向", "按季度统计")
    assert row.description == "全年演出场次" and row.scoring_standard == "每少5场扣1分"


def test_mid_term_and_annual_targets_side_by_side(tmp_path):
    text = (
        "某县农业农村局高标准农田建设项目绩效目标表\n"
        "一级指标\t中期目标\t\t\t年度目标\t\t\n"
        "\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t建成高标准农田面积\t≥3万亩\t数量指标\t建成高标准农田面积\t≥1万亩\n"
        "\t质量指标\t工程验收合格率\t100%\t质量指标\t工程验收合格率\t100%\n"
    )
    rows = _doc(tmp_path, text).tables[0].rows
    assert [(r.level2, r.level3, r.value) for r in rows] == [
        ("数量指标", "建成高标准农田面积", "≥1万亩"),
        ("质量指标", "工程验收合格率", "100%"),
    ]
    assert rows[0].midterm is not None and rows[0].midterm.value == "≥3万亩"


def test_one_value_column_per_township(tmp_path):
    text = (
        "某县卫生健康委员会2023年村医补助项目绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t城关镇\t河西乡\t合计\n"
        "产出指标\t数量指标\t补助村医人数\t40人\t35人\t75人\n"
    )
    (row,) = _doc(tmp_path, text).tables[0].rows
    assert row.value == "75人"
    assert row.place_values == {"城关镇": "40人", "河西乡": "35人", "合计": "75人"}


def test_self_evaluation_with_score_before_the_target(tmp_path):
    text = (
        "某县民政局2022年城乡低保资金项目绩效自评表\n"
        "项目名称\t城乡低保资金\t\t\t\n"
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
        "年度资金总额\t1250\t1300\t1248\t96%\n"
        "年度总体目标\t预期目标\t实际完成情况\n"
        "\t按月足额发放低保金\t全年按月发放到位\n"
        "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\t偏差原因分析及改进措施\n"
        "产出指标\t数量指标\t保障低保对象人数\t30\t≥3200人\t3150人\t28\t部分对象退出\n"
        "满意度指标\t服务对象满意度指标\t低保对象满意度\t20\t≥90%\t93%\t20\t无\n"
    )
    (t,) = _doc(tmp_path, text).tables
    assert t.kind == "self_evaluation"
    assert t.budget_wan == 1300 and t.budget_lines["全年执行数"] == 1248
    assert t.execution_rate == 96
    assert t.goal == "按月足额发放低保金" and t.actual_goal == "全年按月发放到位"
    assert [(r.value, r.actual, r.weight, r.score) for r in t.rows] == [
        ("≥3200人", "3150人", 30, 28),
        ("≥90%", "93%", 20, 20),
    ]


# ---------------------------------------------------------------- §4 framing


def test_department_wide_table_in_yuan_one_table_per_project(tmp_path):
    text = (
        "某县交通运输局2023年项目支出绩效目标表\n"
        "金额单位：元\n"
        "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t符号\t值\t单位\n"
        "801-某县交通运输局\t\t1,234,567.00\t\t\t\t\t\t\t\n"
        "某县交通运输局\t农村公路养护\t800,000.00\t养护农村公路120公里\t产出指标\t数量指标\t养护里程\t≥\t120\t公里\n"
        "\t\t\t\t满意度指标\t服务对象满意度指标\t群众满意度\t≥\t90\t%\n"
        "某县交通运输局\t客运站运营补贴\t434,567.00\t保障客运站正常运营\t产出指标\t数量指标\t补贴客运站数量\t=\t3\t个\n"
    )
    doc = _doc(tmp_path, text)
    assert [(t.project, t.budget_wan, t.budget_unit, len(t.rows)) for t in doc.tables] == [
        ("农村公路养护", 80.0, "元", 2),
        ("客运站运营补贴", 43.4567, "元", 1),
    ]
    assert doc.tables[0].goal == "养护农村公路120公里"
    assert doc.tables[1].rows[0].value == "=3个"


def test_transfer_and_evaluation_system_tables(tmp_path):
    text = (
        "某省2023年农业相关转移支付区域绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t耕地地力保护补贴面积\t≥300万亩\n"
        "\n"
        "某县2022年乡村振兴项目绩效评价指标体系\n"
        "一级指标\t二级指标\t三级指标\t分值\t指标解释\n"
        "决策\t项目立项\t立项依据充分性\t5\t项目立项是否符合规定\n"
        "产出\t产出数量\t实际完成率\t20\t实际完成数/计划数\n"
        "总分\t\t\t100\t\n"
    )
    doc = _doc(tmp_path, text)
    assert [t.kind for t in doc.tables] == ["transfer", "evaluation_system"]
    system = doc.tables[1]
    assert [(r.level3, r.weight) for r in system.rows] == [
        ("立项依据充分性", 5),
        ("实际完成率", 20),
    ]
    assert system.total_weight == 100


def test_table_cut_at_the_end_keeps_its_complete_rows(tmp_path):
    text = ROAD_HEAD + (
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t维修道路里程\t≥12公里\n"
        "\t质量指标\t道路验收合格率\t100%\n"
        "\t时效指标\t完工"
    )
    doc = _doc(tmp_path, text)
    (t,) = doc.tables
    assert [r.level3 for r in t.rows] == ["维修道路里程", "道路验收合格率"]
    assert t.truncated and any("截断" in w for w in doc.warnings)


def test_unit_and_year_in_the_title_line(tmp_path):
    text = (
        "附件3\n"
        "发布时间：2023-02-10\n"
        "某县水利局2023年农村饮水安全巩固提升项目支出绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t新建供水管网长度\t≥20公里\n"
    )
    doc = _doc(tmp_path, text)
    assert (doc.unit, doc.year) == ("某县水利局", 2023)
    assert doc.tables[0].project == "农村饮水安全巩固提升"


def test_block_that_cannot_be_read_safely_is_reported_not_guessed(tmp_path):
    text = (
        "某县教育局2023年校舍维修改造项目绩效目标表\n"
        "一级指标 二级指标 三级指标 指标值\n"
        "产出指标 数量指标 维修校舍面积 ≥3000平方米\n"
        "质量指标 工程 验收 合格 情况 说明 详见 附件 材料 相关 要求 规定 执行 到位\n"
        "效益指标 社会效益 办学 条件 改善 情况 按照 规定 执行 到位 良好\n"
        "满意度指标 服务对象满意度指标 师生 满意 程度 调查 问卷 结果 汇总 分析 报告\n"
    )
    doc = _doc(tmp_path, text)
    assert doc.tables == []
    (region,) = doc.unparsed
    assert region.location.line == 1 and "维修校舍面积" in region.text and region.reason
    assert any("未还原为指标行" in w for w in doc.warnings)


# ---------------------------------------------------------------- noise of real text dumps


def test_page_numbers_and_a_repeated_header_continue_the_table(tmp_path):
    text = ROAD_HEAD + (
        "项目名称\t乡村道路养护\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t维修道路里程\t≥12公里\n"
        "\t质量指标\t道路验收合格率\t100%\n"
        "- 7 -\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "\t时效指标\t完工时间\t2023年10月底前\n"
        "第 8 页\n"
        "\t成本指标\t每公里养护成本\t≤3.5万元/公里\n"
        "效益指标\t社会效益指标\t群众出行条件\t明显改善\n"
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\n"
    )
    doc = _doc(tmp_path, text)
    assert len(doc.tables) == 1
    assert _tree(doc) == ROAD


def test_cells_wrapped_onto_the_next_line_are_joined(tmp_path):
    text = ROAD_HEAD + (
        "一级指标\t二级指标\t三级指标\t指标值\t指标解释\n"
        "产出指标\t数量指标\t完成农村公路养护\t≥12公里\t年度内完成养护并通过\n"
        "\t\t里程\t\t验收的道路里程\n"
        "\t质量指标\t道路验收合格率\t100%\t验收合格路段/养护路段\n"
    )
    rows = _doc(tmp_path, text).tables[0].rows
    assert [(r.level3, r.value) for r in rows] == [
        ("完成农村公路养护里程", "≥12公里"),
        ("道路验收合格率", "100%"),
    ]
    assert rows[0].description == "年度内完成养护并通过验收的道路里程"


def test_header_variants_name_the_columns(tmp_path):
    text = (
        "某县教育局2023年教师培训项目绩效目标表\n"
        "一级指标\t二级指标\t指标内容\t计划完成值（2023年）\n"
        "产出指标\t数量指标\t培训教师人次\t≥800人次\n"
        "\t质量指标\t培训考核合格率≥95%\t\n"
    )
    rows = _doc(tmp_path, text).tables[0].rows
    assert [(r.level3, r.value) for r in rows] == [
        ("培训教师人次", "≥800人次"),
        ("培训考核合格率", "≥95%"),
    ]
