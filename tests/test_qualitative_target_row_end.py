"""A table printed one cell per line with a description column: a qualitative target ends its
row; it is not merged into the description with the next row's name (invented table)."""

from __future__ import annotations

from pathlib import Path

from auditor.pipeline import extract_document


def test_a_qualitative_target_ends_its_row_in_a_stream_of_cells(tmp_path: Path) -> None:
    cells = [
        "某县2024年项目支出绩效目标表",
        "项目名称",
        "农村公路安全生命防护工程",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标内容",
        "指标值",
        "产出指标",
        "数量指标",
        "新增护栏长度",
        "在急弯陡坡路段安装波形护栏",
        "≥18公里",
        "效益指标",
        "社会效益指标",
        "沿线群众出行安全",
        "降低急弯路段事故风险",
        "明显改善",
        "隐患路段整治率",
        "已排查隐患路段中完成整治的比例",
        "≥90%",
        "满意度指标",
        "服务对象满意度指标",
        "沿线群众满意度",
        "抽样问卷",
        "≥90%",
    ]
    p = tmp_path / "doc.txt"
    p.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    (table,) = extract_document(p).tables
    assert [(r.level3, r.value) for r in table.rows] == [
        ("新增护栏长度", "≥18公里"),
        ("沿线群众出行安全", "明显改善"),
        ("隐患路段整治率", "≥90%"),
        ("沿线群众满意度", "≥90%"),
    ]
    assert table.rows[1].description == "降低急弯路段事故风险"
