"""沣水县工业园区管理委员会 (陕西): the uploaded workbook as the portal's attachment previewer shows
it (sheet tab, `<colgroup>`, classed cells, clipboard fragment comments); one wide table for the
unit's projects with budgets in 元 and a subtotal line; two projects whose indicators were copied
from each other."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, html_file
from frame import wan
from kit import tags
from spec import Doc, Table

UNIT = "沣水县工业园区管理委员会"
LINE = "305001-沣水县工业园区管理委员会"
COLS = "l1 l2 l3 value basis spec codes"
SHARED = """
         | 质量指标 | 作业质量考核合格率 | ≥95% | 考核办法 | 4 | V404
         | 时效指标 | 作业及时率 | 100% | 工作需要 | 4 | V404
效益指标 | 社会效益指标 | 园区形象 | 明显提升 | 工作需要 | 2 | V401 V404
满意度指标 | 服务对象满意度指标 | 园区企业满意度 | ≥90% | 问卷调查 | 4 |
"""

T1 = Table(
    "project",
    "园区环境卫生保洁",
    wan(680000),
    "对园区主次干道及公共区域约56万平方米实施保洁，垃圾日产日清。",
    rows(
        """
产出指标 | 数量指标 | 保洁面积 | 56万平方米 | 保洁服务合同 | 5 |
"""
        + SHARED,
        COLS,
    ),
    unit_line=LINE,
)
T2 = Table(
    "project",
    "园区绿化养护",
    wan(520000),
    "对园区道路绿化带及游园约18万平方米绿地实施养护，苗木成活率95%以上。",
    rows(
        """
产出指标 | 数量指标 | 养护绿地面积 | 18万平方米 | 绿化养护合同 | 5 |
"""
        + SHARED,
        COLS,
    ),
    unit_line=LINE,
)
T3 = Table(
    "project",
    "园区智慧管理平台运维",
    wan(260000),
    "保障园区智慧管理平台全年稳定运行，系统可用率99%以上。",
    rows(
        """
产出指标 | 数量指标 | 运维服务系统模块 | 8个 | 运维合同 | 5 |
         | 质量指标 | 系统年可用率 | ≥99% | 运维合同服务等级条款 | 5 |
         | 时效指标 | 故障响应时间 | ≤2小时 | 运维合同 | 5 |
         | 成本指标 | 年度运维费 | ≤26万元 | 预算批复 | 4 |
效益指标 | 社会效益指标 | 企业线上办事 | 便捷高效 | 工作需要 | 2 | V401 V404
满意度指标 | 服务对象满意度指标 | 平台使用企业满意度 | ≥90% | 问卷调查 | 4 |
""",
        COLS,
    ),
    unit_line=LINE,
)

HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "指标值确定依据",
]
KEYS = ["l1", "l2", "l3", "value", "basis"]


def render(doc: Doc) -> bytes:
    f, _ = dept_wide(
        HEAD,
        KEYS,
        [Group(LINE, "1,460,000.00", [(T1, "680,000.00"), (T2, "520,000.00"), (T3, "260,000.00")])],
    )
    blocks = [
        "沣水县工业园区管理委员会2025年项目支出绩效目标表",
        "附件：沣水县工业园区管理委员会2025年项目支出绩效目标表.xlsx　（在线预览）",
        Tab(f, {"sheet": "项目支出绩效目标表"}),
        "下载附件",
    ]
    return html_file(
        blocks,
        "沣水县工业园区管理委员会2025年项目支出绩效目标表",
        "沣水县人民政府",
        "2025-03-05 17:40",
        style="preview",
    )


DOC = Doc(
    "hm20_shaanxi_yuanqu",
    "hm20_陕西沣水县工业园区管理委员会_2025.html",
    UNIT,
    2025,
    tags("html", "utf-8", "陕西", "工业园区管委会", "department-wide yuan unit-year-framing"),
    [T1, T2, T3],
    render=render,
    codes={
        "T102": "the 保洁 and 绿化养护 tables differ only in their 数量指标 row; the other four rows are copied"
    },
    extra={
        "subtotal_rows": [f"{LINE} | 1,460,000.00"],
        "t102_groups": [
            {"tables": [1, 2], "identical": 4, "note": "only the 数量指标 row differs"}
        ],
    },
)
