"""河南 · 淅阳县人民医院 2025: a ruled PDF with the 2024 部门整体支出绩效自评表 (分值 printed before
the target, budget lines with 医疗收入) and a project table with 指标解释 and 指标值确定依据."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import project_table
from kit import tags
from selfeval import self_eval_table
from spec import Doc, Table

UNIT = "淅阳县人民医院"
ACTUAL = "全年门急诊43.6万人次，出院2.71万人次，三级手术占比22.4%，县域内就诊率91.2%。"

T1 = Table(
    "self_evaluation",
    UNIT,
    13420.5,
    "门急诊42万人次以上，出院2.8万人次以上，县域内就诊率90%以上，次均住院费用控制在6500元以内。",
    rows(
        """
产出指标 | 数量指标 | 门急诊人次 | ≥42万人次 | 43.6万人次 | 10 | 10 | | 4 |
         |          | 出院人次 | ≥2.8万人次 | 2.71万人次 | 10 | 9 | 受医保支付方式改革影响住院量下降 | 4 |
         |          | 基层医务人员进修培训 | ≥60人 | 64人 | 5 | 5 | | 4 |
         | 质量指标 | 三级手术占比 | ≥20% | 22.4% | 10 | 10 | | 4 |
         |          | 院内感染发生率 | ≤2% | 1.3% | 5 | 5 | | 4 |
         | 时效指标 | 急诊抢救平均响应时间 | ≤5分钟 | 4分钟 | 5 | 5 | | 4 |
         | 成本指标 | 次均住院费用 | ≤6500元 | 6820元 | 10 | 10 | | 4 | S801 S804
效益指标 | 社会效益指标 | 县域内就诊率 | ≥90% | 91.2% | 15 | 15 | | 4 |
         |              | 群众看病就医获得感 | 明显增强 | 增强 | 10 | 10 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 住院患者满意度 | ≥90% | 94.5% | 10 | 12 | | 4 | S802
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    title="淅阳县人民医院2024年度部门整体支出绩效自评表",
    extra={
        "scope": "overall",
        "actual_completion": ACTUAL,
        "budget_source": "年度资金总额: 年初预算数 12,860.00, 全年预算数 13,420.50, 全年执行数 12,996.30, "
        "分值 10, 执行率 96.8%, 得分 9.7; 其中：财政拨款 2,350.00/2,610.00/2,598.40; "
        "医疗收入 10,510.00/10,810.50/10,397.90（万元）",
        "execution_score": 9.7,
        "total_score": 100.7,
        "year_evaluated": 2024,
    },
)

T2 = Table(
    "project",
    "县域医共体远程诊疗平台运维",
    86.0,
    "保障医共体远程诊疗平台连接18个乡镇卫生院稳定运行，全年远程会诊3000例以上，基层首诊率65%以上。",
    rows(
        """
产出指标 | 数量指标 | 接入远程诊疗的乡镇卫生院 | 18个 | 接入平台开展远程会诊的乡镇卫生院数量 | 医共体建设实施方案 | 5 |
         |          | 远程会诊例数 | ≥3000例 | 全年通过平台完成的远程会诊例数 | 2024年实际完成2650例 | 5 |
         |          | 远程影像诊断例数 | ≥5000例 | 反映乡镇卫生院对平台服务的满意程度 | 2024年实际完成4620例 | 3 | C205:described as satisfaction with the platform
         | 质量指标 | 平台年度可用率 | ≥99.5% | 反映平台年度可用率 | 运维合同 | 4 | V403
         |          | 会诊报告按时出具率 | ≥95% | 计划出具报告数/按时出具报告数×100% | 医共体管理制度 | 3 | R601
         |          | 远程诊疗重大差错 | ≤0.5起 | 因平台原因导致的重大诊疗差错 | 医疗质量控制要求 | 3 | U306
         | 时效指标 | 会诊申请响应时间 | ≤30分钟 | 反映会诊申请响应时间情况 | 工作需要 | 4 | V403 V404
         | 成本指标 | 平台年运维服务费 | ≤86万元 | 平台年运维服务费 | 预算批复 | 4 | V403
效益指标 | 社会效益指标 | 基层首诊率 | ≥65% | 乡镇卫生院首诊人次/县域总诊疗人次 | 卫生健康统计年报 | 5 |
         |              | 患者县外转诊率 | ≤12% | 县外转诊人数/住院总人数 | 医保结算数据 | 5 |
满意度指标 | 服务对象满意度指标 | 乡镇卫生院医务人员满意度 | ≥90% | 抽样问卷调查 | 问卷调查 | 5 |
""",
        "l1 l2 l3 value desc basis spec codes",
    ),
    title="淅阳县人民医院2025年项目支出绩效目标表",
)


def render(doc: Doc) -> bytes:
    keys = ["l1", "l2", "l3", "score_max", "value", "actual", "score", "deviation"]
    f1 = self_eval_table(
        T1,
        [("主管部门", "淅阳县卫生健康委员会", "单位负责人", "（签章）")],
        "年度资金（万元）",
        [
            ("年度资金总额", "12,860.00", "13,420.50", "12,996.30", "10", "96.8%", "9.7"),
            ("其中：财政拨款", "2,350.00", "2,610.00", "2,598.40", "—", "—", "—"),
            ("医疗收入", "10,510.00", "10,810.50", "10,397.90", "—", "—", "—"),
        ],
        ACTUAL,
        ("100", "100.7"),
        keys=keys,
        stacked=True,
    )
    f2 = project_table(
        T2,
        "淅阳县卫生健康委员会",
        ["一级指标", "二级指标", "三级指标", "指标值", "指标解释", "指标值确定依据"],
        ["l1", "l2", "l3", "value", "desc", "basis"],
        "项目资金（万元）",
        "86.00",
        agency=UNIT,
    )
    blocks = [
        "# " + (T1.title or ""),
        Tab(f1, widths=(30, 32, 50, 18, 34, 34, 18, 56)),
        "\f",
        "# " + (T2.title or ""),
        Tab(f2, widths=(30, 34, 50, 30, 70, 50)),
    ]
    return pdf_file(blocks, ruled=True, header="淅阳县人民医院2025年部门预算及2024年度绩效自评公开")  # type: ignore[arg-type]


DOC = Doc(
    id="hj17_henan_yiyuan",
    file="hj17_河南淅阳县人民医院_2025.pdf",
    unit=UNIT,
    year=2025,
    tags=tags(
        "pdf",
        "ruled",
        "河南",
        "医院",
        "self-evaluation budget-lines extra-columns:desc+basis level1-once:merged several-tables "
        "goal-heading:年度总体目标(预期/实际) unit-year-framing:title+header",
        framework="产出/效益/满意度",
        noise="running header and page footer",
    ),
    tables=[T1, T2],
    render=render,
)
