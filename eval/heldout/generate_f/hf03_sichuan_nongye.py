"""hf03 · Sichuan, 雅河县农业农村局, 2025 targets in a WPS-exported DOCX (soft breaks, stray empty
paragraphs, spell-check and bookmark marks between runs): the 2021 framework with 成本指标 as
一级, amounts in 元, 指标N： prefixes and unfilled 指标N： placeholder lines, goals under 总体目标."""

from __future__ import annotations

from emit import Tab, docx_file
from frame import (
    HC,
    JC,
    JJ,
    MY,
    SC,
    SH,
    SL,
    ST,
    SX,
    ZL,
    C,
    E,
    P,
    S,
    project_table,
    wan,
)
from kit import T107_ROW, V402, V404, codes, tags
from spec import Doc, R, Table

UNIT = "雅河县农业农村局"
PREFIX = "三级 printed with the prefix 指标N："


def pr(n: int, name: str) -> str:
    return f"指标{n}：{name}"


T1 = Table(
    "project",
    "高标准农田建设",
    wan(18_600_000),
    "新建高标准农田1.2万亩，配套建设渠道、机耕道和田间道路，项目区亩均粮食产能提高50公斤以上，"
    "2025年11月底前完工验收。",
    [
        R(
            P,
            SL,
            pr(1, "新建高标准农田面积"),
            "≥1.2万亩",
            4,
            note=PREFIX,
            basis="雅河县2025年高标准农田建设项目初步设计批复",
        ),
        R(P, SL, pr(2, "新建及整治渠道长度"), "≥36公里", 4, note=PREFIX, basis="项目初步设计"),
        R(P, ZL, pr(1, "工程验收合格率"), "100%", 4, note=PREFIX, basis="行业标准", c=codes(V404)),
        R(P, SX, pr(1, "项目完工时间"), "2025年11月30日前", 4, note=PREFIX, basis="项目实施方案"),
        R(
            C,
            JC,
            pr(1, "亩均财政投资"),
            "≤1550元/亩",
            5,
            note=PREFIX,
            basis="四川省高标准农田建设亩均投资标准（1500-1600元/亩）",
        ),
        R(C, SC, "社会成本指标", "无", 1, c=codes(T107_ROW)),
        R(C, HC, pr(1, "施工期水土流失"), "不发生", 3, note=PREFIX, basis="水土保持方案"),
        R(
            E,
            JJ,
            pr(1, "项目区亩均粮食产能提升"),
            "≥50公斤",
            4,
            note=PREFIX,
            basis="项目区建设前后产量对比",
        ),
        R(E, SH, pr(1, "受益农户数"), "≥3100户", 4, note=PREFIX, basis="项目区农户名册"),
        R(
            E,
            ST,
            pr(1, "农田灌溉水有效利用系数"),
            "≥0.52",
            4,
            note=PREFIX,
            basis="计划标准",
            c=codes(V404),
        ),
        R(S, MY, pr(1, "项目区农户满意度"), "≥90%", 5, note=PREFIX, basis="项目区农户问卷调查"),
    ],
    title="雅河县农业农村局2025年项目支出绩效目标表",
    unit_line="单位：元",
    extra={
        "budget_source": "18,600,000.00元",
        "placeholders": [{"text": "指标2：", "after_row": 3}, {"text": "指标2：", "after_row": 9}],
    },
)
T2 = Table(
    "project",
    "农村人居环境整治村庄清洁行动",
    wan(2_350_000),
    "开展村庄清洁行动，按计划完成各项工作任务，农村人居环境持续改善。",
    [
        R(P, SL, pr(1, "开展村庄清洁行动村数"), "≥112个", 4, note=PREFIX, basis="全县行政村名录"),
        R(P, SL, pr(2, "新建农村公厕"), "≥18座", 4, note=PREFIX, basis="2025年农村公厕建设计划"),
        R(
            P,
            ZL,
            pr(1, "农村生活垃圾收运处置体系覆盖率"),
            "≥95%",
            4,
            note=PREFIX,
            basis="工作需要",
            c=codes(V404),
        ),
        R(
            P,
            SX,
            pr(1, "任务完成时间"),
            "按工作计划及时完成",
            2,
            note=PREFIX,
            basis="工作需要",
            c=codes(V402, V404),
        ),
        R(C, JC, pr(1, "单座公厕建设补助"), "≤6万元", 4, note=PREFIX, basis="县级补助办法"),
        R(C, SC, "社会成本指标", "无", 1, c=codes(T107_ROW)),
        R(C, HC, "生态环境成本指标", "无", 1, c=codes(T107_ROW)),
        R(
            E,
            SH,
            pr(1, "村庄环境整治长效管护机制建立村数"),
            "≥112个",
            4,
            note=PREFIX,
            basis="乡镇管护制度台账",
        ),
        R(S, MY, pr(1, "村民满意度"), "≥90%", 5, note=PREFIX, basis="入户问卷调查"),
    ],
    title="雅河县农业农村局2025年项目支出绩效目标表",
    unit_line="单位：元",
    codes={
        "G702": "the goal is a slogan: no scope, quantity or time (按计划完成各项工作任务, 持续改善)"
    },
    extra={"budget_source": "2,350,000.00元"},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]
PH = ("", "", "指标2：", "", "")


def render(doc: Doc) -> bytes:
    t1 = project_table(
        T1,
        UNIT,
        HEAD,
        KEYS,
        "项目资金（元）",
        "18,600,000.00",
        goal_label="总体目标",
        after={3: [PH], 9: [PH]},
    )
    t2 = project_table(
        T2, UNIT, HEAD, KEYS, "项目资金（元）", "2,350,000.00", goal_label="总体目标"
    )
    return docx_file(
        [
            "# " + T1.title,
            "单位：元",
            Tab(t1, trailing_empty=[(5, 2), (9, 3)]),
            "# " + T2.title,
            "单位：元",
            Tab(t2),
            "说明：以上项目为延续性项目，成本指标按2021年新版框架填列。",
        ],
        proof=True,
    )


DOC = Doc(
    "hf03_sichuan_nongye",
    "hf03_sichuan_nongye.docx",
    UNIT,
    2025,
    tags(
        "docx",
        "wps",
        "四川",
        "农业农村",
        "yuan prefixes-placeholders goal-heading several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
