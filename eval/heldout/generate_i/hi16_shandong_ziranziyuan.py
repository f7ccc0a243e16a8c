"""hi16 山东 · 莒沂县自然资源和规划局 2025: UTF-8 text of a portal page. A project table printed
as one long line (cells separated by single spaces) and the region's transfer-payment table
(区域绩效目标表) of the farmland fund with its cells run together."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from iframe import headed_table
from kit import tags
from spec import Doc, Table
from textual import render_one_line

COLS = "l1 l2 l3 value spec codes"
UNIT = "莒沂县自然资源和规划局"

T1 = Table(
    "project",
    "年度国土变更调查及卫片执法图斑核查",
    52.0,
    "完成全县14个乡镇年度国土变更调查，核查卫片执法图斑1600个以上，成果按时通过省级核查。",
    rows(
        """
产出指标 | 数量指标 | 完成年度国土变更调查乡镇数 | ＝14个 | 4 |
         |          | 核查卫片执法图斑 | ≥1600个 | 4 |
         | 质量指标 | 变更调查成果省级核查通过率 | 100% | 4 |
         |          | 图斑核查准确率 | ≥98% | 4 |
         | 时效指标 | 变更调查成果上报时间 | 2026年1月15日前 | 4 |
         | 成本指标 | 单个图斑核查成本 | ≤120元 | 4 |
效益指标 | 社会效益指标 | 违法用地查处 | 依法依规 | 2 | V402
         |              | 耕地保护红线 | 守住 | 2 | V401
满意度指标 | 服务对象满意度指标 | 乡镇自然资源所满意度 | ≥85% | 4 |
""",
        COLS,
    ),
    title="莒沂县自然资源和规划局2025年项目支出绩效目标表",
)

T2 = Table(
    "transfer",
    "耕地建设与利用资金（高标准农田建设）",
    7450.0,
    "2025年全县新建高标准农田2.6万亩、改造提升0.8万亩，新增粮食产能1000万斤以上。",
    rows(
        """
产出指标 | 数量指标 | 新建高标准农田面积 | ≥2.6万亩 | 4 |
         |          | 改造提升高标准农田面积 | ≥0.8万亩 | 4 |
         | 质量指标 | 项目工程质量验收合格率 | 100% | 4 |
         |          | 项目区耕地质量等级提升 | ≥0.5等 | 4 |
         | 时效指标 | 项目竣工时间 | 2025年12月底前 | 4 |
         | 成本指标 | 新建高标准农田亩均财政投入 | ≤2400元 | 4 |
效益指标 | 经济效益指标 | 项目区新增粮食产能 | ≥1000万斤 | 4 |
         | 生态效益指标 | 项目区灌溉水节约率 | ≥15% | 4 |
         | 可持续影响指标 | 工程设施设计使用年限 | ≥15年 | 4 |
满意度指标 | 服务对象满意度指标 | 项目区农户满意度 | ≥90% | 4 |
""",
        COLS,
    ),
    title="2025年耕地建设与利用资金区域绩效目标表",
    extra={
        "region": "莒沂县",
        "budget_lines": {"中央资金": "5,200.00", "省级资金": "1,450.00", "县级资金": "800.00"},
    },
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "预算金额（万元）", "52.00")
    f2 = headed_table(
        T2,
        [
            ("专项名称", T2.project),
            ("区域（地区）", "莒沂县"),
            (
                "资金情况（万元）",
                "年度金额：7,450.00　其中：中央资金5,200.00　省级资金1,450.00　县级资金800.00",
            ),
            ("年度总体目标", T2.goal or ""),
        ],
        HEAD,
        KEYS,
    )
    return text_file(
        [
            "莒沂县自然资源和规划局2025年部门预算 > 绩效目标",
            "来源：莒沂县财政局   发布时间：2025-02-11 16:02",
            "",
            T1.title,
            lambda t: render_one_line(t, f1),
            "",
            T2.title,
            Tab(f2, {"style": "together"}),
            "",
            "【关闭窗口】【打印本页】",
        ]
    )


DOC = Doc(
    id="hi16_shandong_ziranziyuan",
    file="hi16_山东莒沂县自然资源和规划局_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8",
        "山东",
        "自然资源",
        "one-line run-together transfer several-tables budget-lines",
    ),
    tables=[T1, T2],
    render=render,
)
