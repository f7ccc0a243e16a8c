"""hk03 辽宁 · 浑河县农业农村局: XLSX, one department-wide table for three projects (单位名称 |
项目名称 | 预算数（元） | 年度目标 | 一级 … 方向) with the department subtotal line, 指标性质 and a split
value 符号 | 值 | 单位, 权重 and 方向; amounts in 元 as numbers; one project in the 2021 tree."""

from deptwide import Group, dept_wide
from dsl import rows, with_parts
from emit import Tab, xlsx_file
from kit import tags
from spec import Doc, Row, Table

DEPT = "浑河县农业农村局"
UNIT = "412001-浑河县农业农村局本级"
COLS = "l1 l2 l3 nature value weight direction spec codes"


def parts(rs: list[Row]) -> list[Row]:
    with_parts(rs)
    for r in rs:
        if r.x.get("nature") == "定性":
            r.x["parts"] = ["", r.value, ""]
    return rs


A = parts(
    rows(
        """
产出指标 | 数量指标 | 耕地地力保护补贴发放面积 | 定量 | ≥58.6万亩 | 10 | 正向 | 4 |
 | | 补贴受益农户数 | 定量 | ≥41200户 | 10 | 正向 | 4 |
 | 质量指标 | 补贴面积核实准确率 | 定量 | 100% | 10 | 正向 | 4 |
 | | 补贴资金“一卡通”发放率 | 定量 | 100% | 10 | 正向 | 4 |
 | 时效指标 | 补贴资金兑付完成时间 | 定量 | 2025年6月30日前 | 10 | 正向 | 4 |
 | 成本指标 | 亩均补贴标准 | 定量 | 48.9元/亩 | 10 | 正向 | 4 |
效益指标 | 经济效益指标 | 种粮农民收入 | 定性 | 稳步增加 | 10 | 正向 | 2 | V401
 | 生态效益指标 | 耕地地力保护意识 | 定性 | 明显增强 | 10 | 正向 | 2 | V401
 | 可持续影响指标 | 耕地撂荒面积 | 定量 | ≥0亩 | 10 | 反向 | 3 | U305
满意度指标 | 服务对象满意度指标 | 补贴农户满意度 | 定量 | ≥90% | 10 | 正向 | 4 |
""",
        COLS,
    )
)

B = parts(
    rows(
        """
产出指标 | 数量指标 | 新建高标准农田面积 | 定量 | ≥6000亩 | 15 | 正向 | 4 |
 | | 新建及改造灌排渠道长度 | 定量 | ≥18.5公里 | 10 | 正向 | 4 |
 | | 新修田间道路 | 定量 | ≥12公里 | 10 | 正向 | 4 |
 | 质量指标 | 工程竣工验收合格率 | 定量 | ≥80% | 10 | 正向 | 3 | V405:a building-work acceptance rate below 100%
 | 时效指标 | 工程完工时间 | 定量 | 2025年11月 | 10 | 正向 | 4 |
成本指标 | 经济成本指标 | 亩均财政投入 | 定量 | ≤3000元/亩 | 10 | 反向 | 4 |
 | 社会成本指标 | 社会成本指标 | 定性 | 无 | 0 | | 1 | T107
 | 生态环境成本指标 | 施工期水土流失面积 | 定量 | ≤5亩 | 10 | 反向 | 4 |
效益指标 | 经济效益指标 | 项目区粮食亩均增产 | 定量 | ≥50公斤 | 10 | 正向 | 4 |
 | 社会效益指标 | 开展高标准农田建设技术培训 | 定量 | ≥6期 | 5 | 正向 | 3 | C206
 | 可持续影响指标 | 工程设施使用年限 | 定量 | ≥15年 | 5 | 正向 | 4 |
满意度指标 | 服务对象满意度指标 | 项目区群众满意度 | 定量 | ≥90% | 5 | 正向 | 4 |
""",
        COLS,
    )
)

C = parts(
    rows(
        """
产出指标 | 数量指标 | 补贴机具数量 | 定量 | ≥420台（套） | 20 | 正向 | 4 |
 | 质量指标 | 补贴机具核验合格率 | 定量 | 100% | 15 | 正向 | 4 |
 | 时效指标 | 补贴资金结算时间 | 定性 | 按月结算 | 15 | 正向 | 3 |
 | 成本指标 | 单台机具补贴额 | 定量 | 不超过机具价格的30% | 10 | 反向 | 4 |
效益指标 | 经济效益指标 | 主要农作物耕种收综合机械化率 | 定量 | ≥92% | 15 | 正向 | 4 |
 | 社会效益指标 | 农业机械化水平 | 定性 | 进一步提高 | 10 | 正向 | 2 | V401
满意度指标 | 服务对象满意度指标 | 购机农户满意度 | 定量 | ≥90% | 15 | 正向 | 4 |
""",
        COLS,
    )
)

TA = Table(
    "project",
    "耕地地力保护补贴",
    2865.54,
    "按亩均48.9元标准向58.6万亩耕地承包农户发放补贴，6月底前兑付到户。",
    A,
    unit_line=UNIT,
    extra={"budget_source": "预算数（元） 28,655,400.00", "budget_unit": "元"},
)
TB = Table(
    "project",
    "高标准农田建设项目",
    1800.0,
    "新建高标准农田6000亩，完善灌排和田间道路设施，11月底前完工验收。",
    B,
    unit_line=UNIT,
    extra={"budget_source": "预算数（元） 18,000,000.00", "budget_unit": "元"},
)
TC = Table(
    "project",
    "农机购置与应用补贴",
    320.0,
    "补贴各类农机具420台（套）以上，主要农作物耕种收综合机械化率达到92%。",
    C,
    unit_line=UNIT,
    extra={"budget_source": "预算数（元） 3,200,000.00", "budget_unit": "元"},
)

HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "值",
    "单位",
    "权重",
    "指标方向",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]
F, NUMBERS = dept_wide(
    HEAD,
    KEYS,
    [
        Group(
            "412-浑河县农业农村局",
            "50,055,400.00",
            [(TA, "28,655,400.00"), (TB, "18,000,000.00"), (TC, "3,200,000.00")],
        )
    ],
)


def render(doc: Doc) -> bytes:
    return xlsx_file(
        [
            (
                "项目绩效目标",
                [
                    "# 浑河县农业农村局2025年部门项目支出绩效目标申报表",
                    "金额单位：元",
                    Tab(F, numbers=NUMBERS),
                ],
            )
        ],
        spare=True,
    )


DOC = Doc(
    "hk03_liaoning_nongye",
    "hk03_辽宁浑河县农业农村局_2025.xlsx",
    DEPT,
    2025,
    tags(
        "xlsx",
        "",
        "辽宁",
        "农业农村",
        "department-wide yuan split-value extra-columns level1-once unit-year-framing",
    ),
    [TA, TB, TC],
    render,
    extra={"subtotal_rows": [{"label": "412-浑河县农业农村局", "amount_yuan": 50055400.0}]},
)
