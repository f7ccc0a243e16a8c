"""hk18 陕西 · 旬河县人力资源和社会保障局: an older CMS page (GBK, `<font>` cells, zero-width spaces
in the header labels) with the evaluation-indicator system of the public-welfare-post subsidy (分值
and 目标值 per criterion, a 总分 line), and the project table itself, which the page cuts off after
its sixth row (non-standard 一级/二级 names: `产出`, `效果指标`, `经济和社会效益指标`)."""

from dsl import rows
from emit import Tab, html_file
from frame import Framed, header, indicator_body
from grid import Grid
from kit import ptab, tags
from spec import Doc, Table

DEPT = "旬河县人力资源和社会保障局"

T1_ROWS = rows(
    """
决策 | 项目立项 | 岗位开发依据充分性 | 10 | 符合就业援助政策 | 依据充分得10分 |
过程 | 资金管理 | 补贴资金发放准确率 | 15 | 100% | 每错发1人扣1分 | 4
 | 组织实施 | 在岗人员考勤管理制度执行情况 | 10 | | 制度健全且执行得10分 |
产出 | 产出数量 | 开发公益性岗位数 | 20 | ≥420个 | 按完成比例得分 | 4
 | 产出时效 | 补贴按月发放率 | 15 | 100% | 每延迟1月扣2分 | 4
效益 | 社会效益 | 就业困难人员托底安置率 | 20 | 100% | 按比例得分 | 4
 | 满意度 | 安置人员满意度 | 10 | ≥90% | 问卷调查，按比例得分 | 4
""",
    "l1 l2 l3 weight value std spec",
)

T2_ROWS = rows(
    """
产出 | 数量指标 | 开发乡村公益性岗位 | ≥420个 | 4 |
 | | 安置脱贫劳动力 | ≥380人 | 4 |
 | 质量指标 | 在岗人员考勤合格率 | ≥95% | 4 |
 | 时效指标 | 岗位补贴发放时间 | 次月15日前 | 4 |
 | 成本指标 | 岗位补贴标准 | ≤600元/人·月 | 4 |
效果指标 | 经济和社会效益指标 | 安置对象家庭增收 | 明显 | 2 | V401
""",
    "l1 l2 l3 value spec codes",
)

T1 = Table(
    "evaluation_system",
    "乡村公益性岗位补贴",
    None,
    None,
    T1_ROWS,
    title="旬河县乡村公益性岗位补贴项目绩效评价指标体系",
    extra={"total_row": "总分 100", "criteria_without_target": [1, 3]},
)
T2, F2 = ptab(
    "乡村公益性岗位补贴",
    302.4,
    "开发乡村公益性岗位420个，托底安置脱贫劳动力和就业困难人员，补贴按月足额发放。",
    T2_ROWS,
    DEPT,
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["l1", "l2", "l3", "value"],
    "项目资金（万元）",
    "302.40",
    title="旬河县人力资源和社会保障局2025年项目绩效目标表",
    budget_source="项目资金（万元） 302.40",
    cut_off="the page ends after row 6 (`安置对象家庭增收 | 明显`); rows after it are not published",
)


def system(t: Table) -> Framed:
    f = Framed(Grid(6))
    header(f.grid, "一级指标", "二级指标", "三级指标", "分值", "目标值", "评分标准")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "weight", "value", "std"])
    r = f.grid.add("总分", "", "", "100", "", "")
    f.grid.span(r, 0, r, 2)
    return f


def render(doc: Doc) -> bytes:
    return html_file(
        [
            "旬河县乡村公益性岗位补贴项目绩效评价指标体系",
            Tab(system(T1)),
            "旬河县人力资源和社会保障局2025年项目绩效目标表",
            Tab(F2),
            "（未完，下页续）",
        ],
        title="旬河县人力资源和社会保障局2025年绩效目标及评价指标",
        site="旬河县人民政府",
        published="2025-02-27 16:05:12",
        charset="gbk",
        style="font",
    )


DOC = Doc(
    "hk18_shaanxi_renshe",
    "hk18_陕西旬河县人力资源和社会保障局_2025.html",
    DEPT,
    2025,
    tags(
        "html",
        "gbk",
        "陕西",
        "人力资源和社会保障",
        "evaluation-system cut-off nonstandard-names extra-columns several-tables level1-once "
        "unit-year-framing",
    ),
    [T1, T2],
    render,
)
