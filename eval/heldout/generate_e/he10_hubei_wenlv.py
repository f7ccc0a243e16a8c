"""he10 — 湖北 漳源县文化和旅游局, 2023, HTML (GBK, meta charset) saved from Word ("save as web
page": a <p> per cell line, spans split at every change of script, <o:p>, mso- styles): a
transfer-payment 区域绩效目标表 with one value column for the county and one per township, then
an ordinary project table."""

from __future__ import annotations

from typing import Any

from emit import Tab, html_file
from frame import (
    CB,
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
    project_table,
)
from grid import Grid
from kit import V402, tags
from spec import Doc, R, Row, Table

UNIT = "漳源县文化和旅游局"
TOWNS = ("青石镇", "柳坪乡", "白鹤镇")


def pp(
    l1: str,
    l2: str,
    l3: str,
    value: str,
    towns: tuple[str, str, str],
    spec: int,
    **kw: Any,
) -> Row:
    return R(l1, l2, l3, value, spec, x={"per_place": dict(zip(TOWNS, towns))}, **kw)


T1 = Table(
    "transfer",
    "公共文化服务体系建设补助资金",
    186.0,
    "支持全县3个乡镇综合文化站和42个村级综合性文化服务中心免费开放，全年开展送戏下乡60场、"
    "公益电影放映504场，基层群众文化活动参与人次明显增加。",
    [
        pp(P, SL, "送戏下乡场次", "≥60场", ("≥20场", "≥18场", "≥22场"), 4),
        pp(P, SL, "农村公益电影放映场次", "504场", ("168场", "144场", "192场"), 4),
        pp(
            P,
            SL,
            "免费开放村级综合性文化服务中心数量",
            "42个",
            ("14个", "12个", "16个"),
            4,
        ),
        pp(
            P,
            ZL,
            "乡镇综合文化站年开放时间",
            "≥2500小时",
            ("≥2500小时", "≥2500小时", "≥2500小时"),
            4,
        ),
        pp(P, SX, "补助资金下达时间", "收到上级资金后30日内", ("—", "—", "—"), 4),
        pp(
            P,
            CB,
            "每场送戏下乡补助标准",
            "≤3000元/场",
            ("≤3000元/场", "≤3000元/场", "≤3000元/场"),
            4,
        ),
        pp(
            E,
            SH,
            "基层群众文化活动参与人次",
            "≥5.2万人次",
            ("≥1.7万人次", "≥1.5万人次", "≥2万人次"),
            4,
        ),
        pp(
            E,
            SH,
            "公共文化服务效能",
            "得到提升",
            ("—", "—", "—"),
            2,
            c={"V401": "direction without a criterion"},
        ),
        pp(S, MY, "基层群众满意度", "≥90%", ("—", "—", "—"), 4),
    ],
    title="2023年公共文化服务体系建设补助资金区域绩效目标表",
    extra={
        "region": "漳源县",
        "value_column": "全县指标值",
        "budget_source": {
            "年度金额": "186.00",
            "其中：中央补助": "120.00",
            "省级补助": "46.00",
            "县级配套": "20.00",
            "unit": "万元",
        },
    },
)

T2 = Table(
    "project",
    "乡镇综合文化站免费开放",
    30.0,
    "保障3个乡镇综合文化站免费开放，完成文化站设施设备日常维护。",
    [
        R(P, SL, "免费开放文化站数量", "3个", 4),
        R(P, ZL, "文化站免费开放率", "100%", 4),
        R(P, SX, "资金拨付时间", "按规定时间拨付", 2, c=V402),
        R(P, CB, "每站年度补助标准", "10万元", 4),
        R(E, SH, "年接待群众人次", "≥3万人次", 4),
        R(S, MY, "群众满意度", "≥90%", 4),
    ],
    title="漳源县2023年乡镇综合文化站免费开放项目绩效目标表",
)


def transfer(t: Table) -> Framed:
    g = Grid(7)
    f = Framed(g)
    g.wide("转移支付名称", t.project, label_cols=2)
    g.wide("省级主管部门", "湖北省文化和旅游厅", label_cols=2)
    g.wide("县级主管部门", UNIT, label_cols=2)
    r = g.add("资金情况\n（万元）", "", "年度金额", "其中：中央补助", "省级补助", "县级配套")
    g.add("", "", "186.00", "120.00", "46.00", "20.00")
    g.span(r, 0, r + 1, 1)
    g.wide("年度总体目标", t.goal or "", label_cols=2)
    header(g, "一级指标", "二级指标", "三级指标", "全县指标值", *TOWNS)
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value", *(f"place:{n}" for n in TOWNS)])
    return f


def render(doc: Doc) -> bytes:
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "30.00",
    )
    blocks: list[Any] = [
        "附件1",
        T1.title,
        "填报单位：漳源县文化和旅游局",
        Tab(transfer(T1)),
        "附件2",
        T2.title,
        Tab(f2),
    ]
    return html_file(
        blocks,
        "漳源县文化和旅游局2023年转移支付及项目绩效目标公开",
        "漳源县人民政府门户网站",
        "2023-03-02 10:41:06",
        charset="gbk",
        style="word",
    )


DOC = Doc(
    "he10_hubei_wenlv",
    "he10_漳源县文旅局2023绩效目标.html",
    UNIT,
    2023,
    tags(
        "html",
        "gbk word-html",
        "湖北",
        "文旅",
        "transfer per-place budget-lines several-tables goal-heading",
    ),
    [T1, T2],
    render=render,
)
