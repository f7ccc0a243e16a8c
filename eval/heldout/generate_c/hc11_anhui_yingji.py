"""Anhui, county emergency management bureau, 2024: a legacy XLS (BIFF8) approval table
(批复表) with amounts in 元. The 一级 column is printed but never filled; the value is split into
指标值类型 (a comparator word or 定性) / 目标值 / 度量单位 / 指标值内容, with a 权重 column."""

from __future__ import annotations

import xlwt
from frame import CB, MY, SH, SL, ST, SX, ZL, E, Framed, P, S, header, indicator_body
from grid import Grid
from office import xls_bytes, xls_grid
from spec import Doc, R, Row, Table

DEPT = "皖河县应急管理局"
IMPLIED = "一级 implied from the 二级: the 一级 column is printed but empty"
L1_OF = {SL: P, ZL: P, SX: P, CB: P, MY: S}


def w(
    l2: str,
    l3: str,
    kind: str,
    num: str,
    unit: str,
    text: str,
    weight: int,
    spec: int,
    **kw: object,
) -> Row:
    parts = [kind, num, unit, text]
    value = text if kind == "定性" else kind + num + unit
    x = {"parts": parts, "weight": weight, "printed_l1": ""}
    return R(L1_OF.get(l2, E), l2, l3, value, spec, note=IMPLIED, x=x, **kw)


T1 = Table(
    "project",
    "安全生产专项整治",
    42.0,
    "开展安全生产治本攻坚三年行动，全年执法检查企业260家以上，重大事故隐患整改率100%，杜绝较大及以上生产安全事故。",
    [
        w(SL, "开展安全生产执法检查企业数", "大于等于", "260", "家", "", 15, 4),
        w(SL, "组织应急救援演练", "大于等于", "6", "次", "", 10, 4),
        w(ZL, "重大事故隐患整改率", "等于", "100", "%", "", 15, 4),
        w(
            SX,
            "隐患整改完成时限",
            "定性",
            "",
            "",
            "按期完成",
            10,
            2,
            c={"V401": "按期完成 with no deadline"},
        ),
        w(CB, "执法检查专家咨询费", "小于等于", "12", "万元", "", 10, 4),
        w(SH, "生产安全事故起数", "小于等于", "3", "起", "", 15, 4),
        w(SH, "较大及以上生产安全事故", "等于", "0", "起", "", 15, 4),
        w(MY, "企业满意度", "大于等于", "85", "%", "", 10, 4),
    ],
    title="2024年项目支出绩效目标批复表",
    extra={"budget_source": "420000.00元"},
)

T2 = Table(
    "project",
    "森林防灭火物资储备",
    18.56,
    "防火期前完成风力灭火机40台、防火服300套等物资采购入库，提升森林火灾初期扑救能力，森林火灾受害率控制在0.9‰以内。",
    [
        w(SL, "储备风力灭火机", "大于等于", "40", "台", "", 15, 4),
        w(SL, "储备防火服", "大于等于", "300", "套", "", 10, 4),
        w(ZL, "物资验收合格率", "等于", "100", "%", "", 15, 4),
        w(SX, "物资采购完成时间", "定性", "", "", "2024年3月底前（防火期前）", 10, 4),
        w(CB, "物资采购成本", "小于等于", "18.56", "万元", "", 10, 4),
        w(SH, "森林火灾受害率", "小于等于", "0.9", "‰", "", 15, 4),
        w(
            ST,
            "物资储备数量",
            "大于等于",
            "340",
            "件",
            "",
            15,
            4,
            c={"C206": "a purchase count under 生态效益"},
        ),
        w(MY, "扑火队员满意度", "大于等于", "90", "%", "", 10, 4),
    ],
    title="2024年项目支出绩效目标批复表",
    extra={"budget_source": "185600.00元"},
)

HEAD = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值类型",
    "目标值",
    "度量单位",
    "指标值内容（定性指标填写）",
    "权重（%）",
]
KEYS = ["l1", "l2", "l3", "p0", "p1", "p2", "p3", "weight"]


def framed(t: Table, yuan: float) -> tuple[Framed, dict[tuple[int, int], float]]:
    f = Framed(Grid(8))
    g = f.grid
    g.wide("项目名称", t.project, 2)
    g.wide("主管部门及代码", "[312]" + DEPT, 2)
    r = g.add("项目资金（元）", "", "年度资金总额", "", "其中：财政拨款", "", "其他资金", "")
    g.span(r, 0, r, 1)
    nums = {(r, 3): yuan, (r, 5): yuan, (r, 7): 0.0}
    g.wide("年度绩效目标", t.goal or "", 2)
    header(g, *HEAD)
    indicator_body(f, t.rows, KEYS, merge=("l2",))
    return f, nums


def render_doc(doc: Doc) -> bytes:
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("绩效目标批复表")
    title = xlwt.easyxf("font: name 宋体, height 280, bold on; align: horiz centre")
    ws.write_merge(0, 0, 0, 7, "皖河县应急管理局2024年项目支出绩效目标批复表", title)
    ws.write(1, 0, "批复文号：皖河财绩〔2024〕3号")
    ws.write(1, 7, "金额单位：元")
    top = 2
    for t, yuan in ((T1, 420000.0), (T2, 185600.0)):
        f, nums = framed(t, yuan)
        top = xls_grid(ws, f.grid, top, nums) + 1
    for c, width in enumerate((10, 14, 26, 10, 8, 8, 22, 8)):
        ws.col(c).width = width * 300
    return xls_bytes(wb)


DOC = Doc(
    id="hc11_anhui_yingji",
    file="hc11_anhui_yingji.xls",
    unit=DEPT,
    year=2024,
    tags={
        "format": "xls",
        "province": "安徽",
        "sector": "应急",
        "layout_patterns": "approval level1-missing-or-unfilled split-value value-header-gloss "
        "extra-columns yuan several-tables",
    },
    tables=[T1, T2],
    render=render_doc,
)
