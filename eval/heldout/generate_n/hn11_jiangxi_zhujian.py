"""hn11 — 江西 铅河县住房和城乡建设局: a legacy XLS from the budget office: the fund allocation
sheet (元) before the indicator sheets; a PPP project with its 中期目标 (three-year cooperation
period) beside the annual target, each with its own 二级/三级/值 columns; the approved (批复)
target table of a purchased sanitation service with budget lines and placeholder rows."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xls_file
from frame import Framed
from grid import Grid
from nkit import framed, tags
from spec import Doc, Table

UNIT = "铅河县住房和城乡建设局"

T1 = Table(
    "project",
    "城区污水处理厂及配套管网PPP项目运营补贴",
    2460.0,
    "按PPP合同支付可用性服务费和运维绩效服务费，污水处理厂出水稳定达到一级A标准，城区污水集中收集率逐年提高。",
    rows(
        """
产出指标 | 数量指标 | 年污水处理量 | ≥1100万吨 | 处理量（三年累计） | ≥3300万吨 | 4 |
         | 质量指标 | 出水水质达标率 | 100% | 出水水质达标率 | 100% | 4 |
         | 时效指标 | 运维服务费支付时间 | 按季度考核后15日内支付 | 服务费支付 | 按合同约定 | 4 |
         | 成本指标 | 污水处理服务单价 | ≤1.38元/吨 | 污水处理服务单价 | ≤1.38元/吨 | 4 |
效益指标 | 生态效益指标 | 城区污水集中收集率 | ≥75% | 城区污水集中收集率 | ≥80% | 4 |
         | 社会效益指标 | 黑臭水体返黑返臭 | 不发生 | 黑臭水体 | 长治久清 | 3 |
满意度指标 | 服务对象满意度指标 | 周边群众满意度 | ≥90% | 周边群众满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value mid_l3 mid_value spec codes",
    ),
    extra={
        "mid_term_goal": "三年合作期内污水处理厂稳定运行，出水一级A达标，城区污水集中收集率达到80%。",
        "mid_term_budget_wan": 7380.0,
        "ppp": "可用性服务费1380万元、运维绩效服务费1080万元",
    },
)
T2 = Table(
    "project",
    "城区环卫保洁政府购买服务",
    1235.0,
    "城区道路清扫保洁面积320万平方米，生活垃圾日产日清。",
    rows(
        """
产出指标 | 数量指标 | 指标1：道路清扫保洁面积 | ≥320万平方米 | 4 |
         |          | 指标2：公厕保洁座数 | 68座 | 4 |
         | 质量指标 | 指标1：道路机械化清扫率 | ≥80% | 4 |
         | 时效指标 | 指标1：生活垃圾清运 | 日产日清 | 3 |
         | 成本指标 | 指标1：保洁服务单价 | ≤3.6元/平方米·年 | 4 |
效益指标 | 社会效益指标 | 指标1：市容环境 | 明显改善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 指标1：市民满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    extra={
        "approval": True,
        "budget_source": "年度资金总额1235万元：财政拨款1180万元、上年结转55万元",
        "placeholders": ["指标2：", "……"],
    },
)


def allocation() -> Framed:
    g = Grid(5)
    g.add("项目名称", "资金性质", "预算金额（元）", "其中：财政拨款", "备注")
    g.header_rows = 1
    g.add(
        "城区污水处理厂及配套管网PPP项目运营补贴",
        "一般公共预算",
        "24,600,000.00",
        "24,600,000.00",
        "PPP",
    )
    g.add(
        "城区环卫保洁政府购买服务",
        "一般公共预算",
        "12,350,000.00",
        "11,800,000.00",
        "含上年结转550000元",
    )
    g.add("合计", "", "36,950,000.00", "36,400,000.00", "")
    return Framed(g)


def render(doc: Doc) -> bytes:
    f1 = framed(
        7,
        [
            ("项目名称", T1.project),
            ("实施期资金（万元）", "7380"),
            ("年度资金（万元）", "2460"),
            ("中期目标（2025-2027年）", T1.extra["mid_term_goal"]),
            ("年度目标（2025年）", T1.goal or ""),
        ],
        [
            ["一级指标", "年度指标", "", "", "中期指标", "", ""],
            ["", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        ],
        T1.rows,
        ["l1", "l2", "l3", "value", "mid_level2", "mid_level3", "mid_value"],
        head_spans=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)],
    )
    f2 = framed(
        4,
        [
            ("项目名称", T2.project),
            ("年度资金总额（万元）", "1235"),
            ("其中：财政拨款", "1180"),
            ("上年结转", "55"),
            ("年度目标", T2.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T2.rows,
        ["l1", "l2", "l3", "value"],
        after={2: [("", "", "指标2：", "")], 7: [("", "", "……", "")]},
    )
    return xls_file(
        [
            (
                "资金安排",
                ["铅河县住房和城乡建设局2025年项目资金安排表", "单位：元", Tab(allocation())],
            ),
            ("PPP项目", ["2025年PPP项目绩效目标表（中期及年度）", Tab(f1)]),
            ("批复表", ["铅河县2025年项目支出绩效目标批复表", "批复单位：铅河县财政局", Tab(f2)]),
        ]
    )


DOC = Doc(
    "hn11_jiangxi_zhujian",
    "hn11_铅河县住房和城乡建设局_项目绩效目标_2025.xls",
    UNIT,
    2025,
    tags(
        "xls",
        "",
        "江西",
        "住建（PPP、政府购买服务）",
        """midterm-annual allocation-before approval budget-lines prefixes-placeholders yuan
        level1-once several-tables goal-heading unit-year-framing""",
    ),
    [T1, T2],
    render,
    extra={"allocation_table": "sheet 资金安排 (元) before the indicator sheets, not labelled"},
)
