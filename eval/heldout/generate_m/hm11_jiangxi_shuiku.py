"""禾川县水库管理所 (江西): a legacy XLS with three sheets: the allocation of the year's funds in
元, the transfer-payment 区域绩效目标表 of the small-reservoir maintenance grant with one column
per reservoir, and the approved table of the unit's own project with the 二级 repeated on every
row and its budget split into 财政拨款 / 上年结转 / 其他资金 (元)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xls_file
from frame import wan
from kit import tags
from mframe import framed
from spec import Doc, Table

UNIT = "禾川县水库管理所"
PLACES = ["龙潭水库", "石门水库", "枫树坑水库"]

T1 = Table(
    "transfer",
    "中央水利发展资金（小型水库维修养护）",
    wan(1260000),
    "对全县3座小型水库开展日常维修养护，落实水库安全运行管护责任，确保水库安全度汛。",
    rows(
        """
产出指标 | 数量指标 | 维修养护小型水库数量 | 3座 | 1座 | 1座 | 1座 | 4
         |          | 大坝除草清障面积 | ≥4.5万平方米 | 2.1万平方米 | 1.5万平方米 | 0.9万平方米 | 4
         | 质量指标 | 维修养护项目验收合格率 | 100% | 100% | 100% | 100% | 4
         | 时效指标 | 汛前检查完成时间 | 2025年4月15日前 | 2025年4月15日前 | 2025年4月15日前 | 2025年4月15日前 | 4
         | 成本指标 | 每座水库年维修养护定额 | ≤42万元 | ≤55万元 | ≤40万元 | ≤31万元 | 4
效益指标 | 社会效益指标 | 水库安全度汛 | 100% | 100% | 100% | 100% | 4
         | 可持续影响指标 | 水库工程安全运行年限 | 长期 | 长期 | 长期 | 长期 | 2 | V401
满意度指标 | 服务对象满意度指标 | 下游受益群众满意度 | ≥90% | ≥90% | ≥90% | ≥90% | 4
""",
        "l1 l2 l3 value " + " ".join(f"place:{p}" for p in PLACES) + " spec codes",
    ),
    title="2025年中央水利发展资金（小型水库维修养护）区域绩效目标表",
    extra={
        "budget_source": "年度金额（元） 1,260,000.00 = 中央补助 1,260,000.00 + 地方资金 0",
        "region": "禾川县",
        "value_column": "全县",
    },
)

T2 = Table(
    "project",
    "水库安全运行管护",
    wan(385600),
    "落实3座水库巡查值守，全年巡查不少于1095次，雨水情测报及时准确，水库无安全事故。",
    rows(
        """
产出指标 | 数量指标 | 水库日常巡查次数 | ≥1095次 | 4
         | 数量指标 | 聘用巡库员 | 6个 | 3 | U301:people counted in 个
         | 质量指标 | 雨水情测报准确率 | ≥95% | 4
         | 质量指标 | 巡查记录完整率 | 100% | 4
         | 时效指标 | 险情报告时限 | ≤1小时 | 4
         | 成本指标 | 巡库员年工资性补助 | ≤3.6万元 | 4
效益指标 | 社会效益指标 | 水库安全事故 | 0起 | 4
         | 社会效益指标 | 保护下游耕地 | ≥8600亩 | 4
满意度指标 | 服务对象满意度指标 | 下游群众满意度 | ≥60% | 3 | V405:satisfaction target below 80%
""",
        "l1 l2 l3 value spec codes",
    ),
    title="禾川县水库管理所2025年项目支出绩效目标批复表",
    extra={
        "approval": True,
        "budget_source": "年度资金总额（元） 385,600.00 = 财政拨款 365,600.00 + 上年结转 20,000.00 + 其他资金 0",
    },
)


def render(doc: Doc) -> bytes:
    alloc = framed(
        4,
        [],
        [],
        [["序号", "项目/资金名称", "资金性质", "金额（元）"]],
        below=[
            ["1", "小型水库维修养护（中央水利发展资金）", "上级转移支付", "1,260,000.00"],
            ["2", "水库安全运行管护", "县级预算", "385,600.00"],
            ["3", "基本支出", "县级预算", "1,102,380.00"],
            ["合计", "", "", "2,747,980.00"],
        ],
    )
    f1 = framed(
        7,
        T1.rows,
        ["l1", "l2", "l3", "value"] + [f"place:{p}" for p in PLACES],
        [["一级指标", "二级指标", "三级指标", "指标值", "", "", ""], ["", "", "", "全县", *PLACES]],
        above=[
            ("转移支付名称", T1.project),
            ("中央主管部门", "水利部", "地方主管部门", "禾川县水利局"),
            [
                "资金情况（元）",
                "年度金额",
                "1,260,000.00",
                "其中：中央补助",
                "1,260,000.00",
                "地方资金",
                "0",
            ],
            ("年度目标", T1.goal or ""),
        ],
        head_spans=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)],
    )
    f2 = framed(
        4,
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        above=[
            ("项目名称", T2.project),
            ["年度资金总额（元）", "财政拨款", "上年结转", "其他资金"],
            ["385,600.00", "365,600.00", "20,000.00", "0.00"],
            ("年度绩效目标", T2.goal or ""),
        ],
        merge=("l1",),
    )
    return xls_file(
        [
            ("资金分配", ["禾川县水库管理所2025年资金分配表", "单位：元", Tab(alloc)]),
            ("区域绩效目标", [T1.title, "金额单位：元", Tab(f1)]),
            (
                "项目绩效目标",
                [T2.title, Tab(f2), "批复单位：禾川县财政局　　批复日期：2025年2月18日"],
            ),
        ]
    )


DOC = Doc(
    "hm11_jiangxi_shuiku",
    "hm11_江西禾川县水库管理所_2025.xls",
    UNIT,
    2025,
    tags(
        "xls",
        "",
        "江西",
        "水库管理所",
        "transfer per-place approval allocation-before yuan budget-lines level2-missing-or-repeated",
    ),
    [T1, T2],
    render=render,
)
