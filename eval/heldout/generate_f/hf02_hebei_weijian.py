"""hf02 · Hebei, 坝上县卫生健康局, 2023 project targets on an older CMS page (GBK): `<font>`
cells, zero-width spaces in the header labels, the value split into 符号 | 数值 | 单位 beside
指标性质 and 权重, a value header with a gloss, a 二级 broken over two lines."""

from __future__ import annotations

from emit import Tab, html_file
from frame import CB, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import U304, U307, V401, codes, tags
from spec import Doc, R, Table

UNIT = "坝上县卫生健康局"
BROKEN = {"printed_l2": "社会效益\n指标"}
NOTE_BROKEN = "二级 printed broken over two lines (社会效益 / 指标)"


def sv(sym: str, num: str, unit: str, nature: str, weight: str, **more: str) -> dict[str, object]:
    out: dict[str, object] = {"parts": [sym, num, unit], "nature": nature, "weight": weight}
    out.update(more)
    return out


T1 = Table(
    "project",
    "基本公共卫生服务项目",
    1036.8,
    "按人均89元标准为全县11.65万常住人口免费提供12类国家基本公共卫生服务，"
    "65岁及以上老年人健康管理率达到65%以上，高血压、2型糖尿病患者规范管理率达到62%以上。",
    [
        R(P, SL, "65岁及以上老年人健康管理率", "≥65%", 4, x=sv("≥", "65", "%", "定量", "10")),
        R(P, SL, "高血压患者规范管理率", "≥62%", 4, x=sv("≥", "62", "%", "定量", "10")),
        R(P, SL, "2型糖尿病患者规范管理率", "≥62%", 4, x=sv("≥", "62", "%", "定量", "10")),
        R(P, SL, "0-6岁儿童健康管理率", "≥90%", 4, x=sv("≥", "90", "%", "定量", "10")),
        R(P, ZL, "电子健康档案建档率", "≥90", 3, c=codes(U304), x=sv("≥", "90", "", "定量", "10")),
        R(P, ZL, "孕产妇系统管理率", "≧90%", 4, c=codes(U307), x=sv("≧", "90", "%", "定量", "10")),
        R(P, SX, "资金拨付时效", "按季度拨付", 3, x=sv("", "", "按季度拨付", "定性", "5")),
        R(P, CB, "人均基本公共卫生服务经费补助标准", "89元", 4, x=sv("", "89", "元", "定量", "5")),
        R(
            E,
            SH,
            "城乡居民公共卫生差距",
            "不断缩小",
            2,
            c=codes(V401),
            x=sv("", "", "不断缩小", "定性", "10", **BROKEN),
            note=NOTE_BROKEN,
        ),
        R(
            E,
            SH,
            "居民健康素养水平",
            "≥25%",
            4,
            x=sv("≥", "25", "%", "定量", "10", **BROKEN),
            note=NOTE_BROKEN,
        ),
        R(S, MY, "服务对象满意度", "≥85%", 4, x=sv("≥", "85", "%", "定量", "10")),
    ],
    title="坝上县卫生健康局2023年项目支出绩效目标表",
    unit_line="金额单位：万元",
)
T2 = Table(
    "project",
    "计划生育家庭特别扶助金",
    98.64,
    "为全县独生子女伤残、死亡家庭822人按每人每月100元左右标准发放特别扶助金，按季度足额发放。",
    [
        R(P, SL, "特别扶助对象人数", "822人", 4, x=sv("", "822", "人", "定量", "20")),
        R(P, ZL, "扶助资金发放准确率", "100%", 4, x=sv("＝", "100", "%", "定量", "20")),
        R(
            P,
            SX,
            "扶助金发放时间",
            "每季度首月底前",
            4,
            x=sv("", "", "每季度首月底前", "定性", "10"),
        ),
        R(P, CB, "特别扶助标准", "1200元/人·年", 4, x=sv("", "1200", "元/人·年", "定量", "10")),
        R(
            E,
            SH,
            "扶助对象基本生活保障",
            "有效保障",
            2,
            c=codes(V401),
            x=sv("", "", "有效保障", "定性", "20", **BROKEN),
            note=NOTE_BROKEN,
        ),
        R(S, MY, "扶助对象满意度", "≥90%", 4, x=sv("≥", "90", "%", "定量", "20")),
    ],
    title="坝上县卫生健康局2023年项目支出绩效目标表",
    unit_line="金额单位：万元",
)
T2.rows[1].x["parts"] = ["＝", "100", "%"]
T2.rows[1].value = "＝100%"

HEAD = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "指标值（目标值）",
    "度量单位",
    "权重",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight"]


def render(doc: Doc) -> bytes:
    t1 = project_table(T1, UNIT, HEAD, KEYS, "资金总额（万元）", "1036.80")
    t2 = project_table(T2, UNIT, HEAD, KEYS, "资金总额（万元）", "98.64")
    return html_file(
        [T1.title, "金额单位：万元", Tab(t1), T2.title, "金额单位：万元", Tab(t2)],
        "坝上县卫生健康局2023年部门预算项目绩效目标公开",
        "坝上县人民政府",
        "2023-02-14 09:30",
        charset="gbk",
        style="font",
    )


DOC = Doc(
    "hf02_hebei_weijian",
    "hf02_hebei_weijian.html",
    UNIT,
    2023,
    tags(
        "html",
        "gbk",
        "河北",
        "卫健",
        "split-value extra-columns value-header-gloss broken-labels several-tables",
    ),
    [T1, T2],
    render=render,
)
