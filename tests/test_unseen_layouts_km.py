"""Kinds of layout met on unseen disclosures (docs/layouts.md §1-§4), invented content: an
evaluation framework printed with no separator, description and basis columns one cell per line,
per-place values for places that are not villages, short frame labels, a signature on the line
of the signing unit's name, and worded targets (干净整洁, 按农时)."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.kinds import evaluated_project
from auditor.extract.meta_labels import Label, label_of
from auditor.extract.roles import Role
from auditor.extract.scored_lines import criterion_cells, split_scoring_rule
from auditor.extract.target_grammar import TargetKind, target_kind
from auditor.extract.tokenize import split_line
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, lines: list[str]) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract_document(p)


_GLUED_FRAMEWORK = [
    "某县2024年农村饮水工程维修养护项目绩效评价指标体系",
    "一级指标二级指标三级指标分值指标解释评分标准",
    "决策项目立项立项程序规范性5是否按规定程序申报审批规范得5分，否则不得分",
    "资金投入资金分配合理性5资金分配是否与维修任务相适应合理得5分",
    "过程资金管理资金到位率10实际到位资金/计划资金×100%到位率×分值",
    "产出产出数量维修水厂完成率30实际维修水厂数/计划数×100%完成率×分值",
    "效益项目效益受益群众满意度10抽样问卷调查满意度≥85%得满分",
    "合计60",
]


def test_an_evaluation_framework_printed_without_separators(tmp_path: Path) -> None:
    table = _doc(tmp_path, _GLUED_FRAMEWORK).tables[0]
    rows = [(r.level1, r.level2, r.level3, r.weight, r.description) for r in table.rows]
    assert rows == [
        ("决策", "项目立项", "立项程序规范性", 5.0, "是否按规定程序申报审批"),
        ("决策", "资金投入", "资金分配合理性", 5.0, "资金分配是否与维修任务相适应"),
        ("过程", "资金管理", "资金到位率", 10.0, "实际到位资金/计划资金×100%"),
        ("产出", "产出数量", "维修水厂完成率", 30.0, "实际维修水厂数/计划数×100%"),
        ("效益", "项目效益", "受益群众满意度", 10.0, "抽样问卷调查满意度"),
    ]
    assert [r.scoring_standard for r in table.rows] == [
        "规范得5分，否则不得分",
        "合理得5分",
        "到位率×分值",
        "完成率×分值",
        "≥85%得满分",
    ]
    assert table.total_weight == 60.0


_ROLES = [Role.LEVEL1, Role.LEVEL2, Role.LEVEL3, Role.WEIGHT, Role.DESCRIPTION, Role.SCORING]


def test_a_glued_criterion_is_cut_only_under_a_weight_column_followed_by_text() -> None:
    line = ["资金管理资金使用合规性8资金使用是否符合财务制度合规得8分"]
    assert criterion_cells(line, _ROLES) == [
        "",
        "资金管理",
        "资金使用合规性",
        "8",
        "资金使用是否符合财务制度",
        "合规得8分",
    ]
    target_after_weight = [Role.LEVEL2, Role.LEVEL3, Role.WEIGHT, Role.VALUE]
    assert criterion_cells(line, target_after_weight) is None
    # a number with its unit is a target, not a weight
    assert criterion_cells(["培训农民人数10人次以上"], _ROLES) is None


def test_a_scoring_rule_starts_at_its_condition() -> None:
    assert split_scoring_rule("是否按期完工按期得3分") == ("是否按期完工", "按期得3分")
    assert split_scoring_rule("问卷调查满意度≥90%得满分") == ("问卷调查满意度", "≥90%得满分")
    assert split_scoring_rule("实际支出/预算数×100%执行率×分值") == (
        "实际支出/预算数×100%",
        "执行率×分值",
    )
    assert split_scoring_rule("反映项目完成质量") == ("反映项目完成质量", "")


_DESCRIPTION_AND_BASIS = [
    "某镇2024年文化站免费开放项目绩效目标表",
    "项目名称",
    "文化站免费开放",
    "项目资金（万元）",
    "12.00",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "指标解释",
    "指标值设定依据",
    "产出指标",
    "数量指标",
    "年开展文化活动",
    "≥24场",
    "反映全年举办的文化活动场次",
    "上年开展20场",
    "满意度指标",
    "服务对象满意度指标",
    "群众满意度",
    "≥90%",
    "抽样调查群众满意比例",
    "问卷调查",
]


def test_description_and_basis_one_cell_per_line_keep_their_columns(tmp_path: Path) -> None:
    table = _doc(tmp_path, _DESCRIPTION_AND_BASIS).tables[0]
    assert [(r.level3, r.value, r.description, r.basis) for r in table.rows] == [
        ("年开展文化活动", "≥24场", "反映全年举办的文化活动场次", "上年开展20场"),
        ("群众满意度", "≥90%", "抽样调查群众满意比例", "问卷调查"),
    ]


_PLACES = [
    "某县2024年小型水闸维修养护区域绩效目标表",
    "转移支付项目\t小型水闸维修养护资金",
    "年度目标\t完成3座水闸维修养护。",
    "一级指标\t二级指标\t三级指标\t指标值\t\t",
    "\t\t\t全县\t青石闸\t白沙闸",
    "产出指标\t数量指标\t维修养护水闸数量\t3座\t1座\t2座",
    "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t≥90%\t≥88%",
]


def test_places_under_the_value_header_are_value_columns_whatever_they_are(
    tmp_path: Path,
) -> None:
    table = _doc(tmp_path, _PLACES).tables[0]
    assert table.project == "小型水闸维修养护资金"
    assert [(r.level3, r.value) for r in table.rows] == [
        ("维修养护水闸数量", "3座"),
        ("受益群众满意度", "≥90%"),
    ]
    assert table.rows[0].place_values == {"全县": "3座", "青石闸": "1座", "白沙闸": "2座"}


_SIGNED = [
    "某县第一小学2024年课后服务项目绩效目标表",
    "项目名称  课后服务",
    "资金（万元）  9.6",
    "目标  开展课后服务，学生自愿参加。",
    "一级指标  二级指标  三级指标  指标值",
    "产出指标  数量指标  参加课后服务学生  ≥600人",
    "满意度指标  服务对象满意度指标  家长满意度  ≥90%",
    "某县第一小学　2024年3月",
]


def test_short_frame_labels_and_a_signature_on_the_name_line(tmp_path: Path) -> None:
    table = _doc(tmp_path, _SIGNED).tables[0]
    assert (table.budget_wan, table.goal) == (9.6, "开展课后服务，学生自愿参加。")
    assert [r.level3 for r in table.rows] == ["参加课后服务学生", "家长满意度"]


def test_short_labels_and_glued_money_labels() -> None:
    assert label_of("目标") is Label.GOAL
    assert label_of("转移支付项目") is Label.PROJECT
    assert split_line("经费（万元）36") == ("经费（万元）", "36")


def test_an_evaluated_project_named_shorter_in_the_title() -> None:
    title = "某县文化馆免费开放项目绩效评价指标体系"
    assert evaluated_project("文化馆免费开放", title, ["县级文化馆免费开放"], None) == (
        "县级文化馆免费开放"
    )


def test_clean_and_tidy_states_and_a_farming_schedule_are_targets() -> None:
    assert target_kind("干净整洁") is TargetKind.STATE
    assert target_kind("清洁美观") is TargetKind.STATE
    assert target_kind("按农时") is TargetKind.SCHEDULE
    assert target_kind("按季节开展") is TargetKind.SCHEDULE


def test_a_bare_goal_label_run_together_with_its_sentence(tmp_path: Path) -> None:
    lines = [
        "某县第一小学2024年校园安保项目绩效目标表",
        "项目名称校园安保",
        "资金（万元）6.5",
        "目标聘用保安4名，校园安全事故为零。",
        "一级指标二级指标三级指标指标值",
        "产出指标数量指标聘用保安人数4人",
        "满意度指标服务对象满意度指标师生满意度≥90%",
    ]
    table = _doc(tmp_path, lines).tables[0]
    assert (table.project, table.budget_wan) == ("校园安保", 6.5)
    assert table.goal == "聘用保安4名，校园安全事故为零。"
