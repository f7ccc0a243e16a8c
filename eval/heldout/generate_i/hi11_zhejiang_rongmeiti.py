"""hi11 浙江 · 椒溪县融媒体中心 2025: GB18030 text (LF) copied out of a PDF converter. Table 1 is
the finance bureau's 批复表 in the 2021 framework with the points of each 一级 in brackets, shown
with lone pipes for merged and empty cells; table 2 one cell per line ending in a pipe."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table

COLS = "l1 l2 l3 value spec codes note"
UNIT = "椒溪县融媒体中心"
SUB = "其中 sub-row of the row above"

T1 = Table(
    "project",
    "县级融媒体中心新闻采编及平台运维",
    150.0,
    "全年发布原创新闻稿件3600条以上，保障“椒溪发布”客户端全年安全运行，完成重大主题宣传任务。",
    rows(
        f"""
产出指标（50分） | 数量指标 | 原创新闻稿件发布量 | ≥3600条 | 4 | |
                 |          | “椒溪发布”客户端运维天数 | 365天 | 4 | |
                 |          | 其中：短视频产品 | ≥900条 | 4 | | {SUB}
                 | 质量指标 | 新闻稿件差错率 | ≤0.1% | 4 | |
                 |          | 重大宣传任务完成率 | 100% | 4 | |
                 | 时效指标 | 突发事件首发时间 | ≤1小时 | 4 | |
成本指标（10分） | 经济成本指标 | 平台云服务租赁费 | ≤36万元 | 4 | |
                 |              | 采编设备更新费 | ≤18万元 | 4 | |
效益指标（30分） | 社会效益指标 | 客户端下载量 | ≥12万次 | 4 | |
                 |              | 主流舆论引导力 | 显著增强 | 2 | V401 |
                 | 可持续影响指标 | 媒体融合发展水平 | 持续提升 | 2 | V401 |
满意度指标（10分） | 服务对象满意度指标 | 受众满意度 | ≥85% | 4 | |
""",
        COLS,
    ),
    title="椒溪县2025年县级部门项目支出绩效目标批复表",
    extra={"approval": "绩效目标批复表 issued by the county finance bureau", "framework": "2021"},
)

T2 = Table(
    "project",
    "“村村响”应急广播维护",
    22.0,
    "1.维护全县420个应急广播终端，在线率保持95%以上。2.维护全县420个应急广播终端，在线率保持95%以上。",
    rows(
        """
产出指标 | 数量指标 | 维护应急广播终端 | ≥420个 | 4 | |
         | 质量指标 | 终端在线率 | ≥95% | 4 | |
         | 时效指标 | 故障修复时间 | ≤48小时 | 4 | |
         | 成本指标 | 单个终端年维护费 | ≤500元 | 4 | |
效益指标 | 社会效益指标 | 应急信息行政村覆盖率 | 100% | 4 | |
         |              | 群众应急意识 | 增强 | 2 | V401 |
满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥90% | 4 | |
""",
        COLS,
    ),
    title="椒溪县2025年县级部门项目支出绩效目标表",
    codes={"T103": "goal item 1 repeated verbatim as item 2"},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "批复金额（万元）", "150.00", "批复绩效目标")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "预算金额（万元）", "22.00", "年度绩效目标")
    return text_file(
        [
            "椒溪县融媒体中心2025年部门预算",
            "五、项目绩效目标",
            T1.title,
            "单位：万元",
            Tab(f1, {"style": "lone_pipe"}),
            "",
            T2.title,
            Tab(f2, {"style": "cell_pipe"}),
            "",
            "- 7 -",
        ],
        encoding="gb18030",
    )


DOC = Doc(
    id="hi11_zhejiang_rongmeiti",
    file="hi11_浙江椒溪县融媒体中心_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "gb18030",
        "浙江",
        "融媒体中心",
        "lone-pipes cell-per-line-pipe label-notes approval sub-rows several-tables level1-once",
        framework="2021 (table 1)",
    ),
    tables=[T1, T2],
    render=render,
)
