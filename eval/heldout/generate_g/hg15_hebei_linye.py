"""hg15 — 河北 · 桑干县林业和草原局, 2023: an unruled PDF (text only, no grid lines) with a transfer
payment's 区域绩效目标表 for the county (county column plus one column per township) and a
project table for forest-fire prevention."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, pdf_file
from frame import (
    CB,
    KC,
    MY,
    SH,
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
from kit import C202, G702, U305, V401, V404, codes, tags
from spec import Doc, R, Row, Table

DEPT = "桑干县林业和草原局"
PLACES = ["东坝镇", "西河乡", "北岭乡"]


def pp(l1: str, l2: str, l3: str, total: str, per: list[str], spec: int, **kw: Any) -> Row:
    return R(l1, l2, l3, total, spec, x={"per_place": dict(zip(PLACES, per))}, **kw)


T1 = Table(
    "transfer",
    "林业草原生态保护恢复资金",
    1126.0,
    "完成天然林管护面积48.6万亩、公益林生态效益补偿32.1万亩，聘用生态护林员420名，"
    "森林覆盖率稳定在31%以上，带动脱贫人口稳定增收。",
    [
        pp(P, SL, "天然林管护面积", "48.6万亩", ["21.3万亩", "15.8万亩", "11.5万亩"], 4),
        pp(P, SL, "国家级公益林补偿面积", "32.1万亩", ["14.2万亩", "9.6万亩", "8.3万亩"], 4),
        pp(P, SL, "选聘生态护林员人数", "420人", ["176人", "132人", "112人"], 4),
        pp(P, ZL, "管护责任落实率", "100%", ["100%", "100%", "100%"], 4),
        pp(P, SX, "补偿资金兑付时间", "2023年12月底前", ["12月底前", "12月底前", "12月底前"], 4),
        pp(P, CB, "生态护林员年人均补助", "1万元", ["1万元", "1万元", "1万元"], 4),
        pp(E, ST, "森林覆盖率", "≥31%", ["≥36%", "≥29%", "≥27%"], 4),
        pp(E, ST, "林业有害生物成灾率", "≥3‰", ["≥3‰", "≥3‰", "≥3‰"], 3, c=U305),
        pp(E, SH, "带动脱贫人口增收", "≥420人", ["≥176人", "≥132人", "≥112人"], 4),
        pp(E, KC, "生态保护意识", "明显增强", ["明显增强", "明显增强", "明显增强"], 2, c=V401),
        pp(S, MY, "护林员及补偿对象满意度", "≥90%", ["≥90%", "≥90%", "≥90%"], 4),
    ],
    title="2023年林业草原生态保护恢复资金区域绩效目标表",
    extra={"region": "桑干县", "per_place_value_column": "全县"},
)

T2 = Table(
    "project",
    "森林草原防火",
    64.0,
    "深入贯彻森林防火工作部署，全面提升森林草原防火能力，切实维护林区安全稳定。",
    [
        R(P, SL, "维护防火检查站", "5处", 5, basis="防火检查站设置批复"),
        R(P, SL, "防火宣传活动", "≥30场", 4, basis="历史数据"),
        R(P, ZL, "火灾24小时扑灭率", "≥95%", 4, basis="行业标准", c=V404),
        R(P, SX, "防火期巡查", "防火期内每日巡查", 4, basis="防火期管理规定"),
        R(P, CB, "防火资金执行率", "≥90%", 4, basis="预算管理要求", c=C202),
        R(E, ST, "森林火灾受害率", "≤0.9‰", 4, basis="省下达控制指标"),
        R(E, SH, "群众防火意识", "普遍提高", 2, basis="工作需要", c=codes(V401, V404)),
        R(S, MY, "林区群众满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="桑干县林业和草原局2023年项目支出绩效目标表",
    codes=G702,
)


def _transfer() -> Tab:
    f = Framed(Grid(7))
    g = f.grid
    g.wide("转移支付名称", T1.project)
    g.wide("中央主管部门", "国家林业和草原局")
    g.wide("地方主管部门", DEPT)
    g.wide("年度金额（万元）", "1126.00　其中：中央补助 1126.00")
    g.wide("总体目标", T1.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "全县", *PLACES)
    indicator_body(f, T1.rows, ["l1", "l2", "l3", "value", *(f"place:{p}" for p in PLACES)])
    return Tab(f, widths=[30, 34, 70, 34, 34, 34, 34])


def render(doc: Doc) -> bytes:
    head = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
    f2 = project_table(
        T2, DEPT, head, ["l1", "l2", "l3", "value", "basis"], "项目资金（万元）", "64.00"
    )
    blocks: list[Block] = [
        "# " + T1.title,
        "（桑干县）",
        _transfer(),
        "\f",
        "# " + T2.title,
        Tab(f2, widths=[34, 40, 80, 50, 66]),
    ]
    return pdf_file(blocks, ruled=False)


DOC = Doc(
    "hg15_hebei_linye",
    "hg15_hebei_linye.pdf",
    DEPT,
    2023,
    tags("pdf", "unruled", "河北", "林草", "transfer per-place several-tables unit-year-framing"),
    [T1, T2],
    render=render,
)
