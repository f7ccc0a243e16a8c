"""hk11 河南 · 颍川县公安局: unruled PDF (text only, no grid lines) with two project tables: the
first prints no 一级 column (only 二级 names tell the block), the second has no 三级 column (the
二级 is followed directly by the target text)."""

from dsl import imply_l1, rows
from emit import Tab, pdf_file
from kit import ptab, tags
from spec import Doc

DEPT = "颍川县公安局"

T1_ROWS = imply_l1(
    rows(
        """
产出指标 | 数量指标 | 新建及改造交通信号灯路口 | ≥18个 | 城区交通信号设施建设规划 | 5 |
 | | 施划道路交通标线 | ≥32000平方米 | 计划标准 | 4 | V404
 | | 安装电子警察抓拍系统 | ≥12套 | 设备采购合同 | 5 |
 | 质量指标 | 设施安装验收合格率 | 100% | 行业标准 | 4 | V404
 | | 设备在线率 | ≧95% | 运维合同 | 5 | U307
 | 时效指标 | 项目完成时间 | 2025年8月底前 | 项目实施方案 | 4 |
 | 成本指标 | 单个路口信号灯改造成本 | ≤22万元 | 设计概算 | 4 |
效益指标 | 社会效益指标 | 城区道路交通事故起数同比下降 | ≥5% | 2024年事故统计 | 5 |
 | | 城区主干道高峰通行效率 | 明显提升 | 工作需要 | 2 | V401 V404
 | 可持续影响指标 | 交通设施使用年限 | ≥8年 | 设计规范 | 4 | V404
满意度指标 | 服务对象满意度指标 | 驾驶人及群众满意度 | ≥85% | 问卷调查 | 4 |
""",
        "l1 l2 l3 value basis spec codes",
    )
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | | 新建视频监控点位不少于150个，维护已建点位1800个 | 4 |
 | 质量指标 | | 视频监控点位完好率不低于95% | 4 |
 | 时效指标 | | 2025年10月底前完成新建点位建设 | 4 |
 | 成本指标 | | 点位运维费用控制在预算范围内 | 2 | V402
效益指标 | 社会效益指标 | | 刑事案件发案数同比下降，群众安全感进一步增强 | 2 | V401
 | 可持续影响指标 | | 社会治安防控体系持续完善 | 2 | V401
满意度指标 | 服务对象满意度指标 | | 群众安全感满意度达到95%以上 | 4 |
""",
    "l1 l2 l3 value spec codes",
)

T1, F1 = ptab(
    "城区交通安全设施建设",
    612.0,
    "新建及改造交通信号灯路口18个，施划标线32000平方米，安装电子警察12套，8月底前完成。",
    T1_ROWS,
    DEPT,
    ["二级指标", "三级指标", "指标值", "指标值确定依据"],
    ["l2", "l3", "value", "basis"],
    "预算资金（万元）",
    "612.00",
    merge=("l2",),
    title="颍川县公安局2025年项目支出绩效目标表",
    budget_source="预算资金（万元） 612.00",
)
T2, F2 = ptab(
    "社会治安防控体系建设",
    285.0,
    "计划投资300万元，新建视频监控点位150个，维护已建点位1800个，提升社会治安防控能力。",
    T2_ROWS,
    DEPT,
    ["一级指标", "二级指标", "指标值"],
    ["l1", "l2", "value"],
    "预算资金（万元）",
    "285.00",
    title="颍川县公安局2025年项目支出绩效目标表",
    codes={"B502": "the goal states 300万元 while the budget line is 285.00万元"},
    budget_source="预算资金（万元） 285.00",
    no_level3=True,
)


def render(doc: Doc) -> bytes:
    return pdf_file(
        [
            "# 颍川县公安局2025年项目支出绩效目标表",
            "单位：万元",
            Tab(F1, widths=(50, 90, 60, 70)),
            "# 颍川县公安局2025年项目支出绩效目标表",
            Tab(F2, widths=(60, 70, 140)),
        ],
        ruled=False,
        wide=True,
        size=9,
    )


DOC = Doc(
    "hk11_henan_gongan",
    "hk11_河南颍川县公安局_2025.pdf",
    DEPT,
    2025,
    tags(
        "pdf",
        "unruled",
        "河南",
        "公安",
        "level1-missing-or-unfilled no-level3 several-tables unit-year-framing",
    ),
    [T1, T2],
    render,
)
