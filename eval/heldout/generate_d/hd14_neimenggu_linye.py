"""hd14 · 内蒙古 巴音塔拉旗林业和草原局 2024: a legacy XLS (BIFF8) of approved project tables
(批复表) in the 2021 framework with no 一级 column, the value split into 指标值类型 | 目标值 |
度量单位 | 指标值内容 (the last header with a gloss), amounts in 元."""

from __future__ import annotations

import xlwt
from frame import SL, SX, ZL, Framed, header, indicator_body, wan
from grid import Grid
from kit import V401
from office import xls_bytes, xls_grid
from spec import Doc, R, Row, Table

UNIT = "巴音塔拉旗林业和草原局"
P, C, E, S = "产出指标", "成本指标", "效益指标", "满意度指标"
JC, SC, HC = "经济成本指标", "社会成本指标", "生态环境成本指标"
JJ, SH, ST, MY = "经济效益指标", "社会效益指标", "生态效益指标", "服务对象满意度指标"
IMPLIED = "no 一级 column: implied from the 二级"


def v(l1: str, l2: str, l3: str, parts: tuple[str, str, str, str], spec: int, **kw: object) -> Row:
    value = parts[3] if parts[0] == "定性" else "".join(parts[:3])
    return R(l1, l2, l3, value, spec, note=IMPLIED, x={"parts": list(parts)}, **kw)


T1 = Table(
    "project",
    "草原生态保护补助奖励",
    wan(18650000),
    "落实禁牧126万亩、草畜平衡354万亩，按时足额兑付5320户牧户补奖资金，草原综合植被盖度稳定在47.5%以上。",
    [
        v(P, SL, "禁牧面积", ("≥", "126", "万亩", ""), 4),
        v(P, SL, "草畜平衡面积", ("≥", "354", "万亩", ""), 4),
        v(P, SL, "补助牧户数", ("≥", "5320", "户", ""), 4),
        v(P, ZL, "补奖资金兑付准确率", ("=", "100", "%", ""), 4),
        v(P, SX, "补奖资金兑付完成时间", ("定性", "", "", "2024年11月底前"), 4),
        v(C, JC, "禁牧补助标准", ("=", "7.5", "元/亩", ""), 4),
        v(C, JC, "草畜平衡奖励标准", ("=", "2.5", "元/亩", ""), 4),
        v(C, SC, "牧户生产成本", ("定性", "", "", "不明显增加"), 3),
        v(E, ST, "草原综合植被盖度", ("≥", "47.5", "%", ""), 4),
        v(E, JJ, "牧民人均转移性收入增加", ("≥", "2600", "元", ""), 4),
        v(
            E,
            SH,
            "补助牧户数",
            ("≥", "5320", "户", ""),
            4,
            c={"C206": "an output count (households paid) under 社会效益"},
        ),
        v(E, SH, "牧区社会和谐稳定", ("定性", "", "", "有效促进"), 2, c=V401),
        v(S, MY, "牧户满意度", ("≥", "85", "%", ""), 4),
    ],
    title="巴音塔拉旗2024年项目支出绩效目标批复表",
    codes={"C204": "补助牧户数 twice (rows 3 and 11)"},
    extra={
        "approval": True,
        "budget_source": "18,650,000.00元",
        "duplicate_rows": {"补助牧户数": [3, 11]},
    },
)

T2 = Table(
    "project",
    "国有林场森林防火",
    wan(2360000),
    "组建45人专业扑火队伍，全年防火巡护12000公里以上，森林火灾受害率控制在0.9‰以内。",
    [
        v(P, SL, "专业扑火队员人数", ("≥", "45", "人", ""), 4),
        v(P, SL, "防火巡护里程", ("≥", "12000", "公里", ""), 4),
        v(P, ZL, "森林火灾受害率", ("≤", "0.9", "‰", ""), 4),
        v(P, SX, "火情处置响应时间", ("≤", "30", "分钟", ""), 4),
        v(C, JC, "扑火队员人均年工资", ("≤", "3.8", "万元", ""), 4),
        v(
            C,
            HC,
            "生态环境成本指标",
            ("定性", "", "", "无"),
            1,
            c={"T107": "unfilled template row: 三级 is the 二级 name, value 无"},
        ),
        v(E, ST, "森林覆盖率", ("≥", "18.2", "%", ""), 4),
        v(
            E,
            SH,
            "较大森林火灾发生次数",
            ("≥", "0", "次", ""),
            3,
            c={"U305": "≥ on a count of fires (bad polarity)"},
        ),
        v(S, MY, "周边群众满意度", ("≥", "80", "%", ""), 4),
    ],
    title="巴音塔拉旗2024年项目支出绩效目标批复表",
    extra={"approval": True, "budget_source": "2,360,000.00元"},
)

HEAD = ["二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容（定性指标填写）"]


def grid_of(t: Table, yuan: str) -> Framed:
    f = Framed(Grid(6))
    g = f.grid
    g.wide("项目名称", t.project)
    g.wide("主管部门及代码", "[231]巴音塔拉旗林业和草原局")
    g.wide("项目资金（元）", f"年度资金总额：{yuan}　其中：财政拨款：{yuan}")
    g.wide("年度绩效目标", t.goal or "")
    header(g, *HEAD)
    indicator_body(f, t.rows, ["l2", "l3", "p0", "p1", "p2", "p3"], merge=("l2",))
    return f


def render_doc(doc: Doc) -> bytes:
    wb = xlwt.Workbook(encoding="utf-8")
    for name, t, yuan in (("批复表1", T1, "18,650,000.00"), ("批复表2", T2, "2,360,000.00")):
        ws = wb.add_sheet(name)
        ws.write_merge(0, 0, 0, 5, t.title)
        ws.write(1, 0, "单位：元")
        xls_grid(ws, grid_of(t, yuan).grid, 2)
        for col, width in enumerate((16, 26, 10, 10, 10, 24)):
            ws.col(col).width = width * 256
    return xls_bytes(wb)


DOC = Doc(
    "hd14_neimenggu_linye",
    "hd14_neimenggu_linye.xls",
    UNIT,
    2024,
    {
        "format": "xls",
        "province": "内蒙古",
        "sector": "林草",
        "framework": "2021 (成本 as 一级)",
        "layout_patterns": "approval yuan split-value value-header-gloss level1-missing-or-unfilled "
        "several-tables",
    },
    [T1, T2],
    render=render_doc,
)
