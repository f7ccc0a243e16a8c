"""hb10 · 湖北 · 堵河县林业局: text copied from a web page, saved as GB18030. The first table has no 三级 column
(一级 | 二级 | 指标值, the value cell names the indicator), cells separated by single spaces,
一级 once per block. The second table one cell per line with indentation; its first merged 二级
printed below the block's first row, so the table's first row carries no 二级."""

from __future__ import annotations

from grid import Text, block_labels
from spec import Doc, R, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, ST, JJ, KX, MY = (
    "社会效益指标",
    "生态效益指标",
    "经济效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
)
NO3 = "the table has no 三级 column: the value cell names the indicator; level3 left empty"

T1 = Table(
    kind="project",
    project="天然林保护修复补助",
    budget_wan=428.6,
    goal="落实天然林管护责任32.6万亩，聘用生态护林员146名，森林覆盖率稳定在68%以上。",
    title="天然林保护修复补助项目绩效目标表",
    extra={"budget_source": "项目资金（万元）：428.60"},
    rows=[
        R(P, "数量指标", "", "管护天然林面积32.6万亩", 4),
        R(P, "数量指标", "", "聘用生态护林员146名", 4),
        R(P, "质量指标", "", "森林资源管护责任落实率100%", 4),
        R(P, "时效指标", "", "补助资金于2024年6月底前拨付到位", 4),
        R(P, "成本指标", "", "天然林管护补助标准每亩每年10元", 4),
        R(
            E,
            ST,
            "",
            "森林覆盖率稳定在XX%以上",
            1,
            c={"T107": "指标值留着模板占位符“XX”"},
        ),
        R(E, SL, "", "带动脱贫人口及监测对象就业146人", 4),
        R(
            E,
            KX,
            "",
            "天然林资源持续增长",
            2,
            c={"V401": "只写“持续增长”，没有增长的数量"},
        ),
        R(S, MY, "", "生态护林员满意度≥90%", 4),
    ],
)
for _r in T1.rows:
    _r.note = NO3

T2 = Table(
    kind="project",
    project="森林抚育补助",
    budget_wan=150.0,
    goal="完成国有林场和集体林森林抚育1.5万亩、补植补造2000亩，改善林分结构，提高森林质量。",
    title="森林抚育补助项目绩效目标表",
    extra={"budget_source": "项目资金（万元）：150.00"},
    rows=[
        R(
            P,
            "数量指标",
            "森林抚育作业面积",
            "≥1.5万亩",
            4,
            note="二级 not printed on this row: the merged cell's text stands lower in its block",
        ),
        R(P, "数量指标", "补植补造面积", "≥2000亩", 4),
        R(P, "质量指标", "抚育作业检查验收合格率", "≥95%", 4),
        R(P, "时效指标", "抚育作业完成时间", "2024年11月30日前", 4),
        R(P, "成本指标", "亩均抚育补助", "100元", 4),
        R(E, ST, "抚育林分蓄积年均增长量", "≥0.3立方米/亩", 4),
        R(E, JJ, "带动林农务工增收", "≥90万元", 4),
        R(S, MY, "林农满意度", "≥90%", 4),
    ],
)


def _t1(t: Text) -> None:
    t.add(
        T1.title,
        "项目名称 " + T1.project + " 主管部门 堵河县林业局 实施单位 堵河县林业局",
        "项目资金（万元） 428.60",
        "年度目标 " + (T1.goal or ""),
        "一级指标 二级指标 指标值",
    )
    l1s = block_labels([r.l1 for r in T1.rows], "first")
    for r, l1 in zip(T1.rows, l1s):
        t.row(r, " ".join(c for c in (l1, r.l2, r.value) if c))


def _t2(t: Text) -> None:
    t.add(
        T2.title,
        "项目名称",
        "  " + T2.project,
        "项目资金（万元）",
        "  150.00",
        "年度目标",
        "  " + (T2.goal or ""),
        "一级指标",
        "  二级指标",
        "      三级指标",
        "          指标值",
    )
    prev1 = prev2 = ""
    for i, r in enumerate(T2.rows):
        lines = []
        if r.l1 != prev1:
            lines.append("  " + r.l1)
            prev1 = r.l1
        if r.l2 != prev2 and i > 0:
            lines.append("    " + r.l2)
        prev2 = r.l2
        t.row(r, *lines, "      " + r.l3, "          " + r.value)
        if i == 0:  # the first merged 二级 printed after the block's first indicator
            t.add("    " + r.l2)


def render(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "堵河县林业局2024年项目支出绩效目标表",
        "发布日期：2024-02-18",
        "",
    )
    _t1(t)
    t.add("")
    _t2(t)
    return t.data("gb18030")


DOC = Doc(
    id="hb10_hubei_linye",
    file="hb10_hubei_linye.txt",
    unit="堵河县林业局",
    year=2024,
    tags={
        "province": "湖北",
        "county": "堵河县",
        "sector": "林业",
        "format": "txt",
        "encoding": "gb18030",
        "layout_patterns": "spaces:single no-level3 indentation:ascii level2-missing-or-repeated:missing-first-rows level1-once:own-line goal-heading:年度目标 several-tables unit-year-framing:title+发布日期",
    },
    tables=[T1, T2],
    render=render,
)
