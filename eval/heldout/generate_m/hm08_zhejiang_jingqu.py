"""仙霞县仙霞岭景区管理处 (浙江): Word "save as web page" HTML in GBK; a project table with mid-term
and annual targets side by side and no 一级 column (glossed value headers, merged 二级 names), the
self-evaluation of the previous year and the evaluation-indicator system of the project with a
总分 line."""

from __future__ import annotations

from dsl import imply_l1, rows
from emit import Tab, html_file
from kit import tags
from mframe import framed
from selfeval import self_eval_table
from spec import Doc, Table

UNIT = "仙霞县仙霞岭景区管理处"
P = "景区游步道及安全设施提升"

T1 = Table(
    "project",
    P,
    165.0,
    "2025年完成游步道修缮3.2公里，更新护栏1800米、安全警示标识120块，景区全年无安全责任事故。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 修缮游步道长度 | 3.2公里 | 4 | | 修缮游步道长度 | ≥9公里
         |          | 更新安全护栏 | ≥1800米 | 4 | | 更新安全护栏 | ≥5000米
         |          | 设置安全警示标识 | 120块 | 4 | | 设置安全警示标识 | 300块
         | 质量指标 | 工程验收合格率 | ≥80% | 3 | V405:a quality rate for building work below 100% | 工程验收合格率 | 100%
         | 时效指标（进度） | 主体工程完工时间 | 2025年11月底前 | 4 | | 三年工程完工时间 | 2027年底前
效益指标 | 经济与社会效益指标 | 年接待游客人次 | ≥65万人次 | 4 | | 年接待游客人次 | ≥80万人次
         |                    | 景区安全责任事故 | 0起 | 4 | | 景区安全责任事故 | 0起
满意度指标 | 满意度指标（游客） | 游客满意度 | ≥90% | 4 | | 游客满意度 | ≥92%
""",
            "l1 l2 l3 value spec codes mid_l3 mid_value",
        )
    ),
    title="仙霞县仙霞岭景区管理处2025年项目支出绩效目标表",
    extra={
        "mid_term_goal": "2025—2027年完成景区游步道修缮9公里、护栏更新5000米，建成智慧安防系统。",
        "mid_term_budget_wan": 480.0,
        "value_header": "年度指标值（含计量单位）",
    },
)

T2 = Table(
    "self_evaluation",
    "景区环境卫生保洁",
    52.0,
    "景区核心区保洁面积42万平方米，垃圾日产日清。",
    rows(
        """
产出指标 | 数量指标 | 保洁面积 | 42万平方米 | 4 | 42万平方米 | 20 | 20
         | 质量指标 | 垃圾日产日清率 | 100% | 4 | 98% | 20 | 18 | | 旅游旺季垃圾量超出预期，已增加临时清运车次
         | 成本指标 | 保洁服务费 | ≤52万元 | 4 | 51.6万元 | 10 | 10
效益指标 | 生态效益指标 | 景区环境 | 整洁美观 | 2 | 整洁 | 20 | 20 | V401
满意度指标 | 服务对象满意度指标 | 游客对环境卫生满意度 | ≥90% | 4 | 93% | 20 | 24 | S802:score 24 above the row's 20 points
""",
        "l1 l2 l3 value spec actual score_max score codes deviation",
    ),
    title="2024年度项目支出绩效自评表",
    extra={
        "year_evaluated": 2024,
        "actual_completion": "完成保洁面积42万平方米，垃圾日产日清率98%。",
        "execution_score": 9.9,
        "total_score": 101.9,
        "budget_source": "全年预算数 52.00 万元; 全年执行数 51.60, 执行率 99.2%",
    },
)

T3 = Table(
    "evaluation_system",
    P,
    None,
    None,
    rows(
        """
决策 | 项目立项 | 立项依据充分性 | | | 5 | 项目是否符合景区总体规划和年度计划 | 符合得5分，否则酌情扣分
     | 绩效目标 | 绩效目标明确性 | | | 5 | 目标是否细化量化 | 细化量化得5分，每缺一项扣1分
过程 | 资金管理 | 资金到位率 | | | 10 | 实际到位资金/计划投入资金×100% | 按到位率计分
     | 组织实施 | 工程监理制度执行 | | | 10 | 是否委托监理并按合同执行 | 执行到位得10分
产出 | 产出数量 | 游步道修缮完成率 | | | 20 | 实际修缮长度/计划修缮长度×100% | 按完成率计分
     | 产出质量 | 工程验收合格率 | | | 20 | 验收合格工程数/完工工程数×100% | 100%得20分，每降1个百分点扣2分
效益 | 社会效益 | 游客接待量增长 | | | 20 | 较上年增长情况 | 增长5%以上得20分
     | 满意度 | 游客满意度 | | | 10 | 问卷调查 | 90%以上得10分
""",
        "l1 l2 l3 value spec weight desc std",
    ),
    title="仙霞岭景区游步道及安全设施提升项目绩效评价指标体系",
    extra={"total_row": "总分 | 100"},
)

HEAD = [
    ["中期目标（2025—2027年）", "", "年度目标（2025年）", "", "", ""],
    [
        "三级指标",
        "中期指标值（含计量单位）",
        "二级指标",
        "三级指标",
        "年度指标值（含计量单位）",
        "备注",
    ],
]


def render(doc: Doc) -> bytes:
    f1 = framed(
        6,
        T1.rows,
        ["mid_level3", "mid_value", "l2", "l3", "value", ""],
        HEAD,
        above=[
            ("项目名称", T1.project, "主管部门", "仙霞县文化和广电旅游体育局"),
            ("中期资金总额（万元）", "480.00", "年度资金总额（万元）", "165.00"),
            ("中期目标", T1.extra["mid_term_goal"]),
            ("年度目标", T1.goal or ""),
        ],
        head_spans=[(0, 0, 0, 1), (0, 2, 0, 5)],
        merge=("l2",),
    )
    f2 = self_eval_table(
        T2,
        [("主管部门", "仙霞县文化和广电旅游体育局", "实施单位", UNIT)],
        "项目资金（万元）",
        [["年度资金总额", "52.00", "52.00", "51.60", "10", "99.2%", "9.9"]],
        T2.extra["actual_completion"],
        ("100", "101.9"),
        stacked=True,
    )
    f3 = framed(
        6,
        T3.rows,
        ["l1", "l2", "l3", "weight", "desc", "std"],
        [["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准"]],
        below=[["总分", "", "", "100", "", ""]],
    )
    blocks = [
        "仙霞县仙霞岭景区管理处2025年部门预算",
        "六、项目支出绩效目标",
        T1.title,
        Tab(f1),
        "七、2024年度绩效自评情况",
        T2.title,
        Tab(f2),
        "八、重点项目绩效评价指标体系",
        T3.title,
        Tab(f3),
        "（评价工作由县财政局委托第三方机构实施）",
    ]
    return html_file(
        blocks,
        "仙霞县仙霞岭景区管理处2025年部门预算公开",
        "仙霞县人民政府",
        "2025-02-26",
        charset="gbk",
        style="word",
    )


DOC = Doc(
    "hm08_zhejiang_jingqu",
    "hm08_浙江仙霞县仙霞岭景区管理处_2025.html",
    UNIT,
    2025,
    tags(
        "html",
        "gbk",
        "浙江",
        "景区管理处",
        "midterm-annual level1-missing-or-unfilled nonstandard-names value-header-gloss goal-heading self-evaluation evaluation-system several-tables",
    ),
    [T1, T2, T3],
    render=render,
)
