"""hd08 · 青海 青岗县住房和城乡建设局 2025: text taken from a web page. The first table stands on
one long line with single spaces between cells; the second runs its cells together with no
separator and is cut off at the end of the excerpt (the last row incomplete)."""

from __future__ import annotations

from frame import CB, MY, SH, SL, ST, SX, ZL, E, P, S, project_table
from grid import Text
from kit import V401
from spec import Doc, R, Table
from textual import render, render_one_line

UNIT = "青岗县住房和城乡建设局"
KC = "可持续影响指标"

T1 = Table(
    "project",
    "城镇老旧小区改造",
    1650.0,
    "改造城镇老旧小区11个，惠及居民1860户，改造供热管网8.2公里，改善居民居住条件。",
    [
        R(P, SL, "改造老旧小区个数", "≥11个", 4),
        R(P, SL, "惠及居民户数", "≥1860户", 4),
        R(P, SL, "改造供热管网长度", "≥8.2公里", 4),
        R(P, ZL, "工程验收合格率", "100%", 4),
        R(P, SX, "项目完工时间", "2025年10月底前", 4),
        R(P, CB, "户均改造投资", "≤0.89万元", 4),
        R(E, SH, "居民居住条件", "明显改善", 2, c=V401),
        R(E, ST, "冬季供热能耗降低", "≥10%", 4),
        R(E, KC, "小区长效管理机制建立率", "≥90%", 4),
        R(S, MY, "小区居民满意度", "≥90%", 4),
    ],
    title="青岗县住房和城乡建设局2025年项目支出绩效目标表（城镇老旧小区改造）",
)

T2 = Table(
    "project",
    "农村低收入群体等重点对象住房安全保障",
    276.0,
    "对92户农村低收入群体等重点对象实施危房改造，户均补助3万元，保障住房安全。",
    [
        R(P, SL, "农村危房改造户数", "≥92户", 4),
        R(P, ZL, "改造后住房安全鉴定合格率", "100%", 4),
        R(P, ZL, "抗震设防", "达标", 3),
        R(P, SX, "当年开工率", "100%", 4),
        R(P, CB, "户均补助标准", "3万元", 4),
        R(E, SH, "农村低收入群体住房安全保障率", "100%", 4),
        R(
            E,
            SH,
            "改造户数",
            "92户",
            4,
            c={"C206": "an output count (houses rebuilt) under 社会效益"},
        ),
    ],
    title="青岗县住房和城乡建设局2025年项目支出绩效目标表（农村危房改造）",
    extra={"cut_off": {"after_row": 7, "partial": "满意度指标服务对象满意度指标改造户满"}},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add(
        "首页 > 信息公开 > 法定主动公开内容 > 财政信息 > 部门预决算",
        "青岗县住房和城乡建设局2025年部门预算公开",
        "发布日期：2025-02-14　　浏览次数：326",
        "",
        "五、项目绩效目标",
        "",
    )
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "1650.00")
    render_one_line(text, f1, prefix=T1.title)
    text.add("", T2.title)
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "276.00")
    render(text, f2, "together")
    text.add("满意度指标服务对象满意度指标改造户满", "", "（内容节选，完整表格见附件）", "分享到：")
    return text.data()


DOC = Doc(
    "hd08_qinghai_zhujian",
    "hd08_qinghai_zhujian.txt",
    UNIT,
    2025,
    {
        "format": "txt",
        "encoding": "utf-8",
        "province": "青海",
        "sector": "住建",
        "framework": "产出/效益/满意度",
        "layout_patterns": "one-line run-together cut-off several-tables unit-year-framing",
    },
    [T1, T2],
    render=render_doc,
)
