"""hk06 江苏 · 盐河县民政局: CMS HTML page (UTF-8, inline styles, nested layout tables) with the
department-wide overall table (部门预算 budget lines) and an approval table (批复表) for the
特困供养 project whose indicators carry `指标1：` prefixes, `其中：` sub-rows and placeholder lines."""

from dsl import rows
from emit import Tab, html_file
from frame import Framed, header, indicator_body
from grid import Grid
from kit import tags
from spec import Doc, Table

DEPT = "盐河县民政局"

T1_ROWS = rows(
    """
产出指标 | 数量指标 | 城乡低保保障人数 | ≥8600人 | 4 |
 | | 特困供养人员数 | ≥1450人 | 4 |
 | | 临时救助人次 | ≥900人次 | 4 |
 | 质量指标 | 低保对象动态管理准确率 | ≥98% | 4 |
 | 时效指标 | 救助资金按月发放率 | 100% | 4 |
 | 成本指标 | 城市低保保障标准 | 860元/人·月 | 4 |
 | | 农村低保保障标准 | 860元 | 3 | U301
效益指标 | 社会效益指标 | 困难群众基本生活 | 得到有效保障 | 2 | V401
 | | 符合条件的困难群众应保尽保率 | 100% | 4 |
 | 可持续影响指标 | 社会救助体系 | 不断完善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 救助对象满意度 | ≥90% | 4 |
""",
    "l1 l2 l3 value spec codes",
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | 指标1：特困人员供养人数 | ≥1450人 | 4 |
 | | 其中：集中供养人数 | ≥420人 | 4 |
 | | 其中：分散供养人数 | ≥1030人 | 4 |
 | 质量指标 | 指标1：供养服务机构消防安全达标率 | 100% | 4 |
 | 时效指标 | 指标1：基本生活费发放时间 | 每月10日前 | 4 |
 | 成本指标 | 指标1：特困人员基本生活标准 | 1118元/人·月 | 4 |
 | | 指标2：照料护理补贴标准 | 按照规定标准执行 | 2 | V402
效益指标 | 社会效益指标 | 指标1：特困人员基本生活保障率 | 100% | 4 |
 | 可持续影响指标 | 指标1：供养服务质量 | 持续提升 | 2 | V401
满意度指标 | 服务对象满意度指标 | 指标1：供养对象满意度 | ≥90% | 4 |
""",
    "l1 l2 l3 value spec codes",
)


def overall(t: Table) -> Framed:
    f = Framed(Grid(4))
    g = f.grid
    g.wide("部门（单位）名称", DEPT)
    r = g.add("部门预算总额（万元）", "8,746.20", "其中：财政拨款", "8,696.20")
    g.add("", "", "其他资金", "50.00")
    g.span(r, 0, r + 1, 0)
    g.span(r, 1, r + 1, 1)
    g.wide("年度履职目标", t.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value"])
    return f


def approval(t: Table) -> Framed:
    f = Framed(Grid(4))
    g = f.grid
    g.wide("项目名称", t.project)
    g.wide("预算金额（万元）", "1,968.00")
    g.wide("绩效目标", t.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值")
    after = {7: [("", "", "指标3：", "")], 10: [("", "", "……", "")]}
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value"], after=after)
    return f


T1 = Table(
    "overall",
    DEPT,
    8746.2,
    "落实城乡低保、特困供养、临时救助和儿童福利政策，困难群众应保尽保，救助资金按月足额发放。",
    T1_ROWS,
    title="盐河县民政局2025年部门整体绩效目标表",
    extra={
        "scope": "overall",
        "budget_source": "部门预算总额 8,746.20；其中：财政拨款 8,696.20；其他资金 50.00",
    },
)
T2 = Table(
    "project",
    "特困人员救助供养资金",
    1968.0,
    "保障全县1450名特困人员基本生活，集中供养和分散供养资金按月发放。",
    T2_ROWS,
    title="盐河县2025年项目支出绩效目标批复表",
    extra={
        "approval": True,
        "placeholders": ["指标3： (after row 7)", "…… (after row 10)"],
        "budget_source": "预算金额（万元） 1,968.00",
    },
)
F1 = overall(T1)
F2 = approval(T2)


def render(doc: Doc) -> bytes:
    return html_file(
        [
            "盐河县民政局2025年部门整体绩效目标表",
            Tab(F1),
            "盐河县2025年项目支出绩效目标批复表",
            "批复单位：盐河县财政局",
            Tab(F2, {"pad_cols": (2,)}),
        ],
        title="盐河县民政局2025年部门预算绩效目标公开",
        site="盐河县人民政府",
        published="2025-02-14 09:30",
        charset="utf-8",
        style="cms",
    )


DOC = Doc(
    "hk06_jiangsu_minzheng",
    "hk06_江苏盐河县民政局_2025.html",
    DEPT,
    2025,
    tags(
        "html",
        "utf-8",
        "江苏",
        "民政",
        "budget-lines approval prefixes-placeholders sub-rows level1-once several-tables "
        "unit-year-framing",
    ),
    [T1, T2],
    render,
)
