"""河北 · 潮白县发展和改革局: text copied out of a PDF viewer (hard wraps inside cells, the
page header and page number inside the table, labels broken over lines) and a second table
pasted from the web page as one long line; amounts in 元."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import E, P, S, wan
from grid import Text
from kit import build, tags
from spec import Doc, Table
from textual import render_one_line

T1 = Table(
    kind="project",
    project="以工代赈农村产业路建设项目",
    budget_wan=wan(3860000),
    goal="在大营子、东沟门两村新建硬化产业路4.6公里，吸纳当地群众务工不少于120人，发放劳务报酬不低于中央资金的30%，2025年10月底前完工。",
    title="潮白县发展和改革局2025年项目支出绩效目标表",
    rows=rows(
        f"""
{P} | 数量指标 | 新建硬化产业路里程 | ≥4.6公里 | 项目初步设计批复 | 5 |
    |          | 吸纳务工群众人数 | ≥120人 | 以工代赈实施方案 | 5 |
    | 质量指标 | 工程竣工验收合格率 | 100% | 《公路工程质量检验评定标准》 | 5 |
    |          | 路基压实度 | ≥96% | 设计规范 | 4 | V404
    | 时效指标 | 项目完工时间 | 2025年10月31日前 | 年度投资计划 | 4 |
    |          | 劳务报酬发放及时率 | 100% | 按月发放 | 4 |
    | 成本指标 | 劳务报酬占中央资金比例 | ≥30% | 国家以工代赈管理办法 | 5 |
    |          | 每公里建设成本 | ≤95万元 | 项目概算 | 3 | B501:4.6公里 × 95万元 = 437万元, above the 386万元 budget
{E} | 经济效益指标 | 务工群众人均增收 | ≥6000元 | 往年项目平均水平 | 4 | | 经济效益\\n指标
    | 社会效益指标 | 群众出行条件 | 明显改善 | 现实需求 | 2 | V401 V404
    | 可持续影响指标 | 产业路使用年限 | ≥10年 | 设计使用年限 | 4 | | 可持续影响\\n指标
{S} | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 问卷调查 | 4 |
""",
        "l1 l2 l3 value basis spec codes printed_l2",
    ),
    extra={
        "budget_source": "年度资金总额 3,860,000.00元 (其中：财政拨款 3,200,000.00元，上年结转 660,000.00元)",
        "page_turn": "the PDF page header and page number stand between rows 6 and 7",
    },
)

T2 = Table(
    kind="project",
    project="重要民生商品价格监测补助",
    budget_wan=8.5,
    goal="对全县12个价格监测点开展粮油、肉蛋、蔬菜等重要民生商品价格周监测，及时发现价格异常波动。",
    rows=rows(
        f"""
{P} | 数量指标 | 价格监测点数量 | ≥12个 | 4 |
    |          | 发布价格监测周报期数 | 52期 | 4 |
    | 质量指标 | 监测数据上报准确率 | ≥98% | 4 |
    | 时效指标 | 数据上报时间 | 每周二12时前 | 4 |
    | 成本指标 | 监测点补助标准 | ≤600元 | 3 | U301:a per-point standard in bare 元 (per point and month not said)
{E} | 社会效益指标 | 价格异常波动预警 | 及时 | 2 | V401
{S} | 服务对象满意度指标 | 监测点满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    extra={"budget_source": "项目资金 85,000元"},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值（含符号、数值及计量单位）", "指标值确定依据"]
FURNITURE = ["— 7 —", "潮白县发展和改革局2025年部门预算公开"]


def _t1():
    return build(
        T1.rows,
        ["l1", "l2", "l3", "value", "basis"],
        [HEAD],
        top=[
            ("项目名称", T1.project),
            ("主管部门", "潮白县发展和改革局"),
            ("年度资金总额", "3,860,000.00"),
            ("其中：财政拨款", "3,200,000.00"),
            ("上年结转", "660,000.00"),
            ("年度绩效目标", T1.goal or ""),
        ],
    )


def _t2():
    return build(
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=[("项目名称", T2.project), ("项目资金（元）", "85,000"), ("绩效目标", T2.goal or "")],
    )


def render(doc: Doc) -> bytes:
    f1 = _t1()
    first_body = f1.body[0]
    f2 = _t2()

    def one_line(t: Text) -> None:
        render_one_line(t, f2, prefix="2.重要民生商品价格监测补助绩效目标表")

    return text_file(
        [
            "潮白县发展和改革局2025年部门预算公开",
            "第三部分  其他公开事项",
            "三、项目支出绩效目标情况",
            "1.以工代赈农村产业路建设项目绩效目标表",
            "金额单位：元",
            Tab(
                f1,
                {
                    "style": "spaces",
                    "where": "middle",
                    "wrap": 15,
                    "breaks": {first_body + 6: FURNITURE},
                },
            ),
            "说明：本表指标值确定依据栏由项目单位填报。",
            "",
            one_line,
            "",
            "四、名词解释",
            "以工代赈：指政府投资建设基础设施，受赈济者参加工程建设获得劳务报酬。",
        ]
    )


DOC = Doc(
    id="ho01_hebei_fagai",
    file="ho01_河北潮白县发展和改革局_2025.txt",
    unit="潮白县发展和改革局",
    year=2025,
    tags=tags(
        "txt",
        "utf-8",
        "河北",
        "发展和改革",
        """spaces one-line broken-labels level1-once value-header-gloss yuan budget-lines
        several-tables unit-year-framing""",
        noise="pdf viewer copy: hard wraps, page header and number inside the table",
    ),
    tables=[T1, T2],
    render=render,
)
