"""Project-scope checks judged by content, on invented tables of other provinces' wording:
G702 goals made only of aims (an aim verb opening every clause, an abstract help, a claim of
success) beside goals with something checkable; T105 another county's name or the city's
coverage left in a county's table, beside kinds of county, determiners and partner counties."""

from __future__ import annotations

import pytest

import auditor.rules.goals
import auditor.rules.leftovers  # noqa: F401  (registers G702, T105)
from auditor.domain.county_names import other_counties, own_counties
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import REGISTRY
from auditor.rules.context import RuleContext

ROWS = [
    ("产出指标", "数量指标", "受益群众人数", "≥1200人"),
    ("效益指标", "社会效益指标", "群众出行便利度", "≥90%"),
]


def _doc(unit: str, project: str, goal: str, rows=ROWS) -> Document:
    table = Table(
        index=1,
        kind="project",
        project=project,
        goal=goal,
        rows=[
            IndicatorRow(index=i + 1, level1=a, level2=b, level3=c, value=v, parsed=parse_value(v))
            for i, (a, b, c, v) in enumerate(rows)
        ],
    )
    return Document(source="x.txt", unit=unit, tables=[table])


def _g702(goal: str, project: str = "农村客运燃油补贴") -> bool:
    doc = _doc("某县交通运输局", project, goal)
    return any(REGISTRY["G702"]().check_table(doc.tables[0], doc, RuleContext()))


def _t105(unit: str, goal: str, rows=ROWS) -> list[str]:
    doc = _doc(unit, "特困人员救助供养", goal, rows)
    return [v.evidence or "" for v in REGISTRY["T105"]().check_document(doc, RuleContext())]


@pytest.mark.parametrize(
    "goal",
    [
        "保障农村客运班线稳定运行，方便沿线群众出行。",
        "加强水利设施管护，提高管护水平，为粮食生产提供坚实保障。",
        "1. 切实改善基层医疗条件 2. 确保项目取得实效",
    ],
)
def test_g702_goal_of_aims_only(goal: str) -> None:
    assert _g702(goal)


@pytest.mark.parametrize(
    "goal",
    [
        "保障全县42条农村客运班线运行，年底前完成燃油补贴发放。",  # figure, deadline
        "为全县农村客运班线发放燃油补贴，保障群众出行。",  # a deliverable with its object
        "对全县农村客运车辆实施安全检查，方便群众出行。",  # object before the verb (对…)
    ],
)
def test_g702_leaves_checkable_goals(goal: str) -> None:
    assert not _g702(goal)


def test_t105_another_county_named_in_the_goal() -> None:
    found = _t105("澄溪县民政局", "保障桐岭县980名特困人员基本生活，按月发放供养金。")
    assert found and "桐岭县" in found[0]
    assert _t105("澄溪县民政局", "保障澄溪县980名特困人员基本生活，按月发放供养金。") == []


def test_t105_city_coverage_in_a_county_row() -> None:
    rows = [("效益指标", "社会效益指标", "全市建制村通客车率", "=100%")]
    assert _t105("澄溪县交通运输局", "保障农村客运，年底前通车率100%。", rows)


@pytest.mark.parametrize(
    "text",
    [
        "创建国家级示范县，争创产粮大县",  # kinds of county
        "全县及各县区统筹推进",  # determiners, levels
        "完成县道养护86公里，落实县级配套资金",  # 县 as a common noun/adjective
        "对口帮扶疏勒县开展劳务协作",  # a partner county named on purpose
        "依据县生态环境部门监测数据",  # a function word before 县
        "决算公开时间县人大审议后20日内",  # a name's measure word run into its value
    ],
)
def test_other_counties_ignores_what_names_no_other_county(text: str) -> None:
    assert other_counties(text, own_counties(["澄溪县农业农村局"])) == []


def test_own_county_read_from_unit_and_unit_lines() -> None:
    own = own_counties(["某市澄溪县民政局", "301-澄溪县民政局（本级）", None])
    assert own == {"澄溪"}
    assert own_counties(["某市生态环境局", None]) == set()


def test_g701_reads_a_target_written_in_the_value_cell() -> None:
    rows = [
        ("产出指标", "数量指标", "管护天然林面积", "≥32万亩"),
        ("效益指标", "生态效益指标", "", "森林覆盖率稳定在XX%以上"),
    ]
    doc = _doc("某县林业局", "天然林保护补助", "管护天然林32万亩，森林覆盖率稳定在68%以上。", rows)
    assert not list(REGISTRY["G701"]().check_table(doc.tables[0], doc, RuleContext()))
    rows = rows[:1]
    doc = _doc("某县林业局", "天然林保护补助", "管护天然林32万亩，森林覆盖率稳定在68%以上。", rows)
    assert list(REGISTRY["G701"]().check_table(doc.tables[0], doc, RuleContext()))
