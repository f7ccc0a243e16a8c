"""湖南 · 耒溪县畜牧水产事务中心: a legacy XLS workbook. The fund allocation sheet by township
(元) comes first; the second sheet is the region-wide transfer-payment table (区域绩效目标表)
with one column per township and `其中：` sub-rows; a project table on a third sheet whose
column header is repeated inside the body (a print-title copy)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xls_file
from frame import E, Framed, P, S
from grid import Grid
from kit import build, tags
from spec import Doc, Table

DEPT = "耒溪县畜牧水产事务中心"
PLACES = ["沙田镇", "东湖乡", "马水镇", "龙塘乡"]
ALL = "≥70%"

T1 = Table(
    kind="transfer",
    project="动物防疫等补助经费",
    budget_wan=86.0,
    goal="完成全县春秋两季重大动物疫病强制免疫，应免畜禽免疫密度90%以上，病死畜禽无害化处理率100%，全年不发生区域性重大动物疫情。",
    rows=rows(
        f"""
{P} | 数量指标 | 畜禽强制免疫应免密度 | ≥90% | ≥90% | ≥90% | ≥90% | ≥90% | 4 |
    |          | 其中：生猪口蹄疫免疫头数 | ≥12万头 | 4.5万头 | 3万头 | 2.8万头 | 1.7万头 | 4 |
    |          | 其中：家禽高致病性禽流感免疫羽数 | ≥150万羽 | 60万羽 | 40万羽 | 30万羽 | 20万羽 | 4 |
    |          | 病死猪无害化处理头数 | ≥8000头 | 3000头 | 2000头 | 1800头 | 1200头 | 4 |
    | 质量指标 | 免疫抗体合格率 | {ALL} | {ALL} | {ALL} | {ALL} | {ALL} | 4 |
    | 时效指标 | 春秋两季集中免疫完成时间 | 5月、10月底前 | 5月、10月底前 | 5月、10月底前 | 5月、10月底前 | 5月、10月底前 | 4 |
    | 成本指标 | 村级防疫员补助标准 | ≤1200元 | — | — | — | — | 3 | U301:a per-person standard in bare 元 (per year not said)
{E} | 社会效益指标 | 重大动物疫情发生情况 | 不发生区域性重大动物疫情 | — | — | — | — | 3 |
    | 生态效益指标 | 病死畜禽无害化处理率 | 100% | 100% | 100% | 100% | 100% | 4 |
    | 可持续影响指标 | 动物防疫体系 | 不断健全 | — | — | — | — | 2 | V401
{S} | 服务对象满意度指标 | 养殖户满意度 | ≥85% | — | — | — | — | 4 |
""",
        "l1 l2 l3 value " + " ".join(f"place:{p}" for p in PLACES) + " spec codes",
    ),
    extra={
        "value_column": "全县",
        "budget_source": "年度金额 86万元 (其中：中央补助 60万元，省级补助 16万元，县级配套 10万元)",
    },
)

T2 = Table(
    kind="project",
    project="水产健康养殖示范创建",
    budget_wan=12.0,
    goal="创建水产健康养殖示范场3个以上，推广养殖尾水处理500亩以上，示范场亩均增收800元。",
    rows=rows(
        f"""
{P} | 数量指标 | 创建水产健康养殖示范场 | ≥3个 | 4 |
    |          | 其中：稻渔综合种养示范基地 | ≥1个 | 4 |
    |          | 推广养殖尾水处理面积 | ≥500亩 | 4 |
    | 质量指标 | 水产品抽检合格率 | ≥98% | 4 |
    | 时效指标 | 示范场验收时间 | 2025年11月底前 | 4 |
    | 成本指标 | 单个示范场补助 | ≤4万元 | 4 |
{E} | 经济效益指标 | 示范场亩均增收 | ≥800元 | 4 |
    | 生态效益指标 | 养殖尾水达标排放率 | ≥90% | 4 |
{S} | 服务对象满意度指标 | 示范户满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)

ALLOC = [
    ("沙田镇", 214000, 86000),
    ("东湖乡", 152000, 58000),
    ("马水镇", 138000, 52000),
    ("龙塘乡", 96000, 64000),
]


def _allocation() -> Tab:
    g = Grid(4)
    g.add("乡镇", "强制免疫疫苗及耗材（元）", "村级防疫员补助（元）", "合计（元）")
    g.header_rows = 1
    numbers: dict[tuple[int, int], float] = {}
    for name, a, b in ALLOC:
        r = g.add(name)
        numbers.update({(r, 1): a, (r, 2): b, (r, 3): a + b})
    r = g.add("合计")
    numbers.update({(r, 1): 600000, (r, 2): 260000, (r, 3): 860000})
    return Tab(Framed(g), numbers=numbers)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value", *(f"place:{p}" for p in PLACES)],
        [["一级指标", "二级指标", "三级指标", "全县指标值", *PLACES]],
        top=[
            ("转移支付项目", T1.project),
            ("主管部门", DEPT),
            ("年度金额（万元）", "86"),
            ("其中：中央补助", "60"),
            ("省级补助", "16"),
            ("县级配套", "10"),
            ("年度总体目标", T1.goal or ""),
        ],
        label_cols=2,
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=[("项目名称", T2.project), ("项目资金（万元）", "12"), ("年度目标", T2.goal or "")],
        repeat_head_at=(7,),
    )
    return xls_file(
        [
            ("资金分配表", ["2025年动物防疫等补助经费分配表", "单位：元", _allocation()]),
            ("区域绩效目标表", [f"耒溪县2025年{T1.project}区域绩效目标表", Tab(f1)]),
            ("项目绩效目标表", ["2025年项目支出绩效目标表", Tab(f2)]),
        ]
    )


DOC = Doc(
    id="ho15_hunan_xumu",
    file="ho15_湖南耒溪县畜牧水产事务中心_2025.xls",
    unit=DEPT,
    year=2025,
    tags=tags(
        "xls",
        "",
        "湖南",
        "畜牧水产",
        "allocation-before transfer per-place sub-rows budget-lines several-tables",
    ),
    tables=[T1, T2],
    render=render,
    extra={
        "allocation_table": "sheet 资金分配表: 4 townships, 合计 860,000元, before the transfer table"
    },
)
