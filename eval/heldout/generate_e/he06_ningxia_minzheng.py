"""he06 — 宁夏 固沙县民政局, 2024, XLSX exported from the budget system: one department-wide table
(单位名称 | 项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 | 指标性质 | 符号 | 值 | 单位 | 权重 |
指标方向), amounts in 元 as numbers, subtotal lines per unit, three projects = three tables."""

from __future__ import annotations

from typing import Any

from deptwide import Group, dept_wide
from emit import Tab, xlsx_file
from frame import CB, MY, SH, SL, SX, ZL, E, P, S
from kit import V401, tags
from spec import Doc, R, Row, Table

UNIT = "固沙县民政局"
HEAD = [
    "单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
    "指标性质", "符号", "值", "单位", "权重", "指标方向",
]  # fmt: skip
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]


def q(
    l1: str,
    l2: str,
    l3: str,
    parts: tuple[str, str, str],
    w: int,
    d: str,
    spec: int,
    **kw: Any,
) -> Row:
    x = {"parts": list(parts), "nature": "定量", "weight": str(w), "direction": d}
    return R(l1, l2, l3, "".join(parts), spec, x=x, **kw)


def t(l1: str, l2: str, l3: str, text: str, w: int, spec: int, **kw: Any) -> Row:
    x = {
        "parts": ["文字描述", "", text],
        "nature": "定性",
        "weight": str(w),
        "direction": "正向",
    }
    return R(
        l1,
        l2,
        l3,
        text,
        spec,
        x=x,
        note="符号 文字描述: the value is the text of the 单位 column",
        **kw,
    )


def yuan(s: str) -> dict[str, str]:
    return {"unit": "元", "预算数": s}


L1 = "701001-固沙县民政局本级"
L2 = "701002-固沙县社会福利院"

T1 = Table(
    "project",
    "城乡最低生活保障资金",
    2156.0,
    "保障全县城乡低保对象3120人基本生活，城市低保标准每人每月720元、农村低保标准每人每年6960元，"
    "资金按月足额发放。",
    [
        q(P, SL, "城乡低保保障人数", ("≥", "3120", "人"), 20, "正向", 4),
        q(
            P,
            SL,
            "城市低保保障标准",
            ("≥", "720", "元/人·月"),
            10,
            "正向",
            4,
            c={"C202": "a subsidy standard is not a quantity: it belongs under 成本"},
        ),
        q(P, ZL, "低保对象认定准确率", ("≥", "98", "%"), 15, "正向", 4),
        t(P, SX, "低保金发放时间", "按月足额发放", 10, 3),
        q(P, CB, "农村低保保障标准", ("≥", "6960", "元/人·年"), 10, "正向", 4),
        t(E, SH, "困难群众基本生活保障水平", "有效提升", 20, 2, c=V401),
        q(S, MY, "低保对象满意度", ("≥", "90", "%"), 15, "正向", 4),
    ],
    unit_line=L1,
    extra={"budget_source": yuan("21,560,000.00")},
)

T2 = Table(
    "project",
    "特困人员救助供养",
    432.0,
    "为全县特困人员提供基本生活、照料护理等救助供养，集中供养率达到30%以上。",
    [
        q(
            P,
            SL,
            "特困人员救助供养人数",
            ("≥", "540", "个"),
            20,
            "正向",
            3,
            c={"U301": "people counted in 个"},
        ),
        q(P, ZL, "集中供养率", ("≥", "30", "%"), 20, "正向", 4),
        q(P, SX, "供养金发放及时率", ("=", "100", "%"), 10, "正向", 4),
        q(P, CB, "基本生活标准", ("≥", "9048", "元/人·年"), 10, "正向", 4),
        q(E, SH, "特困人员冬季取暖保障率", ("=", "100", "%"), 20, "正向", 4),
        q(
            S,
            MY,
            "特困供养人员满意度",
            ("≥", "75", "%"),
            20,
            "正向",
            3,
            c={"V405": "satisfaction target below 80%"},
        ),
    ],
    unit_line=L1,
    extra={"budget_source": yuan("4,320,000.00")},
)

T3 = Table(
    "project",
    "社会福利院运转经费",
    68.0,
    "保障福利院在院72名老人和孤儿的日常生活、医疗护理，全年安全责任事故为零。",
    [
        q(P, SL, "在院供养人数", ("≥", "72", "人"), 20, "正向", 4),
        q(P, ZL, "护理服务达标率", ("≥", "95", "%"), 20, "正向", 4),
        t(P, SX, "经费支付进度", "按月支付", 10, 3),
        q(P, CB, "人均月运转成本", ("≤", "787", "元"), 10, "反向", 4),
        q(E, SH, "安全责任事故发生次数", ("=", "0", "次"), 20, "反向", 4),
        q(S, MY, "在院老人满意度", ("≥", "90", "%"), 20, "正向", 4),
    ],
    unit_line=L2,
    extra={"budget_source": yuan("680,000.00")},
)

SUBTOTALS = [
    {"label": "701-固沙县民政局", "amount": "26,560,000.00", "before_table": 1},
    {"label": "701001-固沙县民政局本级", "amount": "25,880,000.00", "before_table": 1},
    {"label": "701002-固沙县社会福利院", "amount": "680,000.00", "before_table": 3},
]


def render(doc: Doc) -> bytes:
    f, numbers = dept_wide(
        HEAD,
        KEYS,
        [
            Group("701-固沙县民政局", "26,560,000.00", []),
            Group(
                "701001-固沙县民政局本级",
                "25,880,000.00",
                [(T1, "21,560,000.00"), (T2, "4,320,000.00")],
            ),
            Group("701002-固沙县社会福利院", "680,000.00", [(T3, "680,000.00")]),
        ],
    )
    blocks: list[Any] = [
        "2024年部门项目支出绩效目标表",
        "部门：固沙县民政局　　　　　　　　　　　　　　　　单位：元",
        Tab(f, numbers=numbers),
        "注：部门预算总额含人员经费，本表仅列项目支出。",
    ]
    return xlsx_file([("项目绩效目标", blocks)])


DOC = Doc(
    "he06_ningxia_minzheng",
    "he06_固沙县民政局2024项目绩效目标.xlsx",
    UNIT,
    2024,
    tags(
        "xlsx",
        "",
        "宁夏",
        "民政",
        "department-wide yuan split-value extra-columns several-tables",
    ),
    [T1, T2, T3],
    render=render,
    extra={"subtotal_rows": SUBTOTALS},
)
