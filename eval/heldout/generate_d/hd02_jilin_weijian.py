"""hd02 · 吉林 白桦县卫生健康局 2024: a CMS page (UTF-8) with nested layout tables, inline styles,
&nbsp; and <br> in cells. An overall table whose 一级 column is present but never filled, and a
project table with 指标性质, 权重 and 指标解释 columns."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body, project_block
from grid import Grid
from kit import V401, V403, codes
from noise import cms_table, nested
from pages import p, page
from spec import Doc, R, Row, Table

UNIT = "白桦县卫生健康局"
KC = "可持续影响指标"
IMPLIED = "一级 column printed empty: implied from the 二级"


def o(l1: str, l2: str, l3: str, value: str, spec: int, **kw: object) -> Row:
    return R(l1, l2, l3, value, spec, note=IMPLIED, x={"printed_l1": ""}, **kw)


T1 = Table(
    "overall",
    UNIT,
    3265.78,
    "落实基本公共卫生服务和重大疫病防控任务，巩固家庭医生签约服务，提升县乡村三级医疗服务能力，"
    "全年孕产妇死亡率控制在15/10万以内，居民健康素养水平达到28%以上。",
    [
        o(P, SL, "家庭医生签约服务重点人群覆盖人数", "≥2.6万人", 4),
        o(P, SL, "适龄儿童免疫规划疫苗接种率", "≥95%", 4),
        o(P, ZL, "二级医院病历甲级率", "≥90%", 4),
        o(P, SX, "突发公共卫生事件报告及时率", "100%", 4),
        o(P, CB, "部门预算执行率", "≥95%", 4, c={"C202": "a fund-execution rate under 成本指标"}),
        o(E, SH, "居民健康素养水平", "≥28%", 4),
        o(E, SH, "孕产妇死亡率", "≤15/10万", 4),
        o(E, KC, "基层医疗服务能力", "不断提高", 2, c=V401),
        o(S, MY, "群众就医满意度", "≥90%", 4),
    ],
    title="白桦县卫生健康局2024年部门整体绩效目标表",
)


def q(
    l1: str,
    l2: str,
    l3: str,
    nature: str,
    value: str,
    weight: int,
    desc: str,
    spec: int,
    **kw: object,
) -> Row:
    return R(l1, l2, l3, value, spec, desc=desc, x={"nature": nature, "weight": weight}, **kw)


T2 = Table(
    "project",
    "基本公共卫生服务补助资金",
    1268.4,
    "按人均89元标准为全县14.25万常住人口提供12类国家基本公共卫生服务，\n"
    "重点人群健康管理率达到国家考核要求，居民电子健康档案规范化建档率达到85%以上。",
    [
        q(
            P,
            SL,
            "65岁及以上老年人健康管理人数",
            "定量",
            "≥1.82万人",
            10,
            "年内接受健康体检和健康指导的65岁及以上常住老年人数，以基本公共卫生服务管理系统统计为准",
            5,
        ),
        q(
            P,
            SL,
            "高血压患者规范管理人数",
            "定量",
            "≥6500人",
            10,
            "纳入管理的原发性高血压患者中按规范每年随访4次及以上的人数，以基本公共卫生服务管理系统统计为准",
            5,
        ),
        q(
            P,
            SL,
            "0-6岁儿童健康管理率",
            "定量",
            "≥90%",
            10,
            "计划管理儿童数/实际管理儿童数×100%",
            3,
            c={"R601": "planned ÷ actual: the ratio turned upside down"},
        ),
        q(
            P,
            ZL,
            "电子健康档案规范化建档率",
            "定量",
            "≥85%",
            10,
            "规范化建档人数/辖区常住人口数×100%",
            4,
        ),
        q(P, ZL, "基层医疗卫生机构服务质量", "定性", "合格", 10, "反映服务质量", 3, c=V403),
        q(
            P,
            SX,
            "补助资金拨付时间",
            "定性",
            "按季度拨付",
            10,
            "按季度将资金拨付至乡镇卫生院和村卫生室",
            3,
        ),
        q(
            P,
            CB,
            "人均基本公共卫生服务经费补助标准",
            "定量",
            "89元",
            10,
            "按辖区常住人口人均89元测算",
            4,
        ),
        q(
            E,
            SH,
            "居民健康水平",
            "定性",
            "明显提升",
            10,
            "反映居民健康水平提升情况",
            2,
            c=codes(V401, V403),
        ),
        q(
            E,
            KC,
            "基本公共卫生服务均等化水平",
            "定性",
            "持续提高",
            10,
            "城乡居民享有均等的基本公共卫生服务",
            2,
            c=V401,
        ),
        q(
            S,
            MY,
            "签约居民满意度",
            "定量",
            "≥85%",
            10,
            "年内签约高血压患者中按规范随访管理的人数占比",
            3,
            c={"C205": "a satisfaction rate described as a follow-up management rate"},
        ),
    ],
    title="白桦县卫生健康局2024年项目支出绩效目标表",
)


def overall_grid() -> Framed:
    f = Framed(Grid(4))
    f.grid.wide("单位名称", UNIT)
    f.grid.wide("部门预算总额（万元）", "3265.78")
    f.grid.wide("年度履职目标", T1.goal or "")
    header(f.grid, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, T1.rows, ["l1", "l2", "l3", "value"])
    return f


def project_grid() -> Framed:
    f = Framed(Grid(7))
    project_block(
        f.grid,
        T2,
        UNIT,
        "资金总额（万元）",
        "1268.40",
        "年度绩效目标",
        agency="县疾病预防控制中心、各乡镇卫生院",
    )
    header(f.grid, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "权重", "指标解释")
    indicator_body(f, T2.rows, ["l1", "l2", "l3", "nature", "value", "weight", "desc"])
    return f


def render_doc(doc: Doc) -> bytes:
    side = '<div class="side_nav"><ul><li><a href="#">机构职能</a></li><li><a href="#">部门预算</a></li></ul></div>'
    inner = [
        p(
            "根据《中华人民共和国预算法》及县财政局关于部门预算公开的要求，现将我局2024年部门整体及项目支出绩效目标公开如下："
        ),
        '<p style="text-align:center"><b><span style="font-size:14pt">'
        + T1.title
        + "</span></b></p>",
        cms_table(overall_grid().grid, pad_cols=(3,)),
        "<p>&nbsp;</p>",
        '<p style="text-align:center"><b><span style="font-size:14pt">'
        + T2.title
        + "</span></b></p>",
        '<p style="text-align:right">金额单位：万元</p>',
        cms_table(project_grid().grid, pad_cols=(4, 5)),
        p("附件：白桦县卫生健康局2024年部门预算公开表.xls"),
    ]
    return page(
        "白桦县卫生健康局2024年部门预算及绩效目标公开",
        "白桦县人民政府",
        "2024-02-06 16:30",
        [nested(inner, side)],
    )


DOC = Doc(
    "hd02_jilin_weijian",
    "hd02_jilin_weijian.html",
    UNIT,
    2024,
    {
        "format": "html",
        "encoding": "utf-8",
        "province": "吉林",
        "sector": "卫健",
        "framework": "产出/效益/满意度",
        "layout_patterns": "level1-missing-or-unfilled extra-columns several-tables goal-heading unit-year-framing",
    },
    [T1, T2],
    render=render_doc,
)
