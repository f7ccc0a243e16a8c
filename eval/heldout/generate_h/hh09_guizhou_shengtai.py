"""hh09 — 贵州 铜江市生态环境局黔涧分局, 2025, text copied out of a PDF (UTF-8): the first table
with runs of spaces between cells, hard line breaks inside long cells and the page footer, the
running title and the repeated column header between two of its rows; `（必填）` marks after
the 二级; a second table flattened from Word (one cell per line, blank lines between) that the
excerpt cuts off in the middle of a row."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from hnoise import pdf_page_turn
from kit import tags
from spec import Doc, Table

DEPT = "铜江市生态环境局黔涧分局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标说明"]
KEYS = ["l1", "l2", "l3", "value", "desc"]

T1 = Table(
    "project",
    "2025年农村生活污水治理项目",
    1480.0,
    "完成15个行政村生活污水治理，新建污水收集管网22公里、小型污水处理设施9座，2025年10月底前完工，"
    "全县农村生活污水治理率达到45%以上。",
    rows(
        """
产出指标 | 数量指标（必填） | 完成农村生活污水治理行政村数 | ≥15个 | 纳入2025年治理计划并完成治理的行政村数量 | 4 |
 | | 新建污水收集管网长度 | ≥22公里 | 新建入户及主干收集管网总长度 | 4 |
 | | 建设小型污水处理设施 | ≥9座 | 新建一体化污水处理设施数量 | 4 |
 | 质量指标（必填） | 处理设施出水水质达标率 | ≥90% | 按《农村生活污水处理设施水污染物排放标准》抽检达标的设施占比 | 5 |
 | 时效指标（必填） | 项目完工时间 | 2025年10月31日前 | 全部工程完工并通过初验的时间 | 4 |
成本指标 | 经济成本指标 | 单个行政村治理投资 | ≤98万元 | 项目总投资÷治理行政村数 | 4 |
 | 社会成本指标 | 施工期群众投诉 | 不发生群体性投诉 | 施工期间因施工扰民引发的群体性投诉 | 3 |
 | 生态环境成本指标 | 施工扬尘 | 达标排放 | 施工扬尘排放 | 3 | V403
效益指标 | 生态效益指标（必填） | 农村生活污水治理率 | ≥45% | 完成治理的行政村数÷行政村总数 | 4 |
 | | 化学需氧量年削减量 | ≥120吨 | 按设施设计处理规模和进出水浓度测算 | 5 |
 | 社会效益指标 | 受益农户数 | ≥5800户 | 管网覆盖范围内接入农户数 | 4 |
满意度指标 | 服务对象满意度指标（必填） | 受益群众满意度 | ≥90% | 抽样问卷调查 | 4 |
""",
        "l1 l2 l3 value desc spec codes",
    ),
    title="2025年农村生活污水治理项目绩效目标表",
)
for r in T1.rows:
    if "（必填）" in r.l2:
        r.note = "二级 printed with its （必填） mark"

T2 = Table(
    "project",
    "2025年生态环境监测能力运行经费",
    68.0,
    "提升生态环境监测能力，为打好污染防治攻坚战提供有力支撑。",
    rows(
        """
产出指标 | 数量指标 | 空气自动监测站运维数 | 3个 | 4 |
 | | 地表水监测断面采样次数 | ≥144次 | 4 |
 | 质量指标 | 监测数据有效率 | ≥90% | 4 |
 | 时效指标 | 监测报告报送 | 及时 | 2 | V401
成本指标 | 经济成本指标 | 监测站运维成本 | ≤68万元 | 4 |
效益指标 | 社会效益指标 | 为环境管理提供数据支撑 | 有效支撑 | 2 | V401
""",
        "l1 l2 l3 value spec codes",
    ),
    title="2025年生态环境监测能力运行经费绩效目标表",
    codes={"G702": "slogan goal: no scope, quantity or time (能力提升, 攻坚战)"},
    extra={"cut_off": {"after_row": 6, "text": "满意度指标"}},
)

RUNNING = "铜江市生态环境局黔涧分局2025年部门预算公开"


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, DEPT, HEAD, KEYS, "项目资金（万元）", "1480.00", "年度绩效目标")
    col_head = "  ".join(HEAD)
    turn = pdf_page_turn(3, 5, RUNNING, col_head)
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "68.00",
        "年度绩效目标",
    )
    blocks: list[object] = [
        RUNNING,
        "七、项目支出绩效目标",
        "（一）" + T1.title,
        Tab(f1, {"style": "spaces", "wrap": 16, "breaks": {10: turn}}),
        "第 4 页 共 5 页",
        RUNNING,
        "（二）" + T2.title,
        Tab(f2, {"style": "cell_blank"}),
        "满意度指标",
        "",
    ]
    return text_file(blocks)  # type: ignore[arg-type]


DOC = Doc(
    "hh09_guizhou_shengtai",
    "hh09_贵州黔涧县生态环境分局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "utf-8",
        "贵州",
        "生态环境",
        "spaces cell-per-line-blank label-notes cut-off several-tables goal-heading",
        framework="2021",
    ),
    [T1, T2],
    render=render,
)
