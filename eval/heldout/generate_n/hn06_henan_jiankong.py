"""hn06 — 河南 汝滨县农业农村局: mid-year performance monitoring (绩效运行监控表, 1-6月) copied to
text (GB18030, CRLF): one project monitored in tab rows with its header labels broken over lines,
a second as Word cells flattened one per line with blank lines, a third with the lone pipes a page
converter leaves for merged cells; each with 年度指标值, 1-6月完成值, 偏差原因 and 纠偏措施."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from nkit import framed, tags
from spec import Doc, Table

UNIT = "汝滨县农业农村局"
COLS = "l1 l2 l3 value actual deviation remark spec codes"
KEYS = ["l1", "l2", "l3", "value", "actual", "deviation", "remark"]
HEAD = [
    "一级\n指标",
    "二级\n指标",
    "三级指标",
    "年度\n指标值",
    "1-6月\n完成值",
    "偏差原因",
    "纠偏措施",
]
MON = {"monitoring": "绩效运行监控表 1-6月: actual = the half-year completion, remark = 纠偏措施"}

T1 = Table(
    "project",
    "小麦“一喷三防”病虫害统防统治",
    860.0,
    "全县完成小麦“一喷三防”作业86万亩，病虫危害损失率控制在5%以内。",
    rows(
        """
产出指标 | 数量指标 | 一喷三防作业面积 | ≥86万亩 | 86.4万亩 | 无偏差 | — | 4 |
         | 质量指标 | 病虫危害损失率 | ≤5% | 3.2% | 无偏差 | — | 4 |
         | 时效指标 | 作业完成时间 | 5月20日前 | 5月18日 | 无偏差 | — | 4 |
效益指标 | 经济效益指标 | 挽回小麦产量损失 | ≥2.6万吨 | 2.9万吨 | 无偏差 | — | 4 |
满意度指标 | 服务对象满意度指标 | 种植户满意度 | ≥90% | 待年底调查 | 未到调查时间 | 四季度开展问卷调查 | 4 |
""",
        COLS,
    ),
    extra={**MON, "period": "2025年1-6月", "budget_executed_wan": 774.0},
)
T2 = Table(
    "project",
    "农村集体经济发展壮大扶持",
    500.0,
    "扶持10个村发展集体经济项目，村均年经营性收入达到10万元以上。",
    rows(
        """
产出指标 | 数量指标 | 扶持村数 | 10个 | 10个 | 无偏差 | — | 4 |
         | 质量指标 | 项目资产确权登记率 | 100% | 60% | 部分项目未完工 | 完工后30日内登记 | 4 |
         | 时效指标 | 项目开工率 | 6月底前100% | 70% | 3个村项目选址调整 | 督促7月底前全部开工 | 4 |
效益指标 | 经济效益指标 | 村均年经营性收入 | ≥10万元 | 4.2万元 | 项目未全部投产 | 加快建设进度 | 4 |
         | 社会效益指标 | 带动群众务工就业 | 明显增加 | 已带动 | — | — | 2 | V401
满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥85% | — | 未开展 | 年底评价 | 4 |
""",
        COLS,
    ),
    extra={**MON, "period": "2025年1-6月", "budget_executed_wan": 165.0},
)
T3 = Table(
    "project",
    "农机购置与应用补贴",
    1320.0,
    "1.补贴购置农业机械2600台（套），主要农作物耕种收综合机械化率达到89%。2.补贴购置农业机械2600台（套），主要农作物耕种收综合机械化率达到89%。",
    rows(
        """
产出指标 | 数量指标 | 补贴机具数量 | ≥2600台（套） | 1180台（套） | 补贴申请集中在下半年 | 加快审核兑付 | 4 |
         | 质量指标 | 机具核验合格率 | 100% | 100% | 无偏差 | — | 4 |
         | 时效指标 | 补贴资金兑付时间 | 按要求 | 按要求 | — | — | 2 | V402
效益指标 | 经济效益指标 | 耕种收综合机械化率 | ≥89% | — | 年底统计 | — | 4 |
         | 可持续影响指标 | 农机作业服务组织数 | ≥35个 | 31个 | — | — | 4 | C202:a count of organisations under 可持续影响
满意度指标 | 服务对象满意度指标 | 购机户满意度 | ≥95% | — | — | — | 4 |
""",
        COLS,
    ),
    codes={"T103": "the goal's two items are the same text"},
    extra={**MON, "period": "2025年1-6月", "budget_executed_wan": 402.6},
)


def _f(t: Table, budget: str, done: str):
    return framed(
        7,
        [
            ("项目名称", t.project),
            ("年度预算（万元）", budget),
            ("1-6月执行（万元）", done),
            ("年度绩效目标", t.goal or ""),
        ],
        [HEAD],
        t.rows,
        KEYS,
    )


def render(doc: Doc) -> bytes:
    blocks = [
        "汝滨县农业农村局2025年项目绩效运行监控情况表",
        "（监控时段：2025年1月1日至6月30日）",
        "",
        "一、" + T1.project,
        Tab(_f(T1, "860", "774"), {"style": "tab"}),
        "",
        "二、" + T2.project,
        Tab(_f(T2, "500", "165"), {"style": "cell_blank"}),
        "三、" + T3.project,
        Tab(_f(T3, "1320", "402.6"), {"style": "lone_pipe"}),
        "注：“—”表示不适用或暂无数据。",
    ]
    return text_file(blocks, encoding="gb18030", newline="\r\n")


DOC = Doc(
    "hn06_henan_jiankong",
    "hn06_汝滨县农业农村局_绩效运行监控表_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "gb18030 crlf",
        "河南",
        "农业农村（运行监控）",
        """tab cell-per-line-blank lone-pipes broken-labels extra-columns level1-once goal-heading
        several-tables unit-year-framing""",
    ),
    [T1, T2, T3],
    render,
    extra={
        "monitoring": "mid-year monitoring tables labelled as project tables (kind project) with the half-year completion in row_extra.actual"
    },
)
