"""乌力吉图旗巴彦花国有林场 (内蒙古): a ruled PDF with a running header and page numbers; an
allocation table, then a forest-tending table in the 2021 tree (成本指标 as 一级, an unfilled
社会成本 row) whose 二级 names carry glosses and merged forms, and a ranger table in the older
tree; the budget printed as 年度资金总额 with its components."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from kit import tags
from mframe import framed
from spec import Doc, Table

UNIT = "乌力吉图旗巴彦花国有林场"
W = [24, 34, 52, 40, 30]

T1 = Table(
    "project",
    "2025年中央财政森林抚育补助项目",
    86.0,
    "完成中幼龄林抚育8000亩（其中国家级公益林3000亩），10月底前完成作业并通过旗林草局检查验收，提升林分质量。",
    rows(
        """
产出指标 | 数量指标 | 完成中幼龄林抚育面积 | ≥8000亩 | 4
         |          | 其中：国家级公益林抚育 | 3000亩 | 4
         | 质量指标 | 抚育作业检查验收合格率 | ≥95% | 4
         | 时效指标（进度） | 抚育作业完成时限 | 2025年10月31日前 | 4
成本指标 | 经济成本指标 | 亩均抚育补助 | ≤100元 | 4
         | 社会成本指标 | 社会成本指标 | 无 | 1 | T107
         | 生态环境成本指标 | 抚育剩余物处理 | 全部清理出林 | 3
效益 | 生态效益指标 | 林分质量 | 逐步提高 | 2 | V401
     |              | 森林覆盖率 | ≥68.5% | 4
     | 经济和社会效益指标 | 带动周边农牧民务工 | ≥60人次 | 4
     | 可持续影响指标 | 森林防火能力 | 持续增强 | 2 | V401
满意度 | 服务对象满意度指标 | 周边嘎查牧民满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="乌力吉图旗巴彦花国有林场2025年项目支出绩效目标表",
    extra={
        "budget_source": "年度资金总额 86.00 = 财政拨款 80.00 + 上年结转 6.00 + 其他资金 0（万元）",
        "allocation_table": "资金分配表 before the indicator tables (not labelled)",
    },
)

T2 = Table(
    "project",
    "森林管护",
    42.0,
    "聘用护林员18名，管护森林12.6万亩，森林火灾受害率控制在0.9‰以内。",
    rows(
        """
产出指标 | 数量指标 | 管护森林面积 | ≥12.6万亩 | 4
         |          | 聘用护林员 | 18个 | 3 | U301:people counted in 个
         | 质量指标 | 巡护到位率 | 100% | 4
         |          | 林业有害生物成灾率 | ≥3‰ | 3 | U305:≥ on a measure that should stay low
         | 成本指标 | 护林员补助标准 | 2000元 | 3 | U301:a per-unit standard in bare 元 without its denominator
效益指标 | 生态效益指标 | 森林火灾受害率 | ≤0.9‰ | 4
         | 社会效益指标 | 林区治安 | 稳定 | 2 | V401
满意度指标 | 服务对象满意度指标 | 护林员满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="乌力吉图旗巴彦花国有林场2025年森林管护项目绩效目标表",
    extra={
        "budget_source": "年度资金总额 42.00 = 财政拨款 42.00（万元）",
        "page_turn": "the table continues on page 2 below the running header and page footer",
    },
)


def table(t: Table, money: list[str]) -> Tab:
    f = framed(
        5,
        t.rows,
        ["l1", "l2", "l3", "value", ""],
        [["一级指标", "二级指标", "三级指标", "指标值", "备注"]],
        above=[
            ("项目名称", t.project),
            ["年度资金总额", "其中：财政拨款", "上年结转", "其他资金", ""],
            money,
            ("年度绩效目标", t.goal or ""),
        ],
    )
    return Tab(f, widths=W)


def render(doc: Doc) -> bytes:
    alloc = framed(
        4,
        [],
        [],
        [["序号", "项目名称", "资金来源", "金额（万元）"]],
        below=[
            ["1", "中央财政森林抚育补助", "中央财政", "80.00"],
            ["2", "中央财政森林抚育补助（结转）", "上年结转", "6.00"],
            ["3", "森林管护", "旗级财政", "42.00"],
            ["", "合计", "", "128.00"],
        ],
    )
    prose = (
        "巴彦花国有林场为旗林业和草原局所属公益一类事业单位，经营总面积21.3万亩，其中有林地16.8万亩，"
        "在职职工46人。2025年林场收入预算总额612.45万元，支出预算总额612.45万元。"
    )
    blocks = [
        f"# {UNIT}2025年部门预算公开",
        "一、单位基本情况",
        prose,
        "二、项目资金分配情况",
        Tab(alloc, widths=[20, 70, 40, 40]),
        "三、项目支出绩效目标",
        "（金额单位：万元）",
        T1.title,
        table(T1, ["86.00", "80.00", "6.00", "0", ""]),
        "说明：抚育作业设计以旗林草局批复的作业设计为准。",
        T2.title,
        table(T2, ["42.00", "42.00", "0", "0", ""]),
    ]
    return pdf_file(blocks, ruled=True, header=f"{UNIT}　2025年部门预算", wide=False, size=9)


DOC = Doc(
    "hm03_neimenggu_linchang",
    "hm03_内蒙古乌力吉图旗巴彦花国有林场_2025.pdf",
    UNIT,
    2025,
    tags(
        "pdf",
        "ruled",
        "内蒙古",
        "国有林场",
        "budget-lines allocation-before nonstandard-names level1-once unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
