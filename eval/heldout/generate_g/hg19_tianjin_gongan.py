"""hg19 — 天津 · 蓟北区公安分局, 2025: the project tables of a police bureau's disclosure as a text
compiled from several converters (GB18030, CRLF): a tab table with no 三级 column and the 二级
repeated on every row, a page-converter table with lone pipes, a PDF text with runs of spaces, a
table with one cell per line ending in a pipe, and an indented outline."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, indented_table, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import T104, U305, U306, V401, V402, tags
from spec import Doc, R, Row, Table

DEPT = "天津市公安局蓟北分局"


def n(l1: str, l2: str, value: str, spec: int, **kw: Any) -> Row:
    return R(l1, l2, "", value, spec, **kw)


T1 = Table(
    "project",
    "社会治安视频监控系统运维",
    286.0,
    "保障全区2860路公共安全视频监控点位正常运行，前端设备完好率不低于95%，重点区域覆盖率100%。",
    [
        n(P, SL, "运维视频监控点位2860路", 4),
        n(P, ZL, "前端设备完好率≥95%", 4),
        n(P, ZL, "重点公共区域覆盖率100%", 4),
        n(P, SX, "故障修复时限≤24小时", 4),
        n(P, CB, "每路年均运维费用≤1000元", 4),
        n(E, SH, "视频监控辅助破案能力有效提升", 2, c=V401),
        n(S, MY, "辖区群众安全感≥95%", 4),
    ],
    title="蓟北分局2025年项目支出绩效目标表（一）",
)

T2 = Table(
    "project",
    "禁毒宣传教育及戒毒人员管控",
    48.0,
    "开展禁毒宣传进校园、进社区活动，社区戒毒社区康复人员执行率保持在95%以上，新增吸毒人员数持续下降。",
    [
        R(P, SL, "禁毒宣传活动场次", "≥120场", 4),
        R(P, ZL, "社区戒毒社区康复执行率", "≥95%", 4),
        R(P, SX, "宣传活动完成时间", "2025年11月底前", 4),
        R(E, SH, "新增吸毒人员", "≥0人", 3, c=U305),
        R(S, MY, "社区群众满意度", "≥90%", 4),
    ],
    title="蓟北分局2025年项目支出绩效目标表（二）",
)

T3 = Table(
    "project",
    "交通安全设施维护",
    132.0,
    "维护全区交通信号灯、标志标线，信号灯完好率98%以上，道路交通亡人事故同比下降。",
    [
        R(P, SL, "维护信号灯路口", "≥168个", 4),
        R(P, SL, "施划标线", "≥4.2万平方米", 4),
        R(P, ZL, "信号灯完好率", "≥98%", 4),
        R(E, SH, "道路交通亡人事故", "≤12.5起", 3, c=U306),
        R(S, MY, "驾驶人满意度", "≥85%", 4),
    ],
    title="蓟北分局2025年项目支出绩效目标表（三）",
)

T4 = Table(
    "project",
    "执法办案场所运行保障",
    76.0,
    "保障执法办案场所运行。",
    [
        R(P, ZL, "涉案人员进入办案区比例", "100%", 4),
        R(P, ZL, "执法安全事故", "0起", 4),
        R(P, SX, "办案区全年运行", "365天", 4),
        R(E, SH, "执法规范化水平", "按工作计划及时完成", 2, c=V402),
        R(S, MY, "法制部门满意度", "≥90%", 4),
    ],
    title="蓟北分局2025年项目支出绩效目标表（四）",
    codes=T104,
)

T5 = Table(
    "project",
    "反电信网络诈骗宣传",
    35.0,
    "开展反诈宣传，国家反诈中心APP注册人数新增3万人，电信网络诈骗发案数同比下降。",
    [
        R(P, SL, "反诈APP新增注册人数", "≥3万人", 4),
        R(P, SL, "反诈宣传进社区场次", "≥80场", 4),
        R(E, SH, "电信网络诈骗发案数", "同比下降", 2, c=V401),
        R(E, KC, "群众防骗意识", "明显增强", 2, c=V401),
        R(S, MY, "群众满意度", "≥90%", 4),
    ],
    title="蓟北分局2025年项目支出绩效目标表（五）",
)


def render(doc: Doc) -> bytes:
    h4, k4 = ["一级指标", "二级指标", "三级指标", "指标值"], ["l1", "l2", "l3", "value"]
    f1 = project_table(
        T1,
        DEPT,
        ["一级指标", "二级指标", "指标值"],
        ["l1", "l2", "value"],
        "资金总额（万元）",
        "286.00",
        merge=("l1",),
    )
    f2 = project_table(T2, DEPT, h4, k4, "资金总额（万元）", "48.00")
    f3 = project_table(T3, DEPT, h4, k4, "资金总额（万元）", "132.00")
    f4 = project_table(T4, DEPT, h4, k4, "资金总额（万元）", "76.00")
    head5 = [
        ("项目名称", T5.project),
        ("资金总额（万元）", "35.00"),
        ("年度绩效目标", T5.goal or ""),
    ]
    blocks: list[Block] = [
        "天津市公安局蓟北分局2025年部门预算公开",
        "",
        T1.title,
        Tab(f1, {"style": "tab"}),
        "",
        T2.title + " |",
        Tab(f2, {"style": "lone_pipe"}),
        "",
        T3.title,
        Tab(f3, {"style": "spaces", "gap": "   "}),
        "",
        T4.title + " |",
        Tab(f4, {"style": "cell_pipe"}),
        "",
        indented_table(T5.title, head5, T5.rows),
        "",
        "注：以上项目均为2025年新增或延续项目。",
    ]
    return text_file(blocks, encoding="gb18030", newline="\r\n")


DOC = Doc(
    "hg19_tianjin_gongan",
    "hg19_tianjin_gongan.txt",
    "天津市公安局蓟北分局",
    2025,
    tags(
        "txt",
        "gb18030 crlf",
        "天津",
        "公安",
        "tab no-level3 level2-missing-or-repeated lone-pipes spaces cell-per-line-pipe indentation several-tables",
    ),
    [T1, T2, T3, T4, T5],
    render=render,
)
