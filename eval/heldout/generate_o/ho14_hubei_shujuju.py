"""湖北 · 府河县数据局: Word "save as web page" (UTF-8) published as is: the fund allocation
table first, then two indicator tables with non-standard labels (`产出`, `效果指标`, `社会效果指标`)
and a value header with its gloss; empty mso paragraphs between the tables."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import Framed
from grid import Grid
from kit import build, proj_top, tags
from spec import Doc, Table

DEPT = "府河县数据局"
COLS = "l1 l2 l3 value basis spec codes"

T1 = Table(
    kind="project",
    project="电子政务外网运维经费",
    budget_wan=50.0,
    goal="保障县电子政务外网覆盖126个接入单位，全年网络可用率99.9%以上，不发生网络安全事件。",
    rows=rows(
        """
产出 | 数量 | 外网接入单位数 | ≥126个 | 接入单位台账 | 5 |
     |      | 网络设备巡检次数 | ≥12次 | 运维合同 | 5 |
     | 质量 | 外网可用率 | ≥99.9% | 运维合同 | 5 |
     |      | 网络安全事件 | 0起 | 等级保护测评要求 | 5 |
     | 时效 | 故障修复时间 | ≤4小时 | 运维合同 | 5 |
     | 成本 | 外网年运维费 | ≤50万元 | 预算批复 | 4 |
效果指标 | 社会效果指标 | 部门业务系统接入外网率 | ≥95% | 历史数据 | 4 |
         | 可持续影响 | 外网安全防护水平 | 显著提升 | 工作需要 | 2 | V401 V404
满意度 | 满意度 | 接入单位满意度 | ≥90% | 问卷调查 | 4 |
""",
        COLS,
    ),
)

T2 = Table(
    kind="project",
    project="政务云资源租赁",
    budget_wan=120.0,
    goal="租用政务云主机150台以上（年度租赁费用125万元），支撑60个以上业务系统上云运行，数据备份成功率100%。",
    codes={"B502": "the goal states 125万元 of rent against the 120万元 budget"},
    rows=rows(
        """
产出 | 数量 | 租用云主机数量 | ≥150台 | 云服务合同 | 5 |
     |      | 上云业务系统数 | ≥60个 | 上云系统清单 | 5 |
     | 质量 | 云平台服务可用性 | ≥99.95% | 云服务合同 | 5 |
     |      | 数据备份成功率 | 100% | 云服务合同 | 5 |
     | 时效 | 资源开通时间 | ≤2个工作日 | 云服务合同 | 5 |
     | 成本 | 单台云主机年租用费 | ≤9000元 | 市场询价 | 3 | B501:150台 × 9000元 = 135万元, above the 120万元 budget
效果指标 | 经济效果指标 | 节约财政资金 | ≥200万元 | 自建机房成本测算 | 4 |
         | 社会效果指标 | 数据共享交换次数 | ≥50万次 | 历史数据 | 3 | C206:an exchange count (an output) under 社会效果
满意度 | 满意度 | 使用单位满意度 | ≥90% | 问卷调查 | 4 |
""",
        COLS,
    ),
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]


def _allocation() -> Framed:
    g = Grid(4)
    g.add("序号", "项目名称", "资金来源", "金额（万元）")
    g.header_rows = 1
    g.add("1", T1.project, "县级财政", "50.00")
    g.add("2", T2.project, "县级财政", "120.00")
    r = g.add("合计", "", "", "170.00")
    g.span(r, 0, r, 2)
    return Framed(g)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        KEYS,
        [HEAD],
        top=proj_top(T1.project, DEPT, "资金（万元）", "50.00", "年度目标", T1.goal or ""),
    )
    f2 = build(
        T2.rows,
        KEYS,
        [HEAD],
        top=proj_top(T2.project, DEPT, "资金（万元）", "120.00", "年度目标", T2.goal or ""),
    )
    return html_file(
        [
            "府河县数据局2025年项目资金安排及绩效目标",
            "一、项目资金安排表",
            Tab(_allocation(), {"html": "word"}),
            "二、项目绩效目标表",
            Tab(f1, {"html": "word"}),
            Tab(f2, {"html": "word"}),
        ],
        title="府河县数据局2025年部门预算公开",
        site="府河县人民政府",
        published="2025-02-18",
    )


DOC = Doc(
    id="ho14_hubei_shujuju",
    file="ho14_湖北府河县数据局_2025.html",
    unit=DEPT,
    year=2025,
    tags=tags(
        "html",
        "utf-8",
        "湖北",
        "数据",
        "nonstandard-names value-header-gloss allocation-before several-tables",
        noise="Word save-as-web-page: spans per run, o:p, empty mso paragraphs",
    ),
    tables=[T1, T2],
    render=render,
    extra={
        "allocation_table": "项目资金安排表 (2 projects, 合计 170.00万元) before the indicator tables"
    },
)
