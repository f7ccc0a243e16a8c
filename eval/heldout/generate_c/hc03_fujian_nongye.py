"""Fujian, county agriculture and rural affairs bureau, 2023: text exported from a PDF converter
(GB18030, CRLF), pipe rows padded with empty cells, three tables with page furniture between
them; the third is cut off at the end of the excerpt."""

from __future__ import annotations

from frame import CB, JJ, KC, MY, SH, SL, ST, SX, ZL, E, P, S, project_table
from grid import Text
from spec import Doc, R, Table
from textual import render

DEPT = "清溪县农业农村局"

T1 = Table(
    "project",
    "2023年高标准农田建设项目",
    1260.0,
    "新建高标准农田0.42万亩，配套建设灌排渠道、田间道路，2023年11月底前完成建设并通过验收，"
    "项目区粮食综合生产能力每亩提高50公斤以上。",
    [
        R(P, SL, "新建高标准农田面积", "≥0.42万亩", 4),
        R(P, SL, "新建及改造灌排渠道长度", "≥18.6公里", 4),
        R(P, SL, "新建田间道路长度", "≥7.5公里", 4),
        R(P, ZL, "工程验收合格率", "100%", 4),
        R(P, SX, "项目完工时间", "2023年11月底前", 4),
        R(P, CB, "亩均财政投入", "≤3000元/亩", 4),
        R(E, JJ, "项目区粮食亩产增加", "≥50公斤", 4),
        R(E, ST, "农田灌溉水有效利用系数", "≥0.55", 4),
        R(E, KC, "工程设计使用年限", "≥15年", 4),
        R(S, MY, "项目区农户满意度", "≥90%", 4),
    ],
    title="项目支出绩效目标表（一）",
)

T2 = Table(
    "project",
    "农村人居环境整治提升",
    210.0,
    "完成农村人居环境整治提升。",
    [
        R(P, SL, "改造农村户厕数量", "≥1500户", 4),
        R(P, SL, "整治提升村庄数量", "≥12个", 4),
        R(
            P,
            ZL,
            "农村生活垃圾收运处置体系覆盖率",
            "≥100%",
            3,
            c={"U302": "a lower bound of ≥100% on a proportion"},
        ),
        R(
            P,
            SX,
            "整治任务完成时限",
            "按工作计划及时完成",
            2,
            c={"V402": "按工作计划及时完成 fits any project"},
        ),
        R(P, CB, "户厕改造补助标准", "≤1000元/户", 4),
        R(E, SH, "农村卫生厕所普及率", "≥92%", 4),
        R(E, ST, "村庄环境面貌", "明显改善", 2, c={"V401": "明显改善 with no criterion"}),
        R(S, MY, "村民满意度", "≤85%", 3, c={"U305": "≤ on a satisfaction rate"}),
    ],
    title="项目支出绩效目标表（二）",
    codes={"T104": "the goal only restates the project name"},
)

T3 = Table(
    "project",
    "重大动物疫病强制免疫",
    58.5,
    "对全县猪、牛、羊、家禽开展口蹄疫、高致病性禽流感等重大动物疫病强制免疫，应免畜禽免疫密度达到90%以上，全年不发生区域性重大动物疫情。",
    [
        R(P, SL, "强制免疫畜禽数量", "≥120万头（只）", 4),
        R(P, SL, "疫苗采购数量", "≥150万毫升", 4),
        R(P, ZL, "应免畜禽免疫密度", "≥90%", 4),
        R(P, ZL, "免疫抗体合格率", "≥70%", 4),
        R(P, SX, "春秋两季集中免疫完成时间", "2023年5月、11月底前", 4),
    ],
    title="项目支出绩效目标表（三）",
    extra={"cut_off": {"after_row": 5, "partial": "成本指标 | 疫苗采购成本"}},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
MONEY = {1: "1260.00", 2: "210.00", 3: "58.50"}


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "清溪县农业农村局2023年部门预算",
        "",
        "目  录",
        "第一部分  部门概况",
        "第二部分  2023年部门预算表",
        "第三部分  项目支出绩效目标",
        "",
    )
    for n, tab in enumerate((T1, T2, T3), 1):
        t.add(tab.title, "单位：万元 | | | ||")
        f = project_table(
            tab, DEPT, HEAD, KEYS, "项目资金", f"年度资金总额 {MONEY[n]} 其中：财政拨款 {MONEY[n]}"
        )
        render(t, f, "pipe", pad=4)
        if n < 3:
            t.add("", f"第 {n + 11} 页 共 14 页", "")
    t.add("|  | 成本指标 | 疫苗采购成本 |  |||||")
    return t.data("gb18030", "\r\n")


DOC = Doc(
    id="hc03_fujian_nongye",
    file="hc03_fujian_nongye.txt",
    unit=DEPT,
    year=2023,
    tags={
        "format": "txt",
        "encoding": "gb18030 crlf",
        "province": "福建",
        "sector": "农业农村",
        "layout_patterns": "pipe-padded level1-once several-tables cut-off budget-lines",
    },
    tables=[T1, T2, T3],
    render=render_doc,
)
