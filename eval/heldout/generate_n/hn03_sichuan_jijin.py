"""hn03 — 四川 沫溪县财政局: projects of the government-fund budget financed by special bonds
(政府性基金预算 / 专项债券), a ruled PDF with running header and page footer: the 2021 tree with
成本指标 as 一级, budgets in 元, a value column whose header carries a gloss, the second table
running over a page turn."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import wan
from nkit import framed, tags
from spec import Doc, Table

UNIT = "沫溪县财政局"
COLS = "l1 l2 l3 value basis spec codes"

T1 = Table(
    "project",
    "沫溪县工业园区标准化厂房二期（专项债券）",
    wan(56000000),
    "2025年建成标准化厂房8栋、建筑面积6.4万平方米，年底前完成竣工验收并招引入驻企业不少于6家。",
    rows(
        """
产出指标 | 数量指标 | 新建标准化厂房建筑面积 | ≥6.4万平方米 | 可行性研究报告批复 | 5 |
         |          | 新建厂房栋数 | 8栋 | 可行性研究报告批复 | 5 |
         | 质量指标 | 单位工程竣工验收合格率 | 100% | 《建筑工程施工质量验收统一标准》 | 5 |
         | 时效指标 | 竣工验收时间 | 2025年12月31日前 | 施工合同 | 5 |
成本指标 | 经济成本指标 | 厂房建安单位造价 | ≤2300元/平方米 | 初步设计概算 | 5 |
         | 社会成本指标 | 社会成本指标 | 无 | 无 | 1 | T107 V404
         | 生态环境成本指标 | 施工扬尘防控 | 工地围挡及裸土覆盖率100% | 《建筑施工扬尘防治标准》 | 4 |
效益指标 | 经济效益指标 | 年租金收入 | ≥560万元 | 专项债券项目实施方案 | 4 |
         | 社会效益指标 | 招引入驻企业 | ≥6家 | 招商计划 | 4 | C206
         | 可持续影响指标 | 专项债券本息偿还 | 按期足额偿还 | 专项债券项目实施方案 | 3 |
满意度指标 | 服务对象满意度指标 | 入驻企业满意度 | ≥90% | 问卷调查 | 5 |
""",
        COLS,
    ),
    extra={
        "department": "沫溪县经济和信息化局",
        "budget_source": "专项债券56,000,000.00元（政府性基金预算）",
    },
)

T2 = Table(
    "project",
    "城乡供水一体化管网延伸工程（专项债券）",
    wan(23500000),
    "新建配水管网86公里，覆盖9个乡镇，新增受益人口3.1万人。",
    rows(
        """
产出指标 | 数量指标 | 新建配水管网长度 | ≥86公里 | 初步设计批复 | 5 |
         |          | 覆盖乡镇数 | 9个 | 初步设计批复 | 5 |
         | 质量指标 | 管道水压试验合格率 | 100% | 《给水排水管道工程施工及验收规范》 | 5 |
         |          | 出厂水水质达标率 | ≥95% | 行业标准 | 4 | V404
         | 时效指标 | 通水时间 | 2025年12月底 | 施工合同 | 5 |
成本指标 | 经济成本指标 | 每公里管网综合造价 | ≤27万元/公里 | 初步设计概算 | 5 |
         | 生态环境成本指标 | 生态环境成本指标 | 无 | 无 | 1 | T107 V404
效益指标 | 社会效益指标 | 新增受益人口 | ≥3.1万人 | 初步设计批复 | 5 |
         | 可持续影响指标 | 农村集中供水率 | 提升 | 计划标准 | 2 | V401 V404
满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 问卷调查 | 5 |
""",
        COLS,
    ),
    extra={
        "department": "沫溪县水利局",
        "budget_source": "专项债券23,500,000.00元（政府性基金预算）",
        "page_turn": "the table continues on the next page; the running header and the page footer stand between its rows in the text layer",
    },
)


def _frame(t: Table, money: str):
    return framed(
        5,
        [
            ("项目名称", t.project),
            ("主管部门", t.extra["department"]),
            ("资金来源及金额（元）", money),
            ("年度绩效目标", t.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "指标值（含计量单位）", "指标值确定依据"]],
        t.rows,
        ["l1", "l2", "l3", "value", "basis"],
    )


def render(doc: Doc) -> bytes:
    intro = (
        "按照《地方政府专项债务预算管理办法》和县委县政府关于专项债券项目全生命周期绩效管理的要求，"
        "现将本级政府性基金预算安排的专项债券项目绩效目标公开如下。项目单位应按季度报送绩效运行监控情况，"
        "财政部门对偏离目标的项目及时督促整改。"
    )
    w = [30, 38, 72, 70, 60]
    blocks = [
        "# 沫溪县2025年政府性基金预算专项债券项目绩效目标表",
        "金额单位：元",
        intro,
        "表1",
        Tab(_frame(T1, "专项债券56,000,000.00"), widths=w),
        intro,
        "表2",
        Tab(_frame(T2, "专项债券23,500,000.00"), widths=w),
        "注：本表由项目主管部门填报，县财政局审核。",
    ]
    return pdf_file(blocks, ruled=True, header="沫溪县2025年政府性基金预算公开")


DOC = Doc(
    "hn03_sichuan_jijin",
    "hn03_沫溪县财政局_政府性基金专项债券项目绩效目标_2025.pdf",
    UNIT,
    2025,
    tags(
        "pdf",
        "ruled",
        "四川",
        "财政（政府性基金、专项债）",
        """level1-once value-header-gloss extra-columns yuan several-tables goal-heading
        unit-year-framing""",
    ),
    [T1, T2],
    render,
)
