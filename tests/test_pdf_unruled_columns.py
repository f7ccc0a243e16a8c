"""Unruled PDF tables whose columns are crossed by a few cells: a metadata value printed across
two columns above the indicator rows, and a long 二级 name filled up to the 三级 column (only a
narrow visible gap between them). Drawn at fixed positions with reportlab (invented content)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from auditor.ingest.pdf_unruled import Segment, _columns, _cut
from auditor.pipeline import extract_document

SIZE = 9.0
X = (36.0, 120.0, 205.0, 350.0, 420.0, 490.0)  # 一级 二级 三级 指标值 完成值 分值

ROWS = [
    (0, "", "", "年初预算数", "全年预算数", "全年执行数", ""),
    (0, "资金（万元）", "年度资金总额", "120.00", "126.50", "119.80", ""),
    (0, "主管部门", "某县示例局", "", "实施单位", "某县示例局示例中心", ""),
    (1, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"),
    (1, "产出指标", "数量指标", "培训人次", "≥800人次", "846人次", "20"),
    (1, "", "质量指标", "培训合格率", "≥95%", "97%", "20"),
    (1, "效益指标", "可持续影响指标", "培训机制常态化运行", "持续推进", "持续推进", "20"),
    (1, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "94%", "20"),
]


def _draw(path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(620, 400))
    c.setFont("STSong-Light", SIZE)
    c.drawString(150, 370, "某县示例局2024年度部门整体支出绩效自评表")
    y = 340.0
    for _, *cells in ROWS:
        for x, text in zip(X, cells):
            if text:
                c.drawString(x, y, text)
        y -= 18
    c.save()


def test_columns_crossed_by_a_few_cells_are_read(tmp_path: Path) -> None:
    pdf = tmp_path / "self-evaluation.pdf"
    _draw(pdf)
    doc = extract_document(pdf)
    rows = [r for t in doc.tables for r in t.rows]
    got = [(r.level1, r.level2, r.level3, r.value) for r in rows]
    assert got == [
        ("产出指标", "数量指标", "培训人次", "≥800人次"),
        ("产出指标", "质量指标", "培训合格率", "≥95%"),
        ("效益指标", "可持续影响指标", "培训机制常态化运行", "持续推进"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ]


def test_a_stretch_crossed_by_one_span_is_a_gap_unless_a_span_lies_inside() -> None:
    spans = [
        (0.0, 10.0),
        (0.0, 12.0),
        (20.0, 30.0),
        (21.0, 29.0),
        (0.0, 25.0),
    ]  # (0, 25) crosses the gap 12..20
    assert _columns(spans, 1) == [(0, 12), (20, 30)]
    sparse = [*spans, (40.0, 50.0)]  # a column filled on one line only
    assert _columns(sparse, 1) == [(0, 12), (20, 30), (40, 50)]


def test_segment_cut_only_at_a_visible_gap_on_a_column_start() -> None:
    chars = [(float(x), float(x + 9)) for x in range(0, 36, 9)]
    chars += [(40.0 + 9 * k, 49.0 + 9 * k) for k in range(3)]  # gap of 4 before 40
    seg = Segment("服务对象满意度", 0.0, 67.0, 0.0, 9.0, 9.0, chars)
    cut = _cut(seg, [(0.0, 36.0), (40.0, 90.0)])
    assert [s.text for s in cut] == ["服务对象", "满意度"]
    assert _cut(seg, [(0.0, 30.0), (31.0, 90.0)]) == [seg]  # no gap where the column starts
