"""A department-wide table's goal column named with its owner and period (项目年度绩效目标), and a
web page's read counter under a table (阅读次数：…), which ends the table. Invented tables."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.roles import Role, header_role
from auditor.extract.table_ends import closes_table
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def test_goal_headers_named_with_owner_and_period() -> None:
    for cell in ("项目年度绩效目标", "部门年度目标", "单位总体目标", "年度项目绩效目标"):
        assert header_role(cell) is Role.GOAL, cell
    assert header_role("中期目标") is not Role.GOAL  # the mid-term group over its columns


def test_each_project_of_a_department_table_gets_its_goal(tmp_path: Path) -> None:
    text = (
        "某县水务局2024年部门项目支出绩效目标表\n"
        "金额单位：元\n"
        "单位名称\t项目名称\t预算数\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值\n"
        "301001-某县水务局\t河道清淤\t500,000.00\t清淤河道12公里，汛前完成。\t"
        "产出指标\t数量指标\t清淤河道长度\t≥12公里\n"
        "\t\t\t\t\t时效指标\t清淤完成时间\t2024年5月底前\n"
        "301001-某县水务局\t水质监测\t200,000.00\t监测饮用水源地水质，每月一次。\t"
        "产出指标\t数量指标\t水质监测次数\t≥12次\n"
        "\t\t\t\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n"
    )
    tables = _doc(tmp_path, text).tables
    assert [(t.project, t.goal) for t in tables] == [
        ("河道清淤", "清淤河道12公里，汛前完成。"),
        ("水质监测", "监测饮用水源地水质，每月一次。"),
    ]


def test_a_web_page_read_counter_ends_the_table(tmp_path: Path) -> None:
    assert closes_table("阅读次数：215") and closes_table("浏览量: 36")
    assert not closes_table("阅读推广活动场次")
    text = (
        "某镇2024年村庄绿化项目绩效目标\n"
        "项目名称：村庄绿化\n"
        "一级指标  二级指标  三级指标  指标值\n"
        "产出指标  数量指标  新植乔木  ≥1500株\n"
        "效益指标  生态效益指标  村庄绿化覆盖率  ≥35%\n"
        "\n"
        "阅读次数：88\n"
    )
    (table,) = _doc(tmp_path, text).tables
    assert [r.level3 for r in table.rows] == ["新植乔木", "村庄绿化覆盖率"]
