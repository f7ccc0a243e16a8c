"""盐河县高新技术产业开发区管理委员会 (江苏): an XLSX exported from the budget system's template:
one wide table for all projects (单位名称 | 项目名称 | 预算数（元） | 年度目标 | 一级 | 二级 | 三级 |
指标性质 | 符号 | 指标值 | 计量单位 | 权重 | 指标方向), subtotal lines per budget unit, amounts in
元 as numbers; a protected sheet with a drop-down on 指标方向; the sheet ends inside the last
project (a row without its value)."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, xlsx_file
from frame import wan
from kit import parts3, tags
from spec import Doc, Table

UNIT = "盐河县高新技术产业开发区管理委员会"
U1 = "801001-盐河高新区管委会（本级）"
U2 = "801002-盐河高新区企业服务中心"
COLS = "l1 l2 l3 value nature weight direction spec codes"


def t(project: str, yuan: float, goal: str, text: str, unit_line: str, **extra: object) -> Table:
    return Table(
        "project",
        project,
        wan(yuan),
        goal,
        parts3(rows(text, COLS)),
        unit_line=unit_line,
        extra={"budget_source": f"预算数（元） {yuan:,.2f}", **extra},
    )


T1 = t(
    "园区道路及管网维护",
    1850000,
    "维护园区道路26公里、雨污管网38公里，路面完好率95%以上，保障园区企业正常通行和排水。",
    """
产出指标 | 数量指标 | 维护园区道路里程 | ≥26公里 | 定量 | 10 | 正向 | 4
         |          | 疏通雨污管网长度 | ≥38公里 | 定量 | 10 | 正向 | 4
         | 质量指标 | 路面完好率 | ≥95% | 定量 | 10 | 正向 | 4
         | 时效指标 | 道路病害处置时限 | ≤72小时 | 定量 | 10 | 反向 | 4
         | 成本指标 | 每公里道路年维护成本 | ≤4.5万元 | 定量 | 10 | 反向 | 4
效益指标 | 社会效益指标 | 园区道路通行保障 | 良好 | 定性 | 20 | 正向 | 2 | V401
满意度指标 | 服务对象满意度指标 | 入园企业满意度 | ≥90% | 定量 | 10 | 正向 | 4
""",
    U1,
)

T2 = t(
    "招商引资活动经费",
    600000,
    "全年举办专题招商推介活动6场，新签约亿元以上项目8个。",
    """
产出指标 | 数量指标 | 举办专题招商推介会 | ≥6场 | 定量 | 15 | 正向 | 4
         | 质量指标 | 新签约亿元以上项目 | ≥8个 | 定量 | 15 | 正向 | 3 | C202:a count of signed projects placed under 质量
         | 时效指标 | 活动经费支付及时率 | 100% | 定量 | 10 | 正向 | 4
         | 成本指标 | 单场推介会费用 | ≤15万元 | 定量 | 10 | 反向 | 3 | B501:6 sessions × 15万元 = 90万元 above the 60万元 budget
效益指标 | 经济效益指标 | 新增固定资产投资 | ≥12亿元 | 定量 | 20 | 正向 | 4
满意度指标 | 服务对象满意度指标 | 参会企业满意度 | ≥85% | 定量 | 10 | 正向 | 4
""",
    U1,
)

T3 = t(
    "科技型中小企业培育奖补",
    900000,
    "对评价入库的科技型中小企业给予奖补，全年奖补企业30家。",
    """
产出指标 | 数量指标 | 奖补科技型中小企业数 | 30家 | 定量 | 15 | 正向 | 4
         | 质量指标 | 奖补对象审核合规率 | 100% | 定量 | 15 | 正向 | 4
         | 时效指标 | 奖补资金兑现时间 | 2025年11月底前 | 定性 | 10 | 正向 | 4
         | 成本指标 | 单家企业奖补标准 | 3万元 | 定量 | 10 | 反向 | 4
效益指标 | 经济效益指标 | 企业研发投入 | 稳步增长 | 定性 | 20 | 正向 | 2 | V401
         | 可持续影响指标 | 高新技术企业后备梯队 | 逐步壮大 | 定性 | 10 | 正向 | 2 | V401
满意度指标 | 服务对象满意度指标 | 受奖补企业满意度 | ≥95% | 定量 | 10 | 正向 | 4
""",
    U2,
)

T4 = t(
    "企业服务中心运行",
    420000,
    "为园区企业提供代办服务，全年办理代办事项1500件以上。",
    """
产出指标 | 数量指标 | 代办企业事项 | ≥1500件 | 定量 | 20 | 正向 | 4
         | 质量指标 | 代办事项按时办结率 | ≥98% | 定量 | 20 | 正向 | 4
""",
    U2,
    cut_off="the sheet ends on the next row (时效指标 | 代办响应时间) with no value; complete rows only",
    c203_excused="效益 and 满意度 rows lie beyond the cut",
)

HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "指标值",
    "计量单位",
    "权重",
    "指标方向",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]


def render(doc: Doc) -> bytes:
    f, numbers = dept_wide(
        HEAD,
        KEYS,
        [
            Group(U1, "2,450,000.00", [(T1, "1,850,000.00"), (T2, "600,000.00")]),
            Group(U2, "1,320,000.00", [(T3, "900,000.00"), (T4, "420,000.00")]),
        ],
    )
    f.grid.add("", "", "", "", "", "时效指标", "代办响应时间", "定量", "≤", "", "", "", "")
    blocks = [
        f"{UNIT}2025年项目支出绩效目标表",
        "金额单位：元",
        Tab(f, numbers=numbers),
    ]
    return xlsx_file(
        [("项目绩效目标", blocks)],
        choice_col="M",
        choices=("正向", "反向"),
        note="填报说明：指标方向为正向的指标值越大越好，反向的越小越好；定性指标在“指标值”栏填写。",
    )


DOC = Doc(
    "hm07_jiangsu_kaifaqu",
    "hm07_江苏盐河县高新技术产业开发区管理委员会_2025.xlsx",
    UNIT,
    2025,
    tags(
        "xlsx",
        "",
        "江苏",
        "开发区管委会",
        "department-wide yuan extra-columns split-value cut-off unit-year-framing",
    ),
    [T1, T2, T3, T4],
    render=render,
    extra={"subtotal_rows": [f"{U1} | 2,450,000.00", f"{U2} | 1,320,000.00"]},
)
