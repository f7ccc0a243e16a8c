"""hh19 — 广东 韶溪县农业农村局, 2025, a ruled PDF with a running header and page footer: the
township allocation of a transfer payment, then its 区域绩效目标表 with the county target and
one column per township; the goal states another amount than the 年度金额 line."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import Framed, header
from grid import Grid
from hframe import lined_table
from kit import tags
from spec import Doc, Table

DEPT = "韶溪县农业农村局"
PLACES = ["龙归镇", "桂头镇", "黄坑镇"]
ALLOC = [
    ["乡镇", "产业发展（万元）", "基础设施（万元）", "小计（万元）"],
    ["龙归镇", "620.00", "310.00", "930.00"],
    ["桂头镇", "540.00", "280.00", "820.00"],
    ["黄坑镇", "610.00", "320.00", "930.00"],
    ["合计", "1770.00", "910.00", "2680.00"],
]
COLS = "l1 l2 l3 value place:龙归镇 place:桂头镇 place:黄坑镇 spec codes"

T1 = Table(
    "transfer",
    "2025年衔接推进乡村振兴补助资金",
    2680.0,
    "安排衔接资金2860万元，支持3个镇发展特色种养产业项目18个、建设村内道路和供水设施26处，"
    "带动脱贫人口（含监测对象）人均纯收入增长8%以上，守住不发生规模性返贫底线。",
    rows(
        """
产出指标 | 数量指标 | 支持特色产业发展项目 | ≥18个 | 6个 | 5个 | 7个 | 4 |
 | | 建设村内道路和供水设施 | ≥26处 | 9处 | 8处 | 9处 | 4 |
 | 质量指标 | 项目竣工验收合格率 | 100% | 100% | 100% | 100% | 4 |
 | | 产业项目资金占比 | ≥60% | ≥60% | ≥60% | ≥60% | 4 |
 | 时效指标 | 资金支出进度 | 2025年11月底前支出90% | 按计划 | 按计划 | 按计划 | 4 |
效益指标 | 经济效益指标 | 脱贫人口人均纯收入增幅 | ≥8% | ≥8% | ≥8% | ≥8% | 4 |
 | 社会效益指标 | 受益脱贫人口（含监测对象） | ≥6200人 | 2100人 | 1900人 | 2200人 | 4 |
 | | 规模性返贫 | 不发生 | 不发生 | 不发生 | 不发生 | 3 |
 | 可持续影响指标 | 联农带农机制 | 持续完善 | 持续完善 | 持续完善 | 持续完善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | ≥90% | ≥90% | ≥90% | 4 |
""",
        COLS,
    ),
    title="2025年衔接推进乡村振兴补助资金区域绩效目标表",
    codes={"B502": "the goal states 2860万元, the 年度金额 line 2680万元"},
    extra={
        "region": "韶溪县",
        "budget_source": {"年度金额": "2680.00", "其中：中央资金": "2010.00", "省级资金": "670.00"},
        "value_column": "全县",
        "allocation_table": [" | ".join(r) for r in ALLOC],
    },
)


def alloc() -> Framed:
    f = Framed(Grid(4))
    header(f.grid, *ALLOC[0])
    for line in ALLOC[1:]:
        f.grid.add(*line)
    return f


def render(doc: Doc) -> bytes:
    f = lined_table(
        [
            ("转移支付名称", T1.project),
            ("省级主管部门", "广东省农业农村厅"),
            ("县级主管部门", DEPT),
            ("资金情况（万元）", "年度金额：2680.00　其中：中央资金2010.00　省级资金670.00"),
            ("年度目标", T1.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "全县", *PLACES]],
        T1.rows,
        ["l1", "l2", "l3", "value", *(f"place:{p}" for p in PLACES)],
        label_cols=2,
    )
    blocks: list[object] = [
        "# 韶溪县2025年衔接推进乡村振兴补助资金分配及绩效目标",
        "表1　资金分配表",
        Tab(alloc(), widths=(50, 50, 50, 50)),
        "表2　" + T1.title,
        Tab(f, widths=(26, 32, 62, 50, 34, 34, 34)),
    ]
    return pdf_file(blocks, header="韶溪县农业农村局　财政资金公开")  # type: ignore[arg-type]


DOC = Doc(
    "hh19_guangdong_nongye",
    "hh19_广东韶溪县农业农村局_2025.pdf",
    DEPT,
    2025,
    tags(
        "pdf",
        "ruled",
        "广东",
        "农业农村",
        "transfer per-place allocation-before budget-lines",
    ),
    [T1],
    render=render,
)
