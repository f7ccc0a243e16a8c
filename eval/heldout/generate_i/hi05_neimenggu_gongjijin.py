"""hi05 内蒙古 · 呼和温都旗住房公积金管理部 2025: one wide XLSX table for the whole unit
(单位名称 | 项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 | 指标性质 | 符号 | 值 | 单位 | 权重 |
方向), amounts in 元 as numbers, a department subtotal line, each project's first row carrying
its name, budget and goal. A print title and frozen header as the finance office saves it."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, xlsx_file
from frame import wan
from kit import parts_by_nature, tags
from spec import Doc, Table

COLS = "l1 l2 l3 nature weight direction value spec codes"
UNIT = "呼和温都旗住房公积金管理部"
LINE = "602001-呼和温都旗住房公积金管理部"


def table(project: str, yuan: float, goal: str, body: str) -> Table:
    return Table(
        "project",
        project,
        wan(yuan),
        goal,
        parts_by_nature(rows(body, COLS)),
        title="呼和温都旗2025年部门项目支出绩效目标表",
        unit_line=LINE,
        extra={"budget_source": f"{yuan:,.2f} 元 (预算数)"},
    )


T1 = table(
    "住房公积金信息系统运维及数据安全",
    820000,
    "保障公积金核心业务系统全年稳定运行，完成数据异地备份和三级等保测评，线上业务办理占比达到85%以上。",
    """
产出指标 | 数量指标 | 核心业务系统运维服务期 | 定量 | 10 | 正向 | ＝12个月 | 4 |
         |          | 数据异地备份次数 | 定量 | 10 | 正向 | ≥52次 | 4 |
         | 质量指标 | 系统全年可用率 | 定量 | 15 | 正向 | ≥99.9% | 4 |
         |          | 数据安全等级保护测评 | 定性 | 10 | 正向 | 通过三级等保测评 | 3 |
         | 时效指标 | 故障修复时间 | 定量 | 10 | 反向 | ≤4小时 | 4 |
         | 成本指标 | 运维费用 | 定量 | 15 | 反向 | ≤82万元 | 4 |
效益指标 | 社会效益指标 | 线上业务办理占比 | 定量 | 15 | 正向 | ≥85% | 4 |
满意度指标 | 服务对象满意度指标 | 缴存职工满意度 | 定量 | 15 | 正向 | ≥90% | 4 |
""",
)

T2 = table(
    "住房公积金归集扩面宣传",
    356000,
    "深入企业宣传住房公积金政策，全年新增缴存单位60家，推动非公企业职工建缴。",
    """
产出指标 | 数量指标 | 新增缴存单位 | 定量 | 15 | 正向 | ≥60家 | 4 |
         |          | 政策宣传进企业场次 | 定量 | 10 | 正向 | ≥30场 | 4 |
         | 质量指标 | 新开户资料审核准确率 | 定量 | 10 | 正向 | 100% | 4 |
         | 时效指标 | 宣传活动完成时间 | 定性 | 10 | 正向 | 2025年9月底前 | 4 |
         | 成本指标 | 宣传资料印制费 | 定量 | 10 | 反向 | ≥8万元 | 3 | U305:≥ on a cost: a floor instead of a ceiling
效益指标 | 社会效益指标 | 宣传覆盖职工人数 | 定量 | 15 | 正向 | ≥5000人 | 4 | C206:people reached by the campaign are an output count placed under 社会效益
         |              | 非公企业职工缴存意识 | 定性 | 15 | 正向 | 逐步增强 | 2 | V401
满意度指标 | 服务对象满意度指标 | 缴存单位满意度 | 定量 | 15 | 正向 | ≥95% | 4 |
""",
)

T3 = table(
    "个人住房贷款逾期清收",
    210000,
    "对逾期3期以上的个人住房贷款开展催收和诉讼，个贷逾期率控制在0.5‰以内。",
    """
产出指标 | 数量指标 | 逾期贷款催收户数 | 定量 | 15 | 正向 | ≥45户 | 4 |
         | 质量指标 | 个贷逾期率 | 定量 | 20 | 反向 | ≥0.5‰ | 3 | U305:≥ on an overdue rate that should stay low (the goal says within 0.5‰)
         | 时效指标 | 逾期催收启动时间 | 定性 | 10 | 正向 | 逾期次月内 | 4 |
         | 成本指标 | 法律诉讼及公告费用 | 定量 | 15 | 反向 | ≤21万元 | 4 |
效益指标 | 经济效益指标 | 公积金资金风险 | 定性 | 20 | 正向 | 有效防控 | 2 | V401
满意度指标 | 服务对象满意度指标 | 借款职工满意度 | 定量 | 20 | 正向 | ≥90% | 4 |
""",
)

HEAD = [
    "单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
    "指标性质", "符号", "指标值", "度量单位", "权重", "指标方向性",
]  # fmt: skip
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]


def render(doc: Doc) -> bytes:
    groups = [
        Group(
            "602-呼和温都旗住房公积金管理部",
            "1,386,000.00",
            [(T1, "820,000.00"), (T2, "356,000.00"), (T3, "210,000.00")],
        )
    ]
    f, numbers = dept_wide(HEAD, KEYS, groups)
    return xlsx_file(
        [("项目绩效目标", ["2025年部门项目支出绩效目标表", "单位：元", Tab(f, numbers=numbers)])],
        spare=True,
        print_setup=("3:3", "E4"),
    )


DOC = Doc(
    id="hi05_neimenggu_gongjijin",
    file="hi05_内蒙古呼和温都旗住房公积金管理部_2025.xlsx",
    unit=UNIT,
    year=2025,
    tags=tags(
        "xlsx",
        "",
        "内蒙古",
        "住房公积金",
        "department-wide yuan split-value extra-columns level1-once",
    ),
    tables=[T1, T2, T3],
    render=render,
    extra={"subtotal_rows": {"602-呼和温都旗住房公积金管理部": "1,386,000.00"}},
)
