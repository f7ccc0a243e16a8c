"""hd20 · 福建 溪源县公安局 2025: text (UTF-8, CRLF) copied out of a Word file. A table with no 三级 column
flattened to one cell per line with blank lines between cells; a table with a lone `|` for each
merged cell; a table with one cell per line ending in a pipe whose 一级 labels carry weights."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from kit import V401, V402
from spec import Doc, R, Table
from textual import render

UNIT = "溪源县公安局"
NO3 = "no 三级 column: the value follows the 二级"
W = "一级 printed with its weight, kept verbatim"
KC = "可持续影响指标"

T1 = Table(
    "project",
    "禁毒宣传教育经费",
    25.0,
    "开展禁毒宣传进校园、进社区活动，提高在校学生禁毒知识知晓率。",
    [
        R(P, SL, "", "开展禁毒宣传进校园活动不少于40场", 4, note=NO3),
        R(P, ZL, "", "在校学生禁毒知识知晓率达到95%以上", 4, note=NO3),
        R(P, SX, "", "2025年6月26日国际禁毒日前完成集中宣传", 4, note=NO3),
        R(P, CB, "", "单场宣传活动经费不超过0.3万元", 4, note=NO3),
        R(E, SH, "", "全民禁毒意识明显增强", 2, c=V401, note=NO3),
        R(S, MY, "", "师生满意度不低于90%", 4, note=NO3),
    ],
    title="溪源县公安局2025年项目支出绩效目标表（一）",
)

T2 = Table(
    "project",
    "视频监控系统运维",
    118.0,
    "维护社会治安稳定，建设更高水平的平安溪源。",
    [
        R(P, SL, "运维视频监控点位", "≥2860个", 4),
        R(P, ZL, "监控点位在线率", "≥95%", 4),
        R(P, ZL, "故障修复次数", "≥98%", 3, c={"U301": "a count of repairs given in %"}),
        R(P, SX, "故障响应时间", "≤2小时", 4),
        R(P, CB, "单个点位年运维费用", "≤412元", 4),
        R(E, SH, "视频监控助破案件数", "≥150起", 4),
        R(E, KC, "系统稳定运行", "长期", 2, c=V401),
        R(E, MY, "办案民警满意度", "≥90%", 4, c={"C201": "服务对象满意度指标 under 效益指标"}),
    ],
    title="溪源县公安局2025年项目支出绩效目标表（二）",
    codes={"G702": "slogan goal: no scope, quantity or time"},
)

P1, E1, S1 = "产出指标（50分）", "效益指标（30分）", "满意度指标（20分）"
T3 = Table(
    "project",
    "看守所在押人员伙食保障",
    96.0,
    "保障看守所日均220名在押人员伙食供应，全年不发生食品安全事故。",
    [
        R(P1, SL, "保障在押人员日均人数", "≥220人", 4, note=W),
        R(P1, ZL, "食品安全事故", "0起", 4, note=W),
        R(P1, SX, "伙食费结算", "按月", 3, note=W),
        R(P1, CB, "人均伙食费标准", "≤360元/人·月", 4, note=W),
        R(E1, SH, "监管场所安全事故", "0起", 4, note=W),
        R(E1, SH, "在押人员合法权益保障", "达到预期目标", 2, note=W, c=V402),
        R(S1, MY, "在押人员伙食满意度", "≥85%", 4, note=W),
    ],
    title="溪源县公安局2025年项目支出绩效目标表（三）",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add("溪源县公安局2025年部门预算及“三公”经费预算情况说明", "", "六、项目支出绩效目标", "")
    text.add(T1.title, "")
    f1 = project_table(
        T1,
        UNIT,
        ["一级指标", "二级指标", "指标值"],
        ["l1", "l2", "value"],
        "资金总额（万元）",
        "25.00",
    )
    render(text, f1, "cell_blank")
    text.add("", T2.title)
    render(text, project_table(T2, UNIT, HEAD, KEYS, "资金总额（万元）", "118.00"), "lone_pipe")
    text.add("", T3.title + " |")
    render(text, project_table(T3, UNIT, HEAD, KEYS, "资金总额（万元）", "96.00"), "cell_pipe")
    text.add("", "溪源县公安局", "2025年1月")
    return text.data("utf-8", "\r\n")


DOC = Doc(
    "hd20_fujian_gongan",
    "hd20_fujian_gongan.txt",
    UNIT,
    2025,
    {
        "format": "txt",
        "encoding": "utf-8 crlf",
        "province": "福建",
        "sector": "公安/司法",
        "framework": "产出/效益/满意度",
        "layout_patterns": "cell-per-line-blank lone-pipes cell-per-line-pipe no-level3 label-notes "
        "several-tables",
    },
    [T1, T2, T3],
    render=render_doc,
)
