"""大渡县经济开发区管理委员会 (四川): a ruled PDF in portrait with a running header; the transfer
table of the provincial park-infrastructure grant for the zone, and the evaluation-indicator
system of the grant (决策/过程/产出/效益, 分值, 评分标准, a 总分 line)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from kit import tags
from mframe import framed
from spec import Doc, Table

UNIT = "大渡县经济开发区管理委员会"
P = "省级工业园区基础设施建设专项资金"

T1 = Table(
    "transfer",
    P,
    800.0,
    "新建园区标准化厂房配套道路1.8公里、污水管网3.5公里，园区污水集中处理率达到95%，新增入驻企业5家。",
    rows(
        """
产出指标 | 数量指标 | 新建配套道路 | 1.8公里 | 4
         |          | 新建污水管网 | 3.5公里 | 4
         | 质量指标 | 工程竣工验收合格率 | 100% | 4
         | 时效指标 | 工程完工时间 | 2025年12月31日前 | 4
         | 成本指标 | 道路综合造价 | ≤1800元/平方米 | 4
效益指标 | 经济效益指标 | 新增入驻企业 | ≥5家 | 3 | C206:an output count of newly settled firms placed under a 效益 二级
         | 生态效益指标 | 园区污水集中处理率 | ≥95% | 4
         | 社会效益指标 | 新增就业岗位 | ≥400个 | 4
满意度指标 | 服务对象满意度指标 | 园区企业满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="2025年省级工业园区基础设施建设专项资金区域绩效目标表",
    extra={
        "region": "大渡县经济开发区",
        "budget_source": "年度金额 800 = 省级资金 600 + 县级配套 200（万元）",
    },
)

T2 = Table(
    "evaluation_system",
    P,
    None,
    None,
    rows(
        """
决策（15分） | 项目立项 | 立项依据充分性 | | | 5 | 符合园区规划得5分
             | 绩效目标 | 绩效目标合理性 | | | 5 | 目标与资金量匹配得5分
             | 资金投入 | 预算编制科学性 | | | 5 | 预算经第三方评审得5分
过程（20分） | 资金管理 | 资金到位率 | | | 5 | 到位率×5
             |          | 资金使用合规性 | | | 5 | 无违规使用得5分
             | 组织实施 | 招投标及合同管理 | | | 10 | 按规定招标并签订合同得10分
产出（40分） | 产出数量 | 建设任务完成率 | | | 15 | 完成率×15
             | 产出质量 | 竣工验收合格率 | | | 15 | 合格率100%得15分
             | 产出时效 | 完工及时性 | | | 10 | 按期完工得10分，每逾期1月扣2分
效益（25分） | 项目效益 | 园区污水集中处理率 | | | 10 | 达到95%得10分
             |          | 新增入驻企业 | | | 10 | 达到5家得10分
             | 满意度 | 企业满意度 | | | 5 | 90%以上得5分
""",
        "l1 l2 l3 value spec weight std",
    ),
    title="省级工业园区基础设施建设专项资金绩效评价指标体系",
    extra={"total_row": "总分 | 100"},
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        4,
        T1.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        above=[
            ("专项名称", P),
            ("省级主管部门", "四川省经济和信息化厅"),
            ["资金情况（万元）", "年度金额：800", "其中：省级资金：600", "县级配套：200"],
            ("年度总体目标", T1.goal or ""),
        ],
    )
    f2 = framed(
        5,
        T2.rows,
        ["l1", "l2", "l3", "weight", "std"],
        [["一级指标", "二级指标", "三级指标", "分值", "评分标准"]],
        below=[["总分", "", "", "100", ""]],
    )
    blocks = [
        f"# {UNIT}",
        "# 2025年转移支付区域绩效目标及评价指标",
        "一、区域绩效目标",
        T1.title,
        Tab(f1, widths=[30, 40, 60, 56]),
        "二、绩效评价指标体系",
        T2.title,
        Tab(f2, widths=[28, 26, 44, 16, 72]),
        "说明：评价得分90分（含）以上为“优”，80（含）—90分为“良”。",
    ]
    return pdf_file(blocks, ruled=True, header=f"{UNIT}　预算公开", wide=False, size=8.5)


DOC = Doc(
    "hm18_sichuan_kaifaqu",
    "hm18_四川大渡县经济开发区管理委员会_2025.pdf",
    UNIT,
    2025,
    tags(
        "pdf",
        "ruled",
        "四川",
        "开发区管委会",
        "transfer evaluation-system label-notes goal-heading",
    ),
    [T1, T2],
    render=render,
)
