"""hf13 · Heilongjiang, 松岭县司法局, 2024 workbook in the legacy XLS format: on the first sheet an
allocation table before the project's indicator table, whose 一级 names are short forms and
whose 二级 names carry glosses, with a glossed value header; on the second sheet the
evaluation-indicator system of another project."""

from __future__ import annotations

from emit import Tab, xls_file
from frame import Framed, header, indicator_body, project_table
from grid import Grid
from kit import U305, V401, V403, codes, tags
from spec import Doc, R, Table

UNIT = "松岭县司法局"
SHORT = "一级 printed as a short form"
GLOSS = "二级 printed with its gloss"
SL, ZL = "数量指标", "质量指标"
SXG, CBG = "时效指标（进度）", "成本指标（预算控制）"
JSG = "经济与社会效益指标"
MYD = "满意度指标"

T1 = Table(
    "project",
    "法律援助经费",
    86.4,
    "为经济困难群众和特殊案件当事人提供法律援助，全年办理法律援助案件不少于720件，"
    "受援人满意率达到95%以上。",
    [
        R("产出", SL, "办理法律援助案件数", "≥720件", 4, note=SHORT),
        R("产出", SL, "其中：刑事法律援助案件", "≥260件", 4, note=SHORT + "; 其中： sub-row"),
        R("产出", SL, "提供法律咨询人次", "≥4500人次", 4, note=SHORT),
        R("产出", ZL, "法律援助案件结案归档合格率", "≥98%", 4, note=SHORT),
        R("产出", SXG, "案件受理审查时限", "≤7个工作日", 4, note=SHORT + "; " + GLOSS),
        R("产出", CBG, "案件平均办案补贴", "≤1200元", 4, note=SHORT + "; " + GLOSS),
        R(
            "效益",
            JSG,
            "困难群众合法权益",
            "困难群众合法权益得到维护",
            2,
            note=SHORT + "; " + GLOSS,
            c=codes(V401),
        ),
        R(
            "效益",
            JSG,
            "因法律援助不到位引发的信访案件",
            "≥0件",
            3,
            note=SHORT + "; " + GLOSS,
            c=codes(U305),
        ),
        R("满意度", MYD, "受援人满意率", "≥95%", 4, note=SHORT),
    ],
    title="松岭县司法局2024年项目支出绩效目标表",
    unit_line="金额单位：万元",
    extra={
        "allocation_table": [
            ["资金来源", "金额（万元）"],
            ["中央补助", "38.00"],
            ["省级补助", "22.00"],
            ["县级预算", "26.40"],
            ["合计", "86.40"],
        ]
    },
)

SYS = "evaluation criterion without a target value"
T2 = Table(
    "evaluation_system",
    "社区矫正监管教育",
    None,
    None,
    [
        R(
            "项目决策",
            "项目立项",
            "立项程序规范性",
            "",
            None,
            note=SYS,
            x={"weight": "5"},
            desc="项目是否按规定程序申请设立",
            std="程序规范得5分，否则酌情扣分",
        ),
        R(
            "项目决策",
            "资金投入",
            "预算编制科学性",
            "",
            None,
            note=SYS,
            x={"weight": "5"},
            desc="预算是否经过论证、内容与项目相匹配",
            std="科学合理得5分",
        ),
        R(
            "项目过程",
            "资金管理",
            "预算执行率",
            "≥95%",
            4,
            x={"weight": "10"},
            desc="实际支出/预算安排",
            std="达到95%得满分，每低5个百分点扣2分",
        ),
        R(
            "项目过程",
            "组织实施",
            "社区矫正档案规范率",
            "100%",
            4,
            x={"weight": "10"},
            desc="社区矫正档案规范率",
            std="抽查档案全部规范得满分",
            c=codes(V403),
        ),
        R(
            "项目产出",
            "数量",
            "在册社区矫正对象接收率",
            "100%",
            4,
            x={"weight": "15"},
            desc="依法接收的社区矫正对象/应接收对象",
            std="100%得满分",
        ),
        R(
            "项目产出",
            "数量",
            "集中教育学习开展次数",
            "≥12次",
            4,
            x={"weight": "10"},
            desc="每月组织1次集中教育",
            std="每少1次扣1分",
        ),
        R(
            "项目产出",
            "质量",
            "电子定位监管覆盖率",
            "≥90%",
            4,
            x={"weight": "10"},
            desc="纳入电子定位的对象/依法应纳入对象",
            std="达到目标得满分",
        ),
        R(
            "项目效益",
            "社会效益",
            "社区矫正对象再犯罪率",
            "≥0.2%",
            3,
            x={"weight": "20"},
            desc="矫正期内再犯罪人数/在册人数",
            std="低于0.2%得满分",
            c=codes(U305),
        ),
        R(
            "项目效益",
            "满意度",
            "社区群众满意度",
            "≥85%",
            4,
            x={"weight": "15"},
            desc="抽样问卷调查",
            std="≥85%得满分，每低1个百分点扣1分",
        ),
    ],
    title="松岭县2024年社区矫正监管教育项目绩效评价指标体系",
    extra={"total_row": {"text": "总分", "weight": "100"}},
)
T2.rows[7].codes = {"U305": "≥ on a measure that should stay low (再犯罪率)"}

HEAD = ["一级指标", "二级指标", "三级指标", "指标值（2024年）"]
KEYS = ["l1", "l2", "l3", "value"]
SYS_HEAD = ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "目标值"]
SYS_KEYS = ["l1", "l2", "l3", "weight", "desc", "std", "value"]


def allocation() -> Framed:
    f = Framed(Grid(2))
    header(f.grid, "资金来源", "金额（万元）")
    for a, b in T1.extra["allocation_table"][1:]:
        f.grid.add(a, b)
    return f


def system() -> Framed:
    f = Framed(Grid(7))
    header(f.grid, *SYS_HEAD)
    indicator_body(f, T2.rows, SYS_KEYS)
    f.grid.add("总分", "", "", "100", "", "", "")
    return f


def render(doc: Doc) -> bytes:
    t1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "86.40")
    return xls_file(
        [
            (
                "项目绩效目标",
                [
                    "松岭县司法局2024年法律援助经费分配表",
                    Tab(allocation()),
                    "",
                    T1.title,
                    "金额单位：万元",
                    Tab(t1),
                ],
            ),
            ("评价指标体系", [T2.title, Tab(system())]),
        ]
    )


DOC = Doc(
    "hf13_heilongjiang_sifa",
    "hf13_heilongjiang_sifa.xls",
    UNIT,
    2024,
    tags(
        "xls",
        "biff8",
        "黑龙江",
        "司法",
        "allocation-before nonstandard-names value-header-gloss evaluation-system sub-rows several-tables",
    ),
    [T1, T2],
    render=render,
)
