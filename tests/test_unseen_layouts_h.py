"""Kinds of layout met on unseen disclosures (docs/layouts.md §1-§4), invented content: a table
without a 一级 column whose 二级 column prints a 一级-only name (效果 for the effect level)."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.evaluation_cells import is_scoring_rule
from auditor.extract.meta_labels import Label, label_of
from auditor.extract.target_grammar import TargetKind, target_kind
from auditor.extract.tokenize import run_together
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


_NO_LEVEL1 = """某县2024年村级道路养护资金绩效目标表
项目名称：村级道路养护资金
项目资金（万元）：52.00
年度绩效目标：养护村道80公里，道路完好率稳定在90%以上。
二级指标\t三级指标\t指标值
数量\t养护村级道路里程\t≥80公里
质量\t养护路段验收合格率\t≥95%
成本\t每公里养护成本\t≤0.6万元
效果\t村道完好率\t≥90%
效果\t群众出行条件\t明显改善
满意度\t沿线群众满意度\t≥90%
"""


def test_a_level1_name_in_the_level2_column_is_its_own_level1(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _NO_LEVEL1)
    rows = [(r.level1_std, r.level2, r.level3) for t in doc.tables for r in t.rows]
    assert rows == [
        ("产出指标", "数量", "养护村级道路里程"),
        ("产出指标", "质量", "养护路段验收合格率"),
        ("产出指标", "成本", "每公里养护成本"),
        ("效益指标", "效果", "村道完好率"),
        ("效益指标", "效果", "群众出行条件"),
        ("满意度指标", "满意度", "沿线群众满意度"),
    ]


_ONE_LINE_2021_TREE = (
    "某县2025年乡镇综合文化站运行经费绩效目标表 项目名称 乡镇综合文化站运行经费 "
    "项目资金（万元） 24.00 年度目标 保障全县12个文化站正常开放。 "
    "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 文化站数量 12个 "
    "时效指标 经费拨付时间 每季度首月 成本指标 经济成本指标 站均运行经费 ≤2万元/站 "
    "社会成本指标 社会成本指标 无 生态环境成本指标 生态环境成本指标 无 "
    "效益指标 社会效益指标 文化站免费开放率 100% 满意度指标 服务对象满意度指标 群众满意度 ≥90%\n"
)


def test_one_line_table_with_a_schedule_target_and_level2_named_indicators(
    tmp_path: Path,
) -> None:
    doc = _doc(tmp_path, _ONE_LINE_2021_TREE)
    rows = [(r.level2, r.level3, r.value) for t in doc.tables for r in t.rows]
    assert rows == [
        ("数量指标", "文化站数量", "12个"),
        ("时效指标", "经费拨付时间", "每季度首月"),
        ("经济成本指标", "站均运行经费", "≤2万元/站"),
        ("社会成本指标", "社会成本指标", "无"),
        ("生态环境成本指标", "生态环境成本指标", "无"),
        ("社会效益指标", "文化站免费开放率", "100%"),
        ("服务对象满意度指标", "群众满意度", "≥90%"),
    ]


def test_a_set_place_inside_every_period_is_a_deadline() -> None:
    for s in ("每季度首月", "每年第一季度", "每学期第2周", "每月最后一个工作日"):
        assert target_kind(s) is TargetKind.DEADLINE, s
    assert target_kind("经费拨付时间") is None


_ONE_LINE_EVALUATION = (
    "某县农村饮水工程维修养护资金绩效评价指标体系\n"
    "一级指标 二级指标 三级指标 目标值 指标解释 评分标准 分值 "
    "决策 项目立项 立项程序规范性 是否按规定程序申报审批 规范得4分，否则不得分 4 "
    "绩效目标 绩效目标明确性 绩效目标与年度任务是否对应 明确得4分，部分明确得2分 4 "
    "过程 资金管理 资金到位率 100% 实际到位资金÷计划资金×100% 到位率×分值 6 "
    "组织实施 管理制度执行有效性 是否按维修养护制度执行 有效得6分，酌情扣分 6 "
    "产出 产出数量 维修养护供水工程处数 ≥35处 按年度计划确定 完成得30分，每少1处扣2分 30 "
    "效益 社会效益 农村自来水普及率 ≥92% 通自来水人口÷农村人口 每低1个百分点扣2分 30 "
    "满意度 受益群众满意度 ≥90% 抽样问卷调查 每低1个百分点扣1分 20 合计 100\n"
)


def test_one_line_evaluation_system_with_criteria_without_targets(tmp_path: Path) -> None:
    """决策/过程 and their 二级 are category names of a scored table; a scoring rule is never a
    target; the 满意度 after 效益 is its 二级; the 合计 row is no indicator."""
    doc = _doc(tmp_path, _ONE_LINE_EVALUATION)
    (table,) = doc.tables
    rows = [(r.level1, r.level2, r.level3, r.value, r.scoring_standard) for r in table.rows]
    assert rows == [
        ("决策", "项目立项", "立项程序规范性", "", "规范得4分，否则不得分"),
        ("决策", "绩效目标", "绩效目标明确性", "", "明确得4分，部分明确得2分"),
        ("过程", "资金管理", "资金到位率", "100%", "到位率×分值"),
        ("过程", "组织实施", "管理制度执行有效性", "", "有效得6分，酌情扣分"),
        ("产出", "产出数量", "维修养护供水工程处数", "≥35处", "完成得30分，每少1处扣2分"),
        ("效益", "社会效益", "农村自来水普及率", "≥92%", "每低1个百分点扣2分"),
        ("效益", "满意度", "受益群众满意度", "≥90%", "每低1个百分点扣1分"),
    ]
    assert table.rows[1].description == "绩效目标与年度任务是否对应"
    assert [r.weight for r in table.rows] == [4, 4, 6, 6, 30, 30, 20]


def test_a_scoring_rule_is_told_from_a_target() -> None:
    for rule in ("符合得3分，否则不得分", "每少10户扣1分", "完成率×分值", "酌情扣分"):
        assert is_scoring_rule(rule), rule
    for target in ("符合国家标准", "≥90分", "考核得分≥90分", "按时完成"):
        assert not is_scoring_rule(target), target


def test_a_label_word_before_a_joining_word_starts_a_phrase() -> None:
    assert run_together("绩效目标与年度任务是否对应") == ["绩效目标与年度任务是否对应"]
    assert run_together("项目名称乡村道路养护") == ["项目名称", "乡村道路养护"]


_CENTRED_LEVEL1 = """某县2025年乡村学校校舍维修资金项目绩效目标表
| 项目名称 | 乡村学校校舍维修资金 | 主管部门 | 某县教育局 |
| 项目资金（万元） | 260.00 |  |  |
| 年度绩效目标 | 维修乡村学校校舍12所，消除校舍安全隐患。 |  |  |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
|  |  | 维修校舍学校数 | 12所 |
|  | 数量指标 | 维修校舍面积 | 6800平方米 |
|  |  | 更换门窗数量 | 420樘 |
| 产出指标 | 质量指标 | 维修工程验收合格率 | 100% |
|  |  | 维修工程返修率 | ≤2% |
|  | 时效指标 | 维修完工时间 | 2025年8月底前 |
|  | 成本指标 | 校舍维修单价 | ≤380元/平方米 |
|  |  | 门窗更换单价 | ≤900元/樘 |
|  | 社会效益指标 | 校舍安全隐患 | 全部消除 |
| 效益指标 |  | 受益学生人数 | ≥3500人 |
|  | 可持续影响指标 | 校舍使用年限 | 有效延长 |
| 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% |
"""


def test_a_centred_level1_with_two_even_splits_takes_the_upper_middle_row(
    tmp_path: Path,
) -> None:
    """产出 printed on the 4th of its 8 rows (its upper middle row, as every two-row 二级 of the
    table): the 8th row (a cost) is still 产出's, 效益 has the three rows around its name."""
    doc = _doc(tmp_path, _CENTRED_LEVEL1)
    rows = [(r.level1, r.level2, r.level3) for t in doc.tables for r in t.rows]
    assert rows[7] == ("产出指标", "成本指标", "门窗更换单价")
    assert [r[0] for r in rows[8:11]] == ["效益指标"] * 3


def test_a_count_brought_to_zero_is_a_target() -> None:
    for s in ("动态清零", "全部清零", "按期归零"):
        assert target_kind(s) is TargetKind.CHANGE, s
    assert target_kind("欠薪动态清零率") is None


_ONE_CELL_PER_LINE = """某县2024年劳动保障监察经费项目绩效目标表
项目名称 |
劳动保障监察经费 |
项目资金（万元） |
36.00 |
一级指标 |
二级指标 |
三级指标 |
指标值 |
产出指标 |
数量指标 |
劳动保障监察检查单位数 |
≥300家 |
效益指标 |
社会效益指标 |
农民工工资拖欠案件结案率 |
≥98% |
欠薪问题动态清零 |
动态清零 |
满意度指标 |
服务对象满意度指标 |
劳动者满意度 |
≥90% |
"""


def test_a_name_ending_in_its_target_before_the_target(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _ONE_CELL_PER_LINE)
    rows = [(r.level2, r.level3, r.value) for t in doc.tables for r in t.rows]
    assert rows[2] == ("社会效益指标", "欠薪问题动态清零", "动态清零")
    assert len(rows) == 4


_LEVEL2_BY_CONTENT = """某县2024年茶产业发展补助资金项目绩效目标表
项目名称
茶产业发展补助资金
项目资金（万元）
150.00
一级指标
二级指标
三级指标
指标值
新建标准化茶园面积
3000亩
数量指标
其中：有机茶园面积
800亩
产出指标
建设初制加工厂
≥4座
质量指标
茶园建设验收合格率
100%
时效指标
补助资金兑付时间
2024年10月底前
成本指标
每亩茶园建设补助
≤400元/亩
经济效益指标
茶叶产值增长率
≥8%
效益指标
带动茶农增收
明显
社会效益指标
带动茶农就业人数
≥600人
……
满意度指标
服务对象满意度指标
茶农满意度
≥90%
"""


def test_a_row_between_two_level2_takes_the_one_it_fits_by_content(tmp_path: Path) -> None:
    """The 效益 block prints 经济效益 on its first row and 社会效益 on its third, before a
    "……" row: both the two-and-two and the one-and-three split centre the names; the income
    row between them is 经济效益 by content."""
    doc = _doc(tmp_path, _LEVEL2_BY_CONTENT)
    rows = {r.level3: r.level2 for t in doc.tables for r in t.rows}
    assert rows["带动茶农增收"] == "经济效益指标"
    assert rows["带动茶农就业人数"] == "社会效益指标"


_GOAL_LAST_WORDS = """某县2025年小型水库除险加固项目绩效目标表
项目名称  小型水库除险加固项目  主管部门  某县水利局
项目资金（万元）  560.00
年度绩效目标  完成8座小型水库除险加固，水库
安全运行率达
到100%。
一级指标  二级指标  三级指标  指标值
产出指标  数量指标  除险加固水库座数  8座
效益指标  社会效益指标  水库安全运行率  100%
"""


def test_the_short_last_words_of_a_wrapped_goal_stay_on_it(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _GOAL_LAST_WORDS)
    assert doc.tables[0].goal == "完成8座小型水库除险加固，水库安全运行率达到100%。"
    stop_alone = _GOAL_LAST_WORDS.replace("率达\n到100%。", "率达到百分之百\n。")
    goal = "完成8座小型水库除险加固，水库安全运行率达到百分之百。"
    assert _doc(tmp_path, stop_alone).tables[0].goal == goal


def test_an_amount_label_put_together_from_its_parts() -> None:
    for label in ("年度预算总额（万元）", "本年部门预算数", "全年项目资金总额"):
        assert label_of(label) is Label.BUDGET, label
    assert label_of("预算执行率") is None


_GOAL_UNDER_INDICATORS = """某县2025年城区排涝设施改造项目绩效目标表
| 项目名称 | 城区排涝设施改造项目 | 主管部门 | 某县住房和城乡建设局 |
| 项目资金（万元） | 900.00 |  |  |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 改造排涝泵站 | 3座 |
| 效益指标 | 社会效益指标 | 城区易涝点消除数 | ≥12处 |
| 中期目标 | 2025—2027年完成城区排涝设施改造，城区内涝积水点全部消除。 |  |  |
"""


def test_a_goal_printed_under_the_indicators_is_no_indicator(tmp_path: Path) -> None:
    (table,) = _doc(tmp_path, _GOAL_UNDER_INDICATORS).tables
    assert [r.level3 for r in table.rows] == ["改造排涝泵站", "城区易涝点消除数"]
    assert table.midterm_goal == "2025—2027年完成城区排涝设施改造，城区内涝积水点全部消除。"


def test_the_title_leading_a_table_on_one_line_names_it_under_a_section_heading(
    tmp_path: Path,
) -> None:
    one_line = _ONE_LINE_EVALUATION.replace("某县", "某县2024年").replace("体系\n", "体系 ")
    (table,) = _doc(tmp_path, "二、重点项目绩效评价指标体系\n" + one_line).tables
    assert table.project == "农村饮水工程维修养护资金"
