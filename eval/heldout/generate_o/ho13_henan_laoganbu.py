"""河南 · 中共滍阳县委老干部局: UTF-8 text. A table copied one cell per line with the hierarchy
shown by indentation, each 三级 name numbered `指标1：`; a second copied from a PDF with the
cells of each row run together, the 满意度 labels spaced out and placeholder lines
(`指标3：`, `……`) left from the template."""

from __future__ import annotations

from dsl import rows
from emit import Tab, indented_table, text_file
from frame import E, P, S
from kit import build, tags
from spec import Doc, Table

DEPT = "中共滍阳县委老干部局"

T1 = Table(
    kind="project",
    project="老干部活动中心运行经费",
    budget_wan=22.0,
    goal="保障县老干部活动中心全年开放300天以上，组织文体活动24场以上，丰富离退休干部精神文化生活。",
    rows=rows(
        f"""
{P} | 数量指标 | 指标1：老干部活动中心开放天数 | ≥300天 | 4 |
    |          | 指标2：组织文体活动场次 | ≥24场 | 4 |
    | 质量指标 | 指标1：活动场所安全事故 | ≤0.5起 | 3 | U306
    | 时效指标 | 指标1：设施维修响应时间 | ≤3日 | 4 |
    | 成本指标 | 指标1：活动中心年运行费用 | ≤22万元 | 4 |
{E} | 社会效益指标 | 指标1：老干部参与活动人次 | ≥6000人次 | 3 | C206:participant count (an output) under 社会效益
    | 可持续影响指标 | 指标1：老干部精神文化生活 | 丰富多彩 | 2 | V401
{S} | 服务对象满意度指标 | 指标1：离退休干部满意度 | ≥95% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)

T2 = Table(
    kind="project",
    project="老年大学办学经费",
    budget_wan=15.0,
    goal="1.开设书画、声乐、太极、智能手机应用等教学班16个以上。2.开设书画、声乐、太极、智能手机应用等教学班16个以上。",
    codes={"T103": "goal item 2 repeats item 1"},
    rows=rows(
        f"""
{P} | 数量指标 | 开设教学班 | ≥16个 | 4 |
    |          | 注册学员人数 | ≥800人 | 4 |
    | 质量指标 | 学员结业率 | ≥90% | 4 |
    | 时效指标 | 春秋两季开学时间 | 3月、9月 | 4 |
    | 成本指标 | 外聘教师课时费标准 | ≤200元/课时 | 4 |
{E} | 社会效益指标 | 老年人终身学习参与率 | 提高 | 2 | V401
{S} | 服务对象满意度指标 | 学员满意度 | ≥90% | 4 | | 满 意 度 指 标 | 服 务 对 象 满 意 度 指 标
""",
        "l1 l2 l3 value spec codes printed_l1 printed_l2",
    ),
    extra={"placeholders": ["指标3：(after row 2)", "……(after row 7)"]},
)


def render(doc: Doc) -> bytes:
    t1 = indented_table(
        "一、老干部活动中心运行经费绩效目标表",
        [
            ("项目名称", T1.project),
            ("资金总额", "22万元"),
            ("总体目标", T1.goal or ""),
            ("指标", "一级指标/二级指标/三级指标/指标值"),
        ],
        T1.rows,
        indent=(0, 2, 4, 6),
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=[("项目名称", T2.project), ("资金总额", "15万元"), ("总体目标", T2.goal or "")],
        after={2: [["", "", "指标3：", ""]], 7: [["……", "", "", ""]]},
    )
    return text_file(
        [
            "中共滍阳县委老干部局",
            "2025年度项目支出绩效目标",
            "",
            t1,
            "",
            "二、老年大学办学经费绩效目标表",
            Tab(f2, {"style": "together"}),
            "",
            "滍阳县委老干部局",
            "2025年1月26日",
        ]
    )


DOC = Doc(
    id="ho13_henan_laoganbu",
    file="ho13_河南中共滍阳县委老干部局_2025.txt",
    unit=DEPT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8",
        "河南",
        "老干部",
        "indentation run-together broken-labels prefixes-placeholders goal-heading several-tables",
    ),
    tables=[T1, T2],
    render=render,
)
