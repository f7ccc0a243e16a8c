"""Kinds of layout met on unseen disclosures (docs/layouts.md §1-§4), invented content: a table
without a 一级 column whose 二级 column prints a 一级-only name (效果 for the effect level)."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.target_grammar import TargetKind, target_kind
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


_NO_LEVEL1 = """某县2024年村级道路养护资金绩效目标表
项目名称：村级道路养护资金
项目资金（万元）：52.00
年度绩效目标：养护村道80公里，道路完好率稳定在90%以上。
二级指标\t三级指标\t指标值
数量\t养护村级道路里程\t≥80公里
质量\t养护路段验收合格率\t≥95%
成本\t每公里养护成本\t≤0.6万元
效果\t村道完好率\t≥90%
效果\t群众出行条件\t明显改善
满意度\t沿线群众满意度\t≥90%
"""


def test_a_level1_name_in_the_level2_column_is_its_own_level1(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _NO_LEVEL1)
    rows = [(r.level1_std, r.level2, r.level3) for t in doc.tables for r in t.rows]
    assert rows == [
        ("产出指标", "数量", "养护村级道路里程"),
        ("产出指标", "质量", "养护路段验收合格率"),
        ("产出指标", "成本", "每公里养护成本"),
        ("效益指标", "效果", "村道完好率"),
        ("效益指标", "效果", "群众出行条件"),
        ("满意度指标", "满意度", "沿线群众满意度"),
    ]


_ONE_LINE_2021_TREE = (
    "某县2025年乡镇综合文化站运行经费绩效目标表 项目名称 乡镇综合文化站运行经费 "
    "项目资金（万元） 24.00 年度目标 保障全县12个文化站正常开放。 "
    "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 文化站数量 12个 "
    "时效指标 经费拨付时间 每季度首月 成本指标 经济成本指标 站均运行经费 ≤2万元/站 "
    "社会成本指标 社会成本指标 无 生态环境成本指标 生态环境成本指标 无 "
    "效益指标 社会效益指标 文化站免费开放率 100% 满意度指标 服务对象满意度指标 群众满意度 ≥90%\n"
)


def test_one_line_table_with_a_schedule_target_and_level2_named_indicators(
    tmp_path: Path,
) -> None:
    doc = _doc(tmp_path, _ONE_LINE_2021_TREE)
    rows = [(r.level2, r.level3, r.value) for t in doc.tables for r in t.rows]
    assert rows == [
        ("数量指标", "文化站数量", "12个"),
        ("时效指标", "经费拨付时间", "每季度首月"),
        ("经济成本指标", "站均运行经费", "≤2万元/站"),
        ("社会成本指标", "社会成本指标", "无"),
        ("生态环境成本指标", "生态环境成本指标", "无"),
        ("社会效益指标", "文化站免费开放率", "100%"),
        ("服务对象满意度指标", "群众满意度", "≥90%"),
    ]


def test_a_set_place_inside_every_period_is_a_deadline() -> None:
    for s in ("每季度首月", "每年第一季度", "每学期第2周", "每月最后一个工作日"):
        assert target_kind(s) is TargetKind.DEADLINE, s
    assert target_kind("经费拨付时间") is None
