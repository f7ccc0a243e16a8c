"""hd09 · 西藏 朗嘎县生态环境局 2024: a GBK CMS page. A transfer-payment 区域绩效目标表 with the
county target and one column per township (value header with a gloss), the 二级 printed on
every row, and a small project table."""

from __future__ import annotations

from frame import CB, MY, SH, SL, ST, SX, ZL, E, Framed, P, S, header, indicator_body, project_block
from grid import Grid
from kit import V401
from noise import cms_table, nested
from pages import p, page
from spec import Doc, R, Row, Table

UNIT = "朗嘎县生态环境局"
PLACES = ("达布镇", "拉松乡", "甲雄乡")


def t(
    l1: str, l2: str, l3: str, value: str, places: tuple[str, str, str], spec: int, **kw: object
) -> Row:
    return R(l1, l2, l3, value, spec, x={"per_place": dict(zip(PLACES, places, strict=True))}, **kw)


T1 = Table(
    "transfer",
    "中央农村环境整治资金",
    1580.0,
    "完成9个行政村环境综合整治，新建污水收集管网6.5公里，配置垃圾收运车辆6辆，"
    "全县农村生活污水治理率达到45%以上，生活垃圾收运处置体系覆盖90%以上行政村。",
    [
        t(P, SL, "完成农村环境整治行政村数", "≥9个", ("3个", "4个", "2个"), 4),
        t(P, SL, "新建污水收集管网长度", "≥6.5公里", ("2.5公里", "2.8公里", "1.2公里"), 4),
        t(P, SL, "配置垃圾收运车辆", "≥6辆", ("2辆", "2辆", "2辆"), 4),
        t(P, ZL, "农村生活污水治理设施正常运行率", "≥90%", ("≥90%", "≥90%", "≥90%"), 4),
        t(P, SX, "项目完工时间", "2024年10月底前", ("2024年10月底前",) * 3, 4),
        t(P, CB, "村均整治投资", "≤175万元", ("≤175万元",) * 3, 4),
        t(E, ST, "农村生活污水治理率", "≥45%", ("≥50%", "≥45%", "≥40%"), 4),
        t(E, ST, "生活垃圾收运处置体系覆盖行政村比例", "≥90%", ("100%", "≥90%", "≥85%"), 4),
        t(E, SH, "农村人居环境", "明显改善", ("明显改善",) * 3, 2, c=V401),
        t(S, MY, "受益群众满意度", "≥85%", ("≥85%",) * 3, 4),
    ],
    title="2024年中央农村环境整治资金区域绩效目标表",
    extra={"region": "朗嘎县（达布镇、拉松乡、甲雄乡）", "value_column": "年度指标值（全县合计）"},
)

T2 = Table(
    "project",
    "生态环境监测能力建设",
    96.0,
    "运维县城空气自动监测站2个，开展4个地表水断面监测，按时报送监测数据。",
    [
        R(P, SL, "空气自动监测站运维数量", "2个", 4),
        R(P, SL, "地表水监测断面数", "≥4个", 4),
        R(P, ZL, "监测数据有效率", "≥90%", 4),
        R(P, SX, "监测报告报送及时率", "100%", 4),
        R(E, ST, "区域环境质量状况", "持续改善", 2, c=V401),
        R(E, SH, "生态环境监测能力", "提升", 2, c=V401),
    ],
    title="朗嘎县生态环境局2024年项目支出绩效目标表",
    extra={
        "c203_excused": "monitoring capacity with no direct beneficiaries: no 满意度 row needed"
    },
)


def transfer_grid() -> Framed:
    f = Framed(Grid(7))
    g = f.grid
    g.wide("转移支付名称", T1.project)
    g.wide("中央主管部门", "生态环境部")
    g.wide("地方主管部门", UNIT)
    g.wide("资金情况（万元）", "年度金额：1580.00　其中：中央补助1580.00　地方资金0")
    g.wide("年度总体目标", T1.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "年度指标值（全县合计）", *PLACES)
    keys = ["l1", "l2", "l3", "value"] + [f"place:{n}" for n in PLACES]
    indicator_body(f, T1.rows, keys, merge=("l1",))
    return f


def project_grid() -> Framed:
    f = Framed(Grid(4))
    project_block(f.grid, T2, UNIT, "项目资金（万元）", "96.00")
    header(f.grid, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, T2.rows, ["l1", "l2", "l3", "value"], merge=("l1",))
    return f


def render_doc(doc: Doc) -> bytes:
    inner = [
        p("按照县财政局统一部署，现将我局2024年转移支付区域绩效目标和项目支出绩效目标公开如下。"),
        f'<p align="center"><strong><span style="font-size:16px">{T1.title}</span></strong></p>',
        cms_table(transfer_grid().grid, pad_cols=(3, 4, 5, 6)),
        "<p>&nbsp;</p><p>&nbsp;</p>",
        f'<p align="center"><strong><span style="font-size:16px">{T2.title}</span></strong></p>',
        cms_table(project_grid().grid, pad_cols=(3,), width="90%"),
    ]
    return page(
        "朗嘎县生态环境局2024年绩效目标公开",
        "朗嘎县人民政府网",
        "2024-03-18",
        [nested(inner)],
        charset="gbk",
    )


DOC = Doc(
    "hd09_xizang_shengtai",
    "hd09_xizang_shengtai.html",
    UNIT,
    2024,
    {
        "format": "html",
        "encoding": "gbk",
        "province": "西藏",
        "sector": "生态环境",
        "framework": "产出/效益/满意度",
        "layout_patterns": "transfer per-place value-header-gloss level2-missing-or-repeated:repeated "
        "several-tables level1-once",
    },
    [T1, T2],
    render=render_doc,
)
