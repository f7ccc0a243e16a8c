"""hg11 — 江西 · 袁岭县应急管理局, 2025: text copied out of a PDF, cells separated by runs of spaces,
long cells hard-wrapped, a 二级 label broken over two lines, and the page footer, running header
and repeated column header between two rows where the first table continues on the next page;
the second table is in the 2021 framework."""

from __future__ import annotations

from emit import Block, Tab, text_file
from frame import CB, HC, JC, JJ, MY, SC, SH, SL, SX, ZL, C, E, P, S, project_table
from gnoise import trailing_blanks
from kit import U306, V401, V402, V404, codes, tags
from quirks import page_turn
from spec import Doc, R, Table

DEPT = "袁岭县应急管理局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]
BROKEN = {"printed_l2": "经济效益\n指标"}
NOTE = "二级 broken over two lines in the text, labelled joined"

T1 = Table(
    "project",
    "安全生产监管执法",
    168.0,
    "2025年对全县工矿商贸企业开展安全生产执法检查不少于420家次，重大事故隐患整改率100%，"
    "生产安全事故起数和死亡人数实现双下降。",
    [
        R(P, SL, "执法检查企业", "≥420家次", 5, basis="2025年度监督检查计划"),
        R(P, SL, "聘请专家开展隐患排查", "≥60家", 4, basis="2024年实际58家"),
        R(P, SL, "安全生产培训人数", "≥1500人次", 4, basis="历史数据"),
        R(P, ZL, "重大事故隐患整改率", "100%", 4, basis="《安全生产法》"),
        R(P, ZL, "行政处罚案件办结率", "≥95%", 4, basis="行业标准", c=V404),
        R(P, SX, "年度执法计划完成时间", "2025年11月底前", 4, basis="年度监督检查计划"),
        R(P, CB, "专家排查费用标准", "≤1500元/家", 4, basis="政府采购合同"),
        R(
            E,
            JJ,
            "事故直接经济损失",
            "较上年下降",
            2,
            basis="历史数据",
            c=V401,
            x=BROKEN,
            note=NOTE,
        ),
        R(E, SH, "生产安全事故死亡人数", "≤0.5人", 3, basis="市下达控制指标", c=U306),
        R(
            E,
            SH,
            "企业安全生产主体责任落实",
            "进一步加强",
            2,
            basis="工作需要",
            c=codes(V401, V404),
        ),
        R(S, MY, "被检查企业满意度", "≥85%", 4, basis="问卷调查"),
    ],
    title="袁岭县应急管理局2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "防汛抗旱应急物资储备",
    95.0,
    "补充储备冲锋舟、救生衣、编织袋等防汛物资，物资储备满足全县防御50年一遇洪水需要。",
    [
        R(P, SL, "采购救生衣", "≥800件", 4, basis="物资储备定额"),
        R(P, SL, "采购编织袋", "≥3万条", 4, basis="物资储备定额"),
        R(P, ZL, "物资验收合格率", "100%", 4, basis="采购合同"),
        R(P, ZL, "物资验收合格率", "≥98%", 4, basis="采购合同"),
        R(P, SX, "物资入库时间", "2025年5月15日前", 4, basis="主汛期安排"),
        R(C, JC, "物资采购成本", "≤95万元", 4, basis="预算批复"),
        R(C, SC, "物资储备对周边群众生活影响", "无", 3, basis="储备库选址论证"),
        R(C, HC, "过期物资处置造成环境污染", "不发生", 3, basis="应急物资管理办法"),
        R(E, SH, "应急抢险保障能力", "显著提升", 2, basis="工作需要", c=codes(V401, V404)),
        R(E, SH, "群众生命财产安全", "得到保障", 2, basis="工作计划", c=codes(V402, V404)),
        R(S, MY, "群众满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="袁岭县应急管理局2025年项目支出绩效目标表",
    codes={"C204": "the same 三级 name twice in one table (rows 3 and 4)"},
    extra={"duplicate_rows": {"物资验收合格率": [3, 4]}},
)

RUNNING = "袁岭县应急管理局2025年部门预算"
COLHEAD = "一级指标  二级指标  三级指标  指标值  指标值确定依据"


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, DEPT, HEAD, KEYS, "资金总额（万元）", "168.00")
    f2 = project_table(T2, DEPT, HEAD, KEYS, "资金总额（万元）", "95.00")
    turn = {12: page_turn("— 9 —", RUNNING, COLHEAD)}
    blocks: list[Block] = [
        RUNNING,
        "八、项目支出绩效目标表",
        T1.title,
        "单位：万元",
        Tab(f1, {"style": "spaces", "breaks": turn, "wrap": 30}),
        "",
        T2.title,
        "单位：万元",
        Tab(f2, {"style": "spaces", "gap": " ", "wrap": 30}),
        "— 10 —",
    ]
    return trailing_blanks(text_file(blocks, encoding="gb18030", newline="\r\n"), "gb18030")


DOC = Doc(
    "hg11_jiangxi_yingji",
    "hg11_jiangxi_yingji.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "gb18030 crlf trailing-blanks",
        "江西",
        "应急",
        "spaces broken-labels several-tables level1-once unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
