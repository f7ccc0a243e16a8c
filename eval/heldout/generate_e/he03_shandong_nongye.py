"""he03 — 山东 峄川县农业农村局, 2023, plain text (GB18030, CRLF) from a PDF converter: pipe rows
without outer pipes padded with empty cells, `指标1：` prefixes and placeholder rows, a `其中：`
sub-row, and a second table cut at the end of the excerpt."""

from __future__ import annotations

from typing import Any

from emit import Tab, text_file
from frame import CB, JJ, KC, MY, SL, ST, SX, ZL, E, P, S, project_table
from kit import V402, V403, V404, codes, tags
from spec import Doc, R, Table

UNIT = "峄川县农业农村局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "绩效指标描述", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "desc", "basis"]
PFX = "三级 printed with its 指标N： prefix"

T1 = Table(
    "project",
    "农作物秸秆综合利用",
    420.0,
    "支持秸秆机械化还田和离田收储利用，全县秸秆综合利用率稳定在95%以上，新建秸秆收储点4处。",
    [
        R(
            P,
            SL,
            "指标1：秸秆机械化还田面积",
            "≥52万亩",
            4,
            desc="全年完成小麦、玉米秸秆机械化还田作业面积",
            basis="计划标准",
            c=V404,
            note=PFX,
        ),
        R(
            P,
            SL,
            "其中：小麦秸秆还田面积",
            "≥30万亩",
            4,
            desc="小麦秸秆机械化还田作业面积",
            basis="计划标准",
            c=V404,
            note="其中 sub-row",
        ),
        R(
            P,
            SL,
            "指标2：新建秸秆收储点",
            "4处",
            5,
            desc="新建标准化秸秆收储点数量",
            basis="《峄川县秸秆综合利用实施方案》",
            note=PFX,
        ),
        R(
            P,
            ZL,
            "指标1：还田作业质量达标率",
            "≥95%",
            4,
            desc="还田作业质量达标率",
            basis="行业标准",
            c=codes(V403, V404),
            note=PFX,
        ),
        R(
            P,
            SX,
            "指标1：作业完成时限",
            "2023年11月底前",
            4,
            desc="秋季还田作业完成时间",
            basis="工作计划",
            c=V404,
            note=PFX,
        ),
        R(
            P,
            CB,
            "指标1：秸秆还田作业补助标准",
            "≤20元/亩",
            4,
            desc="每亩还田作业补助",
            basis="省级补助标准",
        ),
        R(
            E,
            JJ,
            "指标1：带动农机合作社增收",
            "≥300万元",
            4,
            desc="参与作业的农机合作社作业收入增加额",
            basis="往年历史情况",
        ),
        R(
            E,
            ST,
            "指标1：秸秆综合利用率",
            "≥95%",
            4,
            desc="秸秆综合利用量占可收集量的比重",
            basis="历史数据",
        ),
        R(
            E,
            KC,
            "指标1：对耕地质量的影响",
            "起到一定的促进作用",
            2,
            desc="对耕地质量的影响",
            basis="现实需求",
            c=codes(V402, V403, V404),
            note=PFX,
        ),
        R(
            S,
            MY,
            "指标1：作业农户满意度",
            "≥90%",
            4,
            desc="抽样调查农户满意度",
            basis="问卷调查",
            note=PFX,
        ),
    ],
    title="峄川县2023年农作物秸秆综合利用项目绩效目标表",
    extra={
        "placeholders": [
            {"after_row": 3, "text": "指标3："},
            {"after_row": 10, "text": "……"},
        ]
    },
)

T2 = Table(
    "project",
    "高标准农田建设管护",
    156.8,
    "对2019—2022年建成的21.6万亩高标准农田开展日常管护，工程设施完好率达到90%以上。",
    [
        R(
            P,
            SL,
            "指标1：管护高标准农田面积",
            "21.6万亩",
            5,
            desc="纳入管护范围的已建高标准农田面积",
            basis="高标准农田上图入库数据",
            note=PFX,
        ),
        R(
            P,
            SL,
            "指标2：维修机井数量",
            "≥120眼",
            4,
            desc="维修损毁机井数量",
            basis="工作需要",
            c=V404,
            note=PFX,
        ),
        R(
            P,
            ZL,
            "指标1：工程设施完好率",
            "≥90%",
            4,
            desc="田间工程设施完好数量占总数的比例",
            basis="历史数据",
            note=PFX,
        ),
        R(
            P,
            SX,
            "指标1：管护资金拨付时间",
            "2023年10月底前",
            4,
            desc="管护资金拨付到乡镇的时间",
            basis="资金管理办法",
            note=PFX,
        ),
        R(
            P,
            CB,
            "指标1：亩均管护费用",
            "≤7.26元/亩",
            4,
            desc="管护资金÷管护面积",
            basis="预算批复",
        ),
    ],
    title="峄川县2023年高标准农田建设管护项目绩效目标表",
    extra={
        "cut_off": {
            "after_row": 5,
            "text": "效益指标 | 经济效益指标 | 指标1：粮食亩均增产 | ≥",
        }
    },
)


def render(doc: Doc) -> bytes:
    opts = {"style": "pipe", "pad": 4, "outer": False}
    f1 = project_table(
        T1,
        UNIT,
        HEAD,
        KEYS,
        "资金总额（万元）",
        "420.00",
        after={3: [["", "", "指标3：", "", "", ""]], 10: [["……", "", "", "", "", ""]]},
    )
    f2 = project_table(T2, UNIT, HEAD, KEYS, "资金总额（万元）", "156.80")
    blocks: list[Any] = [
        "峄川县农业农村局2023年部门预算",
        "第二部分  2023年项目支出绩效目标",
        "",
        "1." + T1.title,
        "金额单位：万元",
        Tab(f1, opts),
        "",
        "— 8 —",
        "",
        "2." + T2.title,
        "金额单位：万元",
        Tab(f2, opts),
        T2.extra["cut_off"]["text"],
        "",
        "第三部分  名词解释",
        "1.财政拨款收入：指县级财政当年拨付的资金。",
    ]
    return text_file(blocks, encoding="gb18030", newline="\r\n")


DOC = Doc(
    "he03_shandong_nongye",
    "he03_峄川县农业农村局2023部门预算节选.txt",
    UNIT,
    2023,
    tags(
        "txt",
        "gb18030 CRLF",
        "山东",
        "农业农村",
        "pipe-padded prefixes-placeholders sub-rows cut-off several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
