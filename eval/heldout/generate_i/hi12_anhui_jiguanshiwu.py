"""hi12 安徽 · 淝溪县机关事务服务中心 2025: legacy XLS. One wide department table for two budget
units (本级 and the 公务用车服务平台), a subtotal line per unit, each project's first row carrying
project, amount and goal; the value column headed with a gloss."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, xls_file
from kit import tags
from spec import Doc, Table

COLS = "l1 l2 l3 value spec codes"
UNIT = "淝溪县机关事务服务中心"
L1 = "301001-淝溪县机关事务服务中心（本级）"
L2 = "301002-淝溪县公务用车服务平台"


def table(project: str, budget: float, goal: str, line: str, body: str, **kw: object) -> Table:
    return Table(
        "project",
        project,
        budget,
        goal,
        rows(body, COLS),
        title="淝溪县2025年部门项目支出绩效目标表",
        unit_line=line,
        **kw,  # type: ignore[arg-type]
    )


T1 = table(
    "行政中心物业管理服务",
    168.0,
    "为行政中心6.8万平方米办公区提供保安、保洁、绿化和设施维护服务，保障办公秩序。",
    L1,
    """
产出指标 | 数量指标 | 物业服务面积 | ≥6.8万平方米 | 4 |
         |          | 保安保洁人员配备 | ≥52人 | 4 |
         | 质量指标 | 设施设备完好率 | ≥98% | 4 |
         | 时效指标 | 报修响应时间 | ≤30分钟 | 4 |
         | 成本指标 | 物业服务单价 | ≤2.06元 | 3 | U301:a per-square-metre monthly price in bare 元 without its denominator
效益指标 | 社会效益指标 | 办公秩序 | 良好 | 2 | V401
         | 可持续影响指标 | 长效管理机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 入驻单位满意度 | ≥90% | 4 |
""",
)

T2 = table(
    "公共机构节能改造",
    44.0,
    "更换行政中心LED节能灯具2600盏，改造中央空调机组2台，年节约电费12万元以上。",
    L1,
    """
产出指标 | 数量指标 | 更换LED节能灯具 | ≥2600盏 | 4 |
         |          | 改造中央空调机组 | 2台 | 4 |
         | 质量指标 | 改造工程验收合格率 | 100% | 4 |
         | 时效指标 | 改造完成时间 | 2025年6月底前 | 4 |
         | 成本指标 | 节能改造总成本 | ≤440万元 | 3 | B501:a cost ceiling of 440万元 against a budget of 44万元
效益指标 | 经济效益指标 | 年节约电费 | ≥12万元 | 4 |
         | 生态效益指标 | 年减少二氧化碳排放 | ≥150吨 | 4 |
         | 可持续影响指标 | 长效管理机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 干部职工满意度 | ≥85% | 4 |
""",
)

T3 = table(
    "公务用车平台车辆运行维护",
    56.0,
    "保障平台28辆公务用车运行维护，全年出车4500车次以上，安全行车零事故。",
    L2,
    """
产出指标 | 数量指标 | 平台车辆数量 | ＝28辆 | 4 |
         |          | 年度出车次数 | ≥4500车次 | 4 |
         | 质量指标 | 安全行车事故 | 0起 | 4 |
         | 时效指标 | 用车派单时间 | ≤20分钟 | 4 |
         | 成本指标 | 单车年均运行维护费 | ≤2万元 | 4 |
效益指标 | 社会效益指标 | 公务出行保障 | 及时 | 2 | V401
         |              | 公车使用规范率 | 100% | 4 |
         | 可持续影响指标 | 长效管理机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 用车单位满意度 | ≥90% | 4 |
""",
)

HEAD = [
    "单位名称", "项目名称", "项目资金（万元）", "年度绩效目标", "一级指标", "二级指标",
    "三级指标", "指标值（数量/质量/时效/成本等）",
]  # fmt: skip
KEYS = ["l1", "l2", "l3", "value"]


def render(doc: Doc) -> bytes:
    groups = [
        Group(L1, "212.00", [(T1, "168.00"), (T2, "44.00")]),
        Group(L2, "56.00", [(T3, "56.00")]),
    ]
    f, numbers = dept_wide(HEAD, KEYS, groups)
    return xls_file(
        [
            (
                "绩效目标",
                [
                    "淝溪县机关事务服务中心2025年部门项目支出绩效目标表",
                    "金额单位：万元",
                    Tab(f, numbers=numbers),
                ],
            )
        ]
    )


DOC = Doc(
    id="hi12_anhui_jiguanshiwu",
    file="hi12_安徽淝溪县机关事务服务中心_2025.xls",
    unit=UNIT,
    year=2025,
    tags=tags(
        "xls",
        "",
        "安徽",
        "机关事务",
        "department-wide value-header-gloss level1-once",
    ),
    tables=[T1, T2, T3],
    render=render,
    codes={
        "T101": "长效管理机制 | 健全 repeated in all three project tables, unrelated to the energy-saving works"
    },
    extra={
        "subtotal_rows": {L1: "212.00", L2: "56.00"},
        "t101_pairs": {"长效管理机制 | 健全": ["t1 r7", "t2 r8", "t3 r8"]},
    },
)
