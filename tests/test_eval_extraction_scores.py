"""Extraction scoring compares 一级/二级 as categories (notes in brackets, printed vs clean name)."""

from __future__ import annotations

from auditor.evaluation.dataset import GoldRow
from auditor.evaluation.extraction_scores import _field_ok


def _gold(level1: str, level2: str) -> GoldRow:
    return GoldRow(row_index=1, level1=level1, level2=level2, level3="完成率", value="≥95%")


def test_a_printed_note_is_not_part_of_the_category():
    pred = {"level1": "产出指标", "level2": "数量指标", "level3": "完成率", "value": "≥95%"}
    gold = _gold("产出指标（50分）", "数量指标(必填)")
    assert _field_ok(pred, gold, "level1") and _field_ok(pred, gold, "level2")


def test_the_printed_text_kept_beside_the_clean_name_counts():
    pred = {"level1": "产出指标", "level1_raw": "产出", "level2": "数量指标", "value": "≥95%"}
    assert _field_ok(pred, _gold("产出", "数量指标"), "level1")


def test_a_different_category_or_value_is_still_wrong():
    pred = {"level1": "效益指标", "level2": "质量指标", "value": "≥90%"}
    gold = _gold("产出指标（50分）", "数量指标")
    assert not _field_ok(pred, gold, "level1")
    assert not _field_ok(pred, gold, "level2")
    assert not _field_ok(pred, gold, "value")
    # notes are stripped only from categories: a value's unit still counts
    assert not _field_ok({"value": "≥95"}, _gold("a", "b"), "value")


def test_a_target_is_compared_by_comparator_number_and_unit():
    gold = _gold("产出指标", "数量指标").model_copy(update={"value": "大于等于2.3万人"})
    assert _field_ok({"value": "≥2.3万人"}, gold, "value")
    assert not _field_ok({"value": "≥2.4万人"}, gold, "value")
    assert not _field_ok({"value": "≤2.3万人"}, gold, "value")
    assert not _field_ok({"value": "≥2.3人"}, gold, "value")
    full_width = gold.model_copy(update={"value": "＝23座"})
    assert _field_ok({"value": "=23座"}, full_width, "value")
    assert _field_ok({"value": "23座"}, full_width, "value")


def test_an_ordinal_prefix_is_not_part_of_the_name():
    gold = _gold("产出指标", "数量指标").model_copy(update={"level3": "指标1：新增灌溉面积"})
    assert _field_ok({"level3": "新增灌溉面积"}, gold, "level3")
    assert _field_ok({"level3": "指标1:新增灌溉面积"}, gold, "level3", fold=True)
    # only the numbering goes: another name, or a name that is only "指标2", stays different
    assert not _field_ok({"level3": "新增管道长度"}, gold, "level3")
    bare = gold.model_copy(update={"level3": "指标2："})
    assert not _field_ok({"level3": ""}, bare, "level3")
