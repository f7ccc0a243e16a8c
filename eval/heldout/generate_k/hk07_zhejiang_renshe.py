"""hk07 浙江 · 富春县人力资源和社会保障局: legacy XLS; sheet 1 the allocation of the employment
subsidy by township, sheet 2 its transfer-payment table (区域绩效目标表) with one value column per
township beside the county column, sheet 3 the residents' pension project with the value split into
指标值类型 | 目标值 | 度量单位 (comparator words)."""

from dsl import rows
from emit import Tab, xls_file
from frame import Framed, header, indicator_body
from grid import Grid
from kit import tags
from spec import Doc, Table

DEPT = "富春县人力资源和社会保障局"
TOWNS = ["春江街道", "新桐乡", "场口镇", "洞桥镇"]

T1_ROWS = rows(
    """
产出指标 | 数量指标 | 城镇新增就业人数 | ≥3200人 | 1300人 | 700人 | 650人 | 550人 | 4 |
 | | 职业技能培训人次 | ≥2600人次 | 900人次 | 600人次 | 600人次 | 500人次 | 4 |
 | 质量指标 | 城镇登记失业率 | ≤3.5% | — | — | — | — | 4 |
 | 时效指标 | 补贴资金发放时间 | 2025年12月底前 | 2025年12月底前 | 2025年12月底前 | 2025年12月底前 | 2025年12月底前 | 4 |
 | 成本指标 | 职业培训补贴标准 | ≤1800元/人 | ≤1800元/人 | ≤1800元/人 | ≤1800元/人 | ≤1800元/人 | 4 |
效益指标 | 社会效益指标 | 就业困难人员就业人数 | ≥420人 | 150人 | 100人 | 90人 | 80人 | 4 |
 | | 零就业家庭动态清零 | 动态清零 | 动态清零 | 动态清零 | 动态清零 | 动态清零 | 3 |
 | 可持续影响指标 | 就业形势 | 总体稳定 | — | — | — | — | 2 | V401
满意度指标 | 服务对象满意度指标 | 补贴对象满意度 | ≥90% | ≥90% | ≥90% | ≥90% | ≥90% | 4 |
""",
    "l1 l2 l3 value place:春江街道 place:新桐乡 place:场口镇 place:洞桥镇 spec codes",
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | 城乡居民基本养老保险参保人数 | 大于等于 | 168000 | 人 | 4 |
 | | 领取待遇人数 | 大于等于 | 61500 | 人 | 4 |
 | 质量指标 | 适龄参保人员参保率 | 大于等于 | 95 | % | 4 |
 | | 待遇发放准确率 | 等于 | 100 | % | 4 |
 | 时效指标 | 养老金按月发放率 | 等于 | 100 | % | 4 |
 | 成本指标 | 县级基础养老金补助标准 | 大于等于 | 40 | 元 | 3 | U301
效益指标 | 社会效益指标 | 城乡老年居民基本生活 | 定性 | 有效保障 | | 2 | V401
 | 可持续影响指标 | 城乡居民养老保险制度 | 定性 | 持续健康运行 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 参保群众满意度 | 大于等于 | 90 | % | 4 |
""",
    "l1 l2 l3 p0 p1 p2 spec codes",
)
for r in T2_ROWS:
    p0, p1, p2 = r.x.pop("p0"), r.x.pop("p1"), r.x.pop("p2", "")
    if p0 == "定性":
        r.value = p1
        r.x["parts"] = ["定性", p1]
    else:
        r.value = p0 + p1 + p2
        r.x["parts"] = [p0, p1, p2]

T1 = Table(
    "transfer",
    "就业补助资金",
    1086.0,
    "全县城镇新增就业3200人以上，职业技能培训2600人次，公益性岗位安置就业困难人员180人，城镇登记失业率控制在3.5%以内。",
    T1_ROWS,
    title="2025年就业补助资金区域绩效目标表",
    codes={"G701": "the goal's 180 public-welfare-post placements have no indicator"},
    extra={
        "region": "富春县",
        "value_column": "全县",
        "budget_source": "年度金额（万元） 1,086.00；其中：中央补助 612.00，省级 274.00，县级 200.00",
        "allocation_table": "就业补助资金分配表 on sheet 分配表, by township, 元",
    },
)
T2 = Table(
    "project",
    "城乡居民基本养老保险县级补助",
    738.0,
    "为全县168000名参保人员落实县级补助，61500名待遇领取人员按月足额领取基础养老金。",
    T2_ROWS,
    title="富春县人力资源和社会保障局2025年项目支出绩效目标表",
    extra={"budget_source": "项目资金（万元） 738.00"},
)


def transfer(t: Table) -> Framed:
    f = Framed(Grid(8))
    g = f.grid
    g.wide("专项名称", t.project)
    g.wide("省级主管部门", "浙江省人力资源和社会保障厅")
    g.wide("县（市、区）", "富春县")
    g.wide("年度金额（万元）", "1,086.00（其中：中央补助612.00，省级274.00，县级200.00）")
    g.wide("年度目标", t.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "全县", *TOWNS)
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value", *(f"place:{x}" for x in TOWNS)])
    return f


def project(t: Table) -> Framed:
    f = Framed(Grid(6))
    g = f.grid
    g.wide("项目名称", t.project)
    g.wide("主管部门", DEPT)
    g.wide("项目资金（万元）", "738.00")
    g.wide("年度目标", t.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "p0", "p1", "p2"])
    return f


ALLOC = Grid(4)
header(ALLOC, "乡镇（街道）", "就业补助（元）", "培训补贴（元）", "合计（元）")
for town, a, b, c in [
    ("春江街道", "2,210,000.00", "1,620,000.00", "3,830,000.00"),
    ("新桐乡", "1,480,000.00", "1,080,000.00", "2,560,000.00"),
    ("场口镇", "1,390,000.00", "1,080,000.00", "2,470,000.00"),
    ("洞桥镇", "1,100,000.00", "900,000.00", "2,000,000.00"),
    ("合计", "6,180,000.00", "4,680,000.00", "10,860,000.00"),
]:
    ALLOC.add(town, a, b, c)


def render(doc: Doc) -> bytes:
    return xls_file(
        [
            ("分配表", ["2025年就业补助资金分配表", Tab(Framed(ALLOC))]),
            ("区域绩效目标", ["2025年就业补助资金区域绩效目标表", Tab(transfer(T1))]),
            ("养老保险", ["富春县人力资源和社会保障局2025年项目支出绩效目标表", Tab(project(T2))]),
        ]
    )


DOC = Doc(
    "hk07_zhejiang_renshe",
    "hk07_浙江富春县人力资源和社会保障局_2025.xls",
    DEPT,
    2025,
    tags(
        "xls",
        "",
        "浙江",
        "人力资源和社会保障",
        "transfer per-place allocation-before split-value several-tables level1-once",
    ),
    [T1, T2],
    render,
)
