"""西藏 · 朗错县地震局 2025: an unruled PDF (the text layer separates cells by spaces) with two
批复表: the first with an 一级 column that was never filled and a 指标值确定依据 column, the second
with no 三级 column."""

from __future__ import annotations

from dsl import imply_l1, rows
from emit import Tab, pdf_file
from frame import project_table
from kit import tags
from spec import Doc, Table

UNIT = "朗错县地震局"
NO_L3 = "no 三级 column: the 二级 is followed by the whole target"

T1 = Table(
    "project",
    "地震监测台站运行维护",
    22.0,
    "保障县内3个地震监测台站和12个强震动观测点正常运行，监测数据连续率99%以上。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 地震监测台站运维数量 | 3个 | 台站名录 | 5 |
         |          | 强震动观测点维护 | 12个 | 计划标准 | 4 | V404
         | 质量指标 | 监测数据连续率 | ≥99% | 行业标准 | 4 | V404
         |          | 台站设备完好率 | ≥95% | 运维合同 | 5 |
         | 时效指标 | 设备故障响应时间 | ≤48小时 | 运维合同 | 5 |
         | 成本指标 | 单个台站年运维费 | ≤5万元/个 | 预算批复 | 5 |
效益指标 | 社会效益指标 | 地震速报时间 | ≤10分钟 | 《地震速报技术规范》 | 5 |
         |              | 防震减灾能力 | 进一步增强 | 工作需要 | 2 | V401 V404
满意度指标 | 服务对象满意度指标 | 社会公众满意度 | ≥85% | 问卷调查 | 5 |
""",
            "l1 l2 l3 value basis spec codes",
        ),
        printed="",
    ),
    title="朗错县2025年项目支出绩效目标批复表",
    extra={"approval": "批复表 (批复单位：朗错县财政局)"},
)

T2 = Table(
    "project",
    "防震减灾科普宣传",
    8.0,
    "开展“5·12”防灾减灾日等地震科普宣传活动10场次以上，提高群众防震避险能力。",
    rows(
        f"""
产出指标 | 数量指标 | | 开展地震科普宣传活动不少于10场次 | {NO_L3} | 4 |
         | 质量指标 | | 群众防震减灾知识知晓率达到80% | {NO_L3} | 4 |
         | 时效指标 | | “5·12”防灾减灾日前完成主题宣传 | {NO_L3} | 4 |
         | 成本指标 | | 宣传资料印制费不超过3万元 | {NO_L3} | 4 |
效益指标 | 社会效益指标 | | 群众防震避险意识有所提高 | {NO_L3} | 2 | V401
满意度指标 | 服务对象满意度指标 | | 参与群众满意度不低于85% | {NO_L3} | 4 |
""",
        "l1 l2 l3 value note spec codes",
    ),
    title="朗错县2025年项目支出绩效目标批复表",
    extra={"approval": "批复表 (批复单位：朗错县财政局)"},
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["l1", "l2", "l3", "value", "basis"],
        "项目资金（万元）",
        "22.00",
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "指标值"],
        ["l1", "l2", "value"],
        "项目资金（万元）",
        "8.00",
    )
    blocks = [
        "# " + (T1.title or ""),
        "批复单位：朗错县财政局　　　　　　　　金额单位：万元",
        Tab(f1, widths=(34, 40, 70, 40, 60)),
        "# " + (T2.title or ""),
        "批复单位：朗错县财政局　　　　　　　　金额单位：万元",
        Tab(f2, widths=(60, 60, 130)),
    ]
    return pdf_file(blocks, ruled=False, size=9)  # type: ignore[arg-type]


DOC = Doc(
    id="hj11_xizang_dizhen",
    file="hj11_西藏朗错县地震局_2025.pdf",
    unit=UNIT,
    year=2025,
    tags=tags(
        "pdf",
        "unruled",
        "西藏",
        "地震",
        "spaces:pdf-text level1-missing-or-unfilled:empty-column no-level3 approval "
        "extra-columns:basis several-tables goal-heading:年度绩效目标 unit-year-framing:title",
        framework="产出/效益/满意度",
    ),
    tables=[T1, T2],
    render=render,
)
