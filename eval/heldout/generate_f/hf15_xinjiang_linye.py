"""hf15 · Xinjiang, 塔河县林业和草原局, 2024 regional performance targets of a transfer payment
on a bare HTML page (UTF-8): 区域绩效目标表 with the county value and one column per township,
其中： sub-rows."""

from __future__ import annotations

from emit import Tab, html_file
from frame import CB, KC, MY, SH, SL, ST, SX, ZL, E, Framed, P, S, header, indicator_body
from grid import Grid
from kit import C206, V401, codes, tags
from spec import Doc, R, Table

UNIT = "塔河县林业和草原局"
TOWNS = ("托克乡", "阿热乡", "塔里木乡")
SUB = "其中： sub-row of the row above"


def pp(*vals: str) -> dict[str, object]:
    return {"per_place": dict(zip(TOWNS, vals, strict=True))}


T1 = Table(
    "transfer",
    "林业草原生态保护恢复资金（天然林保护）",
    1460.0,
    "管护天然林和公益林186万亩，落实生态护林员520名，森林覆盖率稳中有升，"
    "林区群众通过管护岗位稳定增收。",
    [
        R(P, SL, "天然林和公益林管护面积", "186万亩", 4, x=pp("62万亩", "71万亩", "53万亩")),
        R(P, SL, "其中：胡杨林管护面积", "48万亩", 4, note=SUB, x=pp("15万亩", "21万亩", "12万亩")),
        R(P, SL, "选聘生态护林员人数", "520人", 4, x=pp("180人", "190人", "150人")),
        R(P, SL, "护林员培训人次", "≥520人次", 4, x=pp("≥180人次", "≥190人次", "≥150人次")),
        R(P, ZL, "管护责任落实率", "100%", 4, x=pp("100%", "100%", "100%")),
        R(P, ZL, "森林火灾受害率", "≤0.9‰", 4, x=pp("≤0.9‰", "≤0.9‰", "≤0.9‰")),
        R(
            P,
            SX,
            "护林员劳务报酬发放",
            "按季度发放",
            3,
            x=pp("按季度发放", "按季度发放", "按季度发放"),
        ),
        R(P, CB, "天然林管护补助标准", "5元/亩·年", 4, x=pp("5元/亩·年", "5元/亩·年", "5元/亩·年")),
        R(
            E,
            ST,
            "森林覆盖率",
            "稳中有升",
            2,
            c=codes(V401),
            x=pp("稳中有升", "稳中有升", "稳中有升"),
        ),
        R(E, SH, "护林员人均年劳务报酬", "≥1万元", 4, x=pp("≥1万元", "≥1万元", "≥1万元")),
        R(
            E,
            SH,
            "护林员培训人次",
            "≥520人次",
            4,
            c=codes(C206),
            x=pp("≥180人次", "≥190人次", "≥150人次"),
        ),
        R(
            E,
            KC,
            "天然林资源保护成效",
            "持续巩固",
            2,
            c=codes(V401),
            x=pp("持续巩固", "持续巩固", "持续巩固"),
        ),
        R(S, MY, "生态护林员满意度", "≥90%", 4, x=pp("≥90%", "≥90%", "≥90%")),
    ],
    title="塔河县2024年林业草原生态保护恢复资金区域绩效目标表",
    unit_line="单位：万元",
    codes={"C204": "护林员培训人次 twice (rows 4 and 11)"},
    extra={
        "duplicate_rows": {"护林员培训人次": [4, 11]},
        "region": "塔河县",
        "budget_source": "资金总额：1460.00 其中：中央资金：1460.00 地方资金：0.00",
    },
)

HEAD = ["一级指标", "二级指标", "三级指标", "全县指标值", *TOWNS]
KEYS = ["l1", "l2", "l3", "value", *(f"place:{t}" for t in TOWNS)]


def table() -> Framed:
    f = Framed(Grid(7))
    g = f.grid
    g.wide("转移支付名称", T1.project)
    g.wide("省级主管部门", "自治区林业和草原局")
    g.wide("地区", "塔河县（实施单位：塔河县林业和草原局）")
    g.wide("年度金额（万元）", "资金总额：1460.00  其中：中央资金：1460.00  地方资金：0.00")
    g.wide("总体目标", T1.goal or "")
    header(g, *HEAD)
    indicator_body(f, T1.rows, KEYS)
    return f


def render(doc: Doc) -> bytes:
    return html_file(
        [T1.title, "单位：万元", Tab(table()), "塔河县林业和草原局　2024年3月"],
        "塔河县2024年林业草原生态保护恢复资金区域绩效目标",
        "塔河县人民政府网",
        "2024-03-18 17:42",
        style="plain",
    )


DOC = Doc(
    "hf15_xinjiang_linye",
    "hf15_xinjiang_linye.html",
    UNIT,
    2024,
    tags("html", "utf-8", "新疆", "林草", "transfer per-place sub-rows level1-once goal-heading"),
    [T1],
    render=render,
)
