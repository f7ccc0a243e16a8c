"""hf18 · Guangxi, 融溪县退役军人事务局, 2025 workbook (XLSX): a fund allocation table before the
project's approval table (批复表) with budget lines 年度资金总额 / 其中：财政拨款 / 上年结转 /
其他资金; on a second sheet a 2021-framework table without a 三级 column."""

from __future__ import annotations

from emit import Tab, xlsx_file
from frame import HC, JC, KC, MY, SC, SH, SL, SX, ZL, C, E, Framed, P, S, header, indicator_body
from grid import Grid
from kit import T107_ROW, V401, V402, codes, tags
from spec import Doc, R, Table

UNIT = "融溪县退役军人事务局"
NO_L3 = "no 三级 column: the value cell holds the target text"
LINES = (
    ("年度资金总额", "312.00"),
    ("其中：财政拨款", "286.00"),
    ("上年结转", "26.00"),
    ("其他资金", "0.00"),
)

T1 = Table(
    "project",
    "退役军人就业创业扶持",
    312.0,
    "组织退役军人适应性培训和职业技能培训480人次，举办专场招聘会4场，"
    "扶持退役军人创业项目30个，退役军人就业率达到90%以上。",
    [
        R(P, SL, "职业技能培训人次", "≥480人次", 4, desc="参加适应性培训和职业技能培训的退役军人"),
        R(P, SL, "举办退役军人专场招聘会", "≥4场", 4, desc="县级专场招聘会场次"),
        R(P, SL, "扶持创业项目数", "≥30个", 4, desc="获得创业担保贷款贴息或一次性创业补贴的项目"),
        R(P, ZL, "培训合格率", "≥90%", 4, desc="取得培训合格证书人数/参训人数"),
        R(P, SX, "培训补贴发放时间", "培训结束后3个月内", 4, desc="补贴资金拨付至培训机构或个人"),
        R(P, "成本指标", "人均培训补贴", "≤3000元", 4, desc="培训补贴总额/培训人数"),
        R(
            E,
            SH,
            "退役军人就业率",
            "≥90%",
            5,
            desc="年内实现就业的退役军人/有就业意愿的退役军人（就业信息台账）",
        ),
        R(
            E,
            SH,
            "退役军人就业创业能力",
            "明显增强",
            2,
            desc="反映退役军人就业创业能力",
            c=codes(V401),
        ),
        R(E, KC, "退役军人服务保障体系", "持续完善", 2, desc="持续完善服务保障体系", c=codes(V402)),
        R(S, MY, "参训退役军人满意度", "≥90%", 4, desc="培训结束后问卷调查"),
    ],
    title="融溪县2025年项目支出绩效目标批复表",
    unit_line="单位：万元",
    extra={
        "approval": True,
        "budget_source": "年度资金总额 312.00 其中：财政拨款 286.00 上年结转 26.00 其他资金 0.00",
        "allocation_table": [
            ["支出内容", "金额（万元）"],
            ["职业技能培训补贴", "144.00"],
            ["招聘会及宣传", "18.00"],
            ["创业补贴及贷款贴息", "150.00"],
            ["合计", "312.00"],
        ],
    },
)
T1.rows[7].codes = {
    "V401": "adjective without a criterion",
    "V403": "description only restates the name",
}
T1.rows[8].codes = codes(V401)
T2 = Table(
    "project",
    "村（社区）退役军人服务站运转经费",
    46.8,
    "保障全县156个村（社区）退役军人服务站正常运转，做到有机构、有人员、有场所、有制度。",
    [
        R(P, SL, "", "保障运转服务站156个", 4, note=NO_L3),
        R(P, ZL, "", "服务站“五有”达标率100%", 4, note=NO_L3),
        R(P, SX, "", "运转经费于2025年6月底前拨付到位", 4, note=NO_L3),
        R(C, JC, "", "每个服务站年运转经费3000元", 4, note=NO_L3),
        R(C, SC, "", "无", 1, note=NO_L3, c=codes(T107_ROW)),
        R(C, HC, "", "无", 1, note=NO_L3, c=codes(T107_ROW)),
        R(E, SH, "", "退役军人服务“最后一公里”打通", 2, note=NO_L3, c=codes(V401)),
        R(S, MY, "", "服务对象满意度≥90%", 4, note=NO_L3),
    ],
    title="融溪县退役军人事务局2025年项目支出绩效目标表",
    unit_line="单位：万元",
)
T2.rows[4].codes = {"T107": "unfilled template row: 社会成本指标 with value 无 and no indicator"}
T2.rows[5].codes = {
    "T107": "unfilled template row: 生态环境成本指标 with value 无 and no indicator"
}


def approval() -> Framed:
    f = Framed(Grid(5))
    g = f.grid
    g.wide("项目名称", T1.project)
    g.wide("主管部门及代码", "【726】" + UNIT)
    g.wide("实施单位", "融溪县退役军人服务中心")
    first = len(g.rows)
    for label, amount in LINES:
        r = g.add("项目资金（万元）", label, amount)
        g.span(r, 2, r, 4)
    g.span(first, 0, first + len(LINES) - 1, 0)
    g.wide("年度绩效目标", T1.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标解释", "指标值")
    indicator_body(f, T1.rows, ["l1", "l2", "l3", "desc", "value"])
    return f


def allocation() -> Framed:
    f = Framed(Grid(2))
    header(f.grid, *T1.extra["allocation_table"][0])
    for a, b in T1.extra["allocation_table"][1:]:
        f.grid.add(a, b)
    return f


def no_l3() -> Framed:
    f = Framed(Grid(3))
    f.grid.wide("项目名称", T2.project)
    f.grid.wide("资金总额（万元）", "46.80")
    f.grid.wide("年度目标", T2.goal or "")
    header(f.grid, "一级指标", "二级指标", "指标值")
    indicator_body(f, T2.rows, ["l1", "l2", "value"])
    return f


def render(doc: Doc) -> bytes:
    nums = {(3 + i, 2): float(a) for i, (_, a) in enumerate(LINES)}
    return xlsx_file(
        [
            (
                "批复表",
                [
                    "融溪县退役军人就业创业扶持资金安排表",
                    Tab(allocation()),
                    "",
                    T1.title,
                    "单位：万元",
                    Tab(approval(), numbers=nums),
                ],
            ),
            ("运转经费", [T2.title, "单位：万元", Tab(no_l3())]),
        ]
    )


DOC = Doc(
    "hf18_guangxi_tuiyi",
    "hf18_guangxi_tuiyi.xlsx",
    UNIT,
    2025,
    tags(
        "xlsx",
        "",
        "广西",
        "退役军人",
        "allocation-before approval budget-lines no-level3 several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
