"""Indentation as evidence: one cell per line, the hierarchy shown by depth (layouts.md §1)."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.indent import kinds_by_depth
from auditor.extract.vocabulary import Kind, kind_of
from auditor.pipeline import extract_document

_TABLE = """城市低保项目绩效目标表
一级指标
二级指标
三级指标
指标值
  产出指标
    数量指标
      城市低保对象人数
        ≥1200人
    质量指标
      低保对象认定
        应保尽保
  效益指标
    社会效益指标
      城市低保政策知晓
        全覆盖
  满意度指标
    服务对象满意度指标
      低保对象满意度
        ≥90%
"""


def test_a_target_at_the_deepest_level_is_a_target_the_grammar_does_not_know(
    tmp_path: Path,
) -> None:
    path = tmp_path / "indent.txt"
    path.write_text(_TABLE, encoding="utf-8")
    rows = extract_document(path).tables[0].rows
    assert [(r.level3, r.value) for r in rows] == [
        ("城市低保对象人数", "≥1200人"),
        ("低保对象认定", "应保尽保"),
        ("城市低保政策知晓", "全覆盖"),
        ("低保对象满意度", "≥90%"),
    ]
    assert rows[2].level2 == "社会效益指标"


def test_flat_or_irregular_depths_are_no_evidence() -> None:
    kinds = [kind_of(t) for t in ("产出指标", "数量指标", "人数", "应保尽保", "名称", "全覆盖")]
    assert kinds_by_depth(kinds, [0] * 6) == kinds
    assert kinds_by_depth(kinds, [1, 2, 3, 4, 5, 6]) == kinds
    assert kinds_by_depth(kinds, [1, 2, 3, None, 3, 4]) == kinds
    assert kinds_by_depth(kinds, [1, 2, 3, 4, 3, 4])[3] is Kind.QUAL
