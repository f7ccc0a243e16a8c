"""hf08 · Jiangsu, 泗滨县住房和城乡建设局, 2025 targets pasted from Word into a web page (UTF-8,
Word "save as web page" markup): the first table has no 一级 column, the second keeps an
一级 column that was never filled; 其中： sub-rows under a count."""

from __future__ import annotations

from emit import Tab, html_file
from frame import CB, JJ, KC, MY, SH, SL, ST, SX, ZL, E, P, S, project_table
from kit import V401, V404, codes, tags
from spec import Doc, R, Table

UNIT = "泗滨县住房和城乡建设局"
IMPLIED = "一级 implied from the 二级 (no 一级 column)"
EMPTY = "一级 implied from the 二级 (the 一级 column is printed but empty)"
SUB = "其中： sub-row of the row above"


T1 = Table(
    "project",
    "城镇老旧小区改造",
    2860.0,
    "2025年改造2000年以前建成的城镇老旧小区14个、涉及居民2316户，完成供排水、燃气管网、"
    "屋面防水等基础类改造，年底前全部完工。",
    [
        R(
            P,
            SL,
            "改造老旧小区个数",
            "14个",
            5,
            basis="《泗滨县2025年城镇老旧小区改造计划》",
            note=IMPLIED,
        ),
        R(P, SL, "其中：基础类改造小区", "14个", 4, basis="改造计划", note=IMPLIED + "; " + SUB),
        R(P, SL, "其中：完善类改造小区", "≥5个", 4, basis="改造计划", note=IMPLIED + "; " + SUB),
        R(P, SL, "惠及居民户数", "2316户", 5, basis="小区居民户籍及产权登记台账", note=IMPLIED),
        R(
            P,
            ZL,
            "工程竣工验收合格率",
            "100%",
            4,
            basis="《建筑工程施工质量验收统一标准》",
            note=IMPLIED,
        ),
        R(P, SX, "开工率", "2025年6月底前100%", 4, basis="省住建厅年度目标任务", note=IMPLIED),
        R(P, CB, "户均改造投资", "≤1.23万元", 4, basis="历史标准", c=codes(V404), note=IMPLIED),
        R(
            E,
            SH,
            "小区居住环境",
            "明显改善",
            2,
            basis="工作需要",
            c=codes(V401, V404),
            note=IMPLIED,
        ),
        R(E, KC, "长效管理机制建立率", "≥90%", 4, basis="物业管理或自治管理协议", note=IMPLIED),
        R(S, MY, "小区居民满意度", "≥90%", 5, basis="改造完成后入户问卷调查", note=IMPLIED),
    ],
    title="泗滨县住房和城乡建设局2025年项目支出绩效目标表",
    unit_line="单位：万元",
)
T2 = Table(
    "project",
    "城市生活污水处理运营服务费",
    735.0,
    "保障县城污水处理厂日处理能力4万吨正常运行，出水水质稳定达到一级A标准，全年处理污水1400万吨。",
    [
        R(
            P,
            SL,
            "污水处理量",
            "≥1400万吨",
            4,
            basis="运营服务合同",
            note=EMPTY,
            x={"printed_l1": ""},
        ),
        R(
            P,
            ZL,
            "出水水质达标率",
            "100%",
            5,
            basis="在线监测数据及《城镇污水处理厂污染物排放标准》一级A",
            note=EMPTY,
            x={"printed_l1": ""},
        ),
        R(
            P,
            ZL,
            "污泥无害化处置率",
            "100%",
            4,
            basis="污泥转运联单",
            note=EMPTY,
            x={"printed_l1": ""},
        ),
        R(
            P,
            SX,
            "运营服务费支付",
            "按季度支付",
            3,
            basis="运营服务合同",
            note=EMPTY,
            x={"printed_l1": ""},
        ),
        R(
            P,
            CB,
            "吨水处理服务单价",
            "≤0.525元/吨",
            5,
            basis="特许经营协议约定单价",
            note=EMPTY,
            x={"printed_l1": ""},
        ),
        R(
            E,
            ST,
            "化学需氧量削减量",
            "≥2800吨",
            4,
            basis="在线监测数据",
            note=EMPTY,
            x={"printed_l1": ""},
        ),
        R(
            E,
            JJ,
            "污水处理费征收率",
            "≥95%",
            4,
            basis="历史标准",
            c=codes(V404),
            note=EMPTY,
            x={"printed_l1": ""},
        ),
        R(S, MY, "周边居民满意度", "≥85%", 4, basis="问卷调查", note=EMPTY, x={"printed_l1": ""}),
    ],
    title="泗滨县住房和城乡建设局2025年项目支出绩效目标表",
    unit_line="单位：万元",
)

HEAD1 = ["二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS1 = ["l2", "l3", "value", "basis"]
HEAD2 = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS2 = ["l1", "l2", "l3", "value", "basis"]


def render(doc: Doc) -> bytes:
    t1 = project_table(T1, UNIT, HEAD1, KEYS1, "项目资金（万元）", "2860.00", merge=("l2",))
    t2 = project_table(T2, UNIT, HEAD2, KEYS2, "项目资金（万元）", "735.00")
    return html_file(
        ["附件2", T1.title, "单位：万元", Tab(t1), "", T2.title, "单位：万元", Tab(t2)],
        "泗滨县住房和城乡建设局2025年部门预算公开",
        "泗滨县财政局",
        "2025-02-20",
        style="word",
    )


DOC = Doc(
    "hf08_jiangsu_zhujian",
    "hf08_jiangsu_zhujian.html",
    UNIT,
    2025,
    tags("html", "utf-8", "江苏", "住建", "level1-missing-or-unfilled sub-rows several-tables"),
    [T1, T2],
    render=render,
)
