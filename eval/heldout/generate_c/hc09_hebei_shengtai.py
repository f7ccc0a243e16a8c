"""Hebei, county ecology and environment branch, 2024: an HTML page in GBK. A transfer-payment
regional target table (区域绩效目标表) with one value column for the city and one for the county,
一级 names carrying `（必填）`; then an approval table (批复表) with non-standard names (`产出`,
`效果指标`, `经济与社会效益指标`, `时效指标（进度）`)."""

from __future__ import annotations

from frame import MY, SL, ST, SX, ZL, Framed, header, indicator_body, project_table
from grid import Grid, html_table
from pages import p, page
from spec import Doc, R, Row, Table

DEPT = "燕南县生态环境分局"
COUNTY = "燕南县"
P1, E1, S1 = "产出指标（必填）", "效益指标（必填）", "满意度指标（必填）"
MARK = "一级 printed with its requirement mark （必填）, kept verbatim"


def tr(l1: str, l2: str, l3: str, city: str, county: str, spec: int, **kw: object) -> Row:
    return R(
        l1, l2, l3, county, spec, note=MARK, x={"per_place": {"全市": city, COUNTY: county}}, **kw
    )


T1 = Table(
    "transfer",
    "2024年大气污染防治资金",
    640.0,
    "持续推进冬季清洁取暖和燃煤锅炉淘汰，2024年全县完成清洁取暖改造5200户、淘汰燃煤散烧锅炉18台，"
    "PM2.5年均浓度控制在40微克/立方米以下，空气质量优良天数比率达到74%以上。",
    [
        tr(P1, SL, "淘汰燃煤散烧锅炉数量", "≥120台", "≥18台", 4),
        tr(P1, SL, "完成清洁取暖改造户数", "≥3.6万户", "≥5200户", 4),
        tr(P1, ZL, "清洁取暖改造工程验收合格率", "100%", "100%", 4),
        tr(P1, SX, "改造任务完成时间", "2024年10月底前", "2024年10月底前", 4),
        tr(E1, "生态效益指标", "PM2.5年均浓度", "≤38微克/立方米", "≤40微克/立方米", 4),
        tr(E1, "生态效益指标", "空气质量优良天数比率", "≥75%", "≥74%", 4),
        tr(
            E1,
            "社会效益指标",
            "重污染天数",
            "较上年减少",
            "较上年减少",
            2,
            c={"V401": "较上年减少 without an amount"},
        ),
        tr(S1, MY, "改造户满意度", "≥90%", "≥90%", 4),
    ],
    title="2024年中央大气污染防治资金区域绩效目标表",
    extra={
        "region": COUNTY,
        "budget_source": {"年度金额": "640.00", "其中：中央补助": "520.00", "地方资金": "120.00"},
    },
)

NS = "non-standard level name printed as is (short form / another word for the level)"


def ns(l1: str, l2: str, l3: str, value: str, spec: int, **kw: object) -> Row:
    return R(l1, l2, l3, value, spec, note=NS, **kw)


T2 = Table(
    "project",
    "集中式饮用水水源地保护",
    85.0,
    "完成县城集中式饮用水水源地一级保护区隔离防护网建设和界标、警示牌设置，每月开展水质监测，水源地水质达标率保持100%。",
    [
        ns("产出", "数量指标", "水源地保护区界标、警示牌设置数量", "≥46块", 4),
        ns("产出", "数量指标", "水质监测频次", "每月1次", 4),
        ns("产出", "质量指标", "水源地水质达标率", "100%", 4),
        ns("产出", "时效指标（进度）", "隔离防护网建设完成时间", "2024年9月30日前", 4),
        ns("产出", "成本指标", "隔离防护网单位造价", "≤180元/米", 4),
        ns("效果指标", "经济与社会效益指标", "保障饮水安全人口", "≥8.5万人", 4),
        ns("效果指标", ST, "水源地环境", "持续改善", 2, c={"V401": "持续改善 with no criterion"}),
        ns(
            "效果指标",
            "可持续影响指标",
            "水源地保护长效机制",
            "建立",
            2,
            c={"V401": "建立 with no criterion"},
        ),
        R("满意度指标", MY, "周边群众满意度", "≥85%", 4),
    ],
    title="2024年项目支出绩效目标批复表",
)


def transfer_table(t: Table) -> Framed:
    f = Framed(Grid(5))
    g = f.grid
    g.wide("转移支付名称", t.project, 2)
    r = g.add("中央主管部门", "", "生态环境部", "地方主管部门", DEPT)
    g.span(r, 0, r, 1)
    r = g.add("资金情况（万元）", "", "年度金额", "其中：中央补助", "地方资金")
    g.add("", "", "640.00", "520.00", "120.00")
    g.span(r, 0, r + 1, 1)
    g.wide("年度总体目标", t.goal or "", 2)
    header(g, "一级指标", "二级指标", "三级指标", "指标值（全市）", f"指标值（{COUNTY}）")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "place:全市", "value"])
    return f


def render_doc(doc: Doc) -> bytes:
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "85.00",
        "绩效目标",
    )
    body = [
        p("一、转移支付区域绩效目标"),
        p(T1.title, "t"),
        html_table(transfer_table(T1).grid),
        p("二、项目支出绩效目标批复情况"),
        p(
            "燕南县财政局关于批复2024年部门项目支出绩效目标的通知（燕财绩〔2024〕6号）已下达，现将批复表公开如下："
        ),
        p(T2.title + "　　单位：万元"),
        html_table(f2.grid),
    ]
    return page(
        "燕南县生态环境分局2024年转移支付及项目绩效目标公开",
        "燕南县人民政府",
        "2024-03-18",
        body,
        "gbk",
    )


DOC = Doc(
    id="hc09_hebei_shengtai",
    file="hc09_hebei_shengtai.html",
    unit=DEPT,
    year=2024,
    tags={
        "format": "html",
        "encoding": "gbk",
        "province": "河北",
        "sector": "生态环境",
        "layout_patterns": "transfer per-place label-notes approval nonstandard-names "
        "value-header-gloss budget-lines several-tables level1-once",
    },
    tables=[T1, T2],
    render=render_doc,
)
