"""Inputs found by `benchmarks/fuzz_pipeline.py` that once ended in a traceback, rebuilt small
with invented content: each must give a document (or a named input error), never an exception."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.tree import resolve_tree
from auditor.models import IndicatorRow
from auditor.pipeline import extract_document

# A text copy whose first 一级 cell holds only a form feed (a page break pasted into the cell):
# the 一级 blocks must be computed on the squeezed text, where that cell is empty.
_FORM_FEED_LEVEL1 = (
    "某县2025年乡村保洁项目绩效目标表\n"
    "一级指标\t二级指标\t三级指标\t指标值\n"
    "\f\t数量指标\t保洁村庄数量\t≥12个\n"
    "\t质量指标\t垃圾清运合格率\t≥95%\n"
    "效益指标\t社会效益指标\t村庄环境改善\t明显改善\n"
    "满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\n"
)


def test_a_form_feed_as_the_first_level1_cell_is_no_level1(tmp_path: Path) -> None:
    path = tmp_path / "保洁.txt"
    path.write_text(_FORM_FEED_LEVEL1, encoding="utf-8")
    doc = extract_document(path)
    rows = [(r.level2, r.level3, r.value) for t in doc.tables for r in t.rows]
    assert ("数量指标", "保洁村庄数量", "≥12个") in rows
    assert ("服务对象满意度指标", "村民满意度", "≥90%") in rows
    assert all(r.level1.strip() for t in doc.tables for r in t.rows if r.level1)


def test_a_blank_only_level1_cell_does_not_open_a_block() -> None:
    # the reader strips blanks, but any cell source may hand over one that only squeezes empty
    rows = [
        IndicatorRow(index=1, level1="\u2003\t", level2="数量指标", level3="保洁村庄数量"),
        IndicatorRow(index=2, level1="", level2="质量指标", level3="垃圾清运合格率"),
        IndicatorRow(index=3, level1="满意度指标", level2="服务对象满意度指标", level3="满意度"),
    ]
    resolve_tree(rows, has_level1_column=True)
    assert [r.level3 for r in rows] == ["保洁村庄数量", "垃圾清运合格率", "满意度"]
    assert rows[2].level1 == "满意度指标"
