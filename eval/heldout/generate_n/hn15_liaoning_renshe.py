"""hn15 — 辽宁 细河县人力资源和社会保障局: an XLSX exported from the budget system (frozen panes,
print titles, a hidden helper column, page header and footer): the employment-subsidy transfer's
target table split over two sheets (the second repeats the column header), amounts in 元; and the
department-wide target table with short and non-standard 一级/二级 names, the 二级 printed on
every row."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xlsx_file
from frame import wan
from nkit import framed, tags
from spec import Doc, Table

UNIT = "细河县人力资源和社会保障局"
COLS = "l1 l2 l3 value spec codes"

T1 = Table(
    "transfer",
    "2025年就业补助资金",
    wan(14326000),
    "落实职业技能培训、社会保险补贴、公益性岗位补贴等就业扶持政策，城镇新增就业2600人以上。",
    rows(
        """
产出指标 | 数量指标 | 城镇新增就业人数 | ≥2600人 | 4 |
         |          | 补贴性职业技能培训人次 | ≥1800人次 | 4 |
         |          | 公益性岗位安置就业困难人员 | ≥240人 | 4 |
         |          | 其中：安置零就业家庭成员 | ≥30人 | 4 |
         | 质量指标 | 培训合格率 | ≥85% | 4 |
         |          | 补贴资金发放准确率 | 100% | 4 |
         | 时效指标 | 补贴资金发放时间 | 审核通过后30个工作日内 | 4 |
         | 成本指标 | 公益性岗位补贴标准 | 1900元 | 3 | U301:a per-person monthly standard in bare 元
效益指标 | 社会效益指标 | 城镇调查失业率 | ≤5.5% | 4 |
         |              | 零就业家庭动态清零率 | 100% | 4 |
         | 可持续影响指标 | 就业创业服务体系 | 不断完善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 4 |
""",
        COLS,
    ),
    extra={
        "budget_source": "中央资金10,260,000元、省级资金2,400,000元、县级资金1,666,000元",
        "split_over_sheets": "rows 1-7 on sheet 就业补助(1), rows 8-12 on sheet 就业补助(2) under a repeated header",
        "sub_rows": ["其中：安置零就业家庭成员"],
    },
)
T2 = Table(
    "overall",
    "细河县人力资源和社会保障局",
    wan(38652400),
    "全面落实就业优先政策，推进社会保险扩面提质，维护劳动者合法权益，构建和谐劳动关系。",
    rows(
        """
产出 | 数量 | 劳动保障监察案件结案率 | ≥95% | 4 | C202:a closing rate (quality) under 数量
     | 数量 | 企业职工养老保险参保人数 | ≥8.6万人 | 4 |
     | 质量 | 社保待遇按时足额发放率 | 100% | 4 |
     | 时效 | 欠薪案件办结时限 | ≤30个工作日 | 4 |
效果 | 效果指标 | 根治欠薪 | 成效显著 | 2 | V401
     | 效果指标 | 人社服务“一网通办”率 | ≥90% | 4 |
     | 效果指标 | 服务企业数 | ≥500户 | 4 | C206
满意度 | 满意度 | 办事群众满意度 | ≥95% | 4 |
""",
        COLS,
    ),
    extra={
        "budget_source": "部门预算总额38,652,400.00元",
        "nonstandard_names": "产出/效果/满意度 as 一级, 效果指标 as 二级",
    },
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]


def render(doc: Doc) -> bytes:
    lines = [
        ("资金名称", T1.project),
        ("资金总额（元）", "14,326,000.00"),
        ("年度目标", T1.goal or ""),
    ]
    f1a = framed(4, lines, [HEAD], T1.rows[:7], ["l1", "l2", "l3", "value"])
    f1b = framed(4, [], [HEAD], T1.rows[7:], ["l1", "l2", "l3", "value"])
    f2 = framed(
        4,
        [("部门名称", UNIT), ("部门预算（元）", "38,652,400.00"), ("年度总体目标", T2.goal or "")],
        [HEAD],
        T2.rows,
        ["l1", "l2", "l3", "value"],
        merge=("l1",),
    )
    title1 = "细河县2025年就业补助资金绩效目标表"
    return xlsx_file(
        [
            ("就业补助(1)", [title1, "金额单位：元", Tab(f1a)]),
            ("就业补助(2)", [title1 + "（续表）", Tab(f1b)]),
            ("整体绩效目标", ["细河县人力资源和社会保障局2025年部门整体绩效目标表", Tab(f2)]),
        ],
        export=("A4", "1:2", "细河县财政局预算管理一体化系统"),
    )


DOC = Doc(
    "hn15_liaoning_renshe",
    "hn15_细河县人力资源和社会保障局_绩效目标_2025.xlsx",
    UNIT,
    2025,
    tags(
        "xlsx",
        "",
        "辽宁",
        "人社（就业补助转移支付、整体）",
        """transfer yuan sub-rows nonstandard-names level2-missing-or-repeated level1-once
        several-tables goal-heading unit-year-framing""",
        noise="system export",
    ),
    [T1, T2],
    render,
)
