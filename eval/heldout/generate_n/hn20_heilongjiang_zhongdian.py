"""hn20 — 黑龙江 倭肯县财政局: the county's key project of the year (县级重点项目), a special-bond
cold-chain logistics park, in a legacy XLS: 年度资金总额 / 其中 lines, split value columns 符号 |
数值 | 单位 with 权重, 指标解释 and 指标值确定依据, 元 amounts, and the table cut at the bottom of the
exported sheet (its last satisfaction row has no value)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xls_file
from frame import wan
from nkit import framed, parts3, tags
from spec import Doc, Table

UNIT = "倭肯县财政局"

T1 = Table(
    "project",
    "倭肯县农产品冷链物流园（一期）",
    wan(86500000),
    "2025年完成冷库主体及配套设施建设，新增冷藏库容3万吨，年底前投入试运营，带动周边大米、食用菌冷链外销。",
    rows(
        """
产出指标 | 数量指标 | 新增冷藏库容 | ≥3万吨 | 15 | 园区建成后可用于农产品冷藏的设计库容 | 初步设计批复 | 5 |
         |          | 新建冷库建筑面积 | ≥2.6万平方米 | 10 | 冷库及分拣车间建筑面积合计 | 初步设计批复 | 5 |
         |          | 购置冷链运输车辆 | ≥20辆 | 5 | 冷藏车辆购置数量 | 可行性研究报告 | 5 |
         | 质量指标 | 工程质量验收合格率 | 100% | 10 | 分部工程验收合格数/分部工程总数 | 《建筑工程施工质量验收统一标准》 | 5 |
         |          | 冷库温控达标率 | ≥90% | 5 | 冷库温控达标率 | 行业标准 | 4 | V403 V404
         | 时效指标 | 主体工程完工时间 | 2025年10月31日前 | 5 | 主体工程完工时间 | 施工合同 | 4 | V403
         |          | 试运营时间 | 2025年12月前 | 5 | 冷库投入试运营的时间 | 项目实施方案 | 5 |
         | 成本指标 | 冷库单位造价 | ≤2900元/平方米 | 5 | 冷库建安工程费/冷库建筑面积 | 初步设计概算 | 5 |
         |          | 项目总投资 | ≤8650万元 | 5 | 项目总投资 | 预算批复 | 4 | V403
效益指标 | 经济效益指标 | 年冷链物流收入 | ≥1200万元 | 10 | 园区运营企业年冷藏及配送收入 | 专项债券项目收益与融资自求平衡方案 | 5 |
         |              | 农产品产后损耗率 | 降低 | 5 | 农产品产后损耗率 | 计划标准 | 2 | V401 V403 V404
         | 社会效益指标 | 带动就业人数 | ≥150人 | 5 | 园区及入驻企业新增就业人数 | 可行性研究报告 | 4 |
         | 生态效益指标 | 制冷剂泄漏事故 | 0起 | 5 | 年度制冷剂泄漏事故数 | 安全生产管理制度 | 4 |
         | 可持续影响指标 | 专项债券还本付息 | 按期偿还 | 5 | 按债券发行文件约定偿还本息 | 专项债券发行文件 | 3 |
满意度指标 | 服务对象满意度指标 | 入驻企业满意度 | ≥90% | 5 | 入驻企业问卷调查满意比例 | 问卷调查 | 5 |
""",
        "l1 l2 l3 value weight desc basis spec codes",
    ),
    extra={
        "budget_source": "年度资金总额86,500,000元：专项债券70,000,000元、中央预算内投资12,000,000元、县级配套4,500,000元",
        "cut_off": "the exported sheet ends on 种植养殖户满意度 without a value; that line is not a row",
    },
)
parts3(T1.rows)


def render(doc: Doc) -> bytes:
    f = framed(
        9,
        [
            ("项目名称", T1.project),
            ("主管部门", "倭肯县商务和粮食局"),
            [
                "资金情况（元）",
                "年度资金总额",
                "86,500,000.00",
                "其中：专项债券",
                "70,000,000.00",
                "中央预算内投资",
                "12,000,000.00",
                "县级配套",
                "4,500,000.00",
            ],
            ("年度绩效目标", T1.goal or ""),
        ],
        [
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "符号",
                "数值",
                "单位",
                "权重",
                "指标解释",
                "指标值确定依据",
            ]
        ],
        T1.rows,
        ["l1", "l2", "l3", "p0", "p1", "p2", "weight", "desc", "basis"],
        tail=[["", "", "种植养殖户满意度", "", "", "", "", "", ""]],
    )
    return xls_file(
        [
            (
                "重点项目",
                [
                    "倭肯县2025年县级重点项目绩效目标表",
                    "填报单位：倭肯县商务和粮食局　　审核单位：倭肯县财政局　　金额单位：元",
                    Tab(f),
                ],
            )
        ]
    )


DOC = Doc(
    "hn20_heilongjiang_zhongdian",
    "hn20_倭肯县财政局_县级重点项目绩效目标表_2025.xls",
    UNIT,
    2025,
    tags(
        "xls",
        "",
        "黑龙江",
        "财政（县级重点项目、专项债）",
        """split-value extra-columns budget-lines yuan cut-off level1-once goal-heading
        unit-year-framing""",
    ),
    [T1],
    render,
)
