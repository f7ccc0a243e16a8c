"""hb09 · 江西 · 抚河县退役军人事务局: two approval tables (绩效目标批复表) in GB18030 text with
CRLF. The first as a page converter leaves it: one cell per line ending in a pipe, empty and
merged cells as lone `|` lines, merged 一级/二级 text on the middle row of its block; the basis
column is headed 指标值设定依据. The second flattened from Word, one cell per line with blank
lines between cells, in the 2021 framework (成本 as 一级) with weights in the 一级 labels
(`产出指标（40分）`)."""

from __future__ import annotations

from grid import Grid, Text, block_labels, filled_up, note_up
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
UNIT = "抚河县退役军人事务局"

T1 = Table(
    kind="project",
    project="重点优抚对象短期疗养经费",
    budget_wan=28.8,
    goal="组织重点优抚对象分4批开展短期疗养160人次以上，疗养期间安全无事故，体现党和政府对优抚对象的关怀。",
    title="2024年项目支出绩效目标批复表",
    extra={"budget_source": "项目资金（万元）年度资金总额 28.80；其中：财政拨款 28.80"},
    rows=[
        R(P, "数量指标", "组织重点优抚对象短期疗养", "≥160人次", 5, basis="2023年实际疗养152人次"),
        R(P, "数量指标", "疗养批次", "≥4批", 5, basis="《2024年重点优抚对象短期疗养工作实施方案》"),
        R(P, "质量指标", "疗养对象身份核验准确率", "100%", 5, basis="优抚对象信息管理系统"),
        R(P, "质量指标", "疗养期间安全事故", "0起", 4, basis=None, c={"V404": "依据为空"}),
        R(
            P,
            "时效指标",
            "疗养完成时间",
            "2024年11月底前",
            4,
            basis="工作需要",
            c={"V404": "依据只写“工作需要”"},
        ),
        R(
            P,
            "成本指标",
            "人均疗养费用",
            "≤1800元",
            5,
            basis="《江西省重点优抚对象短期疗养经费管理办法》",
        ),
        R(
            E,
            SL,
            "优抚对象获得感",
            "增强",
            2,
            basis="现实需求",
            c={"V401": "“增强”没有判定标准", "V404": "依据只写“现实需求”"},
        ),
        R(
            E,
            KX,
            "优抚对象健康状况",
            "持续改善",
            2,
            basis=None,
            c={"V401": "“持续改善”没有判定标准", "V404": "依据为空"},
        ),
        R(S, MY, "疗养对象满意度", "≥95%", 5, basis="疗养结束后问卷调查"),
    ],
)

P40, C10, E30, S10 = (
    "产出指标（40分）",
    "成本指标（10分）",
    "效益指标（30分）",
    "满意度指标（10分）",
)
WEIGHT = "一级 label carries its weight in brackets, kept as printed"

T2 = Table(
    kind="project",
    project="退役军人就业创业培训经费",
    budget_wan=42.0,
    goal="组织退役军人职业技能培训300人次以上、创业孵化指导30人以上，参训人员就业率达到80%以上，"
    "帮助退役军人实现稳定就业。",
    title="2024年项目支出绩效目标批复表",
    extra={"budget_source": "项目资金（万元）年度资金总额 42.00；其中：财政拨款 42.00"},
    rows=[
        R(
            P40,
            "数量指标",
            "组织退役军人职业技能培训",
            "≥300人次",
            5,
            basis="2023年实际培训276人次",
        ),
        R(
            P40,
            "数量指标",
            "开展创业孵化指导",
            "≥30人",
            4,
            basis="工作计划",
            c={"V404": "依据只写“工作计划”"},
        ),
        R(P40, "质量指标", "培训结业考核合格率", "≥90%", 5, basis="承训机构培训服务合同"),
        R(
            P40,
            "质量指标",
            "取得职业技能等级证书比例",
            "≥70%",
            5,
            basis="省退役军人事务厅2024年教育培训工作要点",
        ),
        R(
            P40,
            "时效指标",
            "培训任务完成时间",
            "2024年10月底前",
            4,
            basis="工作计划",
            c={"V404": "依据只写“工作计划”"},
        ),
        R(C10, "经济成本指标", "人均培训补助", "≤1200元", 5, basis="《退役军人教育培训补助标准》"),
        R(E30, SL, "参训退役军人就业率", "≥80%", 5, basis="2023年参训人员就业率78.5%"),
        R(E30, SL, "带动就业人数", "≥60人", 4, basis=None, c={"V404": "依据为空"}),
        R(
            E30,
            KX,
            "退役军人就业创业服务体系",
            "进一步完善",
            2,
            basis=None,
            c={"V401": "“进一步完善”没有判定标准", "V404": "依据为空"},
        ),
        R(S10, MY, "参训学员满意度", "≥90%", 5, basis="培训结束后问卷调查"),
    ],
)
for _r in T2.rows:
    _r.note = WEIGHT


def _head(g: Grid, tab: Table, amount: str) -> None:
    g.add("项目名称", tab.project)
    g.span(len(g.rows) - 1, 1, len(g.rows) - 1, 4)
    g.add("主管部门", UNIT, "", "实施单位", UNIT)
    g.add("项目资金（万元）", "年度资金总额", amount, "其中：财政拨款", amount)
    g.add("年度目标", tab.goal or "")
    g.span(len(g.rows) - 1, 1, len(g.rows) - 1, 4)


def _t1(t: Text) -> None:
    g = Grid(5)
    _head(g, T1, "28.80")
    g.add("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    first = len(g.rows)
    l1s = block_labels([r.l1 for r in T1.rows], "middle")
    l2s = block_labels([r.l2 for r in T1.rows], "middle")
    up1 = filled_up([r.l1 for r in T1.rows], l1s)
    up2 = filled_up([r.l2 for r in T1.rows], l2s)
    for n, r in enumerate(T1.rows):
        g.add(l1s[n], l2s[n], r.l3, r.value, r.basis or "")
        note_up(r, up1[n], up2[n])
    t.add(T1.title, "")
    for n, cells in enumerate(g.rows):
        if n >= first:
            t.mark(T1.rows[n - first])
        last = max(i for i, c in enumerate(cells) if c)
        lines = [f"{c} |" if c else "|" for c in cells[: last + 1]]
        if last < len(cells) - 1:
            lines[-1] += " " + "|" * (len(cells) - 1 - last)
        t.add(*lines)


def _t2(t: Text) -> None:
    g = Grid(5)
    _head(g, T2, "42.00")
    g.add("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    first = len(g.rows)
    rows: dict[int, Row] = {}
    for r in T2.rows:
        rows[len(g.rows)] = r
        g.add(r.l1, r.l2, r.l3, r.value, r.basis or "")
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    cov = g.covered()
    t.add(T2.title, "")
    for n, cells in enumerate(g.rows):
        if n in rows:
            t.mark(rows[n])
        for c, text in enumerate(cells):
            m = cov.get((n, c))
            if m and (m[0], m[1]) != (n, c):
                continue
            t.add(text, "")


def render(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "抚河县财政局关于批复2024年部门预算的通知",
        "",
        f"{UNIT}：",
        "根据县人大常委会审查批准的2024年预算，现将你单位2024年部门预算及项目支出绩效目标批复如下，"
        "请严格按照批复的绩效目标组织实施，并做好绩效运行监控。",
        "",
        "附件1：2024年部门收支预算批复表（略）",
        "附件2：2024年项目支出绩效目标批复表",
        "",
    )
    _t1(t)
    t.add("", "")
    _t2(t)
    t.add("抚河县财政局", "2024年1月26日")
    return t.data("gb18030", "\r\n")


DOC = Doc(
    id="hb09_jiangxi_tuiyi",
    file="hb09_jiangxi_tuiyi.txt",
    unit=UNIT,
    year=2024,
    tags={
        "province": "江西",
        "county": "抚河县",
        "sector": "退役军人事务",
        "format": "txt",
        "encoding": "gb18030 crlf",
        "layout_patterns": "cell-per-line-pipe lone-pipes cell-per-line-blank level1-once:middle level1-once:first-row label-notes:（40分） approval goal-heading:年度目标 several-tables unit-year-framing:附件+notice",
    },
    tables=[T1, T2],
    render=render,
)
