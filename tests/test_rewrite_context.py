"""The rewrite check's context table (auditor.grade.rewrite.context_table) leaves out the table's
texts (goal, unit and budget lines, mid-term and actual goals): its verdicts, memoised per
context, and the offline grades keyed by it are then shared by tables that differ only there.
That is only right while no row rule and no part of the offline grade reads those texts: a
table that records its reads watches them here, on invented rows of many kinds."""

from __future__ import annotations

from typing import Any, ClassVar

from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.grade.heuristic import grade_row
from auditor.grade.rewrite import PROJECT_TEXTS, context_table
from auditor.models import Document, Finding, IndicatorRow, Table
from auditor.rules.engine import check_row_standalone, run_rules


class _Watched(Table):
    reads: ClassVar[set[str]] = set()

    def __getattribute__(self, name: str) -> Any:
        if name in PROJECT_TEXTS:
            _Watched.reads.add(name)
        return super().__getattribute__(name)


_ROWS = [  # (一级, 二级, 三级, 指标值, 描述, 依据)
    ("产出指标", "成本指标", "设备购置成本", "≤80万元", "年度购置支出", "采购合同"),
    ("产出指标", "成本指标", "人均补助标准", "500元/人", "每人每年补助", "补助办法"),
    ("产出指标", "数量指标", "补助人数", "≥2000人", "", ""),
    ("产出指标", "质量指标", "验收合格率", "≥95%", "合格项目数/验收项目数", "验收规范"),
    ("产出指标", "时效指标", "完成时间", "2025年12月底前", "", "工作计划"),
    ("效益指标", "社会效益指标", "群众生活条件", "明显改善", "反映改善情况", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "问卷调查", "上年调查"),
    ("效益指标", "可持续影响指标", "设施使用年限", "10", "", ""),
]


def _table(cls: type[Table]) -> Table:
    rows = [
        IndicatorRow(
            index=i,
            level1=l1,
            level2=l2,
            level3=l3,
            value=v,
            description=d or None,
            basis=b or None,
            parsed=parse_value(v),
        )
        for i, (l1, l2, l3, v, d, b) in enumerate(_ROWS, 1)
    ]
    return cls(
        index=2,
        kind="project",
        project="农村饮水安全巩固提升",
        budget_wan=120.0,
        goal="1. 新建供水站3座，年底前完成；2. 预算资金120万元用于管网改造。",
        unit_line="某某县水利局（本级）",
        budget_texts=["项目资金120万元"],
        budget_lines={"财政拨款": 120.0},
        unit_name="某某县水利局",
        midterm_goal="三年内覆盖全部行政村",
        has_basis_column=True,
        rows=rows,
    )


def test_row_rules_and_offline_grades_do_not_read_the_tables_texts():
    table = _table(_Watched)
    doc = Document(source="watched.txt", tables=[table])
    config = AuditConfig()
    findings: dict[int | None, list[Finding]] = {}
    for f in run_rules(Document(source="plain.txt", tables=[_table(Table)]), config):
        findings.setdefault(f.row_index, []).append(f)
    _Watched.reads.clear()
    for row in table.rows:
        check_row_standalone(row, table, doc, config)
        grade_row(row, table, doc, findings=findings.get(row.index, []), config=config)
    assert _Watched.reads == set()
    run_rules(doc, config)  # the project rules read the goal: the watch sees it
    assert "goal" in _Watched.reads


def test_tables_differing_only_in_their_texts_share_a_context():
    a, b = _table(Table), _table(Table)
    b.goal, b.unit_name, b.budget_texts = "另一目标", "另一单位", []
    assert context_table(a)[1] == context_table(b)[1]
    c = _table(Table)
    c.budget_wan = 60.0  # the row rules read the budget
    assert context_table(a)[1] != context_table(c)[1]
