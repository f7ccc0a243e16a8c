"""he19 — 海南 陵岭县农业农村局, 2024, XLSX: a transfer-payment 区域绩效目标表 with a mid-term
value column beside the annual one, and on a second sheet the evaluation indicator system of the
same transfer (分值, 指标解释, 评分标准, 目标值, 合计 line)."""

from __future__ import annotations

from typing import Any

from emit import Tab, xlsx_file
from frame import CB, JJ, MY, SL, ST, SX, ZL, E, Framed, P, S, header, indicator_body
from grid import Grid
from kit import V401, tags
from spec import Doc, R, Row, Table

UNIT = "陵岭县农业农村局"
NAME = "耕地地力保护补贴"


def m(l1: str, l2: str, l3: str, value: str, mid: str, spec: int, **kw: Any) -> Row:
    x = {"mid_term": {"level2": l2, "level3": l3, "value": mid}}
    return R(l1, l2, l3, value, spec, x=x, **kw)


def ev(
    l1: str,
    l2: str,
    l3: str,
    wt: int,
    expl: str,
    std: str,
    value: str = "",
    spec: int | None = None,
) -> Row:
    return R(l1, l2, l3, value, spec, desc=expl, std=std, x={"weight": str(wt)})


T1 = Table(
    "transfer",
    NAME,
    2846.3,
    "对全县拥有耕地承包权的种地农民发放耕地地力保护补贴，补贴面积26.8万亩，"
    "引导农民加强农业生态资源保护，耕地地力不下降。",
    [
        m(P, SL, "补贴耕地面积", "≥26.8万亩", "≥80.4万亩", 4),
        m(P, SL, "受益农户数", "≥4.1万户", "≥4.1万户", 4),
        m(P, ZL, "补贴面积核实准确率", "≥98%", "≥98%", 4),
        m(P, SX, "补贴资金兑付时间", "2024年6月30日前", "每年6月30日前", 4),
        m(P, CB, "亩均补贴标准", "106.2元/亩", "106.2元/亩", 4),
        m(E, JJ, "种粮农户收益", "有所增加", "稳步增加", 2, c=V401),
        m(E, ST, "耕地地力等级", "不下降", "不下降", 3),
        m(S, MY, "受益农户满意度", "≥90%", "≥90%", 4),
    ],
    title="2024年耕地地力保护补贴区域绩效目标表",
    extra={
        "region": "陵岭县",
        "mid_term_goal": "2024—2026年累计补贴耕地80.4万亩，耕地地力保持稳定。",
        "budget_source": {
            "年度金额": "2846.30",
            "其中：中央资金": "2846.30",
            "地方资金": "0.00",
            "unit": "万元",
        },
    },
)

DEC, PRO, OUT, EFF, SAT = "决策", "过程", "产出", "效益", "满意度"
T2 = Table(
    "evaluation_system",
    NAME,
    None,
    None,
    [
        ev(
            DEC,
            "绩效目标",
            "绩效目标明确性",
            5,
            "绩效目标是否明确、细化、量化",
            "目标明确得5分，否则酌情扣分",
        ),
        ev(
            PRO,
            "资金管理",
            "资金兑付准确率",
            10,
            "准确兑付的补贴资金÷应兑付资金×100%",
            "≥98%得10分，每低1个百分点扣1分",
            "≥98%",
            4,
        ),
        ev(
            PRO,
            "组织实施",
            "面积核实规范性",
            10,
            "是否按村组公示、乡镇审核、县级复核程序核实面积",
            "程序规范得10分，缺一项扣3分",
        ),
        ev(
            OUT,
            "产出数量",
            "补贴耕地面积",
            20,
            "以乡镇上报并经县级复核的补贴面积为准",
            "完成26.8万亩得20分，按比例计分",
            "≥26.8万亩",
            5,
        ),
        ev(
            OUT,
            "产出时效",
            "补贴兑付及时性",
            15,
            "补贴资金是否于6月30日前兑付到户",
            "按时兑付得15分，每推迟10天扣3分",
            "2024年6月30日前",
            4,
        ),
        ev(
            EFF,
            "经济效益",
            "种粮农户收益",
            20,
            "抽样农户种粮亩均收益变化",
            "收益增加得20分，持平得10分",
        ),
        ev(
            EFF,
            "可持续影响",
            "耕地地力等级",
            10,
            "耕地质量等级监测结果",
            "不下降得10分",
            "不下降",
            3,
        ),
        ev(
            SAT,
            "满意度",
            "受益农户满意度",
            10,
            "问卷调查满意户数÷调查户数×100%",
            "≥90%得10分，每低1个百分点扣0.5分",
            "≥90%",
            5,
        ),
    ],
    title="耕地地力保护补贴绩效评价指标体系",
    extra={"total_row": {"label": "合计", "score_max": "100"}},
)


def transfer(t: Table) -> Framed:
    g = Grid(6)
    f = Framed(g)
    g.wide("转移支付名称", t.project, label_cols=2)
    g.wide("县级主管部门", UNIT, label_cols=2)
    r = g.add("资金情况（万元）", "", "年度金额", "其中：中央资金", "地方资金")
    g.add("", "", "2846.30", "2846.30", "0.00")
    g.span(r, 0, r + 1, 1)
    g.wide("中期目标（2024—2026年）", str(t.extra["mid_term_goal"]), label_cols=2)
    g.wide("年度目标", t.goal or "", label_cols=2)
    header(g, "一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值", "备注")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value", "mid_value", ""])
    return f


def system(t: Table) -> Framed:
    g = Grid(7)
    f = Framed(g)
    header(g, "一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "目标值")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "weight", "desc", "std", "value"])
    r = g.add("合计", "", "", "100")
    g.span(r, 0, r, 2)
    return f


def render(doc: Doc) -> bytes:
    return xlsx_file(
        [
            (
                "区域绩效目标表",
                [T1.title, "填报单位：陵岭县农业农村局", Tab(transfer(T1))],
            ),
            ("评价指标体系", [T2.title, Tab(system(T2))]),
        ]
    )


DOC = Doc(
    "he19_hainan_nongye",
    "he19_陵岭县耕地地力保护补贴区域绩效目标.xlsx",
    UNIT,
    2024,
    tags(
        "xlsx",
        "",
        "海南",
        "农业农村",
        "transfer evaluation-system midterm-annual budget-lines goal-heading several-tables",
    ),
    [T1, T2],
    render=render,
)
