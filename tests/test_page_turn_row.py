"""A table row that a page turn broke in two (Word's default: the cells that fit stay on the
page, the rest of every multi-line cell goes to the first row on the next page, a one-line target
stays whole on the first part) is one indicator row again; a row at the top of a page with an
empty target of its own stays a row. Invented PDFs: one ruled table per page."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from auditor.extract.cells import CellRow
from auditor.extract.header import build_header
from auditor.extract.page_turn import rest_of_row_over_page
from auditor.models import Location
from auditor.pipeline import extract_document
from auditor.synth.pdf import CELL, TEXT  # importing it registers the CJK font

HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]
PAGE_ONE = [
    ["产出指标", "数量指标", "修缮校舍面积", "≥3000平方米"],
    ["", "质量指标", "工程验收合格率", "100%"],
]


def _write(path: Path, first_part: list[str], rest: list[list[str]]) -> Path:
    def grid(rows: list[list[str]]) -> Table:
        data = [[Paragraph(c, CELL) for c in r] for r in rows]
        t = Table(data, colWidths=[110.0] * 4)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return t

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    title = Paragraph("溪口乡2025年校舍修缮项目绩效目标表", TEXT)
    doc.build([title, grid([HEADER, *PAGE_ONE, first_part]), PageBreak(), grid(rest)])
    return path


def _rows(path: Path) -> list[tuple[str, str, str]]:
    doc = extract_document(path)
    return [(r.level2 or "", r.level3 or "", r.value or "") for t in doc.tables for r in t.rows]


def test_a_row_broken_over_the_page_turn_is_one_row(tmp_path: Path) -> None:
    pdf = _write(
        tmp_path / "split.pdf",
        ["效益", "社会效益", "校园“防溺水、防", "100%"],
        [
            ["指标", "指标", "欺凌”专题教育覆盖率", ""],
            ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
        ],
    )
    rows = _rows(pdf)
    assert ("社会效益指标", "校园“防溺水、防欺凌”专题教育覆盖率", "100%") in rows
    assert ("服务对象满意度指标", "家长满意度", "≥90%") in rows
    assert len(rows) == 4


def test_a_row_at_the_top_of_a_page_with_an_empty_target_stays_a_row(tmp_path: Path) -> None:
    pdf = _write(
        tmp_path / "empty_target.pdf",
        ["", "时效指标", "开工及时率", "100%"],
        [["", "", "竣工验收时间", ""], ["效益指标", "社会效益指标", "学生安全事故数", "0起"]],
    )
    rows = _rows(pdf)
    assert ("时效指标", "开工及时率", "100%") in rows
    assert any(level3 == "竣工验收时间" and not value for _, level3, value in rows)
    assert len(rows) == 5


def _row(cells: list[str], page: int) -> CellRow:
    return CellRow(cells=cells, loc=Location(page=page, grid=page, grid_row=1))


@pytest.mark.parametrize(
    ("above", "rest", "joins"),
    [
        (["", "成本指标", "人均培训", "≤800元"], ["", "", "成本", ""], True),  # a name cut short
        (["", "数量指标", "新建（改", "2座"], ["", "", "扩）公厕", ""], True),  # a bracket closed
        (["", "成本指标", "每座公厕保洁", "≤1.5万"], ["", "", "费用", "元/年"], True),  # a unit
        (["", "数量指标", "培训人次", "200人次"], ["", "", "培训场次", ""], False),  # a name
        (["", "数量指标", "培训人", "若干"], ["", "", "次", "人次"], False),  # no figure above
        (["", "数量指标", "培训人", "200人"], ["", "", "次", "5场"], False),  # its own target
        (["", "数量指标", "培训人", ""], ["", "", "次", ""], False),  # no target above
    ],
)
def test_the_evidence_for_the_rest_of_a_row(above: list[str], rest: list[str], joins: bool) -> None:
    header = build_header(HEADER, Location(page=1))
    assert rest_of_row_over_page(_row(above, 1), _row(rest, 2), header) is joins


def test_rows_on_the_same_page_are_not_joined_as_a_page_turn() -> None:
    header = build_header(HEADER, Location(page=1))
    above, rest = ["", "数量指标", "新建（改", "2座"], ["", "", "扩）公厕", ""]
    assert not rest_of_row_over_page(_row(above, 1), _row(rest, 1), header)
