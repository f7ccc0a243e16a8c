"""he11 — 黑龙江 穆岭县应急管理局, 2024, plain text (UTF-8, LF) copied out of a PDF: cells separated
by runs of spaces, merged 一级 text on the middle row of its block, long cells broken by hard line
breaks, the page header and footer between two rows of the first table, and the second table (pipe rows, from
another converter) cut at the end of the excerpt."""

from __future__ import annotations

from typing import Any

from emit import Tab, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import V401, tags
from spec import Doc, R, Table

UNIT = "穆岭县应急管理局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标说明"]
KEYS = ["l1", "l2", "l3", "value", "desc"]

T1 = Table(
    "project",
    "森林草原防灭火专项经费",
    260.0,
    "保障县级专业扑火队120人全年备勤，完成春秋两季防火期巡护和隐患排查，"
    "森林火灾受害率控制在0.9‰以内，不发生重大森林草原火灾和人员伤亡。",
    [
        R(
            P,
            SL,
            "专业扑火队员备勤人数",
            "120人",
            5,
            desc="县级专业扑火队在编在岗队员人数，以队员花名册为准",
        ),
        R(
            P,
            SL,
            "防火期巡护天数",
            "≥180天",
            4,
            desc="春季3月15日至6月15日、秋季9月15日至12月15日",
        ),
        R(P, SL, "购置风力灭火机", "40台", 4, desc="按政府采购合同交付数量"),
        R(
            P,
            ZL,
            "火情早期处理率",
            "≥95%",
            4,
            desc="火情发现后1小时内完成处置的起数占火情总起数的比例",
        ),
        R(P, ZL, "扑救火灾及时率", "及时", 2, desc="接警后出动扑救的及时程度", c=V401),
        R(P, SX, "装备采购完成时间", "2024年3月10日前", 4, desc="春防前完成"),
        R(P, CB, "扑火队员人均年补助", "≤1.6万元/人", 4, desc="队员补助总额÷备勤人数"),
        R(E, SH, "森林火灾受害率", "≤0.9‰", 4, desc="受害森林面积占森林总面积的千分比"),
        R(
            E,
            SH,
            "培训扑火队员人次",
            "≥300人次",
            4,
            desc="全年组织的扑火技能培训人次",
            c={"C206": "an output count (people trained) under 社会效益"},
        ),
        R(E, KC, "重大森林草原火灾发生起数", "0起", 4, desc="按国家森林火灾等级划分"),
        R(S, MY, "林区群众满意度", "≥90%", 4, desc="抽样问卷调查"),
    ],
    title="穆岭县应急管理局2024年森林草原防灭火专项经费绩效目标表",
)

T2 = Table(
    "project",
    "县级应急物资储备",
    85.0,
    "补充县级救灾物资储备，储备物资可保障3000名受灾群众临时生活需要。",
    [
        R(P, SL, "新购棉帐篷", "≥150顶", 4, desc="按采购合同交付数量"),
        R(P, SL, "新购折叠床", "≥600张", 4, desc="按采购合同交付数量"),
        R(
            P,
            ZL,
            "储备物资验收合格率",
            "100%",
            4,
            desc="入库验收合格的物资占购置物资的比例",
        ),
        R(P, SX, "物资入库时间", "2024年10月底前", 4, desc="汛期后入库"),
    ],
    title="穆岭县应急管理局2024年县级应急物资储备项目绩效目标表",
    extra={"cut_off": {"after_row": 4, "text": "| 成本指标 | 救灾帐篷采购单价 | ≤1800元/"}},
)


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "260.00")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "85.00")
    page_break = ["", "— 12 —", "", "穆岭县应急管理局2024年部门预算公开"]
    opts1 = {
        "style": "spaces",
        "where": "middle",
        "gap": "    ",
        "wrap": 34,
        "breaks": {f1.body[0] + 7: page_break},
    }
    opts2 = {"style": "pipe", "pad": 2}
    blocks: list[Any] = [
        "穆岭县应急管理局2024年部门预算公开",
        "第三部分  其他重要事项情况说明",
        "（四）绩效目标设置情况",
        "按照县财政局要求，本部门对全部项目编制了绩效目标，重点项目绩效目标如下：",
        T1.title,
        Tab(f1, opts1),
        "",
        T2.title,
        Tab(f2, opts2),
        T2.extra["cut_off"]["text"],
    ]
    return text_file(blocks)


DOC = Doc(
    "he11_heilongjiang_yingji",
    "he11_穆岭县应急管理局2024部门预算公开.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "utf-8 LF",
        "黑龙江",
        "应急",
        "spaces pipe-padded level1-once cut-off several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
