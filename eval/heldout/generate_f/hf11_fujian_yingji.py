"""hf11 · Fujian, 汀源县应急管理局, a 2025 disclosure as DOCX saved by Word (cell text split over
runs, cell lines as separate paragraphs): the department's overall self-evaluation for 2024, then
a 2025 project table whose 一级 names carry their points (`产出指标（50分）`) and whose 二级
names are broken over two lines."""

from __future__ import annotations

from emit import Tab, docx_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import V401, V402, codes, tags
from selfeval import self_eval_table, sx
from spec import Doc, R, Table

UNIT = "汀源县应急管理局"

T1 = Table(
    "self_evaluation",
    UNIT,
    1320.6,
    "做好全县安全生产监管和自然灾害防治工作，全年开展执法检查不少于600家次，"
    "生产安全事故死亡人数较上年下降，自然灾害因灾死亡人数为0。",
    [
        R(P, SL, "安全生产执法检查企业家次", "≥600家次", 4, x=sx("642家次", 10, 10)),
        R(P, SL, "组织综合应急演练次数", "≥4次", 4, x=sx("5次", 10, 10)),
        R(
            P,
            SL,
            "应急救援队伍培训人次",
            "≥800人次",
            4,
            x=sx("760人次", 10, 9.5, "部分乡镇专职队员汛期值守未能参训，下年度调整培训时段"),
        ),
        R(P, ZL, "重大事故隐患整改率", "100%", 4, x=sx("100%", 10, 10)),
        R(P, SX, "灾情信息报送时限", "≤2小时", 4, x=sx("≤2小时", 10, 10)),
        R(
            P,
            CB,
            "部门预算执行率",
            "≥95%",
            4,
            x=sx("97.8%", 5, 5),
            c=codes({"C202": "a fund-execution rate placed under 成本指标"}),
        ),
        R(
            E,
            SH,
            "生产安全事故死亡人数",
            "较上年下降",
            2,
            c=codes(V401),
            x=sx("较上年下降1人", 10, 10),
        ),
        R(E, SH, "自然灾害因灾死亡人数", "0人", 4, x=sx("0人", 10, 10)),
        R(E, KC, "应急管理体系和能力建设", "持续推进", 2, c=codes(V401), x=sx("持续推进", 5, 5)),
        R(S, MY, "企业和群众满意度", "≥90%", 4, x=sx("88.6%", 10, 10)),
    ],
    title="汀源县应急管理局2024年度部门整体支出绩效自评表",
    extra={
        "scope": "overall",
        "year_evaluated": 2024,
        "actual_completion": "全年检查企业642家次，开展综合应急演练5次，全县未发生较大以上生产安全事故，"
        "自然灾害无人员死亡。",
        "budget_source": "年初预算数 1286.40 全年预算数 1320.60 全年执行数 1291.55 执行率 97.8% 分值 10 得分 9.78",
        "total_score": {"score_max": "100", "score": "99.28"},
        "execution_score": {"score_max": "10", "score": "9.78"},
    },
)
T1.rows[9].codes = {
    "S801": "full points on a missed target (88.6% against ≥90%)",
    "S804": "missed target without a deviation reason",
}

P50, E30, S10 = "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）"
NOTE = "一级 printed with its points"
BR = "二级 broken over two lines in the cell"


def b(l2: str) -> dict[str, object]:
    return {"printed_l2": l2[:-2] + "\n" + l2[-2:]}


T2 = Table(
    "project",
    "森林防灭火专业队伍建设",
    246.0,
    "保障县森林消防专业队伍62人的装备和训练，24小时值守，森林火灾受害率控制在0.9‰以内。",
    [
        R(P50, SL, "专业扑火队员人数", "62人", 4, note=NOTE + "; " + BR, x=b(SL)),
        R(P50, SL, "年度实战化训练天数", "≥60天", 4, note=NOTE + "; " + BR, x=b(SL)),
        R(P50, ZL, "扑火装备完好率", "≥95%", 4, note=NOTE + "; " + BR, x=b(ZL)),
        R(P50, SX, "火情出动时间", "接警后≤10分钟", 4, note=NOTE + "; " + BR, x=b(SX)),
        R(P50, CB, "队员人均年补助", "≤3.2万元", 4, note=NOTE + "; " + BR, x=b(CB)),
        R(E30, SH, "森林火灾受害率", "≤0.9‰", 4, note=NOTE + "; " + BR, x=b(SH)),
        R(E30, KC, "森林防火工作", "取得实效", 2, c=codes(V402), note=NOTE + "; " + BR, x=b(KC)),
        R(S10, MY, "林区群众满意度", "≥90%", 4, note=NOTE + "; " + BR, x=b(MY)),
    ],
    title="汀源县应急管理局2025年项目支出绩效目标表",
    unit_line="单位：万元",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
BUDGET = [
    ("年度资金总额", "1286.40", "1320.60", "1291.55", "10", "97.8%", "9.78"),
    ("其中：财政拨款", "1286.40", "1320.60", "1291.55", "—", "—", "—"),
]


def render(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "单位编码", "318001")],
        "预算执行情况（万元）",
        BUDGET,
        str(T1.extra["actual_completion"]),
        ("100", "99.28"),
        stacked=True,
    )
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "246.00")
    return docx_file(
        ["# " + T1.title, "（2024年度）", Tab(f1), "# " + T2.title, "单位：万元", Tab(f2)],
        wps=False,
        split_runs=True,
    )


DOC = Doc(
    "hf11_fujian_yingji",
    "hf11_fujian_yingji.docx",
    UNIT,
    2025,
    tags(
        "docx",
        "word",
        "福建",
        "应急",
        "self-evaluation label-notes broken-labels several-tables budget-lines unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
