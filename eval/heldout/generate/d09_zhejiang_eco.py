"""浙江 · 金华市生态环境局松川分局: a project sheet copied out of a PDF where the indicator tree
became indented lines, one cell per line (UTF-8).

Patterns: indentation shows the hierarchy, one cell per line (the 一级 on a line of its own);
spaced-out label (绩 效 指 标); requirement marks in the labels ((必选)); several 二级 merged into
one (经济与社会效益指标); goals under 中期目标 and 年度目标.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "金华市生态环境局松川分局"
PROJECT = "松川县大气污染防治专项"
MID_GOAL = "到2025年，全县PM2.5年均浓度控制在28微克/立方米以内，空气质量优良天数比率保持在93%以上。"
GOAL = (
    "完成12家重点企业挥发性有机物深度治理，建成4个大气自动监测微站，抽查餐饮油烟净化设施150户以上，"
    "全年PM2.5年均浓度不高于28微克/立方米。"
)
MARK = "标签内“（必选）”按原文保留"
MERGED = "二级“经济与社会效益指标”合并了经济效益与社会效益"

ROWS = [
    R("产出指标（必选）", "数量指标（必选）", "VOCs深度治理企业数", "≥12家", 4, note=MARK),
    R("产出指标（必选）", "数量指标（必选）", "新建大气自动监测微站", "4个", 4, note=MARK),
    R("产出指标（必选）", "数量指标（必选）", "餐饮油烟净化设施抽查户数", "≥150户", 4, note=MARK),
    R("产出指标（必选）", "质量指标（必选）", "监测数据有效率", "≥90%", 4, note=MARK),
    R("产出指标（必选）", "质量指标（必选）", "治理设施验收达标率", "100%", 4, note=MARK),
    R("产出指标（必选）", "时效指标（必选）", "深度治理完成时间", "2024年10月底前", 4, note=MARK),
    R("产出指标（必选）", "成本指标（必选）", "单家企业治理补助", "≤15万元/家", 4, note=MARK),
    R(
        "效益指标（必选）",
        "经济与社会效益指标",
        "群众大气环境信访件数",
        "下降",
        2,
        {"V401": "“下降”无幅度标准"},
        note=MARK + "；" + MERGED,
    ),
    R(
        "效益指标（必选）",
        "经济与社会效益指标",
        "带动企业环保投入",
        "≥600万元",
        4,
        note=MARK + "；" + MERGED,
    ),
    R("效益指标（必选）", "生态效益指标", "PM2.5年均浓度", "≤28微克/立方米", 4, note=MARK),
    R("效益指标（必选）", "生态效益指标", "空气质量优良天数比率", "≥93%", 4, note=MARK),
    R(
        "效益指标（必选）",
        "生态效益指标",
        "臭氧浓度",
        "逐步下降",
        2,
        {"V401": "“逐步下降”无判定标准"},
        note=MARK,
    ),
    R(
        "效益指标（必选）",
        "可持续影响指标",
        "大气污染防治长效机制",
        "健全",
        2,
        {"V401": "“健全”无判定标准"},
        note=MARK,
    ),
    R(
        "满意度指标（必选）",
        "服务对象满意度指标（必选）",
        "公众对生态环境满意度",
        "≥85%",
        4,
        note=MARK,
    ),
]


def build() -> Doc:
    table = Table(
        "project",
        "project",
        PROJECT,
        260.0,
        GOAL,
        "2024年度项目支出绩效目标申报表",
        ROWS,
        extra={
            "budget_source": {"unit": "万元", "资金总额": "260.00", "财政拨款": "260.00"},
            "mid_term_goal": MID_GOAL,
        },
    )
    doc = Doc(
        id="hl09_zhejiang_eco",
        filename="hl09_zhejiang_eco.txt",
        unit=UNIT,
        year=2024,
        province="浙江",
        fmt="txt",
        encoding="utf-8",
        patterns=[
            "1.indentation",
            "1.broken-labels:spaced(绩 效 指 标)",
            "2.level1-once:own-line",
            "2.label-notes:(必选)",
            "2.nonstandard-names:merged(经济与社会效益指标)",
            "4.goal-heading:中期目标+年度目标",
            "4.unit-year-framing:title-line",
        ],
        tables=[table],
    )
    lines = Lines()
    lines.add(
        "2024年度项目支出绩效目标申报表",
        "",
        f"项目名称：{PROJECT}",
        f"主管部门：{UNIT}",
        f"实施单位：{UNIT}",
        "项目资金：总额 260.00万元（其中财政拨款260.00万元，其他资金0万元）",
        "中期目标（2023—2025年）：",
        f"    {MID_GOAL}",
        "年度目标（2024年）：",
        f"    {GOAL}",
        "",
        "绩 效 指 标",
        "一 级 指 标    二 级 指 标    三 级 指 标    指 标 值",
    )
    prev1 = prev2 = None
    for r in ROWS:
        if r.level1 != prev1:
            lines.add(f"  {r.level1}")
            prev1 = r.level1
        if (r.level1, r.level2) != prev2:
            lines.add(f"    {r.level2}")
            prev2 = (r.level1, r.level2)
        lines.row(r, f"      {r.level3}", f"        {r.value}")
    lines.add("", "填报单位（盖章）：金华市生态环境局松川分局        填报日期：2024年1月12日")
    lines.write(doc.path)
    return doc
