"""hn05 — 广东 漠阳县财政局: the budget system's export of the county departments' project
targets (XLSX): one wide table per department sheet — 单位名称 | 项目名称 | 项目金额（元） | 年度目标 |
一级 | 二级 | 三级 | 指标性质 | 符号 | 值 | 单位 | 权重 | 指标方向 — with the department subtotal line
above each department's projects; the second department continues on its own sheet."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import rows, with_parts
from emit import Tab, xlsx_file
from frame import wan
from nkit import tags
from spec import Doc, Table

UNIT = "漠阳县财政局"
COLS = "l1 l2 l3 value nature weight direction spec codes"


def _t(project: str, yuan: float, goal: str, unit: str, body: str) -> Table:
    return Table(
        "project", project, wan(yuan), goal, with_parts(rows(body, COLS), ""), unit_line=unit
    )


T1 = _t(
    "渔港航道清淤疏浚",
    3560000,
    "完成沙扒渔港主航道清淤4.2万立方米，保障渔船安全进出港。",
    "漠阳县海洋与渔业局",
    """
产出指标 | 数量指标 | 航道清淤量 | ≥4.2万立方米 | 定量 | 20 | 正向 | 4 |
         | 质量指标 | 清淤后航道设计水深达标率 | 100% | 定量 | 20 | 正向 | 4 |
         | 时效指标 | 完工时间 | 汛期前 | 定性 | 10 | 正向 | 3 |
         | 成本指标 | 清淤单价 | ≤85元/立方米 | 定量 | 10 | 反向 | 4 |
效益指标 | 社会效益指标 | 渔船进出港安全事故 | 0起 | 定量 | 20 | 反向 | 4 |
满意度指标 | 服务对象满意度指标 | 渔民满意度 | ≥90% | 定量 | 20 | 正向 | 4 |
""",
)
T2 = _t(
    "渔业油价补贴资金发放",
    12680000,
    "按政策向1320艘渔船发放油价补贴，资金足额到位。",
    "漠阳县海洋与渔业局",
    """
产出 | 数量 | 补贴渔船数 | 1320艘 | 定量 | 30 | 正向 | 4 |
     | 质量 | 补贴发放准确率 | 100% | 定量 | 20 | 正向 | 4 |
     | 时效 | 资金发放时限 | 及时发放 | 定性 | 10 | 正向 | 2 | V401
效益 | 经济效益 | 渔民减负 | 显著 | 定性 | 20 | 正向 | 2 | V401
满意度 | 满意度 | 渔民满意度 | 大于等于90% | 定量 | 20 | 正向 | 4 |
""",
)
T3 = _t(
    "高标准农田建设县级配套",
    9800000,
    "新建高标准农田1.4万亩，新增粮食产能210万公斤。",
    "漠阳县农业农村局",
    """
产出指标 | 数量指标 | 新建高标准农田面积 | ≥1.4万亩 | 定量 | 20 | 正向 | 4 |
         | 质量指标 | 工程验收合格率 | ≥80% | 定量 | 20 | 正向 | 3 | V405
         | 成本指标 | 亩均财政投入 | ≤700元 | 定量 | 10 | 反向 | 4 |
效益指标 | 经济效益指标 | 新增粮食产能 | ≥210万公斤 | 定量 | 20 | 正向 | 4 |
         | 可持续影响指标 | 工程设施使用年限 | ≥15年 | 定量 | 10 | 正向 | 4 |
满意度指标 | 服务对象满意度指标 | 受益农户满意度 | ≥90% | 定量 | 20 | 正向 | 4 |
""",
)
T4 = _t(
    "动物防疫村级防疫员补助",
    1116000,
    "保障186名村级防疫员开展春秋两季集中免疫。",
    "漠阳县农业农村局",
    """
产出指标 | 数量指标 | 村级防疫员人数 | 186个 | 定量 | 20 | 正向 | 3 | U301:people counted in 个
         | 质量指标 | 重大动物疫病免疫密度 | ≥90% | 定量 | 20 | 正向 | 4 |
         | 成本指标 | 防疫员补助标准 | 500元 | 定量 | 20 | 反向 | 3 | U301:a per-person monthly standard in bare 元
效益指标 | 社会效益指标 | 区域性重大动物疫情 | 不发生 | 定性 | 20 | 反向 | 3 |
满意度指标 | 服务对象满意度指标 | 养殖户满意度 | ≥90% | 定量 | 20 | 正向 | 4 |
""",
)

HEAD = [
    "单位名称",
    "项目名称",
    "项目金额（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "值",
    "单位",
    "权重",
    "指标方向",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]


def render(doc: Doc) -> bytes:
    f1, n1 = dept_wide(
        HEAD,
        KEYS,
        [
            Group(
                "412-漠阳县海洋与渔业局",
                "16,240,000.00",
                [(T1, "3,560,000.00"), (T2, "12,680,000.00")],
            )
        ],
    )
    f2, n2 = dept_wide(
        HEAD,
        KEYS,
        [
            Group(
                "415-漠阳县农业农村局",
                "10,916,000.00",
                [(T3, "9,800,000.00"), (T4, "1,116,000.00")],
            )
        ],
    )
    title = "漠阳县2025年部门项目支出绩效目标表"
    return xlsx_file(
        [
            ("海洋与渔业局", [title, "金额单位：元", Tab(f1, numbers=n1)]),
            ("农业农村局", [title + "（续）", "金额单位：元", Tab(f2, numbers=n2)]),
        ],
        export=("E4", "1:3", "漠阳县预算管理一体化系统导出"),
    )


DOC = Doc(
    "hn05_guangdong_bumen",
    "hn05_漠阳县财政局_部门项目支出绩效目标表_2025.xlsx",
    UNIT,
    2025,
    tags(
        "xlsx",
        "",
        "广东",
        "财政（部门项目汇总：渔业、农业）",
        """department-wide yuan split-value extra-columns nonstandard-names level1-once
        several-tables unit-year-framing""",
    ),
    [T1, T2, T3, T4],
    render,
    extra={
        "subtotal_rows": [
            "412-漠阳县海洋与渔业局 16,240,000.00",
            "415-漠阳县农业农村局 10,916,000.00",
        ],
        "sheets": "one department per sheet; the second sheet's title carries （续）",
    },
)
