"""Kinds of layout met on unseen disclosures (docs/layouts.md §1-§4), invented content: a text
column after the target in rows run together, an indented headerless table with a column after
the target, a title without 表, a table on one line after a table of lines, the amount unit at
the end of a line of labels, a budget grid row led by a group label."""

from __future__ import annotations

from pathlib import Path

from auditor.extract.kinds import is_title
from auditor.extract.meta import read_meta
from auditor.extract.meta_state import Meta
from auditor.extract.tokenize import split_line
from auditor.models import Document
from auditor.pipeline import extract_document


def _doc(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract_document(p)


def _rows(doc: Document) -> list[tuple[str, str, str, str]]:
    return [(r.level2, r.level3, r.value, r.basis or "") for t in doc.tables for r in t.rows]


def test_run_together_row_with_a_text_column_after_the_target() -> None:
    assert split_line("开展巡河次数≥24次每月至少2次") == ("开展巡河次数", "≥24次", "每月至少2次")
    assert split_line("其中：支流巡查次数≥6次《河长制工作方案》") == (
        "其中：支流巡查次数",
        "≥6次",
        "《河长制工作方案》",
    )
    # a percentage after a rate's name, a deadline after a time limit's name, more text after
    assert split_line("河道保洁覆盖率100%纳入保洁的河道比例") == (
        "河道保洁覆盖率",
        "100%",
        "纳入保洁的河道比例",
    )
    assert split_line("清淤完成时间2025年6月底前工作计划") == (
        "清淤完成时间",
        "2025年6月底前",
        "工作计划",
    )


def test_a_past_figure_ending_a_cell_stays_one_cell() -> None:
    assert split_line("2023年河道保洁覆盖率92.5%") == ("2023年河道保洁覆盖率92.5%",)


_INDENTED = """某县2025年河道综合整治项目绩效目标表
项目名称：河道综合整治
项目资金（万元）：96.00
年度绩效目标：完成河道清淤12公里，河道水质稳定达标。
  产出指标
    数量指标
      河道清淤长度
≥12公里
整治实施方案
      新建护岸长度
≥3.5公里
整治实施方案
    质量指标
      断面水质达标率
100%
水质监测报告
  成本指标
    社会成本指标
      社会成本指标
无
无
  满意度指标
    服务对象满意度指标
      沿河群众满意度
≥90%
问卷调查
"""


def test_indented_headerless_table_with_a_column_after_the_target(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _INDENTED)
    assert len(doc.tables) == 1
    assert _rows(doc) == [
        ("数量指标", "河道清淤长度", "≥12公里", "整治实施方案"),
        ("数量指标", "新建护岸长度", "≥3.5公里", "整治实施方案"),
        ("质量指标", "断面水质达标率", "100%", "水质监测报告"),
        ("社会成本指标", "社会成本指标", "无", "无"),
        ("服务对象满意度指标", "沿河群众满意度", "≥90%", "问卷调查"),
    ]


def test_title_without_biao_names_issuer_year_and_project() -> None:
    assert is_title("某县水利局2025年河道综合整治项目绩效目标")
    assert not is_title("六、2025年重点项目绩效目标")
    assert not is_title("第四部分  2025年部门项目绩效目标")


_TWO_TABLES = """某县水利局2025年河道综合整治项目绩效目标
项目名称：河道综合整治
项目资金（万元）：96.00
一级指标二级指标三级指标指标值
产出指标数量指标河道清淤长度≥12公里
满意度指标服务对象满意度指标沿河群众满意度≥90%
某县水利局2025年山塘加固项目绩效目标表 项目名称 山塘加固 项目资金（万元） 30.00 \
一级指标 二级指标 三级指标 指标值 产出指标 数量指标 加固山塘数量 ≥8座 \
满意度指标 服务对象满意度指标 受益群众满意度 ≥90%
"""


def test_a_table_on_one_line_after_a_table_of_lines_is_a_table_of_its_own(
    tmp_path: Path,
) -> None:
    doc = _doc(tmp_path, _TWO_TABLES.replace("\\\n", ""))
    assert [(t.project, t.budget_wan, len(t.rows)) for t in doc.tables] == [
        ("河道综合整治", 96.0, 2),
        ("山塘加固", 30.0, 2),
    ]


_YUAN = """2025年部门项目支出绩效目标表
部门：某县水利局　　　　　　　　　　单位：元
项目名称\t项目金额\t一级指标\t二级指标\t三级指标\t指标值
河道综合整治\t960000.00\t产出指标\t数量指标\t河道清淤长度\t≥12公里
\t\t满意度指标\t服务对象满意度指标\t沿河群众满意度\t≥90%
"""


def test_amount_unit_at_the_end_of_a_line_of_labels(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _YUAN)
    assert [(t.project, t.budget_wan) for t in doc.tables] == [("河道综合整治", 96.0)]


def test_budget_grid_row_led_by_a_group_label() -> None:
    meta = Meta()
    read_meta(meta, ["", "", "年初预算数", "全年预算数", "全年执行数"], flat=False)
    read_meta(meta, ["部门资金（万元）", "年度资金总额", "120.00", "126.50", "119.80"], flat=False)
    assert meta.budget == 126.5


_CUT = """某县2024年山塘加固项目绩效目标表
项目名称 | 山塘加固
项目资金（万元） | 30.00
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 加固山塘数量 | ≥8座
产出指标 | 成本指标 | 单座加固成本 | ≤3.75万元
效益指标 | 经济效益指标 | 新增灌溉面积 | ≥

第三部分  名词解释
1.财政拨款收入：指县级财政当年拨付的资金。
"""


def test_a_row_whose_target_stops_short_is_cut_also_mid_document(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _CUT)
    (table,) = doc.tables
    assert [r.level3 for r in table.rows] == ["加固山塘数量", "单座加固成本"]
    assert table.truncated
