"""hd05 · 湖北 岚溪县交通运输局 2023: text (GB18030, CRLF) copied from a page converter. The first
table has pipe rows with outer pipes padded by empty cells, 一级/二级 labels with weights and
requirement marks, `指标1：` prefixes and placeholder rows; the second prints one cell per line
with a lone `|` for each merged (empty) cell."""

from __future__ import annotations

from frame import CB, JJ, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from kit import V401
from spec import Doc, R, Table
from textual import render

UNIT = "岚溪县交通运输局"
P1, E1, S1 = "产出指标（50分）", "效益指标（30分）", "满意度指标（20分）"
SL1, ZL1, SX1, CB1 = "数量指标（必填）", "质量指标（必填）", "时效指标（必填）", "成本指标（必填）"
MARKS = "printed with its weight / requirement mark, kept verbatim"

T1 = Table(
    "project",
    "农村公路日常养护",
    468.0,
    "完成全县1236公里列养农村公路日常养护，及时处治路面病害，农村公路优良中等路率达到80%以上。",
    [
        R(P1, SL1, "指标1：列养农村公路里程", "≥1236公里", 4, note=MARKS),
        R(P1, ZL1, "指标1：农村公路优良中等路率", "≥80%", 4, note=MARKS),
        R(P1, ZL1, "指标2：路面病害处治合格率", "≥95%", 4, note=MARKS),
        R(P1, SX1, "指标1：路面病害处治时限", "≤7天", 4, note=MARKS),
        R(P1, CB1, "指标1：每公里年均养护成本", "≤3786元", 4, note=MARKS),
        R(E1, "社会效益指标", "指标1：农村群众出行条件", "显著改善", 2, note=MARKS, c=V401),
        R(
            E1,
            "社会效益指标",
            "指标2：农村公路交通事故起数",
            "≥12起",
            3,
            note=MARKS,
            c={"U305": "≥ on an accident count (bad polarity)"},
        ),
        R(E1, "可持续影响指标", "指标1：养护长效机制", "健全", 2, note=MARKS, c=V401),
        R(S1, "服务对象满意度指标", "指标1：沿线群众满意度", "≥90%", 4, note=MARKS),
    ],
    title="岚溪县2023年项目支出绩效目标表",
    extra={"placeholders": [{"text": "指标2：", "after_row": 1}, {"text": "……", "after_row": 8}]},
)

T2 = Table(
    "project",
    "城乡公交运营补贴",
    210.0,
    "对全县14条城乡公交线路62辆营运车辆给予运营补贴，保障建制村通客车率100%。",
    [
        R(P, SL, "补贴公交线路条数", "14条", 4),
        R(P, SL, "补贴城乡公交车辆", "≥62辆", 4),
        R(P, ZL, "公交车辆年检合格率", "100%", 4),
        R(P, SX, "补贴资金发放时间", "按季度发放", 3),
        R(P, CB, "单车年补贴标准", "≤3.38万元", 4),
        R(E, SH, "建制村通客车率", "100%", 4),
        R(E, SH, "公交出行分担率", "提高", 2, c=V401),
        R(E, JJ, "群众出行成本", "降低", 2, c=V401),
        R(S, MY, "乘客满意度", "≥85%", 4),
    ],
    title="岚溪县2023年项目支出绩效目标表",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add(
        "岚溪县交通运输局2023年部门预算公开说明",
        "",
        "九、预算绩效情况说明",
        "2023年本部门实行绩效目标管理的项目2个，涉及资金678.00万元。",
        "",
    )
    f1 = project_table(
        T1,
        UNIT,
        HEAD,
        KEYS,
        "项目资金（万元）",
        "468.00",
        after={1: [["", "", "指标2：", ""]], 8: [["", "", "……", ""]]},
    )
    text.add(T1.title, "")
    render(text, f1, "pipe", pad=4, outer=True)
    text.add("", "", "注：以上指标由项目单位填报，县财政局审核。", "", T2.title, "单位：万元")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "210.00")
    render(text, f2, "lone_pipe")
    text.add("", "— 12 —")
    return text.data("gb18030", "\r\n")


DOC = Doc(
    "hd05_hubei_jiaotong",
    "hd05_hubei_jiaotong.txt",
    UNIT,
    2023,
    {
        "format": "txt",
        "encoding": "gb18030 crlf",
        "province": "湖北",
        "sector": "交通",
        "framework": "产出/效益/满意度",
        "layout_patterns": "pipe-padded lone-pipes label-notes prefixes-placeholders several-tables",
    },
    [T1, T2],
    render=render_doc,
)
