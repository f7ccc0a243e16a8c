"""四川 · 沱岭县消防救援大队 2025: a legacy XLS department-wide table (单位名称 | 项目名称 | 项目金额（元）
| 项目绩效目标 | 一级 | 二级 | 三级 | 指标值类型 | 目标值 | 度量单位 | 指标方向) with two unit subtotal
lines, printed as the finance bureau's 批复表; comparators written as words (大于等于 / 等于 / 小于等于) and 定性 targets in the 目标值 cell."""

from __future__ import annotations

import re

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, xls_file
from kit import tags
from spec import Doc, Row, Table

UNIT = "沱岭县消防救援大队"
HEAD = [
    "单位名称",
    "项目名称",
    "项目金额（元）",
    "项目绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值类型",
    "目标值",
    "度量单位",
    "指标方向",
]
KEYS = ["l1", "l2", "l3", "p0", "p1", "p2", "direction"]
COLS = "l1 l2 l3 value direction spec codes"


def split(rs: list[Row]) -> list[Row]:
    """指标值类型 | 目标值 | 度量单位; a 定性 target stands whole in 目标值 (度量单位 empty)."""
    for r in rs:
        m = re.match(r"^(大于等于|小于等于|等于)([0-9.]+)(.*)$", r.value)
        r.x["parts"] = [m.group(1), m.group(2), m.group(3)] if m else ["定性", r.value]
    return rs


T1 = Table(
    "project",
    "消防车辆装备运行维护",
    68.0,
    "保障22辆消防车和1500件器材装备维护保养，车辆完好率95%以上。",
    split(
        rows(
            """
产出指标 | 数量指标 | 消防车辆维护保养 | 大于等于22辆 | 正向 | 4 |
         |          | 器材装备检测 | 大于等于1500件 | 正向 | 4 |
         | 质量指标 | 车辆完好率 | 大于等于95% | 正向 | 4 |
         | 时效指标 | 故障车辆修复时间 | 小于等于7天 | 反向 | 4 |
         | 成本指标 | 单车年均维护费 | 小于等于3万元 | 反向 | 4 |
效益指标 | 社会效益指标 | 接警出动时间 | 小于等于1分钟 | 反向 | 4 |
满意度指标 | 服务对象满意度指标 | 群众满意度 | 大于等于90% | 正向 | 4 |
""",
            COLS,
        )
    ),
    unit_line="101001-沱岭县消防救援大队（本级）",
    extra={
        "budget_source": "项目金额（元）680,000.00",
        "approval": "批复表 (批复机关：沱岭县财政局)",
    },
)

T2 = Table(
    "project",
    "消防宣传培训",
    15.0,
    "用于消防宣传培训。",
    split(
        rows(
            """
产出指标 | 数量指标 | 开展消防宣传进社区 | 大于等于40场次 | 正向 | 4 |
         |          | 培训重点单位消防安全管理人 | 大于等于300人 | 正向 | 4 |
         | 质量指标 | 培训考核合格率 | 大于等于95% | 正向 | 4 |
         | 时效指标 | 完成时间 | 2025年11月底前 | 正向 | 4 |
效益指标 | 社会效益指标 | 火灾事故起数 | 大于等于0起 | 反向 | 3 | U305:≥ on a measure that should stay low (a lower bound of 0 is no target)
         |              | 全民消防安全意识 | 明显提升 | 正向 | 2 | V401
满意度指标 | 服务对象满意度指标 | 培训单位满意度 | 大于等于95% | 正向 | 4 |
""",
            COLS,
        )
    ),
    unit_line="101001-沱岭县消防救援大队（本级）",
    codes={"T104": "the goal only restates the project name"},
    extra={
        "budget_source": "项目金额（元）150,000.00",
        "approval": "批复表 (批复机关：沱岭县财政局)",
    },
)

T3 = Table(
    "project",
    "政府专职消防员经费",
    216.0,
    "保障城北专职消防站30名政府专职消防员工资福利按月足额发放，队伍稳定。",
    split(
        rows(
            """
产出指标 | 数量指标 | 政府专职消防员 | 等于30人 | 正向 | 4 |
         | 质量指标 | 专职消防员持证上岗率 | 等于100% | 正向 | 4 |
         | 时效指标 | 工资发放时间 | 每月15日前 | 正向 | 4 |
         | 成本指标 | 专职消防员人均年经费 | 小于等于7.2万元 | 反向 | 4 |
效益指标 | 社会效益指标 | 辖区火灾扑救成功率 | 大于等于95% | 正向 | 4 |
         |              | 专职消防队伍 | 稳定 | 正向 | 2 | V401
满意度指标 | 服务对象满意度指标 | 辖区群众满意度 | 大于等于90% | 正向 | 4 |
""",
            COLS,
        )
    ),
    unit_line="101002-沱岭县城北政府专职消防站",
    extra={
        "budget_source": "项目金额（元）2,160,000.00",
        "approval": "批复表 (批复机关：沱岭县财政局)",
    },
)


def render(doc: Doc) -> bytes:
    f, numbers = dept_wide(
        HEAD,
        KEYS,
        [
            Group("101-沱岭县消防救援大队", "830,000.00", [(T1, "680,000.00"), (T2, "150,000.00")]),
            Group("102-沱岭县城北政府专职消防站", "2,160,000.00", [(T3, "2,160,000.00")]),
        ],
    )
    blocks = [
        "沱岭县2025年部门项目支出绩效目标批复表",
        "批复机关：沱岭县财政局",
        "部门：沱岭县消防救援大队　　　单位：元",
        Tab(f, numbers=numbers),
    ]
    return xls_file([("Sheet1", blocks)])  # type: ignore[list-item]


DOC = Doc(
    id="hj19_sichuan_xiaofang",
    file="hj19_四川沱岭县消防救援大队_2025.xls",
    unit=UNIT,
    year=2025,
    tags=tags(
        "xls",
        "",
        "四川",
        "消防救援",
        "department-wide approval yuan split-value:指标值类型/目标值/度量单位 extra-columns:direction "
        "level1-once:merged goal-heading:项目绩效目标 several-tables unit-year-framing:title",
        framework="产出/效益/满意度",
    ),
    tables=[T1, T2, T3],
    render=render,
    extra={
        "subtotal_rows": [
            {"label": "101-沱岭县消防救援大队", "amount_yuan": 830000.0},
            {"label": "102-沱岭县城北政府专职消防站", "amount_yuan": 2160000.0},
        ]
    },
)
