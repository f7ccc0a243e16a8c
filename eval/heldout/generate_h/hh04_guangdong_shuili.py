"""hh04 — 广东 梅潭县水务局, 2024, a ruled PDF with a running header and page footer on every
page: a project table with a 中期指标值 column beside the annual one (mid-term budget and goal
above it), and a second table that goes on over the page."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import project_table
from kit import tags
from spec import Doc, Table

DEPT = "梅潭县水务局"

T1 = Table(
    "project",
    "梅潭河（城区段）中小河流治理工程",
    2350.0,
    "2024年完成梅潭河城区段堤防加固6.2公里、河道清淤疏浚4.5公里，汛期前完成主体工程，"
    "保护沿岸人口2.3万人，防洪标准达到20年一遇。",
    rows(
        """
产出指标 | 数量指标 | 堤防加固长度 | ≥11.8公里 | ≥6.2公里 | 工程初步设计批复 | 5 |
 | | 河道清淤疏浚长度 | ≥9公里 | ≥4.5公里 | 工程初步设计批复 | 5 |
 | 质量指标 | 单位工程质量合格率 | 100% | 100% | 《水利水电工程施工质量检验与评定规程》 | 5 |
 | 时效指标 | 主体工程完工时间 | 2026年4月前 | 2024年5月31日前 | 年度实施计划 | 4 |
 | 成本指标 | 工程总投资控制 | ≤5800万元 | ≤2350万元 | 概算批复 | 4 |
效益指标 | 社会效益指标 | 保护人口 | ≥4.6万人 | ≥2.3万人 | 可行性研究报告 | 5 |
 | | 防洪标准 | 20年一遇 | 20年一遇 | 可行性研究报告 | 4 |
 | 生态效益指标 | 河道水质 | 持续改善 | 改善 | 工作需要 | 2 | V401 V404
 | 可持续影响指标 | 工程设计使用年限 | 30年 | 30年 | 工程初步设计批复 | 4 |
满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥90% | ≥90% | 问卷调查 | 4 |
""",
        "l1 l2 l3 mid_value value basis spec codes",
    ),
    title="梅潭县水务局2024年项目支出绩效目标表（一）",
    extra={
        "mid_term_goal": "2024—2026年完成梅潭河城区段堤防加固11.8公里、清淤疏浚9公里，"
        "保护人口4.6万人，城区段防洪标准全面达到20年一遇。",
        "mid_term_budget_wan": 5800.0,
    },
)

T2 = Table(
    "project",
    "2024年农村供水工程维修养护补助",
    136.5,
    "对全县46处集中供水工程进行维修养护，更换老旧管网18公里，农村自来水普及率保持在92%以上，"
    "农村供水工程正常运行。",
    rows(
        """
产出指标 | 数量指标 | 维修养护集中供水工程 | 46处 | 县农村供水工程台账 | 4 |
 | | 更换老旧供水管网 | ≥18公里 | 维修养护实施方案 | 5 |
 | | 水质检测次数 | ≥2次 | 行业标准 | 4 | V404
 | 质量指标 | 水质检测合格率 | ≥95% | 《生活饮用水卫生标准》 | 5 |
 | | 维修工程验收合格率 | ≥80% | 工作需要 | 3 | V405:an acceptance rate for repair works below 100% V404
 | 时效指标 | 维修养护完成时间 | 2024年10月底前 | 年度工作计划 | 4 |
 | 成本指标 | 管网更换单价 | ≤6.5万元/公里 | 2023年同类工程结算价 | 5 |
效益指标 | 社会效益指标 | 农村自来水普及率 | ≥92% | 2023年普及率91.4% | 5 |
 | | 受益农村人口 | ≥13.5万人 | 历史数据 | 4 |
 | 可持续影响指标 | 供水工程运行管护机制 | 长效运行 | 现实需求 | 2 | V401 V404
满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 问卷调查 | 4 |
""",
        "l1 l2 l3 value basis spec codes",
    ),
    title="梅潭县水务局2024年项目支出绩效目标表（二）",
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        DEPT,
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "中期指标值\n（2024—2026年）",
            "年度指标值\n（2024年）",
            "指标值设定依据",
        ],
        ["l1", "l2", "l3", "mid_value", "value", "basis"],
        "年度资金（万元）",
        "2350.00（中期资金总额5800.00）",
        "年度目标",
    )
    f1.grid.wide("中期目标", T1.extra["mid_term_goal"])
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["l1", "l2", "l3", "value", "basis"],
        "项目资金（万元）",
        "136.50",
        "年度目标",
    )
    blocks: list[object] = [
        "# 梅潭县水务局2024年部门预算项目绩效目标",
        "按照县财政局关于做好2024年预算绩效目标公开工作的通知要求，现将本部门重点项目绩效目标公开如下。",
        T1.title,
        Tab(f1, widths=(28, 34, 52, 44, 44, 60)),
        T2.title,
        Tab(f2, widths=(34, 40, 70, 60, 62)),
    ]
    return pdf_file(blocks, ruled=True, header="梅潭县水务局2024年部门预算公开", size=9)  # type: ignore[arg-type]


DOC = Doc(
    "hh04_guangdong_shuili",
    "hh04_广东梅潭县水务局_2024.pdf",
    DEPT,
    2024,
    tags(
        "pdf",
        "ruled",
        "广东",
        "水利",
        "midterm-annual value-header-gloss several-tables goal-heading unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
