"""hn16 — 广西 龙须县财政局: the finance bureau's approval (批复) of a purchased-service project,
a ruled PDF with running header and footer: the funding table by source comes first (not an
indicator table), then the approved target table with 指标性质, 权重, 指标方向 and 评(扣)分标准."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import Framed
from grid import Grid
from nkit import framed, tags
from spec import Doc, Table

UNIT = "龙须县财政局"

T1 = Table(
    "project",
    "城乡生活垃圾收运处置政府购买服务",
    1568.0,
    "通过政府购买服务实现城区及12个乡镇生活垃圾统一收运、无害化处置，城乡生活垃圾无害化处理率达到98%。",
    rows(
        """
产出指标 | 数量指标 | 生活垃圾收运量 | ≥5.8万吨 | 定量 | 10 | 正向 | 按季度核定收运量，每低于计划5%扣2分 | 4 |
         |          | 覆盖乡镇数 | 12个 | 定量 | 10 | 正向 | 每少1个乡镇扣2分 | 4 |
         |          | 配置密闭式收运车辆 | ≥36辆 | 定量 | 5 | 正向 | 按合同核查车辆台账 | 4 |
         | 质量指标 | 生活垃圾无害化处理率 | ≥98% | 定量 | 10 | 正向 | 以住建部门统计数据为准 | 4 |
         |          | 收运作业规范率 | ≥95% | 定量 | 5 | 正向 | 随机抽查 | 4 |
         | 时效指标 | 垃圾清运频次 | 日产日清 | 定性 | 10 | 正向 | 发现积存超24小时每次扣1分 | 3 |
         | 成本指标 | 吨垃圾收运处置综合单价 | ≤270元/吨 | 定量 | 10 | 反向 | 超过合同单价不得分 | 4 |
         |          | 购买服务合同总额 | ≤1568万元 | 定量 | 5 | 反向 | 超出不得分 | 4 |
效益指标 | 生态效益指标 | 渗滤液达标排放率 | 100% | 定量 | 10 | 正向 | 以环保监测报告为准 | 4 |
         | 社会效益指标 | 群众投诉办结率 | ≥100% | 定量 | 5 | 正向 | 每件未办结扣1分 | 3 | U302
         | 可持续影响指标 | 城乡环卫一体化机制 | 长效运行 | 定性 | 5 | 正向 | 酌情扣分 | 2 | V401
满意度指标 | 服务对象满意度指标 | 城乡居民满意度 | ≥75% | 定量 | 15 | 正向 | 第三方问卷调查 | 3 | V405
""",
        "l1 l2 l3 value nature weight direction std spec codes",
    ),
    extra={
        "approval": True,
        "department": "龙须县城市管理和综合执法局",
        "budget_source": "一般公共预算1268万元、政府性基金预算300万元",
    },
)


def allocation() -> Framed:
    g = Grid(5)
    g.add("资金来源", "预算科目", "金额（万元）", "拨付方式", "备注")
    g.header_rows = 1
    g.add("一般公共预算", "2120302 城乡社区环境卫生", "1268", "按季度考核后拨付", "")
    g.add("政府性基金预算", "2120803 城市环境卫生", "300", "按季度考核后拨付", "城乡基础设施配套费")
    g.add("合计", "", "1568", "", "")
    return Framed(g)


def render(doc: Doc) -> bytes:
    f = framed(
        8,
        [
            ("项目名称", T1.project),
            ("主管部门", T1.extra["department"]),
            ("年度预算（万元）", "1568"),
            ("年度绩效目标", T1.goal or ""),
        ],
        [
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "指标值",
                "指标性质",
                "权重（%）",
                "指标方向",
                "评（扣）分标准",
            ]
        ],
        T1.rows,
        ["l1", "l2", "l3", "value", "nature", "weight", "direction", "std"],
    )
    return pdf_file(
        [
            "# 龙须县财政局关于2025年城乡生活垃圾收运处置政府购买服务项目绩效目标的批复",
            "龙财绩〔2025〕7号",
            "县城市管理和综合执法局：",
            "你局报送的项目绩效目标已收悉。经审核，现批复如下，请严格按照批复的绩效目标组织实施，并开展绩效运行监控。",
            "附表1　项目资金安排表",
            Tab(allocation(), widths=[40, 70, 30, 50, 60]),
            "附表2　项目支出绩效目标批复表",
            Tab(f, widths=[24, 28, 46, 26, 18, 18, 18, 76]),
            "龙须县财政局　2025年3月6日",
        ],
        ruled=True,
        header="龙须县财政局文件",
    )


DOC = Doc(
    "hn16_guangxi_pifu",
    "hn16_龙须县财政局_政府购买服务项目绩效目标批复_2025.pdf",
    UNIT,
    2025,
    tags(
        "pdf",
        "ruled",
        "广西",
        "财政（批复、政府购买服务、环卫）",
        """allocation-before approval extra-columns level1-once goal-heading unit-year-framing""",
    ),
    [T1],
    render,
    extra={"allocation_table": "附表1 资金安排表 (万元) before the indicator table, not labelled"},
)
