"""he12 — 广西 罗峒县六合镇人民政府, 2025, legacy XLS (BIFF8): a fund allocation table by village
before the indicator table, amounts in 元, a 合计 value column followed by one column per village;
a second sheet with an ordinary project table."""

from __future__ import annotations

from typing import Any

from emit import Tab, xls_file
from frame import (
    CB,
    MY,
    SH,
    SL,
    ST,
    SX,
    ZL,
    E,
    Framed,
    P,
    S,
    header,
    indicator_body,
    project_table,
)
from grid import Grid
from kit import V402, tags
from spec import Doc, R, Row, Table

UNIT = "罗峒县六合镇人民政府"
VILLAGES = ("六合村", "那坡村", "龙湾村")
ALLOC = [
    ["村（社区）", "整治内容", "分配资金（元）"],
    ["六合村", "污水沟渠清淤、垃圾收集点建设", "420,000.00"],
    ["那坡村", "巷道硬化、村屯绿化", "380,000.00"],
    ["龙湾村", "垃圾收集点建设、村屯绿化", "350,000.00"],
    ["合计", "", "1,150,000.00"],
]


def pv(
    l1: str,
    l2: str,
    l3: str,
    total: str,
    places: tuple[str, str, str],
    spec: int,
    **kw: Any,
) -> Row:
    return R(l1, l2, l3, total, spec, x={"per_place": dict(zip(VILLAGES, places))}, **kw)


T1 = Table(
    "project",
    "村屯环境综合整治",
    115.0,
    "完成六合、那坡、龙湾3个村委共14个自然屯环境整治，新建垃圾收集点18个、硬化巷道3.6公里、"
    "清淤沟渠5.2公里，村屯绿化面积1.2万平方米。",
    [
        pv(P, SL, "整治自然屯数量", "14个", ("5个", "5个", "4个"), 4),
        pv(P, SL, "新建垃圾收集点", "18个", ("8个", "—", "10个"), 4),
        pv(P, SL, "硬化巷道长度", "3.6公里", ("—", "3.6公里", "—"), 4),
        pv(P, SL, "清淤沟渠长度", "5.2公里", ("5.2公里", "—", "—"), 4),
        pv(P, SL, "村屯绿化面积", "1.2万平方米", ("—", "0.7万平方米", "0.5万平方米"), 4),
        pv(P, ZL, "工程验收合格率", "100%", ("100%", "100%", "100%"), 4),
        pv(
            P,
            SX,
            "工程完工时间",
            "2025年10月底前",
            ("2025年10月底前", "2025年9月底前", "2025年10月底前"),
            4,
        ),
        pv(E, ST, "村屯生活垃圾有效处理率", "≥90%", ("≥90%", "≥90%", "≥90%"), 4),
        pv(
            E,
            SH,
            "村容村貌",
            "得到改善",
            ("得到改善", "得到改善", "得到改善"),
            2,
            c={"V401": "direction without a criterion"},
        ),
        pv(S, MY, "群众满意度", "≥90%", ("≥90%", "≥90%", "≥90%"), 4),
    ],
    title="罗峒县六合镇2025年村屯环境综合整治项目绩效目标表",
    extra={
        "budget_source": {"unit": "元", "项目资金": "1,150,000.00"},
        "allocation_table": ["\t".join(r) for r in ALLOC],
        "value_column": "合计",
    },
)

T2 = Table(
    "project",
    "乡村公益性岗位补贴",
    31.68,
    "开发乡村保洁、护路等公益性岗位44个，安置脱贫劳动力就业，按月发放岗位补贴。",
    [
        R(P, SL, "开发公益性岗位数量", "44个", 4),
        R(P, ZL, "脱贫劳动力安置比例", "≥80%", 4),
        R(
            P,
            SX,
            "岗位补贴发放时间",
            "按时发放",
            2,
            c={"V401": "及时/按时 without a criterion"},
        ),
        R(P, CB, "岗位补贴标准", "600元/人·月", 4),
        R(E, SH, "带动脱贫劳动力增收", "达到预期效果", 2, c=V402),
        R(S, MY, "在岗人员满意度", "≥90%", 4),
    ],
    title="罗峒县六合镇2025年乡村公益性岗位补贴项目绩效目标表",
    extra={"budget_source": {"unit": "元", "项目资金": "316,800.00"}},
)


def village_table(t: Table) -> Framed:
    g = Grid(7)
    f = Framed(g)
    g.wide("项目名称", t.project)
    g.wide("实施单位", UNIT)
    g.wide("项目资金（元）", "1,150,000.00")
    g.wide("年度绩效目标", t.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "合计", *VILLAGES)
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value", *(f"place:{v}" for v in VILLAGES)])
    return f


def alloc() -> Framed:
    g = Grid(3)
    for line in ALLOC:
        g.add(*line)
    g.header_rows = 1
    return Framed(g)


def render(doc: Doc) -> bytes:
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（元）",
        "316,800.00",
    )
    sheet1: list[Any] = [
        "罗峒县六合镇2025年村屯环境综合整治资金分配表",
        Tab(alloc()),
        T1.title,
        Tab(village_table(T1)),
    ]
    sheet2: list[Any] = [T2.title, Tab(f2)]
    return xls_file([("村屯整治", sheet1), ("公益性岗位", sheet2)])


DOC = Doc(
    "he12_guangxi_xiangzhen",
    "he12_六合镇2025项目绩效目标.xls",
    UNIT,
    2025,
    tags(
        "xls",
        "biff8",
        "广西",
        "乡镇",
        "per-place allocation-before yuan several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
