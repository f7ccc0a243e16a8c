"""hk15 广西 · 左江县农业农村局: portal page (UTF-8) whose tables were saved by a UEditor-based
editor, with an attachment list after them: the transfer-payment table of the rural-revitalisation
grant with one column per township, and a project table with a 中期指标值 column after the annual
target."""

from dsl import rows
from emit import Tab, html_file
from frame import Framed, header, indicator_body
from grid import Grid
from kit import ptab, tags
from spec import Doc, Table

DEPT = "左江县农业农村局"
TOWNS = ["城中镇", "那隆镇", "板利乡", "驮卢镇"]

T1_ROWS = rows(
    """
产出指标 | 数量指标 | 支持联农带农产业项目 | ≥24个 | 8个 | 6个 | 5个 | 5个 | 4 |
 | | 新建及改造产业路 | ≥18公里 | 6公里 | 4公里 | 4公里 | 4公里 | 4 |
 | 质量指标 | 项目竣工验收合格率 | 100% | 100% | 100% | 100% | 100% | 4 |
 | | 衔接资金用于产业发展比例 | ≥60% | — | — | — | — | 4 |
 | 时效指标 | 项目开工率 | 2025年6月底前≥80% | — | — | — | — | 4 |
 | 成本指标 | 产业路建设成本 | ≤60万元/公里 | ≤60万元/公里 | ≤60万元/公里 | ≤60万元/公里 | ≤60万元/公里 | 4 |
效益指标 | 经济效益指标 | 脱贫人口人均纯收入增幅 | ≥8% | ≥8% | ≥8% | ≥8% | ≥8% | 4 |
 | | 带动脱贫人口增收 | 明显 | 明显 | 明显 | 明显 | 明显 | 2 | V401
 | 社会效益指标 | 返贫致贫人数 | 0人 | 0人 | 0人 | 0人 | 0人 | 4 |
满意度指标 | 服务对象满意度指标 | 受益脱贫人口满意度 | ≥90% | ≥90% | ≥90% | ≥90% | ≥90% | 4 |
""",
    "l1 l2 l3 value place:城中镇 place:那隆镇 place:板利乡 place:驮卢镇 spec codes",
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | 建设标准化养殖小区 | ≥3个 | ≥8个 | 4 |
 | | 培育新型农业经营主体 | ≥12家 | ≥30家 | 4 |
 | | 扩种糖料蔗良种面积 | ≥5000亩 | ≥15000亩 | 4 |
 | 质量指标 | 良种覆盖率 | ≥95% | 100% | 4 |
 | 时效指标 | 项目完成时间 | 2025年11月底前 | 2027年12月底前 | 4 |
 | 成本指标 | 良种补助标准 | 200元 | 200元 | 3 | U301
效益指标 | 经济效益指标 | 项目区农民人均增收 | ≥600元 | ≥1800元 | 4 |
 | 社会效益指标 | 带动农户就业 | ≥300人 | ≥900人 | 4 |
 | 生态效益指标 | 化肥使用量 | 零增长 | 负增长 | 3 |
满意度指标 | 服务对象满意度指标 | 项目区农户满意度 | ≥90% | ≥90% | 4 |
""",
    "l1 l2 l3 value mid_value spec codes",
)

T1 = Table(
    "transfer",
    "中央财政衔接推进乡村振兴补助资金",
    5238.0,
    "巩固拓展脱贫攻坚成果，支持联农带农产业项目24个以上，脱贫人口人均纯收入增幅8%以上，守住不发生规模性返贫底线。",
    T1_ROWS,
    title="2025年中央财政衔接推进乡村振兴补助资金区域绩效目标表",
    extra={
        "region": "左江县",
        "value_column": "全县",
        "budget_source": "年度资金总额（万元） 5,238.00；其中：中央资金 4,100.00；自治区资金 838.00；县级资金 300.00",
    },
)
T2, F2 = ptab(
    "糖料蔗及特色养殖产业发展项目",
    468.0,
    "建设标准化养殖小区3个，扩种糖料蔗良种5000亩，带动农户就业300人以上。",
    T2_ROWS,
    DEPT,
    ["一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值（2025—2027年）"],
    ["l1", "l2", "l3", "value", "mid_value"],
    "年度资金（万元）",
    "468.00",
    goal_label="年度目标",
    title="左江县农业农村局2025年项目支出绩效目标表",
    budget_source="年度资金（万元） 468.00",
    mid_term_goal="2025—2027年建设标准化养殖小区8个，扩种糖料蔗良种15000亩，培育新型经营主体30家。",
)


def transfer(t: Table) -> Framed:
    f = Framed(Grid(8))
    g = f.grid
    g.wide("资金名称", t.project)
    g.wide(
        "年度资金总额（万元）",
        "5,238.00（其中：中央资金4,100.00，自治区资金838.00，县级资金300.00）",
    )
    g.wide("年度总体目标", t.goal or "")
    h = header(g, "一级指标", "二级指标", "三级指标", "指标值", "分乡镇指标值", "", "", "")
    g.span(h, 4, h, 7)
    header(g, "", "", "", "全县", *TOWNS)
    for c in range(4):
        g.span(h, c, h + 1, c)
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value", *(f"place:{x}" for x in TOWNS)])
    return f


def render(doc: Doc) -> bytes:
    return html_file(
        [
            "2025年中央财政衔接推进乡村振兴补助资金区域绩效目标表",
            Tab(transfer(T1)),
            "左江县农业农村局2025年项目支出绩效目标表",
            Tab(F2),
        ],
        title="左江县2025年衔接资金及项目绩效目标公开",
        site="左江县人民政府门户网站",
        published="2025-03-06",
        charset="utf-8",
        style="ueditor",
        attachments=["左江县2025年衔接资金项目计划表.xls", "绩效目标表.xls"],
    )


DOC = Doc(
    "hk15_guangxi_nongye",
    "hk15_广西左江县农业农村局_2025.html",
    DEPT,
    2025,
    tags(
        "html",
        "utf-8",
        "广西",
        "农业农村",
        "transfer per-place midterm-annual value-header-gloss budget-lines goal-heading several-tables "
        "level1-once",
    ),
    [T1, T2],
    render,
)
