"""The reports show the columns a table has beyond 一级/二级/三级/值 (self-evaluation columns as
report columns, the others beside the findings) and the JSON keeps them."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from auditor.pipeline import audit_document
from auditor.report import write_reports
from auditor.report.xlsx import ROWS_SHEET

TEXT = (
    "某县民政局2022年城乡低保资金项目绩效自评表\n"
    "项目名称\t城乡低保资金\n"
    "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\t偏差原因分析及改进措施\t备注\n"
    "产出指标\t数量指标\t保障低保对象人数\t30\t≥3200人\t3150人\t30\t部分对象退出\t按月统计\n"
    "满意度指标\t服务对象满意度指标\t低保对象满意度\t20\t≥90%\t93%\t20\t无\t\n"
)


def test_self_evaluation_columns_in_every_report(tmp_path):
    src = tmp_path / "selfeval.txt"
    src.write_text(TEXT, encoding="utf-8")
    doc = audit_document(src)
    write_reports([doc], tmp_path, ["html", "md", "json", "xlsx"])
    html = (tmp_path / "selfeval.html").read_text(encoding="utf-8")
    assert "绩效自评表" in html and "<th>实际完成值</th>" in html and "<th>得分</th>" in html
    assert ">3150人</td>" in html and "其他列：备注 按月统计" in html
    md = (tmp_path / "selfeval.md").read_text(encoding="utf-8")
    assert "实际完成值 3150人" in md
    data = json.loads((tmp_path / "selfeval.json").read_text(encoding="utf-8"))
    row = (
        data["tables"][0]["rows"][0]
        if "tables" in data
        else data["documents"][0]["tables"][0]["rows"][0]
    )
    assert (row["actual"], row["weight"], row["score"], row["remark"]) == (
        "3150人",
        30,
        30,
        "按月统计",
    )
    ws = load_workbook(tmp_path / "selfeval.xlsx")[ROWS_SHEET]
    head = [c.value for c in ws[1]]
    first = dict(zip(head, [c.value for c in ws[2]]))
    assert (
        first["实际完成值"] == "3150人"
        and first["得分"] == 30
        and first["其他列"] == "备注 按月统计"
    )
