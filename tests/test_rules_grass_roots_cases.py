"""Rule fixes found on the grass-roots and county layout sets, each on an invented row.

Every case states the piece of evidence it exercises (a vocabulary class, a value grammar, a
structural test); no text comes from a dataset.
"""

from __future__ import annotations

from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.engine import run_rules


def codes_of(
    level1: str,
    level2: str,
    level3: str,
    value: str,
    basis: str | None = None,
    budget: float | None = None,
    project: str = "示例项目",
    description: str | None = None,
) -> set[str]:
    """The codes the whole engine reports on one row of a one-row table."""
    row = IndicatorRow(
        index=1,
        level1=level1,
        level2=level2,
        level3=level3,
        value=value,
        description=description,
        basis=basis,
        parsed=parse_value(value),
    )
    table = Table(index=1, kind="project", project=project, budget_wan=budget, rows=[row])
    doc = Document(source="synthetic", tables=[table])
    return {f.code for f in run_rules(doc) if f.row_index == 1}


def test_v404_bare_document_kinds_and_work_targets_are_category_words() -> None:
    for basis in ("设计规范", "考核办法", "工作目标"):
        assert "V404" in codes_of("产出指标", "数量指标", "新建村级文化广场", "≥3个", basis)
    # a titled document or a topic-bearing one names a source
    for basis in ("《村级文化广场建设技术规范》", "专项资金管理办法", "上年建成2个"):
        assert "V404" not in codes_of("产出指标", "数量指标", "新建村级文化广场", "≥3个", basis)


def test_c202_schedule_values_fit_timeliness() -> None:
    # a schedule (per term, by the farming calendar, in real time, after an event) is a time
    for name, value in (
        ("营养餐补助发放", "按学期"),
        ("秋播技术指导", "按农时"),
        ("水位数据回传", "实时"),
        ("以奖代补资金兑付", "竣工验收后"),
        ("托管服务履约", "按合同约定"),
    ):
        assert "C202" not in codes_of("产出指标", "时效指标", name, value)
    assert "C202" not in codes_of("产出指标", "时效指标", "集镇垃圾日产日清率", "≥98%")
    # an amount with no time in a 时效 row is still misplaced
    assert "C202" in codes_of("产出指标", "时效指标", "宣传资料印制数量", "≥2000份")


def test_c202_money_effects_and_residues() -> None:
    # money a review cuts, investment attracted: economic effects, not the project's cost
    assert "C202" not in codes_of("效益指标", "经济效益指标", "工程结算审减金额", "≥300万元")
    assert "C202" not in codes_of("效益指标", "经济效益指标", "新增固定资产投资", "≥2亿元")
    assert "C202" not in codes_of("成本指标", "生态环境成本指标", "修剪剩余物清运", "全部清运")


def test_c206_a_zero_target_counts_events_to_avoid() -> None:
    assert "C206" not in codes_of("效益指标", "社会效益指标", "渡口停航天数", "0天")
    assert "C206" not in codes_of("效益指标", "社会效益指标", "过期药品流入诊所", "0批")
    assert "C206" in codes_of("效益指标", "社会效益指标", "举办农技讲座", "≥6场")


def test_v401_gradable_states_relative_levels_and_running_manners() -> None:
    for value in ("清爽整洁", "优美舒适", "保持较高水平", "控制在合理水平", "平稳有序运行"):
        assert "V401" in codes_of("效益指标", "社会效益指标", "集镇街道面貌", value), value
    # a named grade is checkable
    for value in ("低流行水平", "达到国家二级水平", "合格"):
        assert "V401" not in codes_of("效益指标", "社会效益指标", "集镇街道面貌", value), value


def test_u301_subsidy_of_a_post_holder_and_single_object_denominators() -> None:
    # a subsidy named by the holders' post, in bare 元: per holder and period are missing
    assert "U301" in codes_of("产出指标", "成本指标", "水管员巡查补助", "900元", budget=30)
    assert "U301" in codes_of("产出指标", "成本指标", "独生子女扶助标准", "960元", budget=30)
    # in 万元 it is the total for all holders; a wage is left to the pay rules
    assert "U301" not in codes_of("产出指标", "成本指标", "水管员巡查补助", "≤12万元", budget=30)
    assert "U301" not in codes_of("产出指标", "成本指标", "水管员月工资", "1500元", budget=30)
    # 单家/单户 carry the denominator as 单车/每户 do
    assert "U301" not in codes_of("产出指标", "成本指标", "单家合作社奖补标准", "2万元", budget=30)
    assert "U301" not in codes_of("产出指标", "成本指标", "单户改厕补助标准", "1200元", budget=30)


def test_u303_a_deadline_then_what_is_due_is_readable() -> None:
    assert "U303" not in codes_of("产出指标", "时效指标", "路灯更换时间", "8月底前完成安装")
    assert "U303" not in codes_of("产出指标", "时效指标", "项目开工率", "2026年5月底前≥70%")
    assert "U303" in codes_of("产出指标", "时效指标", "项目开工率", "5月底前≥≤70")


def _b501_rows(rows: list[tuple[str, str, str]], budget: float) -> list[int | None]:
    table = Table(
        index=1,
        kind="project",
        project="示例项目",
        budget_wan=budget,
        rows=[
            IndicatorRow(
                index=i, level1="产出指标", level2=l2, level3=n, value=v, parsed=parse_value(v)
            )
            for i, (l2, n, v) in enumerate(rows, 1)
        ],
    )
    return [
        f.row_index for f in run_rules(Document(source="x", tables=[table])) if f.code == "B501"
    ]


def test_b501_unit_price_pairs_with_the_count_in_its_denominator() -> None:
    # 0.8万元/户 × 500户 = 400万元 > 120: the count in 户, not the first row sharing a word
    rows = [
        ("数量指标", "改造农村危房个数", "=30个"),
        ("数量指标", "改造受益农户数", "≥500户"),
        ("成本指标", "户均改造补助", "≤0.8万元/户"),
    ]
    assert _b501_rows(rows, 120) == [3]
    assert _b501_rows(rows, 420) == []


def test_b501_single_event_price() -> None:
    # 单场 is a unit price as 单次 is: 8万元 × 5场 = 40万元 > 25
    rows = [("数量指标", "举办农产品展销会", "≥5场"), ("成本指标", "单场展销会费用", "≤8万元")]
    assert _b501_rows(rows, 25) == [2]
    assert _b501_rows(rows, 45) == []


def test_v402_a_budget_ceiling_after_the_money_it_bounds() -> None:
    assert "V402" in codes_of("产出指标", "成本指标", "", "设备维保费用控制在预算范围内")
    assert "V402" not in codes_of("产出指标", "成本指标", "设备维保费用", "≤6.5万元")


def test_v405_acceptance_rate_of_building_work_below_90() -> None:
    project = "村级卫生室维修改造"
    assert "V405" in codes_of("产出指标", "质量指标", "竣工验收合格率", "≥85%", project=project)
    assert "V405" not in codes_of("产出指标", "质量指标", "竣工验收合格率", "≥95%", project=project)
    # a pass rate that is not the acceptance of works (training, vaccination) is left alone
    assert "V405" not in codes_of(
        "产出指标", "质量指标", "村医培训考核合格率", "≥85%", project=project
    )


def test_c204_a_sub_row_named_again_is_a_duplicate() -> None:
    rows = [
        IndicatorRow(
            index=1, level1="产出指标", level2="数量指标", level3="签约居民人数", value="≥5000人"
        ),
        IndicatorRow(
            index=2,
            level1="产出指标",
            level2="数量指标",
            level3="其中：签约老年人数",
            value="≥900人",
        ),
        IndicatorRow(
            index=3, level1="产出指标", level2="质量指标", level3="签约老年人数", value="≥900人"
        ),
    ]
    table = Table(index=1, kind="project", project="家庭医生签约", rows=rows)
    fs = [f for f in run_rules(Document(source="x", tables=[table])) if f.code == "C204"]
    assert [f.related for f in fs] == [[2, 3]]


def test_u301_any_post_holder_counted_in_objects() -> None:
    assert "U301" in codes_of("产出指标", "数量指标", "聘用河道巡查员", "8个")
    assert "U301" not in codes_of("产出指标", "数量指标", "聘用河道巡查员", "8人")
    # a campaign (动员) is no person
    assert "U301" not in codes_of("产出指标", "数量指标", "开展防汛宣传动员", "3个")


def test_r601_a_rate_divided_by_the_quantity_it_is_named_after() -> None:
    name = "饮用水源地水质达标天数比例"
    assert "R601" in codes_of(
        "效益指标", "生态效益指标", name, "≥95%", description="监测天数/全年达标天数×100%"
    )
    assert "R601" not in codes_of(
        "效益指标", "生态效益指标", name, "≥95%", description="全年达标天数/监测天数×100%"
    )
    # the numerator's own qualifier is in the name: a sub-count over its whole, not upside down
    assert "R601" not in codes_of(
        "产出指标",
        "质量指标",
        "受理问题线索核查办结率",
        "≥95%",
        description="已核查办结的问题线索数/受理问题线索数×100%",
    )


def test_a_bare_degree_on_a_rate_is_vague_not_a_unit_error() -> None:
    found = codes_of("满意度指标", "服务对象满意度指标", "参训农民满意度", "较高")
    assert "V401" in found and "U301" not in found
    assert "U301" in codes_of("产出指标", "时效指标", "资金拨付及时率", "年底前")


def test_c202_a_fee_rate_is_a_cost() -> None:
    assert "C202" not in codes_of("产出指标", "成本指标", "造价咨询服务费费率", "≤0.6%")
    assert "C202" in codes_of("产出指标", "成本指标", "咨询报告采纳率", "≥80%")


def test_a_valid_share_is_a_rate_not_an_efficiency() -> None:
    # 有效率 is the share of valid items; described as a repair time it measures something else
    name = "雨量站数据有效率"
    assert "C205" in codes_of(
        "产出指标", "质量指标", name, "≥95%", description="设备故障平均修复时间"
    )
    assert "U301" in codes_of("产出指标", "质量指标", name, "≥3次")
    assert "U301" not in codes_of("产出指标", "质量指标", "审批工作效率", "≥3次")
