"""T107: a category name left as the 三级 with no value is a template row; an artefact the
table already reports is not reported again for the body text it was read from."""

from __future__ import annotations

import auditor.rules.artefacts  # noqa: F401  (registers T107)
from auditor.extract.values import parse_value
from auditor.models import BodyLine, Document, IndicatorRow, Table
from auditor.rules.base import REGISTRY
from auditor.rules.context import RuleContext


def _row(index: int, l1: str, l2: str, l3: str, value: str) -> IndicatorRow:
    return IndicatorRow(
        index=index, level1=l1, level2=l2, level3=l3, value=value, parsed=parse_value(value)
    )


def _t107(doc: Document) -> list[tuple[str, int | None]]:
    found = REGISTRY["T107"]().check_document(doc, RuleContext())
    return [(v.scope or "", v.row_index) for v in found]


def test_category_name_as_indicator_with_no_value_is_a_template_row():
    rows = [
        _row(1, "成本指标", "生态环境成本指标", "生态环境成本指标", "无"),
        _row(2, "成本指标", "经济成本指标", "经济成本指标", "≤20万元"),  # filled in: a name issue
        _row(3, "满意度指标", "服务对象满意度指标", "满意度", "≥90%"),
    ]
    doc = Document(source="x", tables=[Table(index=1, kind="project", project="某项目", rows=rows)])
    assert _t107(doc) == [("row", 1)]


def test_body_artefact_already_reported_in_the_table_is_not_repeated():
    row = _row(1, "效益指标", "生态效益指标", "森林覆盖率", "稳定在XX%以上")
    table = Table(index=1, kind="project", project="某项目", rows=[row])
    doc = Document(source="x", tables=[table])
    doc.body = [BodyLine(line=14, text="森林覆盖率\t稳定在XX%以上")]
    assert _t107(doc) == [("row", 1)]
    doc.body.append(BodyLine(line=30, text="联系人：XX"))  # elsewhere in the text: reported
    assert _t107(doc) == [("row", 1), ("document", None)]


def test_category_slot_with_no_indicator_and_value_none_is_a_template_row():
    """ "社会成本指标 | (no 三级) | 无": the slot was never filled in (T107), not a misplaced
    indicator named "无" (no C202)."""
    import auditor.rules.category  # noqa: F401  (registers C202)

    rows = [
        _row(1, "成本指标", "社会成本指标", "", "无"),
        _row(2, "成本指标", "生态环境成本指标", "", "/"),
        _row(3, "成本指标", "经济成本指标", "", "设备购置费不超过30万元"),  # a real target
        _row(4, "成本指标", "社会成本指标", "施工扰民投诉", "无"),  # a real item with value 无
    ]
    table = Table(index=1, kind="project", project="某项目", rows=rows)
    doc = Document(source="x", tables=[table])
    assert _t107(doc) == [("row", 1), ("row", 2)]
    c202 = REGISTRY["C202"]()
    assert not [v for r in rows for v in c202.check_row(r, table, doc, RuleContext())]


def test_masked_numbers_and_form_notes_are_not_template_artefacts():
    """Digits followed by xxx are a number masked for privacy; a blank of all X is a placeholder.
    A "填报说明" note printed under the form is part of the form; only an instruction left in
    place of content ("请根据实际情况填写") is an artefact."""
    doc = Document(source="x", tables=[])
    doc.body = [
        BodyLine(line=3, text="填表人：王某   联系电话：0571-8823xxx"),
        BodyLine(line=4, text="填报说明：本表金额单位为万元，人数按年末在册统计"),
    ]
    assert _t107(doc) == []
    doc.body.append(BodyLine(line=5, text="联系电话：0571-XXXXXXX"))
    doc.body.append(BodyLine(line=6, text="项目概况：请根据实际情况填写"))
    assert _t107(doc) == [("document", None)]
