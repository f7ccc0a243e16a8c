"""C202/C206 on the wider range of tables other provinces publish (invented rows).

Frequencies as 时效 content, water-use efficiency as an ecological effect, lower costs for the
people served as an economic effect, reimbursement and case-resolution rates as effects, tables
whose value cell carries the name and the target, placeholder and template rows, output counts
filed under 生态效益 (C206, not C202). Each accepted form is paired with a misfit that still fires.
"""

from __future__ import annotations

import pytest

import auditor.rules.category  # noqa: F401  (registers the C rules)
from auditor.extract.values import parse_value
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import REGISTRY
from auditor.rules.context import RuleContext


def _codes(level1: str, level2: str, level3: str, value: str) -> set[str]:
    row = IndicatorRow(
        index=1,
        level1=level1,
        level2=level2,
        level3=level3,
        value=value,
        parsed=parse_value(value),
    )
    table = Table(index=1, kind="project", project="某项目", rows=[row])
    doc = Document(source="synthetic", tables=[table])
    ctx = RuleContext()
    return {
        code for code in ("C202", "C206") if list(REGISTRY[code]().check_row(row, table, doc, ctx))
    }


ACCEPTED = [
    ("产出指标", "时效指标", "设施巡检频次", "每月≥2次"),
    ("产出指标", "时效指标", "救助金发放", "按月发放"),
    ("产出指标", "时效指标", "", "申请受理后10个工作日内办结"),
    ("效益指标", "生态效益指标", "灌区渠系水利用系数", "≥0.7"),
    ("效益指标", "经济效益指标", "降低农户生产成本", "明显降低"),
    ("效益指标", "社会效益指标", "大病医疗费用报销比例", "≥60%"),
    ("效益指标", "社会效益指标", "信访事项化解率", "≥95%"),
    ("产出指标", "成本指标", "", "每户补助不超过3000元"),
    ("满意度指标", "服务对象满意度指标", "", "参训农民满意度≥90%"),
    ("满意度指标", "服务对象满意度指标", "……", ""),
    ("产出指标", "时效指标", "指标3：", ""),
    ("成本指标", "社会成本指标", "社会成本指标", "无"),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥30%"),
]

MISFITS = [
    (("产出指标", "时效指标", "培训农民人数", "≥200人"), "C202"),
    (("产出指标", "时效指标", "", "培训农民≥200人"), "C202"),
    (("效益指标", "经济效益指标", "项目建设成本", "≤50万元"), "C202"),
    (("效益指标", "社会效益指标", "预算执行率", "≥95%"), "C202"),
    (("满意度指标", "服务对象满意度指标", "", "培训农民≥200人"), "C202"),
    (("效益指标", "生态效益指标", "应急物资储备数量", "≥200件"), "C206"),
]


@pytest.mark.parametrize("row", ACCEPTED, ids=[f"{r[1]}-{r[2] or r[3]}" for r in ACCEPTED])
def test_accepted_content_is_not_misplaced(row):
    assert _codes(*row) == set()


@pytest.mark.parametrize("row,code", MISFITS, ids=[f"{r[1]}-{r[2] or r[3]}" for r, _ in MISFITS])
def test_misfits_still_fire_with_one_code(row, code):
    assert _codes(*row) == {code}


def test_evaluation_framework_declared_as_a_project_table_is_not_a_goal_table():
    """决策/过程 blocks make a table an evaluation framework whatever its declared kind: its 10号
    names are not C201 findings there, though one 决策 row in a goal table still is."""
    cats = [("决策", "项目立项", "立项依据充分性"), ("过程", "资金管理", "资金到位率")]
    rows = [
        IndicatorRow(index=i, level1=l1, level2=l2, level3=l3, value="")
        for i, (l1, l2, l3) in enumerate(cats, 1)
    ]
    table = Table(index=1, kind="project", project="某项目", rows=rows)
    doc = Document(source="synthetic", tables=[table])
    rule = REGISTRY["C201"]()
    assert not [v for r in rows for v in rule.check_row(r, table, doc, RuleContext())]
    goal_table = Table(index=1, kind="project", project="某项目", rows=rows[:1])
    goal_doc = Document(source="synthetic", tables=[goal_table])
    assert list(rule.check_row(rows[0], goal_table, goal_doc, RuleContext()))
