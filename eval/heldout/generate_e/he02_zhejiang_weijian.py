"""he02 — 浙江 瓯宁县卫生健康局, 2024, HTML (UTF-8) from a CMS: nested layout tables, inline
styles, &nbsp; around cell text; the value split into 指标性质 | 符号 | 数值 | 单位 with 权重;
the 2021 framework (成本 as 一级); two project tables."""

from __future__ import annotations

from typing import Any

from emit import Tab, html_file
from frame import JC, MY, SH, SL, SX, ZL, C, E, P, S, project_table
from kit import U307, V401, tags
from spec import Doc, R, Row, Table

UNIT = "瓯宁县卫生健康局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "符号", "数值", "单位", "权重"]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight"]


def q(l1: str, l2: str, l3: str, parts: tuple[str, str, str], w: int, spec: int, **kw: Any) -> Row:
    """A quantitative row printed as 定量 | comparator | number | unit."""
    x = {"parts": list(parts), "nature": "定量", "weight": str(w)}
    return R(l1, l2, l3, "".join(parts), spec, x=x, **kw)


def t(l1: str, l2: str, l3: str, text: str, w: int, spec: int, **kw: Any) -> Row:
    """A qualitative row: 定性, the text in the 数值 column."""
    x = {"parts": ["", text, ""], "nature": "定性", "weight": str(w)}
    return R(l1, l2, l3, text, spec, x=x, **kw)


T1 = Table(
    "project",
    "基本公共卫生服务项目",
    612.5,
    "按人均94元标准为全县38.2万常住人口提供14类国家基本公共卫生服务，"
    "65岁及以上老年人健康管理率达到62%以上，高血压、糖尿病患者规范管理率达到65%以上。",
    [
        q(P, SL, "65岁及以上老年人健康管理人数", ("≥", "3.6", "万人"), 10, 4),
        q(P, SL, "适龄儿童国家免疫规划疫苗接种率", ("≥", "90", "%"), 10, 4),
        q(P, ZL, "高血压患者规范管理率", ("≧", "65", "%"), 10, 4, c=U307),
        q(P, ZL, "糖尿病患者规范管理率", ("≥", "65", "%"), 10, 4),
        q(P, ZL, "居民电子健康档案建档率", ("≥", "90", "%"), 5, 4),
        t(P, SX, "补助资金下达时限", "按季度预拨、年终结算", 5, 3),
        q(C, JC, "人均基本公共卫生服务经费标准", ("＝", "94", "元/人"), 10, 4),
        q(C, "社会成本指标", "因服务不到位引发的投诉件数", ("≤", "5", "件"), 5, 4),
        t(E, SH, "居民健康素养水平", "逐步提升", 10, 2, c=V401),
        q(E, SH, "传染病及突发公共卫生事件报告及时率", ("≥", "95", "%"), 10, 4),
        q(S, MY, "城乡居民对基本公共卫生服务满意度", ("≥", "85", "%"), 15, 4),
    ],
    title="2024年瓯宁县基本公共卫生服务项目绩效目标表",
)

T2 = Table(
    "project",
    "家庭医生签约服务补助",
    95.0,
    "全县重点人群家庭医生签约覆盖率达到75%以上，签约居民续约率不低于85%。",
    [
        q(P, SL, "重点人群签约人数", ("≥", "7.8", "万人"), 15, 4),
        q(P, SL, "家庭医生团队数量", ("≥", "96", "个"), 10, 4),
        q(P, ZL, "重点人群签约覆盖率", ("≥", "75", "%"), 15, 4),
        q(P, ZL, "签约居民续约率", ("≥", "85", "%"), 10, 4),
        t(P, SX, "签约服务费结算时间", "次年3月底前", 10, 3),
        q(C, JC, "签约服务费财政补助标准", ("＝", "12", "元/人·年"), 10, 4),
        q(E, SH, "签约居民基层就诊率", ("≥", "60", "%"), 15, 4),
        q(S, MY, "签约居民满意度", ("≥", "90", "%"), 15, 4),
    ],
    title="2024年瓯宁县家庭医生签约服务补助项目绩效目标表",
)


def render(doc: Doc) -> bytes:
    blocks: list[Any] = ["瓯宁县卫生健康局2024年部门预算项目绩效目标公开如下："]
    for tb in doc.tables:
        f = project_table(tb, UNIT, HEAD, KEYS, "年度预算（万元）", f"{tb.budget_wan:.2f}")
        blocks += [tb.title, Tab(f, {"pad_cols": (2, 5)})]
    blocks.append("附件：瓯宁县卫生健康局2024年部门预算项目绩效目标表.xls")
    return html_file(
        blocks,
        "瓯宁县卫生健康局2024年项目绩效目标公开",
        "瓯宁县人民政府",
        "2024-02-19 16:05",
        side="<ul><li>信息公开指南</li><li>依申请公开</li></ul>",
    )


DOC = Doc(
    "he02_zhejiang_weijian",
    "he02_瓯宁县卫健局_项目绩效目标.html",
    UNIT,
    2024,
    tags(
        "html",
        "utf-8 cms",
        "浙江",
        "卫健",
        "split-value extra-columns several-tables unit-year-framing",
        framework="2021",
    ),
    [T1, T2],
    render=render,
)
