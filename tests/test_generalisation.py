"""Documents written for these tests, not taken from the sample corpus: another province's layout
(separate 计量单位 column, the 2021 成本指标 一级) and a table with one planted defect per row.

The rules were developed on the sample corpus; these hand-labelled rows check that they fire on
the same defects phrased differently, and stay quiet on a well-formed table."""

from __future__ import annotations

from pathlib import Path

from auditor.pipeline import audit_document

DATA = Path(__file__).parent / "data" / "other_layouts"


def _codes(doc):
    out: dict[int | None, set[str]] = {}
    for f in doc.findings:
        out.setdefault(f.row_index, set()).add(f.code)
    return out


def test_clean_2021_framework_table_has_no_findings():
    doc = audit_document(DATA / "hunan.txt")
    (t,) = doc.tables
    assert [r.value for r in t.rows][:2] == ["≥3200人", "≥98%"]  # 指标值 + 计量单位 joined
    assert t.rows[3].level1 == "成本指标" and t.rows[3].parsed.unit == "元/人·月"
    assert [f for f in doc.findings if f.severity in ("error", "warning")] == []


# row -> the defect planted in it (taxonomy code)
PLANTED = {
    1: {"U301", "V403"},  # 培训农民人数 ≥50次; description repeats the name
    2: {"C202"},  # a purchase count under 质量指标
    3: {"U302"},  # 合格率 ≥110%
    4: {"U301", "V401"},  # 及时率 "及时"
    5: {"B501"},  # total cost 500 万元 > budget 200 万元
    6: {"V401", "V404"},  # "效果显著"; basis "计划标准"
    7: {"C202"},  # office equipment under 生态效益
    8: {"R601"},  # 计划人数 / 实际人数
    9: {"U305"},  # satisfaction capped with ≤
}


def test_planted_defects_are_found_and_nothing_else_on_those_rows():
    doc = audit_document(DATA / "gansu.txt")
    got = _codes(doc)
    for row, want in PLANTED.items():
        assert want <= got.get(row, set()), (row, got.get(row))
    row_codes = {c for r, cs in got.items() if r is not None for c in cs}
    assert row_codes <= set().union(*PLANTED.values())


def test_name_description_mismatches_in_other_wording():
    """C205 branches on rows worded unlike the sample corpus; well-defined rows stay quiet."""
    doc = audit_document(DATA / "transport.txt")
    got = _codes(doc)
    assert "C205" in got.get(2, set())  # 完好率 defined as 故障次数/总台数
    assert "C205" in got.get(4, set())  # 使用年限 described as an improvement claim
    assert "C205" in got.get(6, set())  # 满意度 described as a head-count of workers
    for clean in (1, 3, 5, 7):
        assert not {c for c in got.get(clean, set()) if c.startswith(("C", "U", "R"))}, (
            clean,
            got.get(clean),
        )
    # no cost row, but 成本 is no 一级 anywhere in the document (88号 tree): not a missing block
    assert "C203" not in got.get(None, set())


def test_table_without_a_level1_column():
    """Some provinces print only 二级/三级/指标值: the 一级 follows from the 二级 (either framework)."""
    doc = audit_document(DATA / "health_no_level1.txt")
    (t,) = doc.tables
    assert [r.level1 for r in t.rows] == [
        "产出指标",
        "产出指标",
        "产出指标",
        "效益指标",
        "满意度指标",
    ]
    assert not [f for f in doc.findings if f.code.startswith(("C201", "U", "V40"))]
    # no cost indicator, but the 88号 tree does not make 成本 a block of its own: nothing missing
    assert [f.code for f in doc.findings if f.row_index is None] == []
