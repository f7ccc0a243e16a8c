"""hn02 — 江苏 蔷溪县财政局: province-to-county transfer payments published on the portal (CMS
HTML, UTF-8): a 专项资金 table with one target column per township beside the county total, and
a region-wide transfer table whose 二级 is printed on every row and whose 一级 carry points."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from nkit import framed, tags
from spec import Doc, Table

UNIT = "蔷溪县财政局"
PLACES = ["城关镇", "蔷北镇", "白马乡", "双河镇"]

T1 = Table(
    "transfer",
    "2025年省级农村人居环境整治专项资金",
    420.0,
    "支持4个乡镇完成农村户厕问题整改和生活污水治理，行政村生活垃圾收运处置体系覆盖率保持100%。",
    rows(
        """
产出指标 | 数量指标 | 户厕问题整改数（户） | 1860 | 520 | 610 | 300 | 430 | 4 |
         |          | 新增污水治理行政村数（个） | 12 | 4 | 3 | 3 | 2 | 3 |
         | 质量指标 | 户厕改造验收合格率 | ≥95% | ≥95% | ≥95% | ≥95% | ≥95% | 3 | V405
         | 时效指标 | 项目完工时间 | 2025年11月底 | 2025年11月底 | 2025年11月底 | 2025年10月底 | 2025年11月底 | 4 |
效益指标 | 生态效益指标 | 行政村生活垃圾收运覆盖率 | 100% | 100% | 100% | 100% | 100% | 4 |
         | 生态效益指标 | 农村生活污水治理率 | ≥42% | ≥55% | ≥40% | ≥35% | ≥38% | 4 |
满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | ≥90% | ≥90% | ≥90% | ≥90% | 4 |
""",
        "l1 l2 l3 value place:城关镇 place:蔷北镇 place:白马乡 place:双河镇 spec codes",
    ),
    title="2025年省对下转移支付分乡镇绩效目标表",
    extra={"value_column": "全县合计", "budget_source": "省级下达420万元，按乡镇列示"},
)

T2 = Table(
    "transfer",
    "2025年中央财政衔接推进乡村振兴补助资金（蔷溪县）",
    3265.0,
    "支持发展联农带农富农产业项目不少于24个，脱贫人口务工就业规模稳定在1.2万人以上。",
    rows(
        """
产出指标（50分） | 数量指标 | 支持产业发展项目数 | ≥24个 | 4 |
                 | 数量指标 | 脱贫人口务工就业规模 | ≥1.2万人 | 4 |
                 | 质量指标 | 项目验收合格率 | 100% | 4 |
                 | 时效指标 | 资金支出进度 | 12月底前支出100% | 4 |
效益指标（30分） | 经济效益指标 | 脱贫人口人均纯收入增幅 | 高于全省农民人均可支配收入增幅 | 3 | T105:a province-level comparison (全省) in a county transfer table
                 | 社会效益指标 | 带动脱贫户户数 | ≥3500户 | 4 |
满意度指标（10分） | 满意度指标 | 受益脱贫人口满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="中央财政衔接推进乡村振兴补助资金区域绩效目标表",
    extra={"region": "蔷溪县", "l1_points": "一级 labels carry their points (50/30/10分)"},
)


def render(doc: Doc) -> bytes:
    head = ["一级指标", "二级指标", "三级指标", "全县合计"] + PLACES
    f1 = framed(
        8,
        [("专项名称", T1.project), ("资金总额（万元）", "420"), ("总体目标", T1.goal or "")],
        [head],
        T1.rows,
        ["l1", "l2", "l3", "value"] + [f"place:{p}" for p in PLACES],
    )
    f2 = framed(
        4,
        [
            ("转移支付名称", T2.project),
            ("年度金额（万元）", "3265"),
            ("区域年度绩效目标", T2.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T2.rows,
        ["l1", "l2", "l3", "value"],
        merge=("l1",),
    )
    blocks = [
        "根据《江苏省财政厅关于下达2025年转移支付资金的通知》，现将我县转移支付绩效目标公开如下：",
        "一、" + (T1.title or ""),
        "单位：户、个、%",
        Tab(f1, {"pad_cols": (3,)}),
        "二、" + (T2.title or ""),
        Tab(f2),
        "蔷溪县财政局　2025年3月12日",
    ]
    return html_file(
        blocks, "蔷溪县2025年转移支付绩效目标公开", "蔷溪县人民政府", "2025-03-12 16:20"
    )


DOC = Doc(
    "hn02_jiangsu_zhuanyi",
    "hn02_蔷溪县财政局_转移支付绩效目标_2025.html",
    UNIT,
    2025,
    tags(
        "html",
        "utf-8",
        "江苏",
        "财政（转移支付）",
        """per-place transfer level1-once level2-missing-or-repeated label-notes several-tables
        goal-heading unit-year-framing""",
    ),
    [T1, T2],
    render,
)
