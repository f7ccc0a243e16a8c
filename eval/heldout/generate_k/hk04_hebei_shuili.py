"""hk04 河北 · 滹沱县水利局: ruled PDF with a running header and page footer; an allocation table
by township before a long rural-water table that runs over the page turn (budget lines 年度资金总额 /
其中：财政拨款 / 上年结转 / 其他资金, a glossed value header, non-standard 一级/二级 names), then a
river-chief table in the 2021 tree (成本指标 as 一级)."""

from dsl import rows
from emit import Tab, pdf_file
from frame import Framed, header, indicator_body
from grid import Grid
from kit import tags
from spec import Doc, Row, Table

DEPT = "滹沱县水利局"


def framed(t: Table, head: list[str], amounts: tuple[str, str, str, str]) -> Framed:
    """Project block with the budget lines (total, 财政拨款, 上年结转, 其他资金) in two rows."""
    f = Framed(Grid(4))
    g = f.grid
    g.wide("项目名称", t.project)
    g.wide("主管部门及代码", "[318]滹沱县水利局")
    g.add("年度资金总额（万元）", amounts[0], "其中：财政拨款", amounts[1])
    g.add("上年结转", amounts[2], "其他资金", amounts[3])
    g.wide("年度总体目标", t.goal or "")
    header(g, *head)
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value"])
    return f


T1_ROWS: list[Row] = rows(
    """
产出指标 | 数量指标 | 维修养护农村集中供水工程处数 | ≥86处 | 4 |
 | | 维修更换入户管网长度 | ≥42公里 | 4 |
 | | 水质检测覆盖工程处数 | =86处 | 4 |
 | 质量指标 | 维修养护工程验收合格率 | 100% | 4 |
 | | 农村集中供水工程水质达标率 | ≥95% | 4 |
 | | 管网漏损率 | ≥12% | 3 | U305
 | 时效指标（进度） | 维修养护任务完成时间 | 2025年10月31日前 | 4 |
 | | 故障修复时间 | ≤48小时 | 4 |
 | | 资金支付时间 | 及时 | 2 | V401
 | 成本指标 | 单处工程维修养护平均成本 | ≤5.2万元 | 4 |
效果指标 | 经济与社会效益指标 | 农村集中供水率 | ≥92% | 4 |
 | | 农村自来水普及率 | ≥90% | 4 |
 | | 受益农村人口 | ≥15.8万人 | 4 |
 | | 群众饮水安全保障水平 | 有效保障 | 2 | V401
 | 生态效益指标 | 水源地保护范围划定率 | 100% | 4 |
 | 可持续影响指标 | 工程良性运行机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 4 |
 | | 受益群众满意度 | ≥90% | 4 |
""",
    "l1 l2 l3 value spec codes",
)

T2_ROWS: list[Row] = rows(
    """
产出指标 | 数量指标 | 市级河长巡河次数 | ≥4次/人·年 | 3 | T105:a city-level river chief measured in a county table (level leftover)
 | | 乡级河长巡河次数 | ≥1次/月 | 4 |
 | | 河湖“清四乱”问题整改数 | ≥40个 | 4 |
 | | 河湖保洁员聘用人数 | =96个 | 3 | U301
 | 质量指标 | 河湖问题整改销号率 | ≥95% | 4 |
 | 时效指标 | 问题整改时限 | ≤30天 | 4 |
成本指标 | 经济成本指标 | 河湖保洁员人均补助 | 2400元/人·年 | 4 |
 | 社会成本指标 | 河长公示牌更新维护费用 | ≤6万元 | 3 | C202:a money amount under 社会成本 (an economic cost)
 | 生态环境成本指标 | 生态环境成本指标 | 无 | 1 | T107
效益指标 | 生态效益指标 | 重点河湖水质优良比例 | ≥80% | 4 |
 | 社会效益指标 | 河湖管理保护水平 | 明显提高 | 2 | V401
满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥85% | 4 |
""",
    "l1 l2 l3 value spec codes",
)

T1 = Table(
    "project",
    "农村饮水安全工程维修养护",
    468.0,
    "对全县86处农村集中供水工程开展维修养护和水质检测，集中供水率达到92%以上，保障15.8万农村人口饮水安全。",
    T1_ROWS,
    title="滹沱县水利局2025年项目支出绩效目标表",
    extra={
        "budget_source": "年度资金总额（万元） 468.00；其中：财政拨款 420.00；上年结转 48.00；其他资金 0.00",
        "allocation_table": "农村饮水安全工程维修养护资金分配表（万元），8 townships, total 468.00",
        "value_header": "指标值（包含数字及文字描述）",
        "duplicate_rows": {"受益群众满意度": [17, 18]},
    },
    codes={"C204": "受益群众满意度 twice (rows 17 and 18)"},
)
T2 = Table(
    "project",
    "河湖长制工作经费",
    36.5,
    "落实县乡村三级河湖长制，完成河湖“清四乱”问题整改40个以上，重点河湖水质保持稳定。",
    T2_ROWS,
    title="滹沱县水利局2025年项目支出绩效目标表",
    extra={
        "budget_source": "年度资金总额（万元） 36.50；其中：财政拨款 36.50；上年结转 0.00；其他资金 0.00"
    },
)

HEAD1 = ["一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）"]
F1 = framed(T1, HEAD1, ("468.00", "420.00", "48.00", "0.00"))
F2 = framed(T2, ["一级指标", "二级指标", "三级指标", "指标值"], ("36.50", "36.50", "0.00", "0.00"))

ALLOC = Grid(4)
header(ALLOC, "序号", "乡镇", "维修养护工程（处）", "分配资金（万元）")
for i, (town, n, money) in enumerate(
    [
        ("滹阳镇", "14", "76.00"),
        ("北冶乡", "11", "60.50"),
        ("岗南镇", "12", "65.00"),
        ("东回舍镇", "10", "54.00"),
        ("苏家庄乡", "9", "49.00"),
        ("下槐镇", "13", "70.50"),
        ("孟家庄镇", "8", "43.00"),
        ("小觉镇", "9", "50.00"),
    ],
    1,
):
    ALLOC.add(str(i), town, n, money)
ALLOC.add("", "合计", "86", "468.00")


def render(doc: Doc) -> bytes:
    return pdf_file(
        [
            "# 滹沱县水利局2025年项目支出绩效目标表",
            "一、农村饮水安全工程维修养护资金分配表",
            Tab(Framed(ALLOC), widths=(20, 60, 60, 60)),
            "二、农村饮水安全工程维修养护绩效目标表",
            Tab(F1, widths=(45, 55, 90, 70)),
            "三、河湖长制工作经费绩效目标表",
            Tab(F2, widths=(45, 55, 90, 70)),
        ],
        ruled=True,
        header="滹沱县水利局2025年部门预算公开",
        wide=True,
        size=9,
    )


DOC = Doc(
    "hk04_hebei_shuili",
    "hk04_河北滹沱县水利局_2025.pdf",
    DEPT,
    2025,
    tags(
        "pdf",
        "ruled",
        "河北",
        "水利",
        "budget-lines allocation-before value-header-gloss nonstandard-names level1-once "
        "several-tables unit-year-framing",
    ),
    [T1, T2],
    render,
)
