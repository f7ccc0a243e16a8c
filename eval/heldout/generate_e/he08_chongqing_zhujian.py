"""he08 — 重庆 彭溪县住房和城乡建设委员会, 2025, ruled PDF with a running header and page footer:
the first table continues on the next page (header and footer between two of its rows), merged
label cells centred vertically, 二级 labels broken over two lines, a value header with a gloss."""

from __future__ import annotations

from typing import Any

from emit import Tab, pdf_file
from frame import CB, JJ, MY, SH, SL, ST, SX, ZL, E, P, S, project_table
from kit import V402, V404, codes, tags
from spec import Doc, R, Row, Table

UNIT = "彭溪县住房和城乡建设委员会"
HEAD = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值（包含数字及文字描述）",
    "指标值确定依据",
]
KEYS = ["l1", "l2", "l3", "value", "basis"]
WIDTHS = (30, 30, 80, 70, 63)
BROKEN = {
    SH: "社会效益\n指标",
    JJ: "经济效益\n指标",
    ST: "生态效益\n指标",
    MY: "服务对象\n满意度指标",
}


def b(l1: str, l2: str, l3: str, value: str, spec: int, **kw: Any) -> Row:
    """A row whose 二级 cell is printed broken over two lines."""
    return R(
        l1,
        l2,
        l3,
        value,
        spec,
        x={"printed_l2": BROKEN[l2]},
        note="二级 printed broken over two lines",
        **kw,
    )


T1 = Table(
    "project",
    "城镇老旧小区改造",
    1860.0,
    "完成城南片区12个老旧小区改造，涉及居民2140户、建筑面积18.6万平方米，"
    "改造供排水管网9.2公里、加装电梯16部，2025年11月底前全部完工。",
    [
        R(
            P,
            SL,
            "改造老旧小区数量",
            "12个",
            5,
            basis="《彭溪县2025年城镇老旧小区改造计划》",
        ),
        R(P, SL, "惠及居民户数", "2140户", 5, basis="2025年城镇老旧小区改造计划"),
        R(P, SL, "改造建筑面积", "≥18.6万平方米", 5, basis="改造计划及初步设计"),
        R(P, SL, "改造供排水管网长度", "≥9.2公里", 5, basis="初步设计"),
        R(P, SL, "加装电梯数量", "16部", 4, basis="居民申请汇总"),
        R(P, ZL, "工程竣工验收合格率", "100%", 4, basis="行业标准", c=V404),
        R(
            P,
            ZL,
            "工程质量安全事故发生次数",
            "0次",
            4,
            basis="《建设工程质量管理条例》",
        ),
        R(P, SX, "项目开工时间", "2025年4月底前", 4, basis="改造计划"),
        R(P, SX, "项目完工时间", "2025年11月底前", 4, basis="改造计划"),
        R(P, CB, "户均改造成本", "≤8.7万元/户", 4, basis="概算批复"),
        b(
            E,
            SH,
            "小区居住环境",
            "明显改善",
            2,
            basis="现实需求",
            c=codes({"V401": "direction without a criterion"}, V404),
        ),
        b(E, JJ, "带动居民消费及社会投资", "≥1200万元", 4, basis="历史数据"),
        b(E, ST, "雨污分流改造小区占比", "100%", 4, basis="初步设计"),
        b(S, MY, "改造小区居民满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="彭溪县2025年城镇老旧小区改造项目绩效目标表",
)

T2 = Table(
    "project",
    "农村低收入群体等重点对象住房安全保障",
    312.0,
    "完成农村低收入群体等重点对象危房改造260户，改造后房屋全部达到安全住房标准。",
    [
        R(P, SL, "危房改造户数", "260户", 5, basis="农村住房安全动态监测台账"),
        R(P, ZL, "改造后房屋安全鉴定合格率", "100%", 4, basis="行业标准", c=V404),
        R(P, SX, "补助资金兑付时间", "竣工验收后30日内", 4, basis="资金管理办法"),
        R(P, CB, "户均补助标准", "≤1.2万元/户", 4, basis="市级补助标准"),
        b(
            E,
            SH,
            "重点对象住房安全保障",
            "达到预期目标",
            2,
            basis="工作需要",
            c=codes(V402, V404),
        ),
        b(S, MY, "改造户满意度", "≥95%", 4, basis="入户回访"),
    ],
    title="彭溪县2025年农村低收入群体等重点对象住房安全保障项目绩效目标表",
)


def render(doc: Doc) -> bytes:
    blocks: list[Any] = [
        "# 彭溪县住房和城乡建设委员会2025年项目支出绩效目标表",
        "一、项目绩效目标编制情况",
        "按照《彭溪县县级预算绩效管理办法》要求，本单位对2025年全部项目支出编制了绩效目标，"
        "经县财政局审核后随部门预算一并批复。现将城镇老旧小区改造、农村低收入群体等重点对象住房安全保障"
        "两个重点项目的绩效目标公开如下。",
        "二、绩效目标执行监控安排",
        "本单位将按季度开展绩效运行监控，对偏离目标的项目及时采取纠偏措施，"
        "年度终了后开展绩效自评并将结果报送县财政局。",
        "三、重点项目绩效目标表",
    ]
    for n, t in enumerate(doc.tables, 1):
        f = project_table(t, UNIT, HEAD, KEYS, "项目资金（万元）", f"{t.budget_wan:.2f}")
        blocks += [f"表{n}  {t.title}", Tab(f, widths=WIDTHS)]
    return pdf_file(blocks, ruled=True, header="彭溪县住房和城乡建设委员会2025年部门预算", size=10)


DOC = Doc(
    "he08_chongqing_zhujian",
    "he08_彭溪县住建委2025项目绩效目标.pdf",
    UNIT,
    2025,
    tags(
        "pdf",
        "ruled furniture",
        "重庆",
        "住建",
        "broken-labels value-header-gloss several-tables level1-once unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
