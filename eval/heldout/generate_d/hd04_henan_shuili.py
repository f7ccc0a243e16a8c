"""hd04 · 河南 淇川县水利局 2024: a ruled text-layer PDF (portrait) with a running header and a
page-number footer on every page, so the first table continues on the next page below the page
furniture. Both tables use the 2021 framework (成本指标 as 一级); the second keeps two unfilled
template rows."""

from __future__ import annotations

from frame import SL, SX, ZL, E, P, S, project_table
from kit import V401, V404, codes
from noise import pdf_with_furniture
from pdfout import gap, para, pdf_table
from spec import Doc, R, Table

UNIT = "淇川县水利局"
C = "成本指标"
JC, SC, HC = "经济成本指标", "社会成本指标", "生态环境成本指标"
SH, ST, KC, MY = "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"
T107 = {"T107": "unfilled template row: 三级 is the 二级 name, value 无"}

T1 = Table(
    "project",
    "农村供水工程维修养护",
    326.5,
    "对全县48处农村集中供水工程进行维修养护，更换老旧供水管网36.5公里，保障8.6万农村人口饮水安全，"
    "农村自来水普及率达到93%以上。",
    [
        R(P, SL, "维修养护集中供水工程处数", "≥48处", 5, basis="2023年度农村供水工程运行管理台账"),
        R(
            P,
            SL,
            "更换老旧供水管网长度",
            "≥36.5公里",
            5,
            basis="《淇川县2024年农村供水工程维修养护实施方案》",
        ),
        R(P, ZL, "农村集中供水工程水质达标率", "≥95%", 4, basis="行业标准", c=V404),
        R(P, ZL, "维修工程验收合格率", "100%", 4, basis="设计规范", c=V404),
        R(P, SX, "维修养护任务完成时间", "2024年11月30日前", 4, basis="实施方案"),
        R(C, JC, "维修养护总成本", "≤326.5万元", 4, basis="预算批复"),
        R(C, JC, "供水管网更新单位成本", "≤6万元/公里", 5, basis="项目设计概算"),
        R(C, SC, "施工期间临时停水影响户数", "≤500户", 4, basis="施工组织设计"),
        R(C, HC, "施工扬尘及废弃物污染", "无", 3, basis="环保要求", c=V404),
        R(E, SH, "农村自来水普及率", "≥93%", 5, basis="2023年全县农村自来水普及率91.2%"),
        R(E, SH, "受益农村人口", "≥8.6万人", 5, basis="农村供水工程受益人口台账"),
        R(E, KC, "工程运行管护机制", "长效运行", 2, basis="工作需要", c=codes(V401, V404)),
        R(S, MY, "受益群众满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="淇川县水利局2024年项目支出绩效目标表（农村供水工程维修养护）",
)

T2 = Table(
    "project",
    "小型水库安全运行管护",
    85.2,
    "落实12座小型水库“三个责任人”和巡查管护人员，汛前完成安全检查，确保水库安全度汛。",
    [
        R(P, SL, "管护小型水库座数", "12座", 5, basis="全县小型水库名录"),
        R(P, SL, "聘用巡查管护人员", "24人", 5, basis="水库巡查管护人员名册"),
        R(P, ZL, "水库安全鉴定问题整改率", "≥95%", 4, basis="历史标准", c=V404),
        R(P, SX, "汛前安全检查完成时间", "2024年5月底前", 4, basis="防汛工作要求"),
        R(C, JC, "每座水库年均管护经费", "≤7.1万元", 5, basis="2024年预算批复"),
        R(C, SC, "社会成本指标", "无", 1, basis="无", c=codes(T107, {"V404": "basis 无"})),
        R(C, HC, "生态环境成本指标", "无", 1, c=codes(T107, {"V404": "basis empty"})),
        R(E, SH, "水库安全度汛率", "100%", 4, basis="防汛要求"),
        R(E, ST, "水库周边水土流失状况", "有效改善", 2, basis="现实需求", c=codes(V401, V404)),
        R(S, MY, "下游群众满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="淇川县水利局2024年项目支出绩效目标表（小型水库安全运行管护）",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]
WIDTHS = [22, 28, 50, 32, 54]


def render_doc(doc: Doc) -> bytes:
    story = [
        para("淇川县水利局2024年部门预算公开", 15, align=1),
        gap(3),
        para("第三部分　2024年部门预算情况说明", 11),
        para(
            "十、绩效目标设置情况：2024年本部门实行绩效目标管理的项目2个，涉及一般公共预算资金411.70万元。"
            "根据县财政局《关于做好2024年预算绩效目标编制工作的通知》，各项目绩效目标按新版指标体系编制，"
            "成本指标单列为一级指标。",
            10,
        ),
        gap(4),
        para("附件：" + "项目支出绩效目标表", 10),
        gap(30),
    ]
    for t, money in ((T1, "326.50"), (T2, "85.20")):
        f = project_table(
            t,
            UNIT,
            HEAD,
            KEYS,
            "项目资金（万元）",
            f"年度资金总额：{money}　其中：财政拨款：{money}　其他资金：0.00",
        )
        story += [
            para(t.title, 11, align=1),
            gap(2),
            pdf_table(f.grid, WIDTHS, ruled=True, size=9),
            gap(8),
        ]
    return pdf_with_furniture(story, "淇川县水利局2024年部门预算", wide=False)


DOC = Doc(
    "hd04_henan_shuili",
    "hd04_henan_shuili.pdf",
    UNIT,
    2024,
    {
        "format": "pdf",
        "encoding": "ruled",
        "province": "河南",
        "sector": "水利",
        "framework": "2021 (成本 as 一级)",
        "layout_patterns": "several-tables budget-lines unit-year-framing nonstandard-names",
    },
    [T1, T2],
    render=render_doc,
)
