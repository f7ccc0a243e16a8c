"""云南 · 景岚县水文水资源监测站 2025: a legacy XLS transfer-payment table (区域绩效目标表) with a
county-total value column (glossed header) and one column per township, the fund line split into
中央补助 and 省级资金."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xls_file
from jframe import Build
from kit import tags
from spec import Doc, Table

UNIT = "景岚县水文水资源监测站"
NAME = "2025年中央水利发展资金（中小河流水文监测站网建设）"
PLACES = ["勐堆乡", "曼岗镇", "南棒乡"]

T1 = Table(
    "transfer",
    NAME,
    186.0,
    "在勐堆、曼岗、南棒三个乡镇新建自动雨量站12个、水位站4个，改造水文缆道1处，10月底前投入运行，"
    "中小河流洪水预警提前时间达到2小时以上。",
    rows(
        """
产出指标 | 数量指标 | 新建自动雨量站 | 12个 | 4个 | 5个 | 3个 | 4 |
         |          | 新建水位站 | 4个 | 2个 | 1个 | 1个 | 4 |
         |          | 改造水文缆道 | 1处 | — | 1处 | — | 4 |
         | 质量指标 | 站点数据到报率 | ≥95% | ≥95% | ≥95% | ≥95% | 4 |
         |          | 监测设备故障率 | ≥2% | ≥2% | ≥2% | ≥2% | 3 | U305:≥ on a measure that should stay low (故障率)
         | 时效指标 | 站点建成投入运行时间 | 2025年10月底前 | 2025年10月底前 | 2025年10月底前 | 2025年10月底前 | 4 |
         | 成本指标 | 单个自动雨量站建设成本 | ≤6万元/个 | — | — | — | 4 |
效益指标 | 社会效益指标 | 中小河流洪水预警提前时间 | ≥2小时 | ≥2小时 | ≥2小时 | ≥2小时 | 4 |
         |              | 山洪灾害防御能力 | 明显提升 | 明显提升 | 明显提升 | 明显提升 | 2 | V401
         | 可持续影响指标 | 站点运行维护机制 | 建立 | 建立 | 建立 | 建立 | 3 |
满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥90% | ≥90% | ≥90% | ≥90% | 4 |
""",
        "l1 l2 l3 value place:勐堆乡 place:曼岗镇 place:南棒乡 spec codes",
    ),
    title="2025年中央水利发展资金区域绩效目标表",
    extra={
        "region": "景岚县",
        "value_column": "指标值（全县合计）",
        "budget_source": "年度金额 186.00；其中：中央补助 150.00，省级资金 36.00（万元）",
    },
)


def render(doc: Doc) -> bytes:
    b = Build(7)
    b.wide("专项名称", NAME)
    b.pair("省级主管部门", "云南省水利厅", "县级实施单位", UNIT)
    b.line(
        "资金情况（万元）", "年度金额", "186.00", "其中：中央补助", "150.00", "省级资金", "36.00"
    )
    b.wide("总体目标", T1.goal or "")
    r = b.line(
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值（全县合计）",
        "分乡镇指标值",
        spans=[(4, 6)],
        head=True,
    )
    b.line("", "", "", "", *PLACES, head=True)
    for c in range(4):
        b.vspan(r, r + 1, c)
    f = b.body(T1.rows, ["l1", "l2", "l3", "value"] + [f"place:{p}" for p in PLACES])
    blocks = [
        "2025年中央水利发展资金区域绩效目标表",
        "填报单位：景岚县水务局　　　　单位：万元",
        Tab(f),
    ]
    return xls_file([("区域绩效目标表", blocks)])  # type: ignore[list-item]


DOC = Doc(
    id="hj10_yunnan_shuiwen",
    file="hj10_云南景岚县水文水资源监测站_2025.xls",
    unit=UNIT,
    year=2025,
    tags=tags(
        "xls",
        "",
        "云南",
        "水文",
        "transfer per-place value-header-gloss budget-lines:中央/省级 level1-once:merged "
        "goal-heading:总体目标 unit-year-framing:title",
        framework="产出/效益/满意度",
    ),
    tables=[T1],
    render=render,
)
