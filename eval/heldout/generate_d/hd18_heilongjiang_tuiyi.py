"""hd18 · 黑龙江 白岭县退役军人事务局 2024: a ruled PDF with a running header and page-number
footer. A 2023 project self-evaluation that prints 分值 before the target, then an evaluation
indicator system for the village service stations."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body
from grid import Grid
from kit import V401
from noise import pdf_with_furniture
from pdfout import gap, para, pdf_table
from selfeval import self_eval_table, sx
from spec import Doc, R, Row, Table

UNIT = "白岭县退役军人事务局"
KEYS = ["l1", "l2", "l3", "score_max", "value", "actual", "score", "deviation"]

T1 = Table(
    "self_evaluation",
    "退役军人服务保障经费",
    86.0,
    "走访慰问困难退役军人300人次以上，开展适应性培训120人，村级服务站标准化达标率90%以上，退役军人就业率85%以上。",
    [
        R(P, SL, "走访慰问困难退役军人", "≥300人次", 4, x=sx("326人次", 10, 10)),
        R(P, SL, "退役军人适应性培训人数", "≥120人", 4, x=sx("120人", 10, 10)),
        R(P, ZL, "服务站标准化建设达标率", "≥90%", 4, x=sx("92%", 10, 10)),
        R(P, SX, "慰问金发放时间", "春节前", 4, x=sx("春节前完成", 10, 10)),
        R(P, CB, "人均慰问标准", "≤500元", 4, x=sx("500元", 10, 10)),
        R(
            E,
            SH,
            "退役军人就业率",
            "≥85%",
            4,
            c={
                "S801": "target 85 % missed (78 %) but full points",
                "S804": "missed target without a reason",
            },
            x=sx("78%", 10, 10),
        ),
        R(E, SH, "拥军优属氛围", "更加浓厚", 2, c=V401, x=sx("浓厚", 10, 10)),
        R(S, MY, "退役军人满意度", "≥95%", 4, x=sx("96%", 20, 20)),
    ],
    title="白岭县2023年度项目支出绩效自评表",
    codes={"S803": "total 98.80 but the rows (90) and the execution score (9.80) add up to 99.80"},
    extra={
        "year_evaluated": 2023,
        "actual_completion": "走访慰问326人次，培训120人，服务站达标率92%，退役军人就业率78%。",
        "budget_source": "年初预算数80.00，全年预算数86.00，全年执行数84.30，执行率98.0%",
        "total_score": {"score_max": "100", "score": "98.80"},
    },
)


def c(l1: str, l2: str, l3: str, w: int, std: str, value: str = "", spec: int | None = None) -> Row:
    return R(l1, l2, l3, value, spec, std=std, x={"weight": w})


T2 = Table(
    "evaluation_system",
    "村级退役军人服务站运转经费",
    None,
    None,
    [
        c("决策", "绩效目标", "绩效目标合理性", 5, "目标与实际工作相符得5分，否则酌情扣分"),
        c("过程", "资金管理", "资金使用合规性", 10, "无违规使用得10分，发现一处扣2分"),
        c("过程", "组织实施", "服务站工作台账完整性", 5, "台账完整得5分，缺一项扣1分"),
        c(
            "产出",
            "产出数量",
            "建成运转村级退役军人服务站",
            20,
            "完成得20分，每少1个扣1分",
            "≥126个",
            4,
        ),
        c("产出", "产出质量", "服务站“五有”达标率", 20, "得分=达标率×20", "≥95%", 4),
        c("效益", "社会效益", "退役军人信访事项按期办结率", 25, "得分=办结率×25", "≥95%", 4),
        c("效益", "满意度", "服务对象满意度", 15, "≥90%得满分，每低1个百分点扣1分", "≥90%", 4),
    ],
    title="白岭县村级退役军人服务站运转经费绩效评价指标体系",
    extra={"total_row": {"label": "总分", "weight": 100}},
)


def system_grid() -> Framed:
    f = Framed(Grid(6))
    header(f.grid, "一级指标", "二级指标", "三级指标", "分值", "目标值", "评分标准")
    indicator_body(f, T2.rows, ["l1", "l2", "l3", "weight", "value", "std"])
    r = f.grid.add("总分", "", "", "100")
    f.grid.span(r, 0, r, 2)
    return f


def render_doc(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "实施单位", "白岭县退役军人服务中心")],
        "项目资金（万元）",
        [("年度资金总额", "80.00", "86.00", "84.30", "10", "98.0%", "9.80")],
        T1.extra["actual_completion"],
        ("100", "98.80"),
        keys=KEYS,
        stacked=True,
    )
    story = [
        para("白岭县退役军人事务局2024年部门预算公开", 14, align=1),
        gap(3),
        para("四、2023年度项目支出绩效自评情况", 11),
        para(
            "按照县财政局要求，我局对2023年度退役军人服务保障经费开展了绩效自评，自评得分98.80分，"
            "等级为“优”。自评表如下：",
            10,
        ),
        gap(3),
        para(T1.title, 11, align=1),
        pdf_table(f1.grid, [24, 26, 48, 14, 26, 26, 14, 80], ruled=True, size=8.5),
        gap(6),
        para("五、重点项目绩效评价指标体系", 11),
        para(T2.title, 11, align=1),
        pdf_table(system_grid().grid, [24, 26, 60, 16, 30, 100], ruled=True, size=8.5),
    ]
    return pdf_with_furniture(story, "白岭县退役军人事务局2024年部门预算公开")


DOC = Doc(
    "hd18_heilongjiang_tuiyi",
    "hd18_heilongjiang_tuiyi.pdf",
    UNIT,
    2024,
    {
        "format": "pdf",
        "encoding": "ruled",
        "province": "黑龙江",
        "sector": "退役军人",
        "framework": "产出/效益/满意度",
        "layout_patterns": "self-evaluation evaluation-system extra-columns budget-lines several-tables",
    },
    [T1, T2],
    render=render_doc,
)
