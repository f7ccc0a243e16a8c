"""hf05 · Guangdong, 韶岭县交通运输局, 2024 targets as text out of a PDF converter (GB18030,
CRLF): the first table as pipe rows padded with empty cells and its merged labels on the
block's middle row, the second with lone pipes for merged cells and no 三级 column."""

from __future__ import annotations

from emit import Tab, text_file
from frame import CB, JJ, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import V403, codes, tags
from spec import Doc, R, Table

UNIT = "韶岭县交通运输局"
NO_L3 = "no 三级 column: the value cell holds the target text"

T1 = Table(
    "project",
    "农村公路日常养护",
    642.0,
    "对全县1284公里县乡村道开展日常养护，优良中等路率达到85%以上，保障农村公路安全畅通。",
    [
        R(P, SL, "日常养护县道里程", "186公里", 4, desc="列养县道总里程"),
        R(P, SL, "日常养护乡村道里程", "1098公里", 4, desc="列养乡道、村道总里程"),
        R(P, SL, "路面坑槽修补面积", "≥9500平方米", 4, desc="年度路面病害修补面积"),
        R(
            P,
            ZL,
            "农村公路优良中等路率",
            "≥85%",
            5,
            desc="按《公路技术状况评定标准》评定为优、良、中等的里程占列养里程比例",
        ),
        R(P, ZL, "养护工程质量合格率", "100%", 4, desc="养护工程质量合格率"),
        R(P, SX, "日常巡查频次", "每周不少于1次", 4, desc="县道每周巡查，乡村道每月巡查"),
        R(P, CB, "每公里年均养护资金", "≤0.5万元", 4, desc="养护资金/列养里程"),
        R(
            E,
            JJ,
            "农村公路通行条件",
            "明显改善",
            2,
            desc="群众出行和农产品运输条件",
            c=codes({"V401": "direction or adjective without a criterion"}),
        ),
        R(
            E,
            SH,
            "农村公路安全事故发生率",
            "较上年下降",
            2,
            desc="因路况原因导致的交通事故",
            c=codes({"V401": "direction without an amount (下降)"}),
        ),
        R(
            E,
            KC,
            "农村公路管养长效机制",
            "建立健全",
            2,
            desc="县乡村三级路长制落实情况",
            c=codes({"V401": "adjective without a criterion"}),
        ),
        R(S, MY, "沿线群众满意度", "≥90%", 4, desc="沿线群众抽样调查"),
    ],
    title="韶岭县交通运输局2024年项目支出绩效目标表",
    unit_line="金额单位：万元",
)
T2 = Table(
    "project",
    "农村客运班线运营补贴",
    186.0,
    "对全县62条农村客运班线按车公里给予运营补贴，保障建制村通客车率100%。",
    [
        R(P, SL, "", "补贴农村客运班线62条", 4, note=NO_L3),
        R(P, SL, "", "补贴客运车辆≥118辆", 4, note=NO_L3),
        R(P, ZL, "", "建制村通客车率100%", 4, note=NO_L3),
        R(P, SX, "", "补贴资金于2024年12月31日前拨付到位", 4, note=NO_L3),
        R(P, CB, "", "每车公里补贴标准0.4元", 4, note=NO_L3),
        R(
            E,
            SH,
            "",
            "群众出行更加便利",
            2,
            note=NO_L3,
            c=codes({"V401": "adjective without a criterion"}),
        ),
        R(
            E,
            KC,
            "",
            "农村客运服务持续稳定运行",
            2,
            note=NO_L3,
            c=codes({"V401": "adjective without a criterion"}),
        ),
        R(S, MY, "", "乘客满意度≥90%", 4, note=NO_L3),
    ],
    title="韶岭县交通运输局2024年项目支出绩效目标表",
    unit_line="金额单位：万元",
)
T1.rows[4].codes = codes(V403)

HEAD1 = ["一级指标", "二级指标", "三级指标", "指标解释", "指标值"]
KEYS1 = ["l1", "l2", "l3", "desc", "value"]
HEAD2 = ["一级指标", "二级指标", "指标值"]
KEYS2 = ["l1", "l2", "value"]


def render(doc: Doc) -> bytes:
    t1 = project_table(
        T1,
        UNIT,
        HEAD1,
        KEYS1,
        "资金总额（万元）",
        "642.00    其中：省级补助：420.00  县级配套：222.00",
    )
    t2 = project_table(T2, UNIT, HEAD2, KEYS2, "资金总额（万元）", "186.00")
    return text_file(
        [
            "韶岭县交通运输局2024年部门预算",
            "七、项目支出绩效目标表",
            T1.title,
            "金额单位：万元",
            Tab(t1, {"style": "pipe", "pad": 4, "where": "middle"}),
            "第 12 页",
            "",
            T2.title,
            "金额单位：万元",
            Tab(t2, {"style": "lone_pipe"}),
            "第 13 页",
        ],
        encoding="gb18030",
        newline="\r\n",
    )


T1.extra["budget_source"] = "642.00 其中：省级补助：420.00 县级配套：222.00"
DOC = Doc(
    "hf05_guangdong_jiaotong",
    "hf05_guangdong_jiaotong.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "gb18030 crlf",
        "广东",
        "交通",
        "pipe-padded lone-pipes level1-once no-level3 several-tables budget-lines",
    ),
    [T1, T2],
    render=render,
)
