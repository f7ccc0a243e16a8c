"""hb21 · 山东 · 潍河县自然资源局: a ruled text-layer PDF with two tables. The 部门整体绩效目标表
uses the 整体 names 履职产出 / 履职效能 as 一级 and states the department budget; the second is a
project self-evaluation (2023) with 分值 printed before the target (分值 | 年度指标值 | 实际完成值 |
得分 | 偏差原因分析及改进措施), self-evaluation budget lines and a 总分 row."""

from __future__ import annotations

from grid import Grid
from pdfout import gap, para, pdf_bytes, pdf_table
from reportlab.platypus import PageBreak
from spec import Doc, R, Row, Table

UNIT = "潍河县自然资源局"
LP, LX, MYD = "履职产出", "履职效能", "满意度"
NAMES = "整体-table 一级 names (履职产出/履职效能/满意度) kept as printed"

T1 = Table(
    kind="overall",
    project=UNIT,
    budget_wan=2145.8,
    goal="严守耕地保护红线，完成年度卫片执法图斑核查和违法用地整改；优化不动产登记服务，一般登记5个工作日内办结；"
    "推进历史遗留矿山生态修复和村庄规划编制。",
    title="潍河县自然资源局2024年部门整体绩效目标表",
    extra={
        "budget_source": "部门预算总额（万元） 2,145.80；其中：财政拨款 1,986.30，其他资金 159.50"
    },
    rows=[
        R(LP, "数量指标", "卫片执法图斑核查", "≥480个", 4),
        R(LP, "数量指标", "不动产登记办件量", "≥1.6万件", 4),
        R(LP, "质量指标", "不动产登记办件准确率", "≥99%", 4),
        R(LP, "质量指标", "耕地保有量任务完成率", "100%", 4),
        R(LP, "时效指标", "一般不动产登记办理时限", "≤5个工作日", 4),
        R(LP, "成本指标", "部门“三公”经费支出", "≤12.5万元", 4),
        R(
            LX,
            "社会效益指标",
            "新增违法占用耕地面积",
            "较上年下降",
            2,
            c={"V401": "只写“较上年下降”，没有下降的数量"},
        ),
        R(
            LX,
            "生态效益指标",
            "历史遗留矿山生态修复面积",
            "≥320亩",
            4,
            c={"C206": "修复面积是工程产出数量，放在生态效益下"},
        ),
        R(LX, "可持续影响指标", "村庄规划编制覆盖率", "≥80%", 4),
        R(MYD, "服务对象满意度指标", "办事群众满意度", "≥95%", 4),
    ],
)
for _r in T1.rows:
    _r.note = NAMES


def se(
    l1: str,
    l2: str,
    l3: str,
    pts: float,
    target: str,
    actual: str,
    score: float,
    dev: str,
    spec: int,
    **kw: object,
) -> Row:
    x = {"actual": actual, "score_max": pts, "score": score, "deviation": dev}
    return R(l1, l2, l3, target, spec, x=x, **kw)


P, E, S = "产出指标", "效益指标", "满意度指标"
GOAL2 = "完成全县126处地质灾害隐患点汛前、汛中、汛后巡查排查，更新群测群防监测设备40台（套），开展应急演练6场，全年不发生因地质灾害造成的人员伤亡。"
ACT2 = "完成126处隐患点巡查排查，更新监测设备40台（套），开展应急演练6场，全年未发生因地质灾害造成的人员伤亡。"

T2 = Table(
    kind="self_evaluation",
    project="地质灾害防治项目",
    budget_wan=85.0,
    goal=GOAL2,
    title="2023年度项目支出绩效自评表",
    extra={
        "budget_source": "项目资金（万元）年度资金总额：年初预算数 85.00，全年预算数 85.00，全年执行数 79.90，分值 10，执行率 94.00%，得分 9.4",
        "actual_completion": ACT2,
        "total_score": {"score_max": 100, "score": 99.4},
        "year_evaluated": 2023,
    },
    rows=[
        se(P, "数量指标", "地质灾害隐患点巡查排查", 10, "≥126处", "126处", 10, "", 4),
        se(P, "数量指标", "开展地质灾害应急演练", 5, "≥6场", "6场", 5, "", 4),
        se(P, "数量指标", "更新群测群防监测设备", 10, "≥40台（套）", "40台（套）", 10, "", 4),
        se(P, "质量指标", "隐患点监测覆盖率", 10, "100%", "100%", 10, "", 4),
        se(P, "时效指标", "汛前排查完成时间", 5, "2023年5月31日前", "2023年5月28日", 5, "", 4),
        se(P, "成本指标", "单台（套）监测设备购置成本", 10, "≤0.8万元", "0.78万元", 10, "", 4),
        se(E, "社会效益指标", "因地质灾害造成人员伤亡", 10, "0人", "0人", 10, "", 4),
        se(
            E,
            "社会效益指标",
            "受威胁群众防灾避险意识",
            10,
            "明显增强",
            "明显增强",
            10,
            "",
            2,
            c={"V401": "“明显增强”没有判定标准"},
        ),
        se(E, "可持续影响指标", "监测设备使用年限", 10, "≥5年", "5年", 10, "", 4),
        se(
            S,
            "服务对象满意度指标",
            "受威胁群众满意度",
            10,
            "≥90%",
            "88%",
            10,
            "",
            4,
            c={"S801": "目标≥90%，实际88%，仍得满分10分", "S804": "未完成目标却没有填写偏差原因"},
        ),
    ],
)


def _grid1() -> Grid:
    g = Grid(5)
    g.add("部门名称", UNIT)
    g.span(0, 1, 0, 4)
    g.add("部门预算总额（万元）", "2,145.80", "其中：财政拨款", "1,986.30", "其他资金159.50")
    g.add("年度绩效目标", T1.goal or "")
    g.span(2, 1, 2, 4)
    g.add("一级指标", "二级指标", "三级指标", "指标值", "")
    g.span(3, 3, 3, 4)
    first = len(g.rows)
    for r in T1.rows:
        g.add(r.l1, r.l2, r.l3, r.value, "")
        g.span(len(g.rows) - 1, 3, len(g.rows) - 1, 4)
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    return g


def _grid2() -> Grid:
    g = Grid(8)
    g.add("项目名称", T2.project, "", "", "实施单位", UNIT)
    g.span(0, 1, 0, 3)
    g.span(0, 5, 0, 7)
    g.add(
        "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""
    )
    g.add("", "85.00", "85.00", "79.90", "10", "94.00%", "9.4", "")
    g.span(1, 0, 2, 0)
    g.add("年度目标", "预期目标", "", "", "实际完成情况")
    g.add("", GOAL2, "", "", ACT2)
    for r in (3, 4):
        g.span(r, 1, r, 3)
        g.span(r, 4, r, 7)
    g.span(3, 0, 4, 0)
    g.add(
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "年度指标值",
        "实际完成值",
        "得分",
        "偏差原因分析及改进措施",
    )
    first = len(g.rows)
    for r in T2.rows:
        x = r.x
        g.add(
            r.l1,
            r.l2,
            r.l3,
            f"{x['score_max']:g}",
            r.value,
            x["actual"],
            f"{x['score']:g}",
            x["deviation"],
        )
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    r = g.add("总分", "", "", "100", "", "", "99.4", "")
    g.span(r, 0, r, 2)
    return g


def render(doc: Doc) -> bytes:
    story = [
        para("附件3", 10),
        para(T1.title, 14, align=1),
        gap(2),
        pdf_table(_grid1(), [34, 36, 60, 28, 24], ruled=True, size=9),
        PageBreak(),
        para("附件4", 10),
        para(T2.title, 14, align=1),
        gap(2),
        pdf_table(_grid2(), [22, 22, 34, 14, 22, 22, 14, 32], ruled=True, size=8),
    ]
    return pdf_bytes(story, wide=False, title=f"{UNIT}2024年部门预算公开附件")


DOC = Doc(
    id="hb21_shandong_ziran",
    file="hb21_shandong_ziran.pdf",
    unit=UNIT,
    year=2024,
    tags={
        "province": "山东",
        "county": "潍河县",
        "sector": "自然资源",
        "format": "pdf (ruled)",
        "encoding": "",
        "layout_patterns": "level1-once:middle-of-merged nonstandard-names:履职产出+履职效能 self-evaluation:score-before-target budget-lines:self-evaluation goal-heading:年度绩效目标+预期目标 several-tables unit-year-framing:附件+title",
    },
    tables=[T1, T2],
    render=render,
)
