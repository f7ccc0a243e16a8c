"""Heilongjiang, county health commission, 2025: an HTML page (UTF-8) with two project tables in
the 2021 framework (成本指标 as 一级), a value header with a gloss, 指标性质 and 指标方向 columns,
merged 一级/二级 cells as rowspans."""

from __future__ import annotations

from frame import HC, JC, KC, MY, SC, SH, SL, SX, ZL, C, E, P, S, project_table
from grid import html_table
from pages import p, page
from spec import Doc, R, Table

DEPT = "北岭县卫生健康局"


def q(nature: str, direction: str) -> dict[str, str]:
    return {"nature": nature, "direction": direction}


T1 = Table(
    "project",
    "基本公共卫生服务项目",
    412.6,
    "按照国家基本公共卫生服务规范，为辖区常住居民免费提供居民健康档案管理、老年人健康管理、"
    "慢性病患者健康管理等12类服务，人均补助标准不低于94元，提高居民健康素养水平。",
    [
        R(P, SL, "65岁及以上老年人健康管理人数", "≥1.2万人", 4, x=q("定量", "正向")),
        R(P, SL, "高血压患者规范管理人数", "≥6800人", 4, x=q("定量", "正向")),
        R(P, SL, "适龄儿童国家免疫规划疫苗接种率", "≥90%", 4, x=q("定量", "正向")),
        R(P, ZL, "居民电子健康档案规范化建档率", "≥65%", 4, x=q("定量", "正向")),
        R(P, ZL, "严重精神障碍患者规范管理率", "≥80%", 4, x=q("定量", "正向")),
        R(P, SX, "资金拨付时间", "按季度拨付", 3, x=q("定性", "正向")),
        R(C, JC, "人均基本公共卫生服务经费补助标准", "≥94元/人", 4, x=q("定量", "正向")),
        R(
            C,
            SC,
            "社会成本指标",
            "无",
            1,
            c={"T107": "unfilled template row: the 三级 repeats the 二级 name, value 无"},
            x=q("定性", ""),
        ),
        R(C, HC, "医疗废物规范处置率", "100%", 4, x=q("定量", "正向")),
        R(E, SH, "居民健康素养水平", "≥28%", 4, x=q("定量", "正向")),
        R(E, SH, "传染病及突发公共卫生事件报告率", "≥95%", 4, x=q("定量", "正向")),
        R(
            E,
            KC,
            "基本公共卫生服务水平",
            "不断提高",
            2,
            c={"V401": "不断提高 with no criterion"},
            x=q("定性", "正向"),
        ),
        R(
            S,
            MY,
            "城乡居民对基本公共卫生服务满意度",
            "≥75%",
            3,
            c={"V405": "satisfaction target below 80%"},
            x=q("定量", "正向"),
        ),
    ],
    title="2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "家庭医生签约服务补助资金",
    96.0,
    "组建家庭医生团队46个，重点人群签约服务覆盖率达到75%以上，规范履约，改善签约居民就医体验。",
    [
        R(P, SL, "重点人群签约服务覆盖率", "≥75%", 4, x=q("定量", "正向")),
        R(P, SL, "组建家庭医生团队数量", "≥46个", 4, x=q("定量", "正向")),
        R(P, ZL, "签约居民规范履约率", "≥90%", 4, x=q("定量", "正向")),
        R(
            P,
            SX,
            "签约服务费拨付及时率",
            "12月底",
            3,
            c={"U301": "a rate given as a month"},
            x=q("定性", "正向"),
        ),
        R(
            C,
            JC,
            "签约服务费补助标准",
            "12元",
            3,
            c={"U301": "a per-person standard in bare 元, the name carries no denominator"},
            x=q("定量", "正向"),
        ),
        R(
            E,
            SH,
            "签约居民就诊秩序",
            "明显改善",
            2,
            c={"V401": "明显改善 with no criterion"},
            x=q("定性", "正向"),
        ),
        R(
            E,
            SH,
            "重点人群健康管理效果",
            "达到预期目标",
            2,
            c={"V402": "达到预期目标 fits any project"},
            x=q("定性", "正向"),
        ),
        R(S, MY, "签约居民满意度", "≥90%", 4, x=q("定量", "正向")),
    ],
    title="2025年项目支出绩效目标表",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值（含计量单位）", "指标性质", "指标方向"]
KEYS = ["l1", "l2", "l3", "value", "nature", "direction"]


def render_doc(doc: Doc) -> bytes:
    body = [
        p(
            "根据《中华人民共和国预算法》和县财政局关于部门预算公开的要求，现将我单位2025年项目支出绩效目标公开如下。"
        ),
        p("附件3"),
    ]
    for n, (t, money) in enumerate(((T1, "412.60"), (T2, "96.00")), 1):
        f = project_table(
            t, DEPT, HEAD, KEYS, "项目资金（万元）", f"年度资金总额：{money}", "总体目标"
        )
        body += [f"<h3>（{n}）{t.project}</h3>", p(t.title + "　　单位：万元"), html_table(f.grid)]
    body.append(p("注：指标方向“正向”指数值越大越好，“反向”指数值越小越好。"))
    return page(
        "北岭县卫生健康局2025年部门预算项目绩效目标公开", "北岭县人民政府", "2025-02-14", body
    )


DOC = Doc(
    id="hc02_heilongjiang_weijian",
    file="hc02_heilongjiang_weijian.html",
    unit=DEPT,
    year=2025,
    tags={
        "format": "html",
        "encoding": "utf-8",
        "province": "黑龙江",
        "sector": "卫健",
        "layout_patterns": "level1-once extra-columns value-header-gloss goal-heading several-tables "
        "unit-year-framing",
    },
    tables=[T1, T2],
    render=render_doc,
)
