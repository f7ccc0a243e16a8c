"""A model's goal review becomes G701/G702 findings; the offline review and existing findings don't."""

from __future__ import annotations

from auditor.config import load_config
from auditor.grade import add_goal_findings
from auditor.models import Document, Finding, GoalReview, Table


def _doc(review: GoalReview, findings=None) -> Document:
    t = Table(index=1, kind="project", project="会费", goal="1. 会费 2. 会费", goal_review=review)
    return Document(source="x.txt", tables=[t], findings=findings or [])


def test_model_review_adds_findings_with_the_model_named():
    doc = _doc(
        GoalReview(
            assessable=False, aligned=False, unmeasured_goals=["研究报告"], grader="deepseek-chat"
        )
    )
    assert add_goal_findings(doc) == 2
    codes = {f.code: f for f in doc.findings}
    assert set(codes) == {"G701", "G702"}
    assert "deepseek-chat" in codes["G702"].message and codes["G701"].table_index == 1
    assert codes["G701"].row_index is None and codes["G701"].scope == "project"


def test_offline_review_fallback_and_existing_findings_add_nothing():
    assert add_goal_findings(_doc(GoalReview(assessable=False, grader="heuristic"))) == 0
    assert (
        add_goal_findings(_doc(GoalReview(assessable=False, grader="m", fallback_reason="timeout")))
        == 0
    )
    existing = Finding(code="G702", severity="warning", scope="project", table_index=1, message="x")
    doc = _doc(GoalReview(assessable=False, grader="m"), [existing])
    assert add_goal_findings(doc) == 0 and doc.findings == [existing]


def test_respects_rule_selection(tmp_path):
    config = load_config(None, {"ignore": ["G702"]})
    doc = _doc(GoalReview(assessable=False, aligned=False, grader="m"))
    assert add_goal_findings(doc, config) == 1
    assert [f.code for f in doc.findings] == ["G701"]
