"""Shaanxi, county water resources bureau, 2024 disclosure (DOCX): the 2023 self-evaluation of a
rural water-supply maintenance project (budget block, 预期目标 / 实际完成情况, 总分) and a 2024
project table with a basis column (指标值确定依据)."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from frame import CB, KC, MY, SH, SL, ST, SX, ZL, E, P, S, project_table
from office import docx_bytes, docx_para, docx_table, new_docx
from selfeval import self_eval_table, sx
from spec import Doc, R, Table

DEPT = "安塬县水利局"

ACTUAL = "维修养护农村供水工程48处，更换管网19.5公里，农村自来水普及率达到96.5%，受益人口3.9万人。"

T1 = Table(
    "self_evaluation",
    "2023年农村饮水安全工程维修养护",
    150.0,
    "维修养护农村供水工程45处以上，更换老化供水管网22公里，农村自来水普及率稳定在96%以上，保障3.8万农村群众饮水安全。",
    [
        R(P, SL, "维修养护农村供水工程处数", "≥45处", 4, x=sx("48处", 10, 10)),
        R(
            P,
            SL,
            "更换供水管网长度",
            "≥22公里",
            4,
            x=sx("19.5公里", 10, 8, "部分村组管网改造与乡村道路施工交叉，延至2024年实施"),
        ),
        R(P, ZL, "维修工程验收合格率", "100%", 4, x=sx("100%", 10, 10)),
        R(
            P,
            ZL,
            "农村集中供水工程水质达标率",
            "≥90%",
            4,
            c={
                "S801": "86% misses the ≥90% target, yet the row gets its full 10 points",
                "S804": "missed target with an empty deviation cell",
            },
            x=sx("86%", 10, 10),
        ),
        R(
            P,
            SX,
            "维修养护任务完成时间",
            "2023年10月底前",
            4,
            c={"S804": "finished in November, 3 points lost, deviation reason 无"},
            x=sx("2023年11月完成", 10, 7, "无"),
        ),
        R(P, CB, "单处工程平均维修成本", "≤3万元/处", 4, x=sx("2.89万元/处", 10, 10)),
        R(E, SH, "农村自来水普及率", "≥96%", 4, x=sx("96.5%", 10, 10)),
        R(
            E,
            SH,
            "受益农村人口",
            "≥3.8万人",
            4,
            c={"S802": "score 12 above the row's 10 points"},
            x=sx("3.9万人", 10, 12),
        ),
        R(
            E,
            KC,
            "工程长效运行",
            "长期",
            2,
            c={"V401": "长期 with no criterion"},
            x=sx("长期", 5, 5),
        ),
        R(S, MY, "受益群众满意度", "≥90%", 4, x=sx("93%", 5, 5)),
    ],
    title="项目支出绩效自评表",
    extra={
        "actual_completion": ACTUAL,
        "year_evaluated": 2023,
        "budget_source": {
            "年度资金总额": ["150.00", "150.00", "138.60", "10", "92.40%", "9.24"],
            "其中：财政拨款": ["150.00", "150.00", "138.60", "—", "—", "—"],
            "其他资金": ["0", "0", "0", "—", "—", "—"],
        },
        "total_score": {"score_max": "100", "score": "96.24"},
    },
)

BASIS_DESIGN = "《青河安塬段中小河流治理工程初步设计报告》"

T2 = Table(
    "project",
    "2024年青河安塬段中小河流治理",
    860.0,
    "新建护岸3.2公里，清淤疏浚河道5.6公里，2024年底前完成主体工程，使治理河段防洪标准达到10年一遇，保护沿岸1.1万人和0.68万亩耕地。",
    [
        R(P, SL, "新建护岸长度", "≥3.2公里", 5, basis=BASIS_DESIGN),
        R(
            P,
            SL,
            "河道清淤疏浚长度",
            "≥5.6公里",
            5,
            basis="市水利局初步设计批复（安水发〔2023〕41号）",
        ),
        R(
            P,
            ZL,
            "单元工程质量合格率",
            "100%",
            5,
            basis="《水利水电工程单元工程施工质量验收评定标准》",
        ),
        R(
            P,
            SX,
            "主体工程完工时间",
            "2024年12月31日前",
            4,
            basis="工作计划",
            c={"V404": "basis is only 工作计划"},
        ),
        R(P, CB, "工程建安投资", "≤735万元", 5, basis="批复设计概算"),
        R(E, SH, "保护沿岸人口", "≥1.1万人", 5, basis=BASIS_DESIGN),
        R(
            E,
            SH,
            "保护耕地面积",
            "≥0.68万亩",
            4,
            basis="现实需求",
            c={"V404": "basis is only 现实需求"},
        ),
        R(E, ST, "治理河段水质类别", "不低于Ⅲ类", 4, basis="县级水功能区划"),
        R(E, KC, "治理河段防洪标准", "10年一遇", 5, basis="《防洪标准》（GB 50201-2014）"),
        R(S, MY, "沿岸群众满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="2024年项目支出绩效目标表",
)


def add_self_eval(d: DocxDocument) -> None:
    docx_para(d, "附件2", bold=True)
    docx_para(d, "2023年度项目支出绩效自评表", bold=True, center=True)
    docx_para(d, "（2023年度）")
    budget = [[k, *v] for k, v in T1.extra["budget_source"].items()]
    f = self_eval_table(
        T1,
        [("主管部门", DEPT, "实施单位", "安塬县农村供水管理站")],
        "项目资金（万元）",
        budget,
        ACTUAL,
        ("100", "96.24"),
    )
    docx_table(d, f.grid)


def render_doc(doc: Doc) -> bytes:
    d = new_docx()
    docx_para(d, "安塬县水利局2024年部门预算公开说明", bold=True, center=True)
    docx_para(d, "一、2023年度项目绩效自评情况")
    docx_para(
        d,
        "我局对2023年农村饮水安全工程维修养护项目开展了绩效自评，自评得分96.24分，评价等级为“优”。",
    )
    add_self_eval(d)
    docx_para(d, "")
    docx_para(d, "二、2024年项目支出绩效目标")
    docx_para(d, "附件3", bold=True)
    docx_para(d, T2.title, bold=True, center=True)
    docx_para(d, "单位：万元")
    f = project_table(
        T2,
        DEPT,
        ["一级\n指标", "二级\n指标", "三级指标", "指标值", "指标值确定依据"],
        ["l1", "l2", "l3", "value", "basis"],
        "项目资金",
        "年度资金总额：860.00（其中：中央资金600.00，省级资金180.00，县级配套80.00）",
    )
    docx_table(d, f.grid)
    return docx_bytes(d)


DOC = Doc(
    id="hc04_shaanxi_shuili",
    file="hc04_shaanxi_shuili.docx",
    unit=DEPT,
    year=2024,
    tags={
        "format": "docx",
        "province": "陕西",
        "sector": "水利",
        "layout_patterns": "self-evaluation budget-lines level1-once extra-columns broken-labels "
        "several-tables goal-heading",
    },
    tables=[T1, T2],
    render=render_doc,
)
