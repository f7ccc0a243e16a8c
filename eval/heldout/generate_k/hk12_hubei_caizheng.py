"""hk12 湖北 · 郧川县财政局: text (UTF-8, CRLF) with the department's overall table printed by
indentation (履职产出 / 履职效能), the evaluation-indicator system of its budget-performance
project with cells run together, and a project table one cell per line ending in a pipe."""

from dsl import rows
from emit import Tab, text_file
from frame import Framed, header, indicator_body
from grid import Grid, Text
from kit import ptab, tags
from spec import Doc, Table
from textual import render_indented

DEPT = "郧川县财政局"

T1_ROWS = rows(
    """
履职产出 | 数量指标 | 年度预算编制部门覆盖数 | =86个 | 4 |
 | | 财政投资评审项目数 | ≥260个 | 4 |
 | | 重点项目绩效评价 | ≥12个 | 4 |
 | 质量指标 | 部门预算公开率 | 100% | 4 |
 | 时效指标 | 部门预算批复时间 | 县人大批准后20日内 | 4 |
履职效能 | 社会效益指标 | 县级“三保”支出保障率 | 100% | 4 |
 | | 财政管理水平 | 显著提升 | 2 | V401
 | 可持续影响指标 | 预算绩效管理制度 | 健全完善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 预算单位满意度 | ≥90% | 4 |
""",
    "l1 l2 l3 value spec codes",
)

T2_ROWS = rows(
    """
决策 | 项目立项 | 立项依据充分性 | 4 | 是否符合国家法律法规、国民经济发展规划和相关政策 | 符合得4分，否则酌情扣分
 | 绩效目标 | 绩效目标合理性 | 4 | 目标与项目实际是否相符 | 合理得4分，否则酌情扣分
 | 资金投入 | 预算编制科学性 | 4 | 预算编制是否经过论证、测算 | 科学得4分
过程 | 资金管理 | 资金到位率 | 6 | 实际到位资金/计划投入资金×100% | 到位率×分值
 | | 预算执行率 | 8 | 实际支出资金/实际到位资金×100% | 执行率×分值
 | 组织实施 | 管理制度健全性 | 6 | 是否已制定或具有相应的财务和业务管理制度 | 健全得6分
产出 | 产出数量 | 评价报告完成数 | 20 | 实际完成评价报告数/计划完成数×100% | 完成率×分值
 | 产出质量 | 报告质量评审合格率 | 18 | 专家评审合格报告数/完成报告数×100% | 合格率×分值
效益 | 项目效益 | 评价结果应用率 | 20 | 评价结果应用于预算安排的项目占比 | 应用率×分值
 | | 被评价单位满意度 | 10 | 问卷调查满意度 | ≥90%得满分
""",
    "l1 l2 l3 weight desc std",
)

T3_ROWS = rows(
    """
产出指标 | 数量指标 | 财政投资评审项目数 | ≥260个 | 4 |
 | | 第三方评审机构委托批次 | ≥6批 | 4 |
 | 质量指标 | 评审报告差错 | ≤0.5件 | 3 | U306
 | 时效指标 | 单个项目评审办结时限 | ≤15个工作日 | 4 |
 | 成本指标 | 评审服务费费率 | ≤0.45% | 4 |
效益指标 | 经济效益指标 | 评审审减金额 | ≥8000万元 | 4 |
 | 社会效益指标 | 政府投资项目管理 | 规范有序 | 2 | V401
满意度指标 | 服务对象满意度指标 | 建设单位满意度 | ≥90% | 4 |
""",
    "l1 l2 l3 value spec codes",
)

T1 = Table(
    "overall",
    DEPT,
    2856.3,
    "保障财政平稳运行，完成86个部门预算编制和公开，开展重点项目绩效评价12个以上，县级“三保”支出足额保障。",
    T1_ROWS,
    title="郧川县财政局2025年部门整体支出绩效目标表",
    extra={"scope": "overall", "budget_source": "部门预算总额：2856.30万元"},
)
T2 = Table(
    "evaluation_system",
    "重点项目绩效评价",
    None,
    None,
    T2_ROWS,
    title="郧川县2025年重点项目绩效评价指标体系",
    extra={"total_row": "合计 100"},
)
T3, F3 = ptab(
    "财政投资评审经费",
    118.0,
    "完成财政投资评审项目260个以上，审减金额8000万元以上。",
    T3_ROWS,
    DEPT,
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["l1", "l2", "l3", "value"],
    "预算金额（万元）",
    "118.00",
    title="郧川县财政局2025年项目支出绩效目标表",
    budget_source="预算金额（万元） 118.00",
)


def system(t: Table) -> Framed:
    f = Framed(Grid(6))
    header(f.grid, "一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "weight", "desc", "std"])
    f.grid.add("合计", "", "", "100", "", "")
    return f


def overall(text: Text) -> None:
    text.add(
        "郧川县财政局2025年部门整体支出绩效目标表",
        "部门预算总额：2856.30万元",
        "年度总体目标：" + (T1.goal or ""),
        "绩效指标：",
    )
    render_indented(text, T1.rows, (2, 4, 6, 8))


def render(doc: Doc) -> bytes:
    return text_file(
        [
            "郧川县财政局2025年部门预算公开说明",
            "",
            "五、部门整体绩效目标",
            overall,
            "",
            "六、绩效评价指标体系",
            "郧川县2025年重点项目绩效评价指标体系",
            Tab(system(T2), {"style": "together"}),
            "",
            "七、项目支出绩效目标",
            "郧川县财政局2025年项目支出绩效目标表",
            Tab(F3, {"style": "cell_pipe"}),
        ],
        newline="\r\n",
    )


DOC = Doc(
    "hk12_hubei_caizheng",
    "hk12_湖北郧川县财政局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "utf-8 crlf",
        "湖北",
        "财政",
        "indentation run-together cell-per-line-pipe evaluation-system several-tables "
        "nonstandard-names unit-year-framing",
    ),
    [T1, T2, T3],
    render,
)
