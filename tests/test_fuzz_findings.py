"""Inputs found by `benchmarks/fuzz_pipeline.py` that once ended in a traceback, rebuilt small
with invented content: each must give a document (or a named input error), never an exception."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from auditor.config import AuditConfig
from auditor.extract.tree import resolve_tree
from auditor.ingest import InputError
from auditor.models import IndicatorRow
from auditor.pipeline import audit_document, extract_document

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


# Cells of hundreds of thousands of characters (a broken export, a truncated HTML page whose
# last cell runs to the end of the file) once took hours: a regex searched from every position
# of the cell and rescanned the rest of it each time. Each case below was quadratic; linear, it
# takes well under a second. The time bound is a hang guard with a wide margin, not a speed
# goal (speed lives in benchmarks/bench_long_cells.py).
_LONG = 150_000
_HANG_GUARD_SECONDS = 20.0


def _table_with(goal: str, after_goal: str | None = None, title: str = "") -> str:
    lines = [
        title or "某县2025年乡村道路养护项目绩效目标表",
        "项目名称\t乡村道路养护",
        f"年度目标\t{goal}",
        *([after_goal] if after_goal is not None else []),
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t养护道路里程\t≥30公里",
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("what", "text"),
    [
        # a one-cell row after an open goal: is it the goal's wrapped last line?
        pytest.param(
            "wrapped goal line",
            _table_with("完成道路养护", after_goal="目标值≥" * (_LONG // 4)),
            id="wrapped-goal-line",
        ),
        # a goal of digits only: does it state a quantity?
        pytest.param("goal of digits", _table_with("7" * _LONG), id="goal-of-digits"),
        pytest.param(
            "goal of numbers and spaces",
            _table_with("36 " * (_LONG // 3)),
            id="goal-of-numbers-and-spaces",
        ),
        # a run-together line of digits: does it end with a target value?
        # a line of numbers split by single spaces: which cells are sure targets follow a cell?
        pytest.param(
            "line of numbers and spaces",
            _table_with("完成道路养护30公里。", title="12 " * (_LONG // 3)),
            id="line-of-numbers-and-spaces",
        ),
        pytest.param(
            "line of digits",
            _table_with("完成道路养护30公里。", title="5" * _LONG),
            id="line-of-digits",
        ),
    ],
)
def test_a_long_cell_is_read_in_linear_time(tmp_path: Path, what: str, text: str) -> None:
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    try:
        doc = audit_document(path, AuditConfig(offline=True))
    except InputError as exc:  # not a table any more is a fair reading of such a file
        assert str(path) in exc.message()
    else:
        assert any(r.level3 == "养护道路里程" for t in doc.tables for r in t.rows), what
    assert time.perf_counter() - started < _HANG_GUARD_SECONDS, what


def test_a_long_description_is_compared_with_its_name_in_linear_time() -> None:
    # V403 drops the tail of a description the target already says; it once tried every tail
    from auditor.rules.vague import restates

    started = time.perf_counter()
    assert not restates("扬尘排放达标率", "施工工地" * (_LONG // 4) + "扬尘排放", "达标排放")
    assert time.perf_counter() - started < _HANG_GUARD_SECONDS
