"""宁夏 · 贺泉县商务和投资促进局 2025: a UTF-8 HTML page of an older CMS (`<font>` cells,
zero-width spaces in the column headers); a transfer-payment 区域绩效目标表 with a county column and
one column per township, then an ordinary project table."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import project_table
from jframe import Build
from kit import tags
from spec import Doc, Table

UNIT = "贺泉县商务和投资促进局"
NAME = "2025年县域商业体系建设资金"
PLACES = ["城关镇", "通贵乡", "洪广镇"]

T1 = Table(
    "transfer",
    NAME,
    300.0,
    "改造乡镇商贸中心3个，新建村级便民商店30个以上，建设县级物流配送中心1个，快递进村全覆盖。",
    rows(
        """
产出指标 | 数量指标 | 改造乡镇商贸中心 | 3个 | 1个 | 1个 | 1个 | 4 |
         |          | 新建村级便民商店 | ≥30个 | 10个 | 12个 | 8个 | 4 |
         |          | 建设县级物流配送中心 | 1个 | 1个 | — | — | 4 |
         | 质量指标 | 项目验收合格率 | 100% | 100% | 100% | 100% | 4 |
         | 时效指标 | 项目完工时间 | 2025年12月底前 | 2025年12月底前 | 2025年12月底前 | 2025年12月底前 | 4 |
         | 成本指标 | 县级物流配送中心建设补助 | ≤120万元 | ≤120万元 | — | — | 4 |
效益指标 | 经济效益指标 | 农村网络零售额增长 | ≥10% | ≥10% | ≥10% | ≥10% | 4 |
         | 社会效益指标 | 快递进村覆盖率 | 100% | 100% | 100% | 100% | 4 |
         |              | 带动就业人数 | ≥200人 | 80人 | 70人 | 50人 | 4 |
满意度指标 | 服务对象满意度指标 | 乡镇商户满意度 | ≥80% | ≥80% | ≥80% | ≥80% | 4 |
           |                    | 村民满意度 | ≥75% | ≥75% | ≥75% | ≥75% | 3 | V405:satisfaction target below 80%
""",
        "l1 l2 l3 value place:城关镇 place:通贵乡 place:洪广镇 spec codes",
    ),
    title="2025年县域商业体系建设资金区域绩效目标表",
    extra={
        "region": "贺泉县",
        "value_column": "全县",
        "budget_source": "年度金额 300.00；其中：中央资金 260.00，自治区资金 40.00（万元）",
    },
)

T2 = Table(
    "project",
    "促消费系列活动经费",
    25.0,
    "举办促消费活动6场以上，开展家电以旧换新补贴活动，带动社会消费品零售额增长。",
    rows(
        """
产出指标 | 数量指标 | 举办促消费活动 | ≥6场 | 4 |
         |          | 参与活动商户 | ≥150家 | 4 |
         | 质量指标 | 活动安全事故 | 0起 | 4 |
         | 时效指标 | 活动完成时间 | 按计划完成 | 2 | V402
         | 成本指标 | 单场活动经费 | ≤4万元 | 4 |
效益指标 | 经济效益指标 | 活动期间社会消费品零售额 | 增长 | 2 | V401
满意度指标 | 服务对象满意度指标 | 参与商户满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="贺泉县商务和投资促进局2025年项目支出绩效目标表",
    codes={"G701": "the goal's 家电以旧换新补贴 has no indicator"},
)


def render(doc: Doc) -> bytes:
    b = Build(7)
    b.wide("转移支付名称", NAME)
    b.pair("中央主管部门", "商务部", "地方主管部门", UNIT)
    b.line(
        "资金情况（万元）", "年度金额", "300.00", "其中：中央资金", "260.00", "自治区资金", "40.00"
    )
    b.wide("总体目标", T1.goal or "")
    r = b.line("一级指标", "二级指标", "三级指标", "全县", "分乡镇", spans=[(4, 6)], head=True)
    b.line("", "", "", "", *PLACES, head=True)
    for c in range(4):
        b.vspan(r, r + 1, c)
    f1 = b.body(T1.rows, ["l1", "l2", "l3", "value"] + [f"place:{p}" for p in PLACES])
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "25.00",
    )
    blocks = [
        "一、转移支付区域绩效目标",
        T1.title,
        Tab(f1),
        "二、项目支出绩效目标",
        T2.title,
        Tab(f2),
    ]
    return html_file(
        blocks,  # type: ignore[arg-type]
        "贺泉县商务和投资促进局2025年部门预算绩效目标公开",
        "贺泉县人民政府",
        "2025年02月18日",
        style="font",
    )


DOC = Doc(
    id="hj15_ningxia_shangwu",
    file="hj15_宁夏贺泉县商务和投资促进局_2025.html",
    unit=UNIT,
    year=2025,
    tags=tags(
        "html",
        "utf-8",
        "宁夏",
        "商务",
        "transfer per-place budget-lines:中央/自治区 level1-once:merged several-tables "
        "goal-heading:总体目标+年度绩效目标 unit-year-framing:发布时间",
        framework="产出/效益/满意度",
        noise="old CMS <font> cells, zero-width spaces in headers",
    ),
    tables=[T1, T2],
    render=render,
)
