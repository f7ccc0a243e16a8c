"""Liaoning, county human resources and social security bureau, 2023: a Word file flattened to
text (UTF-8), one cell per line with blank lines between cells. The tables have no 一级 column
(the 二级 names tell the block), labels are broken over lines (`经济效益` / `指标`) and the
indicator header is spaced out (`绩 效 指 标`)."""

from __future__ import annotations

from frame import (
    CB,
    JJ,
    KC,
    MY,
    SH,
    SL,
    SX,
    ZL,
    E,
    Framed,
    P,
    S,
    header,
    indicator_body,
    project_block,
)
from grid import Grid, Text
from spec import Doc, R, Row, Table
from textual import render

DEPT = "辽河县人力资源和社会保障局"
IMPLIED = "一级 implied from the 二级: the table has no 一级 column"
BROKEN = {JJ: "经济效益\n指标", MY: "服务对象满\n意度指标", KC: "可持续影响\n指标"}


def r(l2: str, l3: str, value: str, spec: int, **kw: object) -> Row:
    l1 = {SL: P, ZL: P, SX: P, CB: P, MY: S}.get(l2, E)
    row = R(l1, l2, l3, value, spec, note=IMPLIED, **kw)
    if l2 in BROKEN:
        row.x["printed_l2"] = BROKEN[l2]
    return row


T1 = Table(
    "project",
    "就业补助资金",
    286.0,
    "开展职业技能培训1500人次，实现城镇新增就业2200人，城镇登记失业率控制在4.5%以内，促进创业带动就业。",
    [
        r(SL, "职业技能培训人次", "≥1500人次", 4),
        r(SL, "城镇新增就业人数", "≥2200人", 4),
        r(SL, "发放创业担保贷款笔数", "≥150笔", 4),
        r(ZL, "培训合格率", "≥90%", 4),
        r(
            ZL,
            "公益性岗位安置就业困难人员人数",
            "≥180人",
            4,
            c={"C202": "a head count under 质量指标"},
        ),
        r(SX, "补贴资金发放及时率", "≥95%", 4),
        r(CB, "职业技能培训补贴标准", "≤1800元/人", 4),
        r(JJ, "创业带动就业人数", "≥600人", 4),
        r(SH, "城镇登记失业率", "≤4.5%", 4),
        r(SH, "就业形势", "总体稳定", 2, c={"V401": "总体稳定 with no criterion"}),
        r(MY, "受训人员满意度", "≥90%", 4),
    ],
    title="2023年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "城乡居民基本养老保险补贴",
    1520.0,
    "保障全县约5.2万名城乡居民养老保险待遇领取人员按月足额领取养老金，基础养老金最低标准不低于每人每月123元，参保率稳定在95%以上。",
    [
        r(SL, "城乡居民养老保险参保人数", "≥16.8万人", 4),
        r(SL, "领取待遇人数", "≥5.2万人", 4),
        r(ZL, "适龄居民参保率", "≥95%", 4),
        r(SX, "养老金发放时间", "每月15日前", 4),
        r(CB, "基础养老金最低标准", "≥123元/人·月", 4),
        r(SH, "养老金按时足额发放率", "100%", 4),
        r(SH, "参保群众合法权益", "得到维护", 2, c={"V401": "得到维护 with no criterion"}),
        r(
            KC,
            "城乡居民养老保险制度运行",
            "长期可持续",
            2,
            c={"V401": "长期可持续 with no criterion"},
        ),
        r(MY, "参保群众满意度", "≥90%", 4),
    ],
    title="2023年项目支出绩效目标表",
)


def framed(t: Table, money: str) -> Framed:
    f = Framed(Grid(3))
    project_block(f.grid, t, DEPT, "项目资金（万元）", money, "年度目标")
    r0 = header(f.grid, "绩 效 指 标")
    f.grid.span(r0, 0, r0, 2)
    header(f.grid, "二级\n指标", "三级指标", "指标值")
    indicator_body(f, t.rows, ["l2", "l3", "value"], merge=("l2",))
    return f


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "辽河县人力资源和社会保障局", "2023年部门预算信息公开", "", "三、项目支出绩效目标情况", ""
    )
    t.add("（一）就业补助资金绩效目标表", "")
    render(t, framed(T1, "286.00"), "cell_blank")
    t.add("（二）城乡居民基本养老保险补贴绩效目标表", "")
    render(t, framed(T2, "1520.00"), "cell_blank")
    t.add("辽河县人力资源和社会保障局", "2023年2月")
    return t.data()


DOC = Doc(
    id="hc07_liaoning_renshe",
    file="hc07_liaoning_renshe.txt",
    unit=DEPT,
    year=2023,
    tags={
        "format": "txt",
        "encoding": "utf-8",
        "province": "辽宁",
        "sector": "人社",
        "layout_patterns": "cell-per-line-blank broken-labels level1-missing-or-unfilled "
        "several-tables goal-heading",
    },
    tables=[T1, T2],
    render=render_doc,
)
