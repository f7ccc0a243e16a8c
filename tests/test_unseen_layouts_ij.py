"""Kinds of layout met on unseen disclosures (docs/layouts.md §1-§4), invented content."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.kinds import evaluated_project, project_from_title
from auditor.extract.meta_labels import Label, label_of
from auditor.extract.normalize import is_cut_note
from auditor.extract.places import is_total, target_place
from auditor.extract.roles import Role, header_role
from auditor.extract.target_grammar import TargetKind, target_kind
from auditor.extract.tokenize import run_together
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def _rows(doc: Document) -> list[tuple[str | None, ...]]:
    return [(r.level1, r.level2, r.level3, r.value) for t in doc.tables for r in t.rows]


def test_a_name_and_target_column_is_the_value_column() -> None:
    for word in ("指标内容及指标值", "指标及目标值", "指标名称和指标值", "绩效指标与年度指标值"):
        assert header_role(word) is Role.VALUE, word


# a table pasted with its cell boundaries lost: labels, header and rows run together, and one
# column holds each indicator with its target
_RUN_TOGETHER_NAME_AND_TARGET = """某县植保站2025年项目支出绩效目标表
项目名称农作物病虫害统防统治
项目预算（万元）12.00
年度绩效目标开展统防统治作业3万亩，挽回粮食损失。
一级指标二级指标指标内容及指标值
产出数量指标完成统防统治作业面积≥3万亩
质量指标防治效果达标率≥90%
时效指标2025年8月底前完成
效益经济效益指标挽回粮食损失明显减少
满意度服务对象满意度指标种植户满意度≥90%
"""


def test_run_together_table_with_a_name_and_target_column(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _RUN_TOGETHER_NAME_AND_TARGET)
    assert [(t.project, t.budget_wan) for t in doc.tables] == [("农作物病虫害统防统治", 12.0)]
    assert _rows(doc) == [
        ("产出", "数量指标", "", "完成统防统治作业面积≥3万亩"),
        ("产出", "质量指标", "", "防治效果达标率≥90%"),
        ("产出", "时效指标", "", "2025年8月底前完成"),
        ("效益", "经济效益指标", "", "挽回粮食损失明显减少"),
        ("满意度", "服务对象满意度指标", "", "种植户满意度≥90%"),
    ]


def test_lawful_conduct_and_a_line_held_are_stated_targets() -> None:
    for s in ("依法依规", "依法处置", "合规办理", "守住", "守牢底线", "严守红线"):
        assert target_kind(s) is TargetKind.STATE, s
    for name in ("违规建设查处", "生态保护红线", "依法行政培训人次"):
        assert target_kind(name) is None, name


# a whole table on one line, cells separated by single spaces; two rows take worded targets
_ONE_LINE_WORDED_TARGETS = (
    "某县2025年矿山执法巡查经费绩效目标表 项目名称 矿山执法巡查经费 预算金额（万元） 30.00 "
    "年度绩效目标 巡查全县矿山企业45家，守住生态保护红线。 一级指标 二级指标 三级指标 指标值 "
    "产出指标 数量指标 巡查矿山企业数 ≥45家 效益指标 社会效益指标 违规开采查处 依法依规 "
    "生态保护红线 守住 满意度指标 服务对象满意度指标 企业满意度 ≥85%\n"
)


def test_one_line_table_with_worded_targets(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _ONE_LINE_WORDED_TARGETS)
    assert [(r.level3, r.value) for t in doc.tables for r in t.rows] == [
        ("巡查矿山企业数", "≥45家"),
        ("违规开采查处", "依法依规"),
        ("生态保护红线", "守住"),
        ("企业满意度", "≥85%"),
    ]


def test_a_target_in_a_scaled_unit_stays_whole_in_run_together_text() -> None:
    assert run_together("经济效益指标新增粮食产能≥1000万斤") == [
        "经济效益指标",
        "新增粮食产能",
        "≥1000万斤",
    ]
    assert run_together("数量指标统防统治作业面积≥3万亩") == [
        "数量指标",
        "统防统治作业面积",
        "≥3万亩",
    ]


def test_an_approval_table_goal_and_a_bare_amount_label() -> None:
    assert label_of("批复绩效目标") is Label.GOAL
    assert label_of("申报年度目标") is Label.GOAL
    assert label_of("预算（万元）") is Label.BUDGET
    assert label_of("年度预算资金（万元）") is Label.BUDGET
    assert label_of("预算") is None  # a bare word is an amount only with its money unit


def test_a_total_column_named_by_the_area_kind_alone() -> None:
    assert is_total("街道合计") and is_total("镇汇总")
    assert target_place(["社区合计", "东风社区", "西岭社区"]) == 0


# a sub-district's approval table: a total column and one column per community, no value column
_PER_COMMUNITY = (
    "某街道2025年项目支出绩效目标批复表\n"
    "项目名称\t社区卫生服务补助\n"
    "批复金额（万元）\t20.00\n"
    "批复绩效目标\t保障3个社区卫生服务站运行，全年服务居民1.2万人次。\n"
    "二级指标\t三级指标\t街道合计\t东风社区\t西岭社区\t南湖社区\n"
    "数量指标\t卫生服务站运行数量\t3个\t1个\t1个\t1个\n"
    "\t服务居民人次\t≥12000人次\t≥5000人次\t≥4000人次\t≥3000人次\n"
    "服务对象满意度指标\t居民满意度\t≥90%\t≥90%\t≥90%\t≥90%\n"
)


def test_per_community_table_takes_the_total_column(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _PER_COMMUNITY)
    (table,) = doc.tables
    assert table.goal == "保障3个社区卫生服务站运行，全年服务居民1.2万人次。"
    assert [r.value for r in table.rows] == ["3个", "≥12000人次", "≥90%"]


# one cell per line: a 二级 "项目二" ordinal heading the next table, a compound worded target
_ONE_CELL_PER_LINE = """某区2025年区级项目绩效目标表
项目名称 | 社区调解服务经费 | 主管部门 | 某区司法局
项目金额（万元） | 12.00
年度目标 | 开展矛盾纠纷调解。
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标

数量指标

调解纠纷件数

≥300件

时效指标

纠纷受理响应时间

当日登记、5个工作日内答复

满意度指标

当事人满意度

≥90%

项目二
2025年区级项目绩效目标表
项目名称 | 法治宣传经费 | 主管部门 | 某区司法局
项目金额（万元） | 6.00
年度目标 | 开展法治宣传。
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 宣传活动场次 | ≥20场
"""


def test_a_compound_deadline_and_a_project_ordinal_between_tables(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _ONE_CELL_PER_LINE)
    assert [[(r.level3, r.value) for r in t.rows] for t in doc.tables] == [
        [
            ("调解纠纷件数", "≥300件"),
            ("纠纷受理响应时间", "当日登记、5个工作日内答复"),
            ("当事人满意度", "≥90%"),
        ],
        [("宣传活动场次", "≥20场")],
    ]
    assert target_kind("当日登记、5个工作日内答复") is TargetKind.DEADLINE
    assert target_kind("按时、足额") is None  # a list of words that are no targets alone


def test_titles_numbered_as_tables_and_a_multi_year_name() -> None:
    assert project_from_title("表三 某县2025年乡村医生补助项目（村卫生室）绩效评价指标体系") == (
        "乡村医生补助项目（村卫生室）"
    )
    assert project_from_title("表彰奖励经费绩效目标表") == "表彰奖励经费"
    assert (
        evaluated_project(
            "河道综合治理工程",
            "河道综合治理工程绩效评价指标体系",
            ["河道综合治理工程（2025—2027年）"],
            "某县水利局",
        )
        == "河道综合治理工程（2025—2027年）"
    )


def test_cells_of_an_evaluation_system_stay_whole() -> None:
    assert run_together("实际支出数÷预算数×100%") == ["实际支出数÷预算数×100%"]
    assert run_together("达标率100%得满分") == ["达标率100%得满分"]
    assert run_together("绩效目标合理性") == ["绩效目标合理性"]
    assert run_together("绩效指标是否清晰、可衡量") == ["绩效指标是否清晰、可衡量"]
    assert run_together("一级指标二级指标三级指标指标值") == [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
    ]


def test_a_time_limit_and_opening_hours_as_targets() -> None:
    assert run_together("时效指标结案报告报送时间检查结束后15日内") == [
        "时效指标",
        "结案报告报送时间",
        "检查结束后15日内",
    ]
    assert run_together("时效指标2025年9月底前完成") == ["时效指标", "2025年9月底前完成"]
    assert target_kind("每日9:00—21:00") is TargetKind.SCHEDULE
    assert target_kind("周一至周五8:30-17:30") is TargetKind.SCHEDULE


# indented one cell per line: a satisfaction 二级 printed under the 效益 一级 (a misplaced block)
_INDENTED = """某县2025年项目支出绩效目标表
项目名称：村级文化广场维护
项目资金（万元）：8.00
年度绩效目标：维护村级文化广场。
 产出指标
  数量指标
   维护文化广场数量
20个
  质量指标
   设施完好率
≥95%
 效益指标
  社会效益指标
   群众文化活动开展
经常性开展
  服务对象满意度指标
   村民满意度
≥90%
"""


def test_a_category_at_the_depth_of_the_level2_names_is_a_level2(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _INDENTED)
    assert [(r.level1, r.level2, r.level3) for t in doc.tables for r in t.rows][-1] == (
        "效益指标",
        "服务对象满意度指标",
        "村民满意度",
    )


def test_an_omission_note_cuts_the_table_above() -> None:
    assert is_cut_note("（以下内容略）") and is_cut_note("（后略）")
    assert not is_cut_note("省略号使用规范")


# a two-row header: the per-place heading spans the places named on the row below
_PLACES_SUB_HEADER = (
    "某县2025年项目支出绩效目标表\n项目名称\t乡镇快递站建设\n预算数（万元）\t30.00\n"
    "一级指标\t二级指标\t三级指标\t全县\t分乡镇\t\n"
    "\t\t\t\t东溪镇\t西岭乡\n"
    "产出指标\t数量指标\t建设快递站\t6个\t4个\t2个\n"
    "满意度指标\t服务对象满意度指标\t村民满意度\t≥85%\t≥85%\t≥85%\n"
)


def test_places_on_a_second_header_row(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _PLACES_SUB_HEADER)
    assert [(r.level3, r.value) for t in doc.tables for r in t.rows] == [
        ("建设快递站", "6个"),
        ("村民满意度", "≥85%"),
    ]
