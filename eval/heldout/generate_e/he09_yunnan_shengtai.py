"""he09 — 云南 普岚县生态环境分局, 2024, plain text (GB18030, LF) from a page converter: one cell
per line ending in a pipe, a lone `|` for every empty or merged cell; 一级 names carry their
weight (`产出指标（40分）`); the 二级 is not printed on the first two rows of the first table; the
second table (2021 framework, copied as one cell per line with the hierarchy shown by
indentation, the basis on the line after the value) keeps an unfilled template row."""

from __future__ import annotations

from typing import Any

from emit import Tab, indented_table, text_file
from frame import CB, HC, JC, MY, SC, SH, SL, ST, SX, ZL, project_table
from kit import T107_ROW, V401, V404, codes, tags
from spec import Doc, R, Table

UNIT = "普岚县生态环境分局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]
P40, E30, S10 = "产出指标（40分）", "效益指标（30分）", "满意度指标（10分）"
C20 = "成本指标（20分）"
W = "一级 printed with its weight"
NO2 = "二级 not printed on the first rows of the table; 一级 printed with its weight"

T1 = Table(
    "project",
    "农村生活污水治理",
    480.0,
    "完成勐旺、者岭等4个乡镇26个自然村生活污水收集处理设施建设，新增污水管网18.5公里，"
    "农村生活污水治理率提高到42%。",
    [
        R(
            P40,
            "",
            "治理自然村数量",
            "26个",
            5,
            basis="《普岚县农村生活污水治理专项规划》",
            note=NO2,
        ),
        R(
            P40,
            "",
            "新建污水收集管网长度",
            "≥18.5公里",
            5,
            basis="施工图设计",
            note=NO2,
        ),
        R(P40, SL, "新建污水处理设施", "≥26座", 4, basis="施工图设计", note=W),
        R(
            P40,
            ZL,
            "设施出水水质达标率",
            "≥90%",
            4,
            basis="《农村生活污水处理设施水污染物排放标准》",
            note=W,
        ),
        R(P40, ZL, "工程验收合格率", "100%", 4, basis="行业标准", c=V404, note=W),
        R(P40, SX, "工程完工时间", "2024年11月30日前", 4, basis="实施方案", note=W),
        R(P40, CB, "单村治理平均成本", "≤18.5万元/村", 4, basis="初步设计概算", note=W),
        R(E30, ST, "农村生活污水治理率", "≥42%", 4, basis="2023年治理率37.5%", note=W),
        R(
            E30,
            ST,
            "村庄水环境质量",
            "持续向好",
            2,
            basis="工作需要",
            c=codes(V401, V404),
            note=W,
        ),
        R(
            E30,
            "可持续影响指标",
            "设施正常运行年限",
            "≥10年",
            4,
            basis="设计规范",
            c=V404,
            note=W,
        ),
        R(S10, MY, "受益村民满意度", "≥90%", 4, basis="问卷调查", note=W),
    ],
    title="普岚县2024年农村生活污水治理项目绩效目标表",
)

T2 = Table(
    "project",
    "县级集中式饮用水水源地规范化建设",
    65.0,
    "投入资金70万元，完成龙潭水库饮用水水源保护区界标、警示牌和隔离防护设施建设，水源地水质达标率100%。",
    [
        R(P40, SL, "设置界标和警示牌数量", "≥48块", 4, basis="保护区划定方案", note=W),
        R(P40, SL, "建设隔离防护网长度", "≥3.2公里", 4, basis="保护区划定方案", note=W),
        R(
            P40,
            ZL,
            "水源地水质达标率",
            "100%",
            4,
            basis="《地表水环境质量标准》Ⅲ类",
            note=W,
        ),
        R(
            P40,
            SX,
            "项目完成时限",
            "2024年9月底前",
            4,
            basis="工作计划",
            c=V404,
            note=W,
        ),
        R(
            C20,
            JC,
            "项目总成本",
            "≤65万元",
            4,
            basis="预算批复",
            note="一级 printed with its weight; total cost equal to the budget",
        ),
        R(C20, SC, SC, "无", 1, basis="无", c=codes(T107_ROW, V404), note=W),
        R(C20, HC, "施工期扬尘和噪声污染", "无", 3, basis="施工方案", note=W),
        R(E30, SH, "保障饮水安全人口", "≥5.6万人", 4, basis="供水人口统计", note=W),
        R(S10, MY, "周边群众满意度", "≥85%", 4, basis="问卷调查", note=W),
    ],
    title="普岚县2024年县级集中式饮用水水源地规范化建设项目绩效目标表",
    codes={"B502": "the goal states 70万元, the budget line 65.00万元"},
)


def render(doc: Doc) -> bytes:
    opts = {"style": "lone_pipe"}
    blocks: list[Any] = [
        "普岚县生态环境分局2024年部门预算公开",
        "八、2024年项目支出绩效目标表",
        "",
    ]
    f = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "480.00")
    head = [
        ("项目名称", T2.project),
        ("项目资金（万元）", "65.00"),
        ("年度绩效目标", T2.goal or ""),
    ]
    blocks += [
        T1.title,
        Tab(f, opts),
        "",
        indented_table(T2.title, head, T2.rows, ["basis"]),
    ]
    return text_file(blocks, encoding="gb18030")


DOC = Doc(
    "he09_yunnan_shengtai",
    "he09_普岚县生态环境分局2024年部门预算.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "gb18030 LF",
        "云南",
        "生态环境",
        "lone-pipes indentation label-notes level2-missing-or-repeated several-tables level1-once",
        framework="both",
    ),
    [T1, T2],
    render=render,
)
