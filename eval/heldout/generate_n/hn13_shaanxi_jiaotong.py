"""hn13 — 陕西 洛峪县交通运输局: a public-account article reposted on the county portal (UTF-8
HTML in `<section>` wrappers): the 2024 self-evaluation of the vehicle-purchase-tax transfer for
rural roads, the 2025 rural-road maintenance targets with 其中 sub-rows and a 二级 left empty on
the first rows, and a bus-subsidy table without a 三级 column that the article cuts off."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from nkit import framed, tags
from selfeval import self_eval_table
from spec import Doc, Table

UNIT = "洛峪县交通运输局"

T1 = Table(
    "self_evaluation",
    "2024年车辆购置税收入补助地方资金（农村公路建设）",
    2860.0,
    "新改建农村公路58公里、危桥改造4座，提升农村公路通行条件。",
    rows(
        """
产出指标 | 数量指标 | 新改建农村公路里程 | ≥58公里 | 61.3公里 | 15 | 15 |
         |          | 危桥改造座数 | 4座 | 3座 | 10 | 10 | | 4 | S801 S804
         | 质量指标 | 交工验收合格率 | 100% | 100% | 15 | 15 |
         | 时效指标 | 项目完工时间 | 2024年11月底 | 2024年12月25日 | 10 | 8 | 雨季停工延误工期，下年度提前安排开工
         | 成本指标 | 每公里建设补助标准 | ≤40万元/公里 | 38.6万元/公里 | 10 | 10 |
效益指标 | 社会效益指标 | 建制村通双车道比例 | 提高 | 提高 | 15 | 15 | | 2 | V401
         | 可持续影响指标 | 农村公路优良中等路率 | ≥85% | 87% | 10 | 10 |
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 94% | 5 | 8 | | 4 | S802
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    extra={
        "year_evaluated": 2024,
        "budget_source": "年初预算数2860.00万元，全年预算数2860.00万元，全年执行数2774.20万元",
        "actual_completion": "完成新改建农村公路61.3公里、危桥改造3座。",
        "execution_score": 9.7,
        "total_score": 100.7,
    },
)
for r in T1.rows:
    r.spec = r.spec or 4

T2 = Table(
    "project",
    "农村公路日常养护",
    645.0,
    "安排农村公路日常养护资金654万元，对全县1290公里农村公路实施日常养护，优良中等路率不低于85%。",
    rows(
        """
产出指标 | - | 养护里程 | 1290公里 | 4 |
         | - | 其中：县道 | 215公里 | 4 |
         | - | 其中：乡道、村道 | 1075公里 | 4 |
         | 质量指标 | 优良中等路率 | ≥85% | 4 |
         | 时效指标 | 路面病害处治时限 | 发现后7日内 | 4 |
         | 成本指标 | 每公里年养护经费 | 5000元 | 4 |
         |          | 养护工程总成本 | ≤645万元 | 4 |
效益指标 | 社会效益指标 | 农村公路列养率 | 100% | 4 |
满意度指标 | 服务对象满意度指标 | 群众出行满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    codes={"B502": "the goal states 654万元, the budget line 645万元"},
    extra={
        "sub_rows": ["其中：县道", "其中：乡道、村道"],
        "level2_missing": "the first three rows print no 二级",
    },
)
T3 = Table(
    "project",
    "城乡公交运营补贴",
    180.0,
    "保障12条城乡公交线路正常运营。",
    rows(
        """
产出指标 | 数量指标 | | 补贴城乡公交线路12条 | 4 |
         | 质量指标 | | 公交车辆安全运营无责任事故 | 3 |
         | 时效指标 | | 按季度拨付补贴 | 3 |
""",
        "l1 l2 l3 value spec codes",
        note="no 三级 column: the 二级 name is followed directly by the target text",
    ),
    extra={
        "no_level3": True,
        "cut_off": "the article ends after 时效指标",
        "c203_excused": "cut-off table",
    },
)


def render(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "实施单位", "洛峪县农村公路管理所")],
        "项目资金（万元）",
        [("年度资金总额", "2860.00", "2860.00", "2774.20", "10", "97%", "9.7")],
        T1.extra["actual_completion"],
        ("100", "100.7"),
    )
    f2 = framed(
        4,
        [("项目名称", T2.project), ("资金（万元）", "645"), ("年度目标", T2.goal or "")],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T2.rows,
        ["l1", "l2", "l3", "value"],
    )
    f3 = framed(
        3,
        [("项目名称", T3.project), ("资金（万元）", "180"), ("年度目标", T3.goal or "")],
        [["一级指标", "二级指标", "指标值"]],
        T3.rows,
        ["l1", "l2", "value"],
    )
    blocks = [
        "晒晒我们的“账本”｜洛峪县交通运输局绩效信息公开",
        "一、2024年车购税资金绩效自评情况",
        Tab(f1),
        "二、2025年农村公路养护绩效目标",
        Tab(f2),
        "三、城乡公交运营补贴绩效目标",
        Tab(f3),
    ]
    return html_file(
        blocks,
        "洛峪县交通运输局绩效信息公开",
        "洛峪县人民政府",
        "2025-04-02 09:15",
        style="wechat",
        account="洛峪交通",
    )


DOC = Doc(
    "hn13_shaanxi_jiaotong",
    "hn13_洛峪县交通运输局_绩效信息公开_2025.html",
    UNIT,
    2025,
    tags(
        "html",
        "utf-8",
        "陕西",
        "交通（车购税转移支付自评、养护、公交补贴）",
        """self-evaluation budget-lines sub-rows level2-missing-or-repeated no-level3 cut-off
        level1-once several-tables goal-heading unit-year-framing""",
        noise="wechat",
    ),
    [T1, T2, T3],
    render,
)
