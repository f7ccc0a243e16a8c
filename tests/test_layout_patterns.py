"""Patterns of other provinces' disclosures, one small invented document each: transfer-payment
tables one cell per line, 二级 centred over its run, template placeholder rows, typed value
columns one cell per line, 定量/定性 run together with the name, a table cut off at the end."""

from __future__ import annotations

from pathlib import Path

from auditor.models import Document
from auditor.pipeline import extract_document

Row = tuple[str, str, str, str]


def _extract(tmp_path: Path, lines: list[str]) -> Document:
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract_document(path)


def _rows(doc: Document) -> list[Row]:
    return [(r.level1, r.level2, r.level3, r.value) for t in doc.tables for r in t.rows]


def _cells_per_line(cells: list[str]) -> list[str]:
    out: list[str] = []
    for c in cells:
        out += [c, ""]
    return out


def test_transfer_table_one_cell_per_line(tmp_path: Path) -> None:
    meta = ["转移支付名称", "农村综合改革转移支付", "中央主管部门", "财政部"]
    meta += ["资金情况（万元）", "年度金额：", "356.00", "其中：中央补助", "300.00"]
    meta += ["年度总体目标", "目标1：支持8个村开展美丽乡村建设。", "目标2：项目按期完工。"]
    head = ["一级指标", "二级指标", "三级指标", "指标值"]
    body = ["产出指标", "数量指标", "美丽乡村建设村数", "8个"]
    body += ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"]
    doc = _extract(
        tmp_path, ["2024年度宁远县转移支付区域绩效目标", ""] + _cells_per_line(meta + head + body)
    )
    table = doc.tables[0]
    assert (table.kind, table.project, table.budget_wan) == (
        "transfer",
        "农村综合改革转移支付",
        356.0,
    )
    assert table.goal is not None and "目标2" in table.goal
    assert _rows(doc) == [
        ("产出指标", "数量指标", "美丽乡村建设村数", "8个"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]


HEAD = ["某县2024年农村公路养护项目绩效目标表", "", "项目名称\t农村公路养护"]


def test_level2_centred_over_its_run_and_placeholders(tmp_path: Path) -> None:
    rows = [
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t\t养护里程\t≥100公里",
        "\t数量指标\t修复桥涵数量\t≥5座",
        "\t\t安装防护栏长度\t≥3公里",
        "\t质量指标\t验收合格率\t100%",
        "成本指标\t经济成本指标\t——\t——",
        "\t社会成本指标\t无\t无",
        "效益指标\t\t群众出行条件\t明显改善",
        "\t社会效益指标\t交通事故发生率\t逐年下降",
        "\t\t沿线受益人数\t≥2万人",
        "\t生态效益指标\t/\t/",
    ]
    doc = _extract(tmp_path, HEAD + rows)
    assert [r[1] for r in _rows(doc)] == ["数量指标"] * 3 + ["质量指标"] + [
        "经济成本指标",
        "社会成本指标",
    ] + ["社会效益指标"] * 3 + ["生态效益指标"]
    placeholders = [(r.level3, r.value) for r in doc.tables[0].rows if "placeholder" in r.flags]
    assert placeholders == [("——", "——"), ("无", "无"), ("/", "/")]


def test_placeholders_one_cell_per_line_stay_apart(tmp_path: Path) -> None:
    cells = ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "养护里程"]
    cells += ["≥100公里", "成本指标", "经济成本指标", "——", "——", "社会成本指标", "/", "/"]
    rows = _rows(_extract(tmp_path, HEAD + [""] + _cells_per_line(cells)))
    assert rows[1:] == [
        ("成本指标", "经济成本指标", "——", "——"),
        ("成本指标", "社会成本指标", "/", "/"),
    ]


def test_typed_value_columns_one_cell_per_line(tmp_path: Path) -> None:
    """A bare number on its own line is the 目标值 cell, not a page number."""
    cells = ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位"]
    cells += ["产出指标", "数量指标", "养护里程", "大于等于", "100", "公里"]
    cells += ["质量指标", "验收合格率", "等于", "100", "%"]
    cells += ["效益指标", "社会效益指标", "群众出行条件", "定性", "明显改善"]
    rows = _rows(_extract(tmp_path, HEAD + [""] + _cells_per_line(cells)))
    assert [r[3] for r in rows] == ["≥100公里", "=100%", "明显改善"]


def test_nature_word_run_together_with_the_name(tmp_path: Path) -> None:
    lines = HEAD + ["一级指标二级指标三级指标指标性质指标值度量单位"]
    lines += [
        "产出指标数量指标养护里程定量≥100公里",
        "效益指标社会效益指标群众出行条件定性明显改善",
    ]
    rows = _rows(_extract(tmp_path, lines))
    assert [(r[2], r[3]) for r in rows] == [("养护里程", "≥100公里"), ("群众出行条件", "明显改善")]


def test_unruled_pdf_centres_merged_names(tmp_path: Path) -> None:
    """A PDF without rulings prints each merged 一级/二级 once, between the rows of its block."""
    lines = HEAD[:2] + ["项目名称 农村公路养护", "一级指标 二级指标 三级指标 指标值"]
    lines += ["养护里程 ≥100公里", "数量指标", "修复桥涵数量 ≥5座", "产出指标"]
    lines += ["质量指标 验收合格率 100%", "时效指标 完工时间 2024年12月底前"]
    lines += ["效益指标 社会效益指标 群众出行条件 明显改善"]
    rows = _rows(_extract(tmp_path, lines))
    assert rows[:2] == [
        ("产出指标", "数量指标", "养护里程", "≥100公里"),
        ("产出指标", "数量指标", "修复桥涵数量", "≥5座"),
    ]
    assert [r[0] for r in rows] == ["产出指标"] * 4 + ["效益指标"]


def test_evaluation_system_ending_the_file_keeps_its_last_row(tmp_path: Path) -> None:
    """An evaluation system states 分值, not targets: its last row is complete, not cut off."""
    lines = ["农村公路养护项目绩效评价指标体系", "", "一级指标\t二级指标\t三级指标\t分值\t评分标准"]
    lines += [
        "产出指标\t数量指标\t养护里程\t20\t完成得满分",
        "\t质量指标\t验收合格率\t20\t每低1%扣1分",
    ]
    lines += ["满意度指标\t服务对象满意度指标\t群众满意度\t10\t≥90%得满分"]
    doc = _extract(tmp_path, lines)
    table = doc.tables[0]
    assert (table.kind, table.project, table.truncated) == (
        "evaluation_system",
        "农村公路养护",
        False,
    )
    assert [(r.level3, r.weight) for r in table.rows] == [
        ("养护里程", 20),
        ("验收合格率", 20),
        ("群众满意度", 10),
    ]
