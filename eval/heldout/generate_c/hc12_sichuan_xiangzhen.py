"""Sichuan, township government, 2023: text from a Word file saved as GB18030 with CRLF. Table 1
(tab rows) has one value column per village beside the township total and repeats the 二级 on
every row; table 2 is flattened one cell per line with blank lines between cells."""

from __future__ import annotations

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
    project_block,
    project_table,
)
from grid import Grid, Text
from spec import Doc, R, Row, Table
from textual import render

DEPT = "蜀山县青岗镇人民政府"
VILLAGES = ("白果村", "青杠村", "石板村")


def pp(
    l1: str, l2: str, l3: str, total: str, each: tuple[str, str, str] | str, spec: int, **kw: object
) -> Row:
    vals = (each, each, each) if isinstance(each, str) else each
    return R(l1, l2, l3, total, spec, x={"per_place": dict(zip(VILLAGES, vals))}, **kw)


T1 = Table(
    "project",
    "村级公益事业建设一事一议财政奖补",
    96.0,
    "在白果村、青杠村、石板村硬化村组道路6.8公里、新建便民桥3座，2023年10月底前完工，解决4200名群众出行难问题。",
    [
        pp(P, SL, "硬化村组道路长度", "≥6.8公里", ("2.5公里", "2.1公里", "2.2公里"), 4),
        pp(P, SL, "新建便民桥", "=3座", ("1座", "1座", "1座"), 4),
        pp(P, ZL, "工程验收合格率", "100%", "100%", 4),
        pp(P, SX, "项目完工时间", "2023年10月底前", "2023年10月底前", 4),
        pp(P, CB, "道路硬化单位造价", "≤120元/平方米", "≤120元/平方米", 4),
        pp(E, SH, "受益群众人数", "≥4200人", ("1500人", "1300人", "1400人"), 4),
        pp(E, KC, "工程使用年限", "≥10年", "≥10年", 4),
        pp(S, MY, "受益群众满意度", "≥90%", "≥90%", 4),
    ],
    title="2023年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "场镇污水管网改造",
    1.0,
    "完成XX场镇污水管网改造3.2公里，新建检查井110座，场镇污水收集率达到85%以上。",
    [
        R(P, SL, "新建改造污水管网长度", "≥3.2公里", 4),
        R(P, SL, "新建检查井", "≥110座", 4),
        R(P, ZL, "管网闭水试验合格率", "100%", 4),
        R(P, SX, "完工时间", "2023年12月底前", 4),
        R(
            P,
            CB,
            "管网改造总成本",
            "≤286万元",
            3,
            c={"B501": "a 286 万元 cost ceiling against a 1.00 万元 budget"},
        ),
        R(E, ST, "场镇污水收集率", "≥85%", 4),
        R(E, SH, "场镇人居环境", "持续改善", 2, c={"V401": "持续改善 with no criterion"}),
        R(S, MY, "场镇居民满意度", "≥90%", 4),
    ],
    title="2023年项目支出绩效目标表",
    codes={
        "B503": "a 3.2 km sewer network budgeted at 1.00 万元",
        "T107": "XX placeholder left in the goal (完成XX场镇…)",
    },
)


def village_table(t: Table) -> Framed:
    f = Framed(Grid(7))
    project_block(
        f.grid,
        t,
        DEPT,
        "项目资金（万元）",
        "年度资金总额：96.00  其中：中央和省级补助72.00  县级配套24.00",
    )
    header(f.grid, "一级指标", "二级指标", "三级指标", "全镇指标值", *VILLAGES)
    keys = ["l1", "l2", "l3", "value"] + [f"place:{v}" for v in VILLAGES]
    indicator_body(f, t.rows, keys, merge=("l1",))
    return f


def render_doc(doc: Doc) -> bytes:
    t = Text()
    t.add("蜀山县青岗镇人民政府", "2023年部门预算公开", "", "九、项目支出绩效目标", "")
    t.add("表9-1  " + T1.title, "编制单位：青岗镇人民政府\t\t\t\t\t\t单位：万元")
    render(t, village_table(T1), "tab")
    t.add("", "表9-2  " + T2.title, "")
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "1.00",
    )
    render(t, f2, "cell_blank")
    t.add("青岗镇人民政府", "2023年2月20日")
    return t.data("gb18030", "\r\n")


DOC = Doc(
    id="hc12_sichuan_xiangzhen",
    file="hc12_sichuan_xiangzhen.txt",
    unit=DEPT,
    year=2023,
    tags={
        "format": "txt",
        "encoding": "gb18030 crlf",
        "province": "四川",
        "sector": "乡镇",
        "layout_patterns": "tab cell-per-line-blank per-place level2-missing-or-repeated:repeated "
        "level1-once several-tables budget-lines",
    },
    tables=[T1, T2],
    render=render_doc,
)
