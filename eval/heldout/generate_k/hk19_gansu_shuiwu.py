"""hk19 甘肃 · 疏勒河县水务局: ruled PDF, portrait, without page furniture: the rural water-supply
project in the 2021 tree (成本指标 as 一级) with a 备注 column and `其中：` sub-rows."""

from dsl import rows
from emit import Tab, pdf_file
from kit import ptab, tags
from spec import Doc

DEPT = "疏勒河县水务局"

ROWS = rows(
    """
产出指标 | 数量指标 | 改造农村供水管网 | ≥46公里 | 含入户管网 | 4 |
 | | 其中：主管网 | ≥14公里 | | 4 |
 | | 其中：入户管网 | ≥32公里 | | 4 |
 | | 新建蓄水池 | ≥2座 | 容积各500立方米 | 4 |
 | 质量指标 | 工程验收合格率 | 100% | | 4 |
 | 时效指标 | 冬季冻管抢修响应时间 | ≤12小时 | | 4 |
成本指标 | 经济成本指标 | 管网改造成本 | ≤28万元/公里 | 设计概算 | 3 | B501:46 km × 28万元 = 1288万元 against a 560万元 budget
 | 社会成本指标 | 施工期间停水影响户数 | ≤300户 | | 4 |
 | 生态环境成本指标 | 生态环境成本指标 | 无 | | 1 | T107
效益指标 | 社会效益指标 | 农村自来水普及率 | ≥96% | | 4 |
满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | | 4 |
""",
    "l1 l2 l3 value remark spec codes",
)

T, F = ptab(
    "农村供水保障工程（管网改造）",
    560.0,
    "改造农村供水管网46公里，新建蓄水池2座，农村自来水普及率达到96%以上。",
    ROWS,
    DEPT,
    ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
    ["l1", "l2", "l3", "value", "remark"],
    "项目资金（万元）",
    "560.00",
    title="疏勒河县水务局2025年项目支出绩效目标表",
    budget_source="项目资金（万元） 560.00",
)


def render(doc: Doc) -> bytes:
    return pdf_file(
        [
            "附件3",
            "# 疏勒河县水务局2025年项目支出绩效目标表",
            Tab(F, widths=(26, 34, 52, 34, 40)),
            "说明：项目资金已列入2025年部门预算，由县财政局统筹安排。",
        ],
        ruled=True,
        wide=False,
        size=8,
    )


DOC = Doc(
    "hk19_gansu_shuiwu",
    "hk19_甘肃疏勒河县水务局_2025.pdf",
    DEPT,
    2025,
    tags(
        "pdf",
        "ruled",
        "甘肃",
        "水利",
        "sub-rows extra-columns level1-once unit-year-framing",
    ),
    [T],
    render,
)
