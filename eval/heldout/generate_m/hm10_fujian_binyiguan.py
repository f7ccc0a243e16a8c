"""九峰县殡仪馆 (福建): an unruled PDF; the 惠民殡葬 table printed twice — the draft put up for
comment and the approved version after it (two rows changed) — with an 一级 column that is never
filled, and a small equipment table with no 三级 column; a stamp line and an approval note."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from kit import tags
from mframe import framed
from spec import Doc, Table

UNIT = "九峰县殡仪馆"
GOAL = "对全县户籍居民免除遗体接运、暂存、火化、骨灰寄存4项基本殡葬服务费用，全年惠及逝者约2300人，推动节地生态安葬。"
DRAFT = """
产出指标 | 数量指标 | 减免基本殡葬服务费用人数 | ≥2300人 | 4
         |          | 遗体接运车辆 | 6辆 | 4
         | 质量指标 | 基本殡葬服务减免政策落实率 | 100% | 4
         | 时效指标 | 减免费用结算 | 及时 | 2 | V401
         | 成本指标 | 人均减免标准 | ≤1200元 | 4
效益指标 | 社会效益指标 | 群众丧葬负担 | 有效减轻 | 2 | V401
         | 生态效益指标 | 节地生态安葬率 | ≥20% | 4
满意度指标 | 服务对象满意度指标 | 逝者家属满意度 | ≥90% | 4
"""
FINAL = DRAFT.replace(
    "| 减免费用结算 | 及时 | 2 | V401", "| 减免费用结算 | 每季度结算1次 | 4 |"
).replace("| 节地生态安葬率 | ≥20% | 4", "| 节地生态安葬率 | ≥25% | 4")


def _rows(text: str) -> list:
    rs = rows(text, "l1 l2 l3 value spec codes")
    for r in rs:
        r.x["printed_l1"] = ""
        r.note = "level1 column printed but empty; level1 implied from the 二级"
    return rs


T1 = Table(
    "project",
    "惠民殡葬基本服务费用减免",
    276.0,
    GOAL,
    _rows(DRAFT),
    title="九峰县殡仪馆2025年惠民殡葬项目绩效目标表（征求意见稿）",
    extra={"draft_of": 2, "printed_twice": "draft for comment; table 2 is the approved version"},
)
T2 = Table(
    "project",
    "惠民殡葬基本服务费用减免",
    276.0,
    GOAL,
    _rows(FINAL),
    title="九峰县殡仪馆2025年惠民殡葬项目绩效目标批复表",
    extra={"approval": True, "final_of": 1},
)
T3 = Table(
    "project",
    "火化设备维护更新",
    58.0,
    "更换平板式火化机1台，维护尾气处理设备，尾气排放达标。",
    rows(
        """
产出指标 | 数量指标 | | 更换火化机1台 | 4
         | 质量指标 | | 尾气排放符合GB 13801-2015标准 | 4
         | 时效指标 | | 6月底前完成更换 | 4
         | 成本指标 | | 火化机购置费≤80万元 | 3 | B501:cost ceiling 80万元 above the table's 58万元 budget
效益指标 | 生态效益指标 | | 周边大气环境影响降低 | 2 | V401
满意度指标 | 服务对象满意度指标 | | 周边居民满意度≥85% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="火化设备维护更新项目绩效目标",
    extra={"no_level3": "二级 followed directly by the target text"},
)

W = [22, 36, 70, 50, 40]


def body(t: Table, money: str) -> Tab:
    f = framed(
        5,
        t.rows,
        ["l1", "l2", "l3", "value", ""],
        [["一级指标", "二级指标", "三级指标", "指标值", "备注"]],
        above=[("项目名称", t.project), ("项目资金（万元）", money), ("年度目标", t.goal or "")],
    )
    return Tab(f, widths=W)


def render(doc: Doc) -> bytes:
    f3 = framed(
        3,
        T3.rows,
        ["l1", "l2", "value"],
        [["一级指标", "二级指标", "指标值"]],
        above=[("项目名称", T3.project), ("项目资金", "58万元"), ("年度目标", T3.goal or "")],
    )
    blocks = [
        f"# {UNIT}2025年项目支出绩效目标",
        "一、" + T1.title,
        "（公示期：2025年1月6日至1月12日）",
        body(T1, "276.00"),
        "\f",
        "二、" + T2.title,
        "经县财政局审核，批复如下：",
        body(T2, "276.00"),
        "县财政局（盖章）　　　　2025年2月10日",
        "三、" + T3.title,
        Tab(f3, widths=[40, 50, 120]),
        "九峰县殡仪馆（盖章）",
    ]
    return pdf_file(blocks, ruled=False, wide=True, size=9)


DOC = Doc(
    "hm10_fujian_binyiguan",
    "hm10_福建九峰县殡仪馆_2025.pdf",
    UNIT,
    2025,
    tags(
        "pdf",
        "unruled",
        "福建",
        "殡仪馆",
        "level1-missing-or-unfilled no-level3 approval several-tables unit-year-framing",
    ),
    [T1, T2, T3],
    render=render,
    extra={
        "printed_twice": "tables 1 and 2 are the same project (draft and approved); rows 4 and 7 differ"
    },
)
