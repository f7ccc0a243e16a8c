"""Text layouts cut into cells and rows: pipe runs whose trailing empty cells are collapsed, run-
together metadata and indicator rows, names that start with a number, tables without a header."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.header import is_total_column
from auditor.extract.tokenize import run_together
from auditor.extract.vocabulary import Kind, kind_of
from auditor.ingest.blocks import Grid
from auditor.ingest.text_reader import read_text
from auditor.pipeline import extract_document


def _grid_rows(text: str) -> list[list[str]]:
    raw = read_text(Path("t.txt"), text.encode())
    return [row.cells for b in raw.blocks if isinstance(b, Grid) for row in b.rows]


def test_collapsed_trailing_cells_give_the_width_and_cut_unmarked_rows():
    lines = [
        "项目名称 |",
        "乡镇敬老院改造 |||",  # the name and two collapsed empty cells: a row of 4 columns
        "资金总额 |",
        "85 |||",
        "一级指标 |",  # the header and two rows, none of them ending empty: no mark at all
        "二级指标 |",
        "三级指标 |",
        "指标值 |",
        "产出指标 |",
        "数量指标 |",
        "改造床位 |",
        "≥40张 |",
        "|",
        "质量指标 |",
        "验收合格率 |",
        "100% |",
    ]
    rows = _grid_rows("\n".join(lines) + "\n")
    assert rows == [
        ["项目名称", "乡镇敬老院改造", "", ""],
        ["资金总额", "85", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造床位", "≥40张"],
        ["", "质量指标", "验收合格率", "100%"],
    ]


def test_row_marks_after_every_row_stay_row_marks():
    text = "项目名称 |\n|\n乡村道路养护 | |||\n一级指标 |\n二级指标 |\n指标值 | |||\n"
    assert _grid_rows(text) == [
        ["项目名称", "", "乡村道路养护"],
        ["一级指标", "二级指标", "指标值"],
    ]


def test_run_together_metadata_labels_are_cut_at_amounts_and_marked_labels():
    line = "项目名称城区养老服务补贴项目资金（万元）36.50年度目标为全区高龄老人发放养老服务补贴。"
    assert run_together(line) == [
        "项目名称",
        "城区养老服务补贴",
        "项目资金（万元）",
        "36.50",
        "年度目标",
        "为全区高龄老人发放养老服务补贴。",
    ]


def test_rows_run_together_inside_a_level2_are_cut_at_comparators():
    line = "数量指标发放补贴人数≥1200人新增助餐点≥6个质量指标补贴发放准确率100%"
    assert run_together(line) == [
        "数量指标",
        "发放补贴人数",
        "≥1200人",
        "新增助餐点",
        "≥6个",
        "质量指标",
        "补贴发放准确率",
        "100%",
    ]


def test_a_sentence_with_comparators_is_not_cut_into_names():
    line = "全年发放补贴≥1200人，新增助餐点≥6个"
    assert "，新增助餐点" not in "|".join(run_together(line)).split("|")


def test_a_name_starting_with_a_number_is_a_name_not_a_target():
    assert kind_of("80岁及以上老年人高龄津贴发放人数") is Kind.TEXT
    assert kind_of("≤1 运行正常") is Kind.VALUE  # a garbled target stays a target


def test_a_table_printed_without_a_header(tmp_path):
    text = "\n".join(
        [
            "（一）高龄津贴发放",
            "项目名称",
            "　高龄津贴发放",
            "年度目标",
            "　按时足额发放高龄津贴。",
            "绩效指标",
            "　产出指标",
            "　　数量指标",
            "　　　津贴发放人数",
            "　　　　≥3100人",
            "　　时效指标",
            "　　　津贴发放时间",
            "　　　　每季度末前",
            "　满意度指标",
            "　　服务对象满意度指标",
            "　　　老年人满意度",
            "　　　　≥92%",
            "",
        ]
    )
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    doc = extract_document(path)
    assert [t.project for t in doc.tables] == ["高龄津贴发放"]
    got = [(r.level1, r.level2, r.level3, r.value) for r in doc.tables[0].rows]
    assert got == [
        ("产出指标", "数量指标", "津贴发放人数", "≥3100人"),
        ("产出指标", "时效指标", "津贴发放时间", "每季度末前"),
        ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥92%"),
    ]


def _cells_per_paragraph(*cells: str) -> str:
    """A Word table saved as text: one cell per paragraph, blank lines between."""
    return "\n\n".join(cells) + "\n"


def test_word_cells_with_broken_labels_bases_headings_and_a_signature(tmp_path):
    head = ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]
    text = _cells_per_paragraph(
        "1.社区养老服务站运营补助",
        "项目支出绩效目标表",
        "项目名称",
        "社区养老服务站运营补助",
        "年度目标",
        "保障12个社区养老服务站正常运营。",
        *head,
        "产出指标",
        "数量指标",
        "运营社区养老服务站",
        "≥12个",
        "2023年实际运营10个",
        "质量指标",
        "取得养老护理员证书人员比例",
        "≥80%",
        "行业标准",
        "效益指标",
        "社会效益\n指标",  # a label broken inside its cell
        "服务站服务时长",
        "延长",
        "2023年日均服务时长8.5小时",
        "2.老年人助餐补贴",
        "项目支出绩效目标表",
        "项目名称",
        "老年人助餐补贴",
        *head,
        "产出指标",
        "数量指标",
        "享受助餐补贴人数",
        "≥900人",
        "工作计划",
        "某某县财政局\n2024年2月1日",
    )
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    doc = extract_document(path)
    assert [t.project for t in doc.tables] == ["社区养老服务站运营补助", "老年人助餐补贴"]
    rows = [[(r.level1, r.level2, r.level3, r.value) for r in t.rows] for t in doc.tables]
    assert rows == [
        [
            ("产出指标", "数量指标", "运营社区养老服务站", "≥12个"),
            ("产出指标", "质量指标", "取得养老护理员证书人员比例", "≥80%"),
            ("效益指标", "社会效益指标", "服务站服务时长", "延长"),
        ],
        [("产出指标", "数量指标", "享受助餐补贴人数", "≥900人")],
    ]


def test_the_value_column_of_a_per_place_table_is_the_total_column():
    assert is_total_column("全县指标值") and is_total_column("合计")
    assert not is_total_column("拉曲镇") and not is_total_column("指标值")


def test_a_name_label_value_ends_at_the_next_label_even_unmarked():
    assert run_together("项目名称乡村卫生室运维经费主管部门某县卫生健康局项目资金12万元") == [
        "项目名称",
        "乡村卫生室运维经费",
        "主管部门",
        "某县卫生健康局",
        "项目资金",
        "12万元",
    ]


def test_a_frequency_before_a_target_belongs_to_the_target():
    assert run_together("时效指标汛期巡查频次每周≥1次") == ["时效指标", "汛期巡查频次", "每周≥1次"]
    assert kind_of("每月≥2次") is Kind.VALUE


def test_indented_cells_keep_a_placeholder_row_apart_and_join_a_broken_label(tmp_path):
    text = "\n".join(
        [
            "（一）农村公路养护",
            "项目名称",
            "  农村公路养护",
            "年度目标",
            "  养护农村公路120公里。",
            "绩效指标",
            "产出指标",
            "  数量指标",
            "    养护农村公路里程",
            "      ≥120公里",
            "效益指标",
            "  可持续影响指标",
            "    农村公路通行条件",
            "      持续",
            "    …",
            "满意度指标",
            "  服务对象",
            "  满意度指标",
            "    沿线群众满意度",
            "      ≥90%",
            "",
        ]
    )
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    doc = extract_document(path)
    got = [(r.level1, r.level2, r.level3, r.value) for r in doc.tables[0].rows]
    assert got[0] == ("产出指标", "数量指标", "养护农村公路里程", "≥120公里")
    assert got[1] == ("效益指标", "可持续影响指标", "农村公路通行条件", "持续")
    assert got[-1] == ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%")


def test_word_paragraphs_keep_empty_cells_and_cut_rows_by_the_header_width(tmp_path):
    def paragraphs(*cells: str) -> str:
        return "".join(c + "\n\n" for c in cells)

    text = paragraphs(
        "（一）乡镇文化站免费开放",
        "项目名称",
        "乡镇文化站免费开放",
        "年度目标",
        "保障9个乡镇文化站免费开放。",
        "一级\n指标",  # a header label broken inside its cell
        "二级指标",
        "三级指标",
        "全县指标值",
        "东河镇",
        "西岭乡",
        "产出指标",
        "",  # the 二级 printed on the middle row of its run
        "免费开放文化站",
        "≥9个",
        "5",
        "4",
        "",
        "数量指标",
        "开展群众文化活动",
        "≥120场",
        "70",
        "50",
        "",
        "",
        "培训文艺骨干",
        "≥300人次",
        "180",
        "120",
    )
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    doc = extract_document(path)
    got = [(r.level1, r.level2, r.level3, r.value) for r in doc.tables[0].rows]
    assert got == [
        ("产出指标", "数量指标", "免费开放文化站", "≥9个"),
        ("产出指标", "数量指标", "开展群众文化活动", "≥120场"),
        ("产出指标", "数量指标", "培训文艺骨干", "≥300人次"),
    ]


def test_a_rate_over_a_compound_unit_ends_the_name_it_follows():
    assert run_together("成本指标护林员补助标准650元/人·月") == [
        "成本指标",
        "护林员补助标准",
        "650元/人·月",
    ]


def test_worded_targets_of_lasting_effect_and_full_coverage_cut_from_their_names():
    assert run_together("可持续影响指标帮扶机制持续发挥作用") == [
        "可持续影响指标",
        "帮扶机制",
        "持续发挥作用",
    ]
    assert run_together("社会效益指标困难残疾人补贴发放应发尽发") == [
        "社会效益指标",
        "困难残疾人补贴发放",
        "应发尽发",
    ]
    assert kind_of("应收尽收") is Kind.QUAL
    assert kind_of("应收账款") is not Kind.QUAL


def test_a_numbered_indicator_opens_its_row_in_cells_one_per_line(tmp_path):
    # one cell per line ending in a pipe, no row marks, a note column after the target: the
    # note of 指标2 must not become the name of a row whose target is the empty slot 指标3:,
    # nor take the template's "……" into itself
    lines = [
        "某县文化馆2024年项目支出绩效目标表 |",
        "项目名称 |",
        "送戏下乡 |",
        "资金总额（万元） |",
        "30.00 |",
        "一级指标 |",
        "二级指标 |",
        "三级指标 |",
        "指标值 |",
        "指标说明 |",
        "产出指标 |",
        "数量指标 |",
        "指标1：送戏下乡场次 |",
        "≥60场 |",
        "全年演出计划 |",
        "指标2：惠及村数 |",
        "≥40个 |",
        "覆盖偏远行政村个数 |",
        "指标3： |",
        "质量指标 |",
        "指标1：演出验收合格率 |",
        "100% |",
        "文化站签收验收单 |",
        "…… |",
        "效益指标 |",
        "可持续影响指标 |",
        "指标1：基层文化服务机制 |",
        "建立健全 |",
        "长期提供公共文化服务 |",
    ]
    p = tmp_path / "numbered.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (t,) = extract_document(p).tables
    got = [(r.level2, r.level3, r.value, r.description) for r in t.rows]
    assert got == [
        ("数量指标", "送戏下乡场次", "≥60场", "全年演出计划"),
        ("数量指标", "惠及村数", "≥40个", "覆盖偏远行政村个数"),
        ("数量指标", "指标3：", "", None),  # the template's empty slot, kept visible
        ("质量指标", "演出验收合格率", "100%", "文化站签收验收单"),
        ("质量指标", "……", "", None),  # the template's further rows, not part of the note
        ("可持续影响指标", "基层文化服务机制", "建立健全", "长期提供公共文化服务"),
    ]


def test_a_goal_sentence_on_a_one_line_table_keeps_its_last_clause(tmp_path):
    # the goal's last clause states a target ("…可用率不低于98%。"); it stays in the sentence
    text = (
        "政务云运维项目绩效目标表 项目名称 政务云运维 资金总额（万元） 30.00 年度绩效目标 "
        "保障政务云平台稳定运行，平台可用率不低于98%。 一级指标 二级指标 三级指标 指标值 "
        "产出指标 质量指标 平台可用率 ≥98% 满意度指标 服务对象满意度指标 使用单位满意度 ≥90%\n"
    )
    p = tmp_path / "oneline.txt"
    p.write_text(text, encoding="utf-8")
    (t,) = extract_document(p).tables
    assert t.goal == "保障政务云平台稳定运行，平台可用率不低于98%。"
    assert [(r.level3, r.value) for r in t.rows] == [
        ("平台可用率", "≥98%"),
        ("使用单位满意度", "≥90%"),
    ]
