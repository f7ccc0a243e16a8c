"""hb14 · 甘肃 · 党河县残疾人联合会: a Word attachment with two real tables. The project table
has vertically merged 一级/二级 cells (vMerge), horizontally merged header cells (gridSpan),
budget lines, and the value split into 指标值类型 (大于等于/等于/小于等于/定性) | 目标值 | 度量单位 |
指标值内容, plus 指标解释. The second is an evaluation-indicator system (评价指标体系) for another
fund with 分值, 指标解释, 评分标准 and a 合计 row."""

from __future__ import annotations

from grid import Grid
from office import docx_bytes, docx_para, docx_table, new_docx
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
UNIT = "党河县残疾人联合会"


def tv(
    l1: str,
    l2: str,
    l3: str,
    typ: str,
    num: str,
    unit: str,
    content: str,
    desc: str | None,
    spec: int,
    **kw: object,
) -> Row:
    value = content if typ == "定性" else typ + num + unit + content
    return R(l1, l2, l3, value, spec, desc=desc, x={"parts": [typ, num, unit, content]}, **kw)


T1 = Table(
    kind="project",
    project="残疾人精准康复服务项目",
    budget_wan=86.4,
    goal="为85名0—6岁残疾儿童提供康复救助，为残疾人适配辅助器具420件以上，持证残疾人基本康复服务覆盖率达到85%以上。",
    title="2024年度项目支出绩效目标表",
    extra={
        "budget_source": "项目资金（万元）年度资金总额 86.40；其中：财政拨款 86.40，上年结转 0，其他资金 0"
    },
    rows=[
        tv(
            P,
            "数量指标",
            "残疾儿童康复救助人数",
            "大于等于",
            "85",
            "人",
            "",
            "0—6岁残疾儿童接受康复救助人数，以全国残疾人康复服务信息系统数据为准",
            5,
        ),
        tv(
            P,
            "数量指标",
            "为残疾人适配辅助器具",
            "大于等于",
            "420",
            "件",
            "",
            "反映为残疾人适配辅助器具件数",
            4,
            c={"V403": "解释只是“反映”加指标名"},
        ),
        tv(
            P,
            "数量指标",
            "持证残疾人家庭医生签约服务人数",
            "大于等于",
            "1500",
            "人",
            "",
            "反映残疾人辅助器具适配服务情况",
            3,
            c={"C205": "签约服务人数的解释写成了辅助器具适配服务"},
        ),
        tv(
            P,
            "质量指标",
            "残疾人基本康复服务覆盖率",
            "大于等于",
            "85",
            "%",
            "",
            "接受基本康复服务的持证残疾人数/有康复需求的持证残疾人数×100%",
            5,
        ),
        tv(
            P,
            "质量指标",
            "辅助器具适配合格率",
            "等于",
            "100",
            "%",
            "",
            "辅助器具适配合格率",
            4,
            c={"V403": "解释与指标名相同"},
        ),
        tv(P, "时效指标", "康复救助资金拨付时间", "定性", "", "", "每季度结束后15日内", None, 4),
        tv(
            P,
            "成本指标",
            "残疾儿童康复救助标准",
            "等于",
            "1.2",
            "万元/人·年",
            "",
            "按省定标准执行",
            3,
            c={"B501": "85人×1.2万元=102万元，超过项目资金86.40万元"},
        ),
        tv(
            E,
            SL,
            "残疾人生活自理能力",
            "定性",
            "",
            "",
            "明显提高",
            None,
            2,
            c={"V401": "“明显提高”没有判定标准"},
        ),
        tv(
            E,
            SL,
            "康复救助儿童功能改善率",
            "大于等于",
            "70",
            "%",
            "",
            "经康复评估功能有改善的儿童数/接受救助儿童数×100%",
            5,
        ),
        tv(
            E,
            KX,
            "基层康复服务体系",
            "定性",
            "",
            "",
            "逐步完善",
            None,
            2,
            c={"V401": "“逐步完善”没有判定标准"},
        ),
        tv(
            S,
            MY,
            "残疾人及其家属满意度",
            "大于等于",
            "90",
            "%",
            "",
            "通过入户回访问卷调查受益残疾人及其家属的满意程度",
            5,
        ),
    ],
)


def ev(l1: str, l2: str, l3: str, pts: int, desc: str, std: str) -> Row:
    return R(l1, l2, l3, "", None, desc=desc, std=std, x={"weight": pts})


DEC, PRO, OUT, EFF = "决策", "过程", "产出", "效益"
T2 = Table(
    kind="evaluation_system",
    project="残疾人两项补贴资金",
    budget_wan=None,
    goal=None,
    title="2023年度残疾人两项补贴资金绩效评价指标体系",
    extra={"total_row": {"label": "合计", "weight": 100}, "no_target_column": True},
    rows=[
        ev(
            DEC,
            "项目立项",
            "立项依据充分性",
            3,
            "项目立项是否符合国家和省市残疾人两项补贴政策",
            "依据充分得3分，依据不充分酌情扣分",
        ),
        ev(
            DEC,
            "项目立项",
            "立项程序规范性",
            2,
            "项目是否按规定程序申请设立",
            "程序规范得2分，否则不得分",
        ),
        ev(
            DEC,
            "绩效目标",
            "绩效目标合理性",
            3,
            "绩效目标与实际工作内容是否相关，是否符合正常业绩水平",
            "每发现一项不符扣1分，扣完为止",
        ),
        ev(
            DEC,
            "绩效目标",
            "绩效指标明确性",
            4,
            "绩效目标是否细化分解为清晰、可衡量的绩效指标",
            "指标清晰可衡量得4分，每缺一项扣1分",
        ),
        ev(
            DEC,
            "资金投入",
            "预算编制科学性",
            4,
            "预算编制是否经过科学论证，内容与项目内容是否匹配",
            "科学合理得4分，否则酌情扣分",
        ),
        ev(
            DEC,
            "资金投入",
            "资金分配合理性",
            4,
            "资金分配是否有测算依据，与补贴对象数量是否相适应",
            "分配合理得4分，否则酌情扣分",
        ),
        ev(PRO, "资金管理", "资金到位率", 4, "实际到位资金/预算资金×100%", "到位率×4分"),
        ev(PRO, "资金管理", "预算执行率", 4, "实际支出资金/实际到位资金×100%", "执行率×4分"),
        ev(
            PRO,
            "资金管理",
            "资金使用合规性",
            4,
            "资金使用是否符合相关财务管理制度规定",
            "发现一处违规扣1分，扣完为止",
        ),
        ev(
            PRO,
            "组织实施",
            "管理制度健全性",
            4,
            "是否制定相应的补贴资金管理办法和发放流程",
            "制度健全得4分，否则酌情扣分",
        ),
        ev(
            PRO,
            "组织实施",
            "制度执行有效性",
            4,
            "补贴审核、公示、发放是否按规定执行",
            "每发现一项问题扣1分，扣完为止",
        ),
        ev(
            OUT,
            "产出数量",
            "补贴发放人数完成率",
            10,
            "实际发放补贴人数/计划发放人数×100%",
            "完成率×10分",
        ),
        ev(
            OUT,
            "产出质量",
            "补贴对象认定准确率",
            8,
            "抽查补贴对象中符合条件人数/抽查人数×100%",
            "准确率100%得8分，每降低1个百分点扣1分",
        ),
        ev(
            OUT,
            "产出时效",
            "补贴发放及时率",
            6,
            "按月及时发放的补贴金额/应发放金额×100%",
            "及时率×6分",
        ),
        ev(
            OUT,
            "产出成本",
            "补贴标准执行到位率",
            6,
            "按规定标准发放的人数/发放总人数×100%",
            "到位率×6分",
        ),
        ev(
            EFF,
            "项目效益",
            "困难残疾人生活保障水平",
            10,
            "困难残疾人基本生活是否得到改善",
            "根据抽样调查情况分档评分",
        ),
        ev(
            EFF,
            "项目效益",
            "重度残疾人护理保障水平",
            10,
            "重度残疾人护理条件是否得到改善",
            "根据抽样调查情况分档评分",
        ),
        ev(
            EFF,
            "服务对象满意度",
            "补贴对象满意度",
            10,
            "通过问卷调查了解补贴对象对政策落实的满意程度",
            "满意度≥90%得10分，每降低5个百分点扣2分",
        ),
    ],
)


def _grid1() -> Grid:
    g = Grid(8)
    g.add("项目名称", T1.project)
    g.span(0, 1, 0, 7)
    g.add("主管部门", UNIT, "", "", "实施单位", UNIT)
    g.span(1, 1, 1, 3)
    g.span(1, 5, 1, 7)
    amounts = [
        ("年度资金总额", "86.40"),
        ("其中：财政拨款", "86.40"),
        ("上年结转", "0"),
        ("其他资金", "0"),
    ]
    top = len(g.rows)
    for label, amount in amounts:
        r = g.add("项目资金（万元）", label, "", amount)
        g.span(r, 1, r, 2)
        g.span(r, 3, r, 7)
    g.span(top, 0, len(g.rows) - 1, 0)
    r = g.add("年度目标", T1.goal or "")
    g.span(r, 1, r, 7)
    g.add(
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值类型",
        "目标值",
        "度量单位",
        "指标值内容",
        "指标解释",
    )
    first = len(g.rows)
    for row in T1.rows:
        typ, num, unit, content = row.x["parts"]
        g.add(row.l1, row.l2, row.l3, typ, num, unit, content, row.desc or "")
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    return g


def _grid2() -> Grid:
    g = Grid(6, header_rows=1)
    g.add("一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准")
    for row in T2.rows:
        g.add(row.l1, row.l2, row.l3, str(row.x["weight"]), row.desc or "", row.std or "")
    g.merge_runs(0, 1, len(g.rows) - 1)
    g.merge_runs(1, 1, len(g.rows) - 1)
    r = g.add("合计", "", "", "100", "", "")
    g.span(r, 0, r, 2)
    return g


def render(doc: Doc) -> bytes:
    d = new_docx()
    docx_para(d, "附件2")
    docx_para(d, f"{UNIT}2024年度项目支出绩效目标表", bold=True, center=True)
    docx_para(d, "填报单位（盖章）：党河县残疾人联合会　　　　　　　　　　　单位：万元")
    docx_table(d, _grid1(), [2.0, 2.2, 3.6, 1.6, 1.3, 1.5, 2.2, 4.0])
    docx_para(d, "")
    docx_para(d, "附件3")
    docx_para(d, T2.title, bold=True, center=True)
    docx_table(d, _grid2(), [1.5, 2.2, 3.2, 1.2, 5.0, 4.5])
    return docx_bytes(d)


DOC = Doc(
    id="hb14_gansu_canlian",
    file="hb14_gansu_canlian.docx",
    unit=UNIT,
    year=2024,
    tags={
        "province": "甘肃",
        "county": "党河县",
        "sector": "残疾人事业",
        "format": "docx",
        "encoding": "",
        "layout_patterns": "level1-once:vmerge split-value:指标值类型/目标值/度量单位/指标值内容 extra-columns:指标解释 value-header-gloss:目标值 budget-lines goal-heading:年度目标 evaluation-system several-tables unit-year-framing:附件+title",
    },
    tables=[T1, T2],
    render=render,
)
