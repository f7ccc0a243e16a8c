"""重庆 · 綦岭县融媒体中心 2025: UTF-8 text with a BOM; a project table copied out of a page
converter with one cell per line ending in a pipe and a lone `|` for each empty or merged cell,
then a self-evaluation of the 2024 emergency-broadcast project as tab rows."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from selfeval import self_eval_table
from spec import Doc, Table

UNIT = "綦岭县融媒体中心"

T1 = Table(
    "project",
    "綦岭融媒客户端及新媒体平台运维",
    68.0,
    "全年发布原创稿件6000条以上、短视频800条以上，开展直播24场以上，保障客户端安全稳定运行。",
    rows(
        """
产出指标 | 数量指标 | 客户端年发布原创稿件 | ≥6000条 | 4 |
         |          | 短视频制作条数 | ≥800条 | 4 |
         |          | 网络直播场次 | ≥24场 | 4 |
         | 质量指标 | 稿件审核差错率 | ≤0.1% | 4 |
         |          | 客户端全年运行状态 | 正常 | 2 | V401
         | 时效指标 | 重大突发事件首发时间 | ≤1小时 | 4 |
         | 成本指标 | 客户端云服务年费 | ≤18万元 | 4 |
效益指标 | 社会效益指标 | 客户端累计下载量 | ≥15万次 | 4 |
         |              | 主流舆论影响力 | 不断扩大 | 2 | V401
         | 可持续影响指标 | 融媒体传播矩阵运行 | 长期 | 2 | V401
满意度指标 | 服务对象满意度指标 | 客户端用户满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="綦岭县融媒体中心2025年项目支出绩效目标表",
)

ACTUAL = "维护村级应急广播终端1236个，开展演练4次，终端在线率91.3%，预警信息覆盖全部行政村。"
T2 = Table(
    "self_evaluation",
    "县级应急广播系统运维",
    120.0,
    "维护村级应急广播终端1200个以上，终端在线率95%以上，全年开展应急广播演练4次。",
    rows(
        """
产出指标 | 数量指标 | 维护村级应急广播终端 | ≥1200个 | 1236个 | 10 | 10 | | 4 |
         |          | 开展应急广播演练 | 4次 | 4次 | 10 | 10 | | 4 |
         | 质量指标 | 终端在线率 | ≥95% | 91.3% | 10 | 10 | | 4 | S801 S804
         | 时效指标 | 故障修复时限 | ≤72小时 | ≤72小时 | 10 | 10 | | 4 |
         | 成本指标 | 单个终端年维护费 | ≤300元/个 | 290元/个 | 10 | 10 | | 4 |
效益指标 | 社会效益指标 | 预警信息覆盖行政村比例 | 100% | 100% | 15 | 15 | | 4 |
         |              | 群众防灾减灾意识 | 明显增强 | 增强 | 10 | 9 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 92.6% | 15 | 14 | 部分偏远村组信号弱，下年度增设终端 | 4 |
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    title="綦岭县融媒体中心2024年度项目支出绩效自评表",
    extra={
        "actual_completion": ACTUAL,
        "budget_source": "年度资金总额: 年初预算数 120.00, 全年预算数 120.00, 全年执行数 116.40, "
        "分值 10, 执行率 97.0%, 得分 9.7; 其中：财政拨款 120.00/120.00/116.40",
        "execution_score": 9.7,
        "total_score": 97.7,
        "year_evaluated": 2024,
    },
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "资金总额（万元）",
        "68.00",
    )
    f2 = self_eval_table(
        T2,
        [("主管部门", "中共綦岭县委宣传部", "实施单位", UNIT)],
        "项目资金（万元）",
        [
            ("年度资金总额", "120.00", "120.00", "116.40", "10", "97.0%", "9.7"),
            ("其中：财政拨款", "120.00", "120.00", "116.40", "—", "—", "—"),
        ],
        ACTUAL,
        ("100", "97.7"),
    )
    blocks = [
        "綦岭县融媒体中心2025年部门预算公开",
        "（七）项目支出绩效目标",
        "",
        T1.title,
        Tab(f1, {"style": "lone_pipe"}),
        "",
        "（八）上年度项目绩效自评结果",
        T2.title,
        Tab(f2, {"style": "tab"}),
        "",
        "綦岭县融媒体中心",
        "2025年2月",
    ]
    return text_file(blocks, encoding="utf-8", bom=True)  # type: ignore[arg-type]


DOC = Doc(
    id="hj07_chongqing_rongmeiti",
    file="hj07_重庆綦岭县融媒体中心_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8-sig",
        "重庆",
        "融媒体中心",
        "cell-per-line-pipe lone-pipes tab self-evaluation budget-lines level1-once:first "
        "several-tables goal-heading:年度绩效目标+预期目标/实际完成情况 unit-year-framing:text",
        framework="产出/效益/满意度",
    ),
    tables=[T1, T2],
    render=render,
)
