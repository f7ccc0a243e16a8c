"""郁水县那良镇人民政府 (广西): an older CMS page in GBK (`<font>` cells, zero-width spaces in the
column headers); a village collective-economy table with one column per village, and a 一事一议
table with numbered indicator names and placeholder lines, whose goal only names the use of funds."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from kit import tags
from mframe import framed
from spec import Doc, Table

UNIT = "郁水县那良镇人民政府"
VIL = ["那良村", "峒中村", "新圩村"]

T1 = Table(
    "project",
    "2025年发展壮大村级集体经济",
    150.0,
    "扶持那良村、峒中村、新圩村发展肉桂加工、百香果种植和光伏项目，年底3个村集体经济收入均达到10万元以上。",
    rows(
        """
产出指标 | 数量指标 | 扶持村集体经济项目 | 3个 | 1个 | 1个 | 1个 | 4
         |          | 新建百香果种植基地 | 200亩 | — | 200亩 | — | 4
         |          | 建设村级光伏电站装机容量 | 300千瓦 | — | — | 300千瓦 | 4
         | 质量指标 | 项目验收合格率 | 100% | 100% | 100% | 100% | 4
         | 时效指标 | 项目完工时间 | 2025年10月底前 | 2025年10月底前 | 2025年9月底前 | 2025年10月底前 | 4
         | 成本指标 | 每村扶持资金 | 50万元 | 50万元 | 50万元 | 50万元 | 4
效益指标 | 经济效益指标 | 村集体经济年收入 | ≥10万元 | ≥12万元 | ≥10万元 | ≥10万元 | 4
         | 社会效益指标 | 带动脱贫户户均增收 | ≥1000元 | ≥1000元 | ≥1200元 | ≥800元 | 4
满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥90% | ≥90% | ≥90% | ≥90% | 4
""",
        "l1 l2 l3 value " + " ".join(f"place:{v}" for v in VIL) + " spec codes",
    ),
    title="那良镇2025年发展壮大村级集体经济项目绩效目标表",
    codes={
        "G701": "the goal's 肉桂加工 (那良村) has no indicator; the table measures only 百香果 and 光伏"
    },
    extra={"value_column": "全镇"},
)

T2 = Table(
    "project",
    "村级公益事业一事一议财政奖补",
    64.0,
    "用于村级公益事业一事一议财政奖补。",
    rows(
        """
产出指标 | 数量指标 | 指标1：新建村内硬化道路 | ≥3.5公里 | 4
         |          | 指标2：新建村民文体活动场所 | 2个 | 4
         | 质量指标 | 指标1：工程质量合格率 | 100% | 4
         | 时效指标 | 指标1：奖补资金拨付 | 验收合格后 | 3
         | 成本指标 | 指标1：奖补资金 | ≤64万元 | 4
效益指标 | 社会效益指标 | 指标1：群众生产生活条件 | 明显改善 | 2 | V401
         | 可持续影响指标 | 指标1：建后管护机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 指标1：受益群众满意度 | 高 | 2 | V401
""",
        "l1 l2 l3 value spec codes",
    ),
    title="那良镇2025年村级公益事业一事一议财政奖补项目绩效目标表",
    codes={"T104": "the goal only names the use of the funds, no intended result"},
    extra={"placeholders": ["指标3：", "指标2：", "……", "指标2："]},
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        7,
        T1.rows,
        ["l1", "l2", "l3", "value"] + [f"place:{v}" for v in VIL],
        [["一级指标", "二级指标", "三级指标", "全镇", *VIL]],
        above=[("项目名称", T1.project), ("资金总额（万元）", "150"), ("绩效目标", T1.goal or "")],
    )
    ph = lambda name: ["", "", name, ""]  # noqa: E731
    f2 = framed(
        4,
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        above=[("项目名称", T2.project), ("资金总额（万元）", "64"), ("绩效目标", T2.goal or "")],
        after={2: [ph("指标3：")], 3: [ph("指标2：")], 5: [ph("……")], 6: [ph("指标2：")]},
    )
    blocks = [
        "那良镇2025年部门预算公开",
        "根据《预算法》及县财政局有关要求，现将我镇2025年项目支出绩效目标公开如下。",
        T1.title,
        Tab(f1),
        "备注：“—”表示该村无此项建设内容。",
        T2.title,
        Tab(f2),
        "那良镇人民政府　2025年2月24日",
    ]
    return html_file(
        blocks,
        "那良镇2025年部门预算公开",
        "郁水县人民政府门户网站",
        "2025-02-24 10:12",
        charset="gbk",
        style="font",
        side="<p>相关链接</p>",
    )


DOC = Doc(
    "hm17_guangxi_zhen",
    "hm17_广西郁水县那良镇人民政府_2025.html",
    UNIT,
    2025,
    tags("html", "gbk", "广西", "乡镇", "per-place prefixes-placeholders several-tables"),
    [T1, T2],
    render=render,
)
