"""hg08 — 浙江 · 曹娥县住房和城乡建设局, 2025: a Word page saved as HTML (UTF-8; a paragraph per cell
line, spans split at script changes, <o:p>) with the value split into 指标值类型 | 目标值 | 度量单位 |
指标值内容, word comparators, non-standard 一级/二级 names (效果指标, 时效指标（进度）)."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, html_file
from frame import MY, SH, SL, ZL, P, S, project_table
from kit import U302, V401, V405_SAT, tags
from spec import Doc, R, Row, Table

DEPT = "曹娥县住房和城乡建设局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容"]
KEYS = ["l1", "l2", "l3", "p0", "p1", "p2", "p3"]
EF = "效果指标"
SXG = "时效指标（进度）"
CBG = "成本指标（预算控制）"
NOTE_L1 = "一级 printed as 效果指标 (another word for 效益), kept as printed"
NOTE_L2 = "二级 printed with its gloss, kept as printed"


def v(l1: str, l2: str, l3: str, cmp: str, num: str, unit: str, spec: int, **kw: Any) -> Row:
    x = {"parts": [cmp, num, unit, ""]}
    if l1 == EF and "note" not in kw:
        kw["note"] = NOTE_L1
    if l2 in (SXG, CBG):
        kw["note"] = NOTE_L2
    return R(l1, l2, l3, cmp + num + unit, spec, x=x, **kw)


def t(l1: str, l2: str, l3: str, text: str, spec: int, **kw: Any) -> Row:
    if l1 == EF:
        kw.setdefault("note", NOTE_L1)
    return R(l1, l2, l3, text, spec, x={"parts": ["定性", "", "", text]}, **kw)


T1 = Table(
    "project",
    "城镇老旧小区改造",
    3280.0,
    "2025年完成城关街道、江滨街道12个2000年前建成的老旧小区改造，涉及住户2860户、建筑面积约21.6万平方米，"
    "完成管网更新、加装电梯18部、新增停车位420个，年底前全部完工。",
    [
        v(P, SL, "改造老旧小区数量", "大于等于", "12", "个", 4),
        v(P, SL, "惠及居民户数", "大于等于", "2860", "户", 4),
        v(P, SL, "加装电梯数量", "大于等于", "18", "部", 4),
        v(P, SL, "新增停车位", "大于等于", "420", "个", 4),
        v(P, ZL, "工程竣工验收合格率", "等于", "100", "%", 4),
        v(P, ZL, "改造后小区物业管理覆盖率", "大于等于", "120", "%", 3, c=U302),
        v(P, SXG, "开工时间", "", "2025年4月底前", "", 4),
        v(P, SXG, "完工时间", "", "2025年12月底前", "", 4),
        v(P, CBG, "每平方米改造成本", "小于等于", "152", "元", 4),
        t(EF, SH, "居民居住条件", "明显改善", 2, c=V401),
        v(EF, SH, "小区安全隐患整改率", "等于", "100", "%", 4),
        v(S, MY, "改造小区居民满意度", "大于等于", "75", "%", 3, c=V405_SAT),
    ],
    title="2025年度项目支出绩效目标表",
)

T2 = Table(
    "project",
    "城镇燃气安全专项排查整治",
    148.0,
    "对全县瓶装液化气供应站、餐饮用户开展燃气安全排查整治，排查用户不少于6500户，隐患整改率100%。",
    [
        v(P, SL, "排查燃气用户数", "大于等于", "6500", "户", 4),
        v(P, SL, "安装燃气泄漏报警器", "大于等于", "1800", "套", 4),
        v(P, ZL, "排查隐患整改率", "等于", "100", "%", 4),
        v(P, SXG, "排查整治完成时间", "", "2025年9月底前", "", 4),
        v(EF, SH, "燃气安全责任事故", "等于", "0", "起", 4),
        v(S, MY, "餐饮经营户满意度", "大于等于", "90", "%", 4),
    ],
    title="2025年度项目支出绩效目标表",
)


def _tab(tab: Table, money: str) -> Tab:
    return Tab(project_table(tab, DEPT, HEAD, KEYS, "项目资金（万元）", money))


def render(doc: Doc) -> bytes:
    blocks: list[Block] = [
        "曹娥县住房和城乡建设局2025年度部门预算项目绩效目标",
        "一、城镇老旧小区改造",
        T1.title,
        _tab(T1, "年度资金总额：3280.00　其中：财政拨款：1280.00　其他资金（专项债券）：2000.00"),
        "二、城镇燃气安全专项排查整治",
        T2.title,
        _tab(T2, "148.00"),
    ]
    return html_file(
        blocks,
        "曹娥县住房和城乡建设局2025年度部门预算项目绩效目标",
        "曹娥县人民政府门户网站",
        "2025-02-08",
        style="word",
    )


DOC = Doc(
    "hg08_zhejiang_zhujian",
    "hg08_zhejiang_zhujian.html",
    DEPT,
    2025,
    tags(
        "html",
        "utf-8",
        "浙江",
        "住建",
        "split-value nonstandard-names value-header-gloss several-tables budget-lines",
    ),
    [T1, T2],
    render=render,
)
