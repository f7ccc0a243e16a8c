"""hn10 — 新疆 库斯台县财政局: a web page of the county's transfer-payment disclosures copied to
text (UTF-8): the regional target table of a 专项 transfer on one long line, a livestock project
whose cells run together without separators, and a grassland project copied with indentation
that stops where the excerpt ends (cut off after its output rows)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from nkit import framed, tags
from spec import Doc, Table
from textual import render_indented, render_one_line

UNIT = "库斯台县财政局"
COLS = "l1 l2 l3 value spec codes"

T1 = Table(
    "transfer",
    "自治区对下农业生产发展资金（库斯台县）",
    1740.0,
    "支持耕地地力保护、农机购置补贴和农业社会化服务，粮食播种面积稳定在42万亩以上。",
    rows(
        """
产出指标 | 数量指标 | 粮食播种面积 | ≥42万亩 | 4 |
         |          | 农业社会化服务面积 | ≥8万亩 | 4 |
         | 质量指标 | 补贴资金发放准确率 | 100% | 4 |
         | 时效指标 | 资金下达时间 | 收到资金30日内 | 4 |
效益指标 | 经济效益指标 | 农民人均可支配收入增幅 | 不低于全疆平均水平 | 3 | T105:an autonomous-region-wide benchmark (全疆) in a county transfer table
满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 4 |
""",
        COLS,
    ),
    extra={"region": "库斯台县"},
)
T2 = Table(
    "project",
    "肉牛良种繁育补助",
    360.0,
    "为养殖户购置良种冻精3万剂，改良肉牛2.4万头。",
    rows(
        """
产出指标 | 数量指标 | 冻精采购量 | 3万剂 | 4 |
         |          | 改良肉牛头数 | ≥2.4万头 | 4 |
         | 质量指标 | 受胎率 | ≥65 | 3 | U304
         | 时效指标 | 冻精发放时间 | 配种季前（4月底前） | 4 |
         | 成本指标 | 单剂冻精价格 | ≤120元 | 4 |
         |          | 冻精采购总成本 | ≤360万元 | 4 |
效益指标 | 经济效益指标 | 改良牛犊初生重增加 | ≥3公斤 | 4 |
满意度指标 | 服务对象满意度指标 | 养殖户满意度 | ≥90% | 4 |
""",
        COLS,
    ),
)
T3 = Table(
    "project",
    "退化草原生态修复治理",
    890.0,
    "完成退化草原改良6万亩、人工种草1.2万亩，草原综合植被盖度提高2个百分点。",
    rows(
        """
产出指标 | 数量指标 | 退化草原改良面积 | ≥6万亩 | 4 |
         |          | 人工种草面积 | ≥1.2万亩 | 4 |
         | 质量指标 | 补播出苗率 | ≥80% | 4 |
         | 时效指标 | 补播完成时间 | 2025年6月底前 | 4 |
""",
        COLS,
    ),
    extra={
        "cut_off": "the excerpt ends after the output rows (效益/满意度 not shown)",
        "c203_excused": "cut-off table",
    },
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        4,
        [
            ("转移支付名称", T1.project),
            ("资金金额（万元）", "1740"),
            ("区域绩效目标", T1.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T1.rows,
        ["l1", "l2", "l3", "value"],
    )
    f2 = framed(
        4,
        [("项目名称", T2.project), ("项目资金", "360万元"), ("年度目标", T2.goal or "")],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T2.rows,
        ["l1", "l2", "l3", "value"],
    )

    def line1(t):
        render_one_line(t, f1, prefix="2025年自治区对下转移支付区域绩效目标表")

    def indented(t):
        t.add(
            "项目名称：" + T3.project,
            "资金总额：890万元",
            "年度目标：" + T3.goal,
            "一级指标　二级指标　三级指标　指标值",
        )
        render_indented(t, T3.rows)
        t.add("   效益指标", "    生态效益指标", "     草原综合植被盖度")

    blocks = [
        "库斯台县2025年转移支付绩效目标公开",
        "来源：库斯台县财政局　　发布时间：2025年03月28日",
        "联系人：XXX　　联系电话：0993-XXXXXXX",
        line1,
        "",
        "库斯台县农业农村局2025年项目支出绩效目标表",
        Tab(f2, {"style": "together"}),
        "",
        "库斯台县林业和草原局2025年项目支出绩效目标表",
        indented,
    ]
    return text_file(blocks)


DOC = Doc(
    "hn10_xinjiang_caizheng",
    "hn10_库斯台县财政局_转移支付及项目绩效目标_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8",
        "新疆",
        "农牧（转移支付、草原）",
        """one-line run-together indentation transfer cut-off level1-once several-tables
        goal-heading unit-year-framing""",
    ),
    [T1, T2, T3],
    render,
    codes={"T107": "XX placeholders left in the contact line of the page"},
    extra={"text_leftovers": ["联系人：XXX　　联系电话：0993-XXXXXXX"]},
)
