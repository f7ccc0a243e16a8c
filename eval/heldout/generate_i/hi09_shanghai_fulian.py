"""hi09 上海 · 淞浦区妇女联合会 2025: UTF-8 text. Table 1 copied out of Word as one cell per line
with blank lines between cells and no 一级 column; table 2 in pipe rows without outer pipes,
padded with empty cells, whose 一级 column is printed but never filled."""

from __future__ import annotations

from dsl import imply_l1, rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table

COLS = "l1 l2 l3 value spec codes"
UNIT = "上海市淞浦区妇女联合会"

T1 = Table(
    "project",
    "妇女儿童维权服务站运行经费",
    28.0,
    "保障全区12个街镇妇女儿童维权服务站运行，全年提供法律咨询800人次以上，来访案件及时转介办结。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 妇女儿童维权服务站点 | ≥12个 | 4 |
         |          | 法律咨询接待人次 | ≥800人次 | 4 |
         | 质量指标 | 来访案件转介办结率 | ≥95% | 4 |
         |          | 维权案件台账建档率 | 100％% | 1 | U303:doubled percent sign (100％%)
         | 时效指标 | 来访登记响应时间 | 当日登记、3个工作日内回复 | 4 |
         | 成本指标 | 服务站点运行补助 | ≤2.3万元/个 | 4 |
效益指标 | 社会效益指标 | 妇女儿童合法权益 | 得到有效维护 | 2 | V401
         | 可持续影响指标 | 维权服务网络 | 长效运行 | 2 | V401
满意度指标 | 满意度指标 | 来访妇女群众满意度 | ≥90% | 4 |
""",
            COLS,
        )
    ),
    title="2025年区级项目绩效目标表",
)

T2 = Table(
    "project",
    "“家庭教育指导进社区”项目",
    15.0,
    "“家庭教育指导进社区”项目经费。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 家庭教育讲座场次 | ≥40场 | 4 |
         |          | 受益家庭户数 | ≥2000户 | 4 |
         | 质量指标 | 讲师持证上岗率 | 100% | 4 |
         | 时效指标 | 讲座完成时间 | 2025年11月30日前 | 4 |
         | 成本指标 | 单场讲座讲课费 | ≤1500元 | 4 |
效益指标 | 社会效益指标 | 家庭教育讲座参加人次 | ≥3000人次 | 4 | C206
         |              | 家长家庭教育能力 | 提升 | 2 | V401
满意度指标 | 满意度指标 | 参训家长满意度 | ≥95% | 4 |
""",
            COLS,
        ),
        printed="",
    ),
    title="2025年区级项目绩效目标表",
    codes={"T104": "the goal only restates the project name"},
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        UNIT,
        ["二级指标", "三级指标", "指标值"],
        ["l2", "l3", "value"],
        "项目金额（万元）",
        "28.00",
        "年度目标",
        merge=("l2",),
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目金额（万元）",
        "15.00",
        "年度目标",
    )
    return text_file(
        [
            "上海市淞浦区妇女联合会2025年部门预算",
            "",
            "项目一",
            T1.title,
            "",
            Tab(f1, {"style": "cell_blank"}),
            "项目二",
            T2.title,
            Tab(f2, {"style": "pipe", "pad": 3, "outer": False}),
            "",
            "（本页完）",
        ]
    )


DOC = Doc(
    id="hi09_shanghai_fulian",
    file="hi09_上海淞浦区妇女联合会_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8",
        "上海",
        "妇联",
        "cell-per-line-blank pipe-padded level1-missing-or-unfilled several-tables",
    ),
    tables=[T1, T2],
    render=render,
)
