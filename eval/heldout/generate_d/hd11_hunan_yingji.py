"""hd11 · 湖南 澧阳县应急管理局 2024: text (GB18030) copied from a PDF whose indicator tree is
shown by indentation, one cell per line; a fund allocation table by township stands before the
indicator table and a `其中：` sub-row sits under a count."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, P, S
from grid import Text
from kit import V401
from spec import Doc, R, Table
from textual import render_indented

UNIT = "澧阳县应急管理局"
KC = "可持续影响指标"
ALLOC = [
    ("城关镇", "12.00"),
    ("白石镇", "9.50"),
    ("梅溪乡", "8.50"),
    ("其余12个乡镇", "60.00"),
    ("县应急救援大队（演练及培训）", "52.00"),
]

T1 = Table(
    "project",
    "基层应急能力建设",
    142.0,
    "安排资金152万元，为15个乡镇配备应急救援物资站点，全年开展应急演练30次以上（其中森林火灾专项演练8次），"
    "培训基层应急管理人员600人次，提升基层应急处置能力。",
    [
        R(P, SL, "配备乡镇应急救援物资站点数", "≥15个", 4),
        R(P, SL, "开展应急演练次数", "≥30次", 4),
        R(P, SL, "其中：森林火灾专项演练次数", "≥8次", 4, note="其中 sub-row, a row of its own"),
        R(P, SL, "培训基层应急管理人员", "≥600人次", 4),
        R(P, ZL, "应急物资储备合格率", "100%", 4),
        R(P, SX, "物资配发完成时间", "2024年6月30日前", 4),
        R(P, CB, "乡镇应急物资站点建设成本", "≤6万元/个", 4),
        R(E, SH, "较大以上生产安全事故起数", "0起", 4),
        R(E, SH, "群众应急避险意识", "明显增强", 2, c=V401),
        R(E, KC, "基层应急救援能力", "持续提升", 2, c=V401),
        R(S, MY, "乡镇应急工作人员满意度", "≥90%", 4),
    ],
    title="澧阳县应急管理局2024年项目支出绩效目标表",
    codes={"B502": "goal states 152 万元, the budget line 142.00 万元"},
    extra={"allocation_table": [f"{a} {b}" for a, b in ALLOC]},
)


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add(
        "澧阳县应急管理局2024年部门预算公开",
        "",
        "表十一",
        "基层应急能力建设资金分配表",
        "单位：万元",
    )
    text.add("  序号      乡镇（单位）        金额")
    for i, (a, b) in enumerate(ALLOC, 1):
        text.add(f"  {i}        {a}        {b}")
    text.add("           合计        142.00", "", "表十二", "", T1.title)
    text.add(
        "项目名称：基层应急能力建设        主管部门：澧阳县应急管理局",
        "资金总额（万元）：142.00    其中：财政拨款142.00",
        "年度绩效目标：",
        "  安排资金152万元，为15个乡镇配备应急救援物资站点，全年开展应急演练30次以上（其中森林火灾专项演练8次），",
        "培训基层应急管理人员600人次，提升基层应急处置能力。",
        "",
        "一级指标      二级指标       三级指标               指标值",
    )
    render_indented(text, T1.rows)
    text.add("", "                                       — 23 —")
    return text.data("gb18030")


DOC = Doc(
    "hd11_hunan_yingji",
    "hd11_hunan_yingji.txt",
    UNIT,
    2024,
    {
        "format": "txt",
        "encoding": "gb18030",
        "province": "湖南",
        "sector": "应急",
        "framework": "产出/效益/满意度",
        "layout_patterns": "indentation allocation-before sub-rows level1-once goal-heading budget-lines",
    },
    [T1],
    render=render_doc,
)
