"""hb15 · 重庆 · 渠溪县医疗保障局: a Word 项目支出绩效自评表 with a `绩　效　指　标` label in a
vertically merged column on the left, merged 一级/二级 cells, self-evaluation budget lines
(年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), 预期目标 / 实际完成情况, the columns
年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, a `……` placeholder row and a 总分 row."""

from __future__ import annotations

from grid import Grid
from office import docx_bytes, docx_para, docx_table, new_docx
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
UNIT = "渠溪县医疗保障局"


def se(
    l1: str,
    l2: str,
    l3: str,
    target: str,
    actual: str,
    pts: float,
    score: float,
    dev: str,
    spec: int,
    **kw: object,
) -> Row:
    x = {"actual": actual, "score_max": pts, "score": score, "deviation": dev}
    return R(l1, l2, l3, target, spec, x=x, **kw)


GOAL = (
    "资助1.85万名特困人员、低保对象等困难群众参加城乡居民医保，对困难群众住院和门诊慢特病费用给予救助，"
    "政策范围内住院费用救助比例达到70%，防止因病致贫返贫。"
)
ACTUAL = "资助参保1.91万人，住院救助4586人次、门诊慢特病救助2310人次，政策范围内住院费用救助比例72%，未发生规模性因病致贫返贫。"

T1 = Table(
    kind="self_evaluation",
    project="城乡医疗救助资金",
    budget_wan=640.0,
    goal=GOAL,
    title="项目支出绩效自评表",
    extra={
        "budget_source": "项目资金（万元）年度资金总额：年初预算数 600.00，全年预算数 640.00，全年执行数 628.48，分值 10，执行率 98.20%，得分 9.82",
        "actual_completion": ACTUAL,
        "total_score": {"score_max": 100, "score": 100.32},
        "placeholders": [{"after_row": 9, "text": "……", "level2": KX}],
        "year_evaluated": 2023,
    },
    rows=[
        se(P, "数量指标", "资助困难群众参保人数", "≥1.85万人", "1.91万人", 10, 10, "", 4),
        se(P, "数量指标", "住院救助人次", "≥4200人次", "4586人次", 10, 10, "", 4),
        se(
            P,
            "数量指标",
            "门诊慢特病救助人次",
            "≥2600人次",
            "2310人次",
            5,
            4,
            "部分慢特病患者转入职工医保，救助需求下降",
            4,
        ),
        se(P, "质量指标", "资助参保对象应保尽保率", "100%", "100%", 10, 10, "", 4),
        se(
            P,
            "质量指标",
            "救助对象身份识别准确率",
            "100%",
            "99.6%",
            5,
            4.5,
            "个别对象身份信息更新不及时，已与民政、乡村振兴部门建立月度比对机制",
            4,
        ),
        se(P, "时效指标", "医疗救助结算时限", "≤30天", "25天", 10, 10, "", 4),
        se(P, "成本指标", "住院救助人均支出", "≤1100元", "1080元", 10, 10, "", 4),
        se(
            E,
            SL,
            "政策范围内住院费用救助比例",
            "≥70%",
            "72%",
            10,
            12,
            "",
            4,
            c={"S802": "得分12分超过该项分值10分"},
        ),
        se(
            E,
            SL,
            "因病致贫返贫",
            "有效防止",
            "有效防止",
            10,
            10,
            "",
            2,
            c={"V401": "“有效防止”没有判定标准"},
        ),
        se(S, MY, "救助对象满意度", "≥90%", "95%", 10, 10, "", 4),
    ],
)


def _grid() -> Grid:
    g = Grid(9)
    g.add("项目名称", T1.project)
    g.span(0, 1, 0, 8)
    g.add("主管部门", UNIT, "", "", "实施单位", "渠溪县医疗保障事务中心")
    g.span(1, 1, 1, 3)
    g.span(1, 5, 1, 8)
    g.add(
        "项目资金（万元）",
        "",
        "",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    )
    g.add("", "年度资金总额", "", "600.00", "640.00", "628.48", "10", "98.20%", "9.82")
    g.add("", "其中：当年财政拨款", "", "600.00", "640.00", "628.48", "—", "—", "—")
    g.add("", "上年结转资金", "", "", "", "", "—", "—", "—")
    g.add("", "其他资金", "", "", "", "", "—", "—", "—")
    for r in range(2, 7):
        g.span(r, 1, r, 2)
    g.span(2, 0, 6, 0)
    g.add("年度总体目标", "预期目标", "", "", "", "实际完成情况")
    g.add("", GOAL, "", "", "", ACTUAL)
    for r in (7, 8):
        g.span(r, 1, r, 4)
        g.span(r, 5, r, 8)
    g.span(7, 0, 8, 0)
    head = len(g.rows)
    g.add(
        "绩\u3000效\u3000指\u3000标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    )
    for i, r in enumerate(T1.rows, 1):
        x = r.x
        g.add(
            "",
            r.l1,
            r.l2,
            r.l3,
            r.value,
            x["actual"],
            f"{x['score_max']:g}",
            f"{x['score']:g}",
            x["deviation"],
        )
        for ph in T1.extra["placeholders"]:
            if ph["after_row"] == i:
                g.add("", r.l1, ph["level2"], ph["text"])
    last = len(g.rows) - 1
    g.span(head, 0, last, 0)
    g.merge_runs(1, head + 1, last)
    g.merge_runs(2, head + 1, last)
    r = g.add("总分", "", "", "", "", "", "100", "100.32", "")
    g.span(r, 0, r, 5)
    return g


def render(doc: Doc) -> bytes:
    d = new_docx()
    docx_para(d, "附件", bold=True)
    docx_para(d, "项目支出绩效自评表", bold=True, center=True)
    docx_para(d, "（2023年度）", center=True)
    docx_table(d, _grid(), [1.0, 1.7, 2.0, 3.2, 1.7, 1.7, 1.0, 1.0, 3.4])
    docx_para(d, "填表人：　　　　联系电话：　　　　填报日期：2024年3月15日")
    return docx_bytes(d)


DOC = Doc(
    id="hb15_chongqing_yibao",
    file="hb15_chongqing_yibao.docx",
    unit=UNIT,
    year=2023,
    tags={
        "province": "重庆",
        "county": "渠溪县",
        "sector": "医疗保障",
        "format": "docx",
        "encoding": "",
        "layout_patterns": "level1-once:vmerge self-evaluation:score-after-actual broken-labels:spaced-in-cell prefixes-placeholders:…… budget-lines:self-evaluation goal-heading:预期目标+实际完成情况 unit-year-framing:附件+title",
    },
    tables=[T1],
    render=render,
)
