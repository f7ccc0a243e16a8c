"""hh17 — 河南 汝溪县医疗保障局, 2024, a legacy XLS exported from the budget system: one
department-wide table for two units with amounts in 元, subtotal lines, an 一级 column that is
never filled, and the value split into 指标值类型 (大于等于 / 小于等于 / 等于 / 定性) | 指标值 |
度量单位."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import imply_l1, rows, with_parts
from emit import Tab, xls_file
from frame import wan
from kit import tags
from spec import Doc, Table

DEPT = "汝溪县医疗保障局"
COLS = "l1 l2 l3 value weight spec codes"
KEYS = ["l1", "l2", "l3", "p0", "p1", "p2", "weight"]
HEAD = [
    "单位名称",
    "项目名称",
    "项目资金（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值类型",
    "指标值",
    "度量单位",
    "权重",
]
U1 = "316001-汝溪县医疗保障局"
U2 = "316002-汝溪县医疗保障服务中心"


def table(project: str, yuan: float, goal: str, body: str, unit: str) -> Table:
    rs = imply_l1(with_parts(rows(body, COLS), "定性"), printed="")
    return Table(
        "project",
        project,
        wan(yuan),
        goal,
        rs,
        unit_line=unit,
        extra={"budget_source": f"{yuan:.2f} 元"},
    )


T1 = table(
    "城乡居民基本医疗保险参保扩面经费",
    380000,
    "全县城乡居民基本医保参保人数不低于61.2万人，参保率稳定在95%以上。",
    """
产出指标 | 数量指标 | 城乡居民医保参保人数 | 大于等于61.2万人 | 20 | 4 |
 | 质量指标 | 基本医保参保率 | 大于等于95% | 20 | 4 |
 | 时效指标 | 集中参保缴费期完成时间 | 等于12月 | 10 | 4 |
 | 成本指标 | 参保宣传经费 | 小于等于38万元 | 10 | 4 |
效益指标 | 社会效益指标 | 群众看病就医负担 | 有效减轻 | 20 | 2 | V401
满意度指标 | 服务对象满意度指标 | 参保群众满意度 | 大于等于90% | 20 | 4 |
""",
    U1,
)
T2 = table(
    "医疗救助资金",
    9600000,
    "对特困人员、低保对象等困难群众参保给予资助，住院合规费用政策范围内救助比例不低于70%。",
    """
产出指标 | 数量指标 | 资助参保人数 | 大于等于2.6万人 | 20 | 4 |
 | | 医疗救助人次 | 大于等于1.1万人次 | 10 | 4 |
 | 质量指标 | 住院政策范围内救助比例 | 大于等于70% | 20 | 4 |
 | 时效指标 | 救助资金结算 | 一站式即时结算 | 10 | 3 |
 | 成本指标 | 特困人员参保资助标准 | 等于380元 | 10 | 3 | U301:a per-person contribution subsidy in bare 元
效益指标 | 社会效益指标 | 因病致贫返贫人数 | 大于等于0人 | 15 | 3 | U305:a lower bound of 0 on a count that should stay at zero
满意度指标 | 服务对象满意度指标 | 救助对象满意度 | 大于等于90% | 15 | 4 |
""",
    U1,
)
T3 = table(
    "医保基金监管专项经费",
    120000,
    "对全县212家定点医药机构开展现场检查全覆盖，追回违规使用医保基金。",
    """
产出指标 | 数量指标 | 现场检查定点医药机构 | 等于212家 | 20 | 4 |
 | 质量指标 | 检查发现问题整改率 | 等于100% | 20 | 4 |
 | 时效指标 | 专项检查完成时间 | 小于等于11月 | 10 | 4 |
 | 成本指标 | 专项检查成本 | 小于等于50万元 | 10 | 3 | B501:a cost ceiling of 50万元 against a budget of 12万元
效益指标 | 社会效益指标 | 医保基金安全运行 | 有效保障 | 25 | 2 | V401
满意度指标 | 服务对象满意度指标 | 定点机构满意度 | 大于等于85% | 15 | 4 |
""",
    U2,
)
SUBTOTALS = [[U1, "9,980,000.00"], [U2, "120,000.00"]]


def render(doc: Doc) -> bytes:
    f, numbers = dept_wide(
        HEAD,
        KEYS,
        [
            Group(SUBTOTALS[0][0], SUBTOTALS[0][1], [(T1, "380,000.00"), (T2, "9,600,000.00")]),
            Group(SUBTOTALS[1][0], SUBTOTALS[1][1], [(T3, "120,000.00")]),
        ],
    )
    blocks: list[object] = [
        "2024年汝溪县医疗保障局项目支出绩效目标表",
        "单位：元",
        Tab(f, numbers=numbers),
    ]
    return xls_file([("Sheet1", blocks)])  # type: ignore[list-item]


DOC = Doc(
    "hh17_henan_yibao",
    "hh17_河南汝溪县医疗保障局_2024.xls",
    DEPT,
    2024,
    tags(
        "xls",
        "",
        "河南",
        "医保",
        "department-wide yuan split-value level1-missing-or-unfilled extra-columns",
    ),
    [T1, T2, T3],
    render=render,
    extra={"subtotal_rows": SUBTOTALS},
)
