"""he05 — 陕西 渭岭县交通运输局, 2025, plain text (UTF-8, LF) copied from a PDF viewer: one cell per
line ending in a pipe, rows not marked (the second table: a lone `|` for every empty or merged
cell); the first table has no 一级 column and repeats the 二级 on
every row, the second has no 三级 column (the 二级 is followed by the target text)."""

from __future__ import annotations

from typing import Any

from emit import Tab, text_file
from frame import CB, JJ, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import U307, V402, tags
from spec import Doc, R, Row, Table

UNIT = "渭岭县交通运输局"
IMPL = "一级 implied from the 二级 (the table has no 一级 column)"
NO3 = "no 三级 column: the 二级 is followed by the target text"


def i(l1: str, l2: str, l3: str, value: str, spec: int, **kw: Any) -> Row:
    return R(l1, l2, l3, value, spec, note=IMPL, **kw)


T1 = Table(
    "project",
    "农村公路日常养护",
    538.0,
    "完成全县县乡道598公里、村道1046公里日常养护，优良中等路率达到85%以上，"
    "列养率100%，确保农村公路安全畅通。",
    [
        i(P, SL, "县乡道日常养护里程", "598公里", 4),
        i(P, SL, "村道日常养护里程", "1046公里", 4),
        i(P, SL, "修补路面坑槽面积", "≥12000平方米", 4),
        i(P, ZL, "农村公路优良中等路率", "≥85%", 4),
        i(P, ZL, "农村公路列养率", "100%", 4),
        i(P, SX, "水毁路段抢通时间", "≤48小时", 4),
        i(P, CB, "县乡道养护补助标准", ">=7000元/公里·年", 4, c=U307),
        i(P, CB, "村道养护补助标准", "≥1000元/公里·年", 4),
        i(E, SH, "公路安全畅通情况", "安全畅通", 3),
        i(
            E,
            JJ,
            "降低群众出行成本",
            "有效降低",
            2,
            c={"V401": "direction without a criterion"},
        ),
        i(S, MY, "沿线群众满意度", "≥90%", 4),
    ],
    title="渭岭县2025年农村公路日常养护项目绩效目标表",
)

T2 = Table(
    "project",
    "农村客运班线运营补贴",
    86.0,
    "对全县42条农村客运班线按车公里给予运营补贴，保障建制村通客车率100%。",
    [
        R(P, SL, "", "全年补贴农村客运班线42条、车辆65台", 4, note=NO3),
        R(P, ZL, "", "建制村通客车率保持100%", 4, note=NO3),
        R(P, SX, "", "补贴资金于次年3月底前清算拨付", 3, note=NO3),
        R(P, CB, "", "补贴标准不超过0.9元/车公里", 4, note=NO3),
        R(E, SH, "", "农村群众出行条件得到改善，达到预期效果", 2, c=V402, note=NO3),
    ],
    title="渭岭县2025年农村客运班线运营补贴项目绩效目标表",
    codes={"C203": "no 满意度 row in a subsidy that serves passengers"},
)


def render(doc: Doc) -> bytes:
    opts = {"style": "cell_pipe"}
    f1 = project_table(
        T1,
        UNIT,
        ["二级指标", "三级指标", "指标值"],
        ["l2", "l3", "value"],
        "项目金额（万元）",
        "538.00",
        merge=(),
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "指标值"],
        ["l1", "l2", "value"],
        "项目金额（万元）",
        "86.00",
        merge=("l1",),
    )
    blocks: list[Any] = [
        "渭岭县交通运输局2025年部门预算公开说明",
        "（六）项目绩效目标情况",
        "本部门2025年实行绩效目标管理的项目2个，涉及资金624万元。",
        T1.title,
        Tab(f1, opts),
        "",
        T2.title,
        Tab(f2, {"style": "lone_pipe"}),
        "",
        "（七）其他需要说明的情况",
        "本部门无政府性基金预算安排的支出。",
    ]
    return text_file(blocks)


DOC = Doc(
    "he05_shaanxi_jiaotong",
    "he05_渭岭县交通运输局_2025部门预算说明.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8 LF",
        "陕西",
        "交通",
        "cell-per-line-pipe lone-pipes level1-missing-or-unfilled level2-missing-or-repeated no-level3 several-tables",
    ),
    [T1, T2],
    render=render,
)
