"""HTML pages: spans to the grid convention, encodings, layout tables, text outside tables."""

from __future__ import annotations

import time

import pytest

from auditor.ingest import Grid, InputError, TextLine, read_document
from auditor.pipeline import extract_document

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>某县农业农村局2023年部门预算公开</title>
<script>document.write("<p>脚本里的文字</p>");</script><style>p {{ color: red }}</style>
</head><body>
<div class="nav">首页 &gt; 信息公开</div>
<h3>某县农业农村局2023年项目支出绩效目标表</h3>
<p>单位：万元</p>
<table border="1">
<tr><td>项目名称</td><td colspan="3">乡村道路养护</td></tr>
<tr><td>预算数</td><td colspan="3">120.00</td></tr>
<tr><td>年度目标</td><td colspan="3">完成道路养护<br>提升通行条件</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>维修道路里程</td><td>≥12公里</td></tr>
<tr><td>养护桥梁数量</td><td>≥3座</td></tr>
<tr><td>时效指标</td><td>完工时间</td><td>2023年10月底前</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>群众出行条件</td><td>明显改善</td></tr>
<tr style="display:none"><td>隐藏</td><td>隐藏</td><td>隐藏</td><td>隐藏</td></tr>
</table>
<p>备注：<span>以上数据</span>为预算数</p>
<table><caption>表二 部门整体支出绩效目标表</caption>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>农户满意度</td><td>≥90%</td></tr>
</table>
</body></html>
"""


def _write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def _grids(raw) -> list[Grid]:
    return [b for b in raw.blocks if isinstance(b, Grid)]


def _lines(raw) -> list[str]:
    return [b.text for b in raw.blocks if isinstance(b, TextLine)]


def test_spans_follow_the_grid_convention(tmp_path):
    raw = read_document(_write(tmp_path, "page.html", PAGE.format(charset="utf-8")))
    assert raw.layout == "html"
    first, second = _grids(raw)
    rows = [r.cells for r in first.rows]
    assert rows[0] == ["项目名称", "乡村道路养护", "", ""]
    assert first.rows[0].merged == [False, False, True, True]
    assert rows[2][1] == "完成道路养护\n提升通行条件"  # <br> is a line break in the cell
    assert rows[4] == ["产出指标", "数量指标", "维修道路里程", "≥12公里"]
    assert rows[5] == ["", "", "养护桥梁数量", "≥3座"]
    assert first.rows[5].merged == [True, True, False, False]
    assert rows[6] == ["", "时效指标", "完工时间", "2023年10月底前"]
    assert first.rows[6].merged == [True, False, False, False]
    assert len(rows) == 8  # the hidden row is not read
    assert [(r.loc.grid, r.loc.grid_row) for r in first.rows[:2]] == [(1, 1), (1, 2)]
    assert second.rows[0].loc.grid == 2


def test_text_outside_tables_and_no_script(tmp_path):
    raw = read_document(_write(tmp_path, "page.html", PAGE.format(charset="utf-8")))
    lines = _lines(raw)
    assert lines[:4] == [
        "某县农业农村局2023年部门预算公开",
        "首页 > 信息公开",
        "某县农业农村局2023年项目支出绩效目标表",
        "单位：万元",
    ]
    assert "备注：以上数据为预算数" in lines
    assert "表二 部门整体支出绩效目标表" in lines
    assert not any("脚本" in ln or "color" in ln for ln in lines)
    assert all(b.loc.line for b in raw.blocks if isinstance(b, TextLine))


@pytest.mark.parametrize(
    "charset,encoding", [("gb2312", "gbk"), ("GBK", "gb18030"), ("utf-8", "utf-8-sig")]
)
def test_declared_and_bom_encodings(tmp_path, charset, encoding):
    raw = read_document(_write(tmp_path, "p.htm", PAGE.format(charset=charset), encoding))
    assert "乡村道路养护" in _grids(raw)[0].rows[0].cells
    assert not raw.warnings


def test_wrong_declared_charset_is_overruled(tmp_path):
    raw = read_document(_write(tmp_path, "p.html", PAGE.format(charset="utf-8"), "gbk"))
    assert "乡村道路养护" in _grids(raw)[0].rows[0].cells
    assert any("声明的编码" in w for w in raw.warnings)


def test_page_extracts_like_any_other_format(tmp_path):
    doc = extract_document(_write(tmp_path, "page.html", PAGE.format(charset="utf-8")))
    t = doc.tables[0]
    assert t.project == "乡村道路养护"
    assert [(r.level1, r.level2, r.level3, r.value) for r in t.rows][:3] == [
        ("产出指标", "数量指标", "维修道路里程", "≥12公里"),
        ("产出指标", "数量指标", "养护桥梁数量", "≥3座"),
        ("产出指标", "时效指标", "完工时间", "2023年10月底前"),
    ]


def test_layout_table_small_nested_table_and_html_saved_as_xls(tmp_path):
    inner = (
        "<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
        "<tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>"
        "<table><tr><td>≥200</td><td>人次</td></tr></table></td></tr></table>"
    )
    page = (
        f"<html><body><table><tr><td>导航</td></tr><tr><td>{inner}</td></tr></table></body></html>"
    )
    raw = read_document(_write(tmp_path, "export.xls", page))  # HTML saved with an .xls name
    assert raw.layout == "html"
    (grid,) = _grids(raw)  # the layout table is page flow, the data table a grid
    assert grid.rows[1].cells == ["产出指标", "数量指标", "培训人次", "≥200 人次"]
    assert "导航" in _lines(raw)


def test_hostile_spans_are_bounded(tmp_path):
    rows = "".join(
        f'<tr><td colspan="100000">x</td><td rowspan="0">y</td><td colspan="1000">{i}</td></tr>'
        for i in range(3000)
    )
    p = _write(tmp_path, "bomb.html", f"<table>{rows}</table>")
    start = time.perf_counter()
    with pytest.raises(InputError, match="表格过大"):
        read_document(p)
    assert time.perf_counter() - start < 30


def test_rowspan_zero_and_clamped_rowspan(tmp_path):
    page = (
        "<table><tr><td rowspan='0'>a</td><td>b</td></tr><tr><td>c</td></tr>"
        "<tr><td>d</td><td rowspan='99999'>e</td></tr></table>"
    )
    (grid,) = _grids(read_document(_write(tmp_path, "s.html", page)))
    assert [r.cells for r in grid.rows] == [["a", "b", ""], ["", "c", ""], ["", "d", "e"]]


def test_empty_and_deeply_nested_pages(tmp_path):
    with pytest.raises(InputError, match="未找到绩效目标表"):
        extract_document(_write(tmp_path, "empty.html", "<html><body></body></html>"))
    deep = "<div>" * 5000 + "某县财政局" + "</div>" * 5000
    try:
        raw = read_document(_write(tmp_path, "deep.html", deep))
    except InputError as exc:
        assert "deep.html" in str(exc)
    else:
        assert raw.layout == "html"


def test_cells_padded_with_en_and_em_spaces_are_trimmed(tmp_path):
    page = (
        "<html><body><table><tr><td><div>&ensp;项目名称&ensp;</div></td>"
        "<td><div>&emsp;乡村道路养护&ensp;</div></td></tr></table></body></html>"
    )
    (grid,) = _grids(read_document(_write(tmp_path, "pad.html", page)))
    assert grid.rows[0].cells == ["项目名称", "乡村道路养护"]
