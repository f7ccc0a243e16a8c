"""Rule fixes found on the format-conversion layout set, each on an invented row.

Every case states the piece of evidence it exercises (a vocabulary class, a value grammar, a
structural test); no text comes from a dataset.
"""

from __future__ import annotations

from auditor.domain.units import denominator_in_name
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.engine import run_rules


def _table(rows: list[tuple[str, str, str]], budget: float | None = None) -> Table:
    return Table(
        index=1,
        kind="project",
        project="示例项目",
        budget_wan=budget,
        rows=[
            IndicatorRow(
                index=i,
                level1="效益指标" if "效益" in l2 else "产出指标",
                level2=l2,
                level3=n,
                value=v,
                parsed=parse_value(v),
            )
            for i, (l2, n, v) in enumerate(rows, 1)
        ],
    )


def _rows_with(code: str, rows: list[tuple[str, str, str]], budget: float | None = None) -> list:
    doc = Document(source="x", tables=[_table(rows, budget)])
    return [f.row_index for f in run_rules(doc) if f.code == code]


def test_a_name_carries_the_unit_its_amount_is_per() -> None:
    assert denominator_in_name("每公顷造林成本") == "公顷"
    assert denominator_in_name("单座桥梁检测费") == "座"
    assert denominator_in_name("亩均灌溉补助") == "亩"
    assert denominator_in_name("单位面积造价") is None  # 单位 is not "per 位"
    assert denominator_in_name("设备采购成本") is None


def test_b501_price_per_a_named_unit_pairs_with_the_quantity_in_that_unit() -> None:
    # 每公顷 0.5万元 × 300公顷 = 150万元 > 100, though the two names share no word
    rows = [
        ("数量指标", "新增人工造林面积", "≥300公顷"),
        ("数量指标", "参与护林农户数", "≥40户"),
        ("成本指标", "每公顷造林成本", "≤0.5万元"),
    ]
    assert _rows_with("B501", rows, 100) == [3]
    assert _rows_with("B501", rows, 160) == []


def test_b501_single_item_price_in_yuan() -> None:
    # 单册 10元 × 20000册 = 20万元 > 15; a count in 万 (2万册) claims no product
    rows = [("数量指标", "印发宣传手册", "20000册"), ("成本指标", "单册印刷费", "≤10元")]
    assert _rows_with("B501", rows, 15) == [2]
    assert _rows_with("B501", rows, 25) == []
    scaled = [("数量指标", "印发宣传手册", "2万册"), ("成本指标", "单册印刷费", "≤10元")]
    assert _rows_with("B501", scaled, 15) == []


def test_b501_a_per_person_standard_is_not_paired_by_its_unit_alone() -> None:
    # 元/人 with no shared word: which head-count it multiplies is not known
    rows = [
        ("数量指标", "参加技能培训人数", "≥300人"),
        ("数量指标", "新增就业人数", "≥900人"),
        ("成本指标", "职业培训补贴标准", "≤1500元/人"),
    ]
    assert _rows_with("B501", rows, 60) == []


def _codes(level2: str, name: str, value: str) -> set[str]:
    doc = Document(source="x", tables=[_table([(level2, name, value)])])
    return {f.code for f in run_rules(doc) if f.row_index == 1}


def test_c202_prizes_and_incidents_are_measures_of_quality() -> None:
    # a count of prizes won grades the output; a count of security incidents (target 0) too
    assert "C202" not in _codes("质量指标", "获市级以上奖项作品数", "≥5项")
    assert "C202" not in _codes("质量指标", "信息系统安全事件", "0起")
    assert "C202" in _codes("质量指标", "开发信息系统个数", "≥3个")


def test_c202_harmless_disposal_is_an_environmental_effect() -> None:
    assert "C202" not in _codes("生态效益指标", "医疗废物无害化处置率", "100%")
    assert "C202" in _codes("生态效益指标", "投诉办结率", "100%")


def test_c202_a_wait_of_the_people_served_is_a_span_not_a_deadline() -> None:
    assert "C202" not in _codes("社会效益指标", "患者平均等候时间", "≤15分钟")
    assert "C202" in _codes("社会效益指标", "设备安装完成时间", "2025年6月底前")


def test_c206_people_trained_up_under_an_effect() -> None:
    assert "C206" in _codes("可持续影响指标", "培养乡村兽医人数", "≥25人")


def _goal_codes(goal: str, project: str) -> set[str]:
    table = _table([("数量指标", "开展活动次数", "≥4次")])
    table.goal, table.project = goal, project
    return {f.code for f in run_rules(Document(source="x", tables=[table])) if f.row_index is None}


def test_a_goal_that_only_states_an_aim_is_a_slogan_not_a_restated_project() -> None:
    # an aim verb with an abstract object: G702, and T104 is not also reported
    codes = _goal_codes("弘扬奉献、友爱、互助的志愿服务精神。", "文化志愿服务活动经费")
    assert "T104" not in codes
    assert "G702" in codes
    # a plain description of the work stays T104
    assert "T104" in _goal_codes("开展文化志愿服务活动。", "文化志愿服务活动经费")


def test_a_goal_wrapped_at_a_fixed_width_is_read_as_one_paragraph() -> None:
    from auditor.rules.common import goal_items

    wrapped = "全年为辖区独居老人提供\n上门助餐服务不少于360\n0人次，年底前覆盖全部村\n社区。"
    assert goal_items(wrapped) == [
        "全年为辖区独居老人提供上门助餐服务不少于3600人次，年底前覆盖全部村社区"
    ]
    # the author's own lines: numbered, or of unequal width
    assert goal_items("1.新建书屋8个\n2.配送图书4000册以上") == [
        "新建书屋8个",
        "配送图书4000册以上",
    ]
    assert goal_items("完成全县养护\n危桥改造三座以上，年底前完工") == [
        "完成全县养护",
        "危桥改造三座以上，年底前完工",
    ]


def test_u303_several_deadlines_listed_are_readable() -> None:
    # one deadline per round of a campaign held twice a year
    assert "U303" not in _codes("时效指标", "两轮集中消杀完成时间", "4月、9月底前")
    assert "U303" not in _codes("时效指标", "季度巡检时间", "3月、6月、9月和12月底前")
    assert "U303" in _codes("时效指标", "集中消杀完成时间", "4月9898月底前")


def test_v402_holding_a_bottom_line_fits_any_project() -> None:
    assert "V402" in _codes("社会效益指标", "困难群众基本生活", "兜住底线")
    assert "V402" in _codes("社会效益指标", "耕地保护", "守牢耕地保护红线和底线")
    assert "V402" not in _codes("社会效益指标", "新增返贫致贫人口", "0人")


def test_t105_a_county_goal_serving_the_whole_city_works() -> None:
    table = _table([("数量指标", "组织评审项目数", "≥150个")])
    table.project, table.goal = (
        "评审服务经费",
        "为全市工程建设项目提供预算评审服务，评审项目150个以上。",
    )
    doc = Document(source="x", unit="河谷县财政投资评审中心", tables=[table])
    assert "T105" in {f.code for f in run_rules(doc)}
    table.goal = "为全县工程建设项目提供预算评审服务，评审项目150个以上。"
    assert "T105" not in {f.code for f in run_rules(doc)}


def _row_codes(level2: str, name: str, value: str, description: str) -> set[str]:
    table = _table([(level2, name, value)])
    table.rows[0].description = description
    return {f.code for f in run_rules(Document(source="x", tables=[table])) if f.row_index == 1}


def test_r601_a_total_divided_by_the_part_the_rate_is_named_after() -> None:
    assert "R601" in _row_codes("质量指标", "隐患整改率", "100%", "排查隐患总数/已整改隐患数")
    assert "R601" not in _row_codes("质量指标", "隐患整改率", "100%", "已整改隐患数/排查隐患总数")


def test_c205_a_count_of_items_described_as_a_count_of_staff() -> None:
    assert "C205" in _row_codes("数量指标", "受理登记业务", "≥5000件", "登记窗口工作人员数量")
    assert "C205" not in _row_codes("数量指标", "受理登记业务", "≥5000件", "全年受理的登记业务件数")


def test_c205_a_rating_system_is_how_satisfaction_is_surveyed() -> None:
    assert "C205" not in _row_codes(
        "服务对象满意度指标", "窗口服务满意率", "≥95%", "政务服务差评系统统计"
    )
    assert "C205" in _row_codes("服务对象满意度指标", "窗口服务满意率", "≥95%", "窗口人员到岗情况")


def test_c202_an_eligibility_rate_is_output_quality_not_an_effect() -> None:
    assert "C202" in _codes("社会效益指标", "受助学生符合条件率", "100%")
    assert "C202" not in _codes("质量指标", "受助学生符合条件率", "100%")
    assert "C202" not in _codes("社会效益指标", "受助学生入学率", "100%")
    # a coverage among the eligible is an effect, not the check of eligibility
    assert "C202" not in _codes("社会效益指标", "符合条件的困难老人入住率", "≥95%")


def test_t107_a_phone_number_masked_with_crosses_is_not_a_placeholder() -> None:
    from auditor.domain.place_vocab import PLACEHOLDER

    assert PLACEHOLDER.search("联系电话：0371-6655××××") is None
    assert PLACEHOLDER.search("联系人：×××　联系电话：0371-6655××××") is not None


def test_g701_an_activity_the_goal_promises_with_no_indicator_at_all() -> None:
    table = _table([("数量指标", "改造农贸市场", "≥3个"), ("质量指标", "改造验收合格率", "100%")])
    table.project = "农贸市场改造"
    table.goal = "改造农贸市场3个，组织市场经营户食品安全培训。"
    assert "G701" in {f.code for f in run_rules(Document(source="x", tables=[table]))}
    # an indicator counting the trainees (参训) measures the training
    table.rows.append(_table([("数量指标", "经营户参训人次", "≥200人次")]).rows[0])
    table.rows[-1].index = 3
    assert "G701" not in {f.code for f in run_rules(Document(source="x", tables=[table]))}
