"""hg20 — 江苏 · 射湖县农业农村局, 2025: a WPS DOCX with the allocation table of a transfer payment,
its 区域绩效目标表 (二级 with a gloss and a merged 经济与社会效益 二级, a `其中：` sub-row), the
评价指标体系 used for it, and an approval table (批复表) cut off at the end of the excerpt."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, docx_file
from frame import (
    CB,
    MY,
    SL,
    ST,
    SX,
    ZL,
    E,
    Framed,
    P,
    S,
    header,
    indicator_body,
    project_table,
)
from grid import Grid
from kit import U301, V401, V404, tags
from spec import Doc, R, Row, Table

DEPT = "射湖县农业农村局"
SLG = "数量指标（含规模）"
JS = "经济与社会效益指标"
GLOSS = "二级 printed with its gloss, kept as printed"
MERGED = "二级 printed as one merged 经济与社会效益 name, kept as printed"
ALLOC = [
    ["序号", "镇（区）", "高标准农田建设面积（万亩）", "分配资金（万元）"],
    ["1", "射阳湖镇", "1.20", "1680.00"],
    ["2", "沙沟镇", "0.95", "1330.00"],
    ["3", "宝塔镇", "0.85", "1190.00"],
    ["", "合计", "3.00", "4200.00"],
]


def r(l1: str, l2: str, l3: str, value: str, spec: int, **kw: Any) -> Row:
    if l2 == SLG:
        kw.setdefault("note", GLOSS)
    elif l2 == JS:
        kw.setdefault("note", MERGED)
    if l3.startswith("其中"):
        kw["note"] = (
            kw.get("note", "") + "; " if kw.get("note") else ""
        ) + "a 其中 sub-row: a row of its own"
    return R(l1, l2, l3, value, spec, **kw)


T1 = Table(
    "transfer",
    "农田建设补助资金",
    4200.0,
    "2025年新建高标准农田3.0万亩，其中高效节水灌溉面积0.6万亩，项目区亩均粮食产能提高50公斤以上，2025年底前完工。",
    [
        r(P, SLG, "新建高标准农田面积", "≥3.0万亩", 4),
        r(P, SLG, "其中：高效节水灌溉面积", "≥0.6万亩", 4),
        r(P, ZL, "工程质量验收合格率", "100%", 4),
        r(P, SX, "项目完工时间", "2025年12月底前", 4),
        r(P, CB, "亩均财政投入", "≤1400元", 4),
        r(E, JS, "项目区亩均粮食产能提高", "≥50公斤", 4),
        r(E, JS, "项目区农民增收", "明显", 2, c=V401),
        r(E, ST, "农田灌溉水有效利用系数", "≥0.62", 4),
        r(S, MY, "项目区受益农户满意度", "≥90%", 4),
    ],
    title="2025年农田建设补助资金区域绩效目标表",
    extra={
        "region": "射湖县",
        "allocation_table": {"title": "2025年农田建设补助资金分配表", "rows": ALLOC},
    },
)


def c(
    l1: str, l2: str, l3: str, w: str, desc: str, std: str, value: str = "", spec: int | None = None
) -> Row:
    return R(l1, l2, l3, value, spec, desc=desc, std=std, x={"weight": w})


T2 = Table(
    "evaluation_system",
    "农田建设补助资金",
    None,
    None,
    [
        c(
            "投入",
            "项目立项",
            "立项程序规范性",
            "5",
            "项目是否按规定程序申报、审批",
            "程序规范得5分，否则不得分",
        ),
        c("投入", "资金落实", "资金到位率", "5", "实际到位资金/计划资金", "到位率×5分", "100%", 4),
        c(
            "过程",
            "业务管理",
            "工程监理制度执行",
            "10",
            "是否委托监理并按规定开展监理",
            "执行到位得10分，发现一处问题扣2分",
        ),
        c(
            "过程",
            "财务管理",
            "资金使用合规性",
            "10",
            "是否存在截留、挤占、挪用",
            "合规得10分，发现违规不得分",
        ),
        c(
            "产出",
            "产出数量",
            "高标准农田建设任务完成率",
            "25",
            "实际建成面积/计划面积3.0万亩",
            "完成率×25分",
            "100%",
            5,
        ),
        c(
            "产出",
            "产出质量",
            "工程验收合格率",
            "15",
            "验收合格工程/完工工程",
            "达到100%得15分，每低1%扣1分",
            "100%",
            4,
        ),
        c(
            "效果",
            "项目效益",
            "亩均粮食产能提高",
            "20",
            "项目区测产与建设前三年平均单产比较",
            "达到50公斤得20分，按比例扣分",
            "≥50公斤",
            5,
        ),
        c(
            "效果",
            "满意度",
            "受益农户满意度",
            "10",
            "抽样问卷调查",
            "≥90%得10分，每低1个百分点扣1分",
            "≥90%",
            4,
        ),
    ],
    title="农田建设补助资金绩效评价指标体系",
    extra={"total_row": {"label": "总分", "weight": "100"}},
)

T3 = Table(
    "project",
    "农业生产社会化服务",
    320.0,
    "支持农业社会化服务组织开展小麦、水稻生产托管服务面积8万亩次，带动小农户节本增效。",
    [
        R(P, SL, "生产托管服务面积", "≥8万亩次", 5, basis="2025年项目实施方案"),
        R(P, SL, "支持服务组织数量", "≥12家", 4, basis="历史数据"),
        R(P, ZL, "服务合同签订率", "100%", 4, basis="行业标准", c=V404),
        R(P, CB, "补助标准", "≤40元", 3, basis="省实施意见", c=U301),
    ],
    title="射湖县2025年项目支出绩效目标批复表",
    extra={
        "approval": True,
        "cut_off": {"after_row": 4, "partial": "效益指标 | 经济效益指标 | 亩均节本增效"},
    },
)


def _alloc() -> Tab:
    f = Framed(Grid(4))
    for line in ALLOC:
        f.grid.add(*line)
    f.grid.header_rows = 1
    return Tab(f)


def _transfer() -> Tab:
    f = Framed(Grid(4))
    g = f.grid
    g.wide("转移支付名称", T1.project)
    g.wide("省级主管部门", "江苏省农业农村厅")
    g.wide("资金总额（万元）", "4200.00（中央资金2800.00，省级资金1400.00）")
    g.wide("总体目标", T1.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, T1.rows, ["l1", "l2", "l3", "value"])
    return Tab(f, trailing_empty=[(4, 1)])


def _evaluation() -> Tab:
    f = Framed(Grid(7))
    header(f.grid, "一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准", "目标值")
    indicator_body(f, T2.rows, ["l1", "l2", "l3", "weight", "desc", "std", "value"])
    row = f.grid.add("总分", "", "", "100")
    f.grid.span(row, 0, row, 2)
    return Tab(f)


def _approval() -> Tab:
    head = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
    f = project_table(
        T3, DEPT, head, ["l1", "l2", "l3", "value", "basis"], "批复金额（万元）", "320.00"
    )
    f.grid.add("效益指标", "经济效益指标", "亩均节本增效")
    return Tab(f)


def render(doc: Doc) -> bytes:
    blocks: list[Block] = [
        "# 射湖县农业农村局2025年部门预算绩效信息",
        "一、资金分配情况",
        ALLOC_TITLE,
        _alloc(),
        "二、区域绩效目标",
        "# " + T1.title,
        _transfer(),
        "三、绩效评价指标体系",
        "# " + T2.title,
        _evaluation(),
        "四、项目绩效目标批复",
        "# " + T3.title,
        _approval(),
        "（下页续）",
    ]
    return docx_file(blocks, wps=True, indent=True)


ALLOC_TITLE = "2025年农田建设补助资金分配表（单位：万元）"

DOC = Doc(
    "hg20_jiangsu_nongye",
    "hg20_jiangsu_nongye.docx",
    DEPT,
    2025,
    tags(
        "docx",
        "wps",
        "江苏",
        "农业农村",
        "allocation-before transfer nonstandard-names sub-rows evaluation-system approval cut-off several-tables",
    ),
    [T1, T2, T3],
    render=render,
)
