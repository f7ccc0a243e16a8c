"""hi19 河北 · 漳北县城市管理综合执法局 2025: a ruled PDF (landscape, no page furniture). Amounts in
元; table 1 shows the annual and the mid-term (2025—2027) targets side by side, 三级 names numbered
`指标1:` and `……` placeholder lines; table 2 is cut off inside its last row where the published
excerpt ends."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import wan
from iframe import headed_table
from kit import tags
from spec import Doc, Table

UNIT = "漳北县城市管理综合执法局"
NOTE = "三级 printed with its 指标n: prefix"

T1 = Table(
    "project",
    "城区生活垃圾清运及公厕保洁",
    wan(3650000),
    "城区生活垃圾日均清运180吨、日产日清，46座公厕保洁达标，城区环境卫生持续改善。",
    rows(
        """
产出指标 | 数量指标 | 指标1:日均生活垃圾清运量 | ≥180吨 | ≥180吨 | 4 |
         |          | 指标2:保洁公厕数量 | ＝46座 | ≥50座 | 4 |
         | 质量指标 | 指标1:垃圾日产日清率 | 100% | 100% | 4 |
         |          | 指标2:公厕保洁达标率 | ≥95% | ≥95% | 4 |
         |          | 指标3:清运车辆交通事故 | ≤0.5起 | 0起 | 3 | U306
         | 时效指标 | 指标1:垃圾清运完成时间 | 每日22:00前 | 每日22:00前 | 4 |
         | 成本指标 | 指标1:垃圾清运单价 | ≤48元/吨 | ≤50元/吨 | 4 |
效益指标 | 社会效益指标 | 指标1:城区环境卫生 | 明显改善 | 持续改善 | 2 | V401
         | 生态效益指标 | 指标1:生活垃圾无害化处理率 | 100% | 100% | 4 |
满意度指标 | 服务对象满意度指标 | 指标1:市民满意度 | ≥85% | ≥90% | 4 |
""",
        "l1 l2 l3 value mid_value spec codes",
        note=NOTE,
    ),
    title="漳北县2025年项目支出绩效目标表",
    extra={
        "budget_source": "3,650,000.00 元 (年度资金)",
        "mid_term_budget_wan": wan(10950000),
        "mid_term_goal": "2025—2027年城区生活垃圾无害化处理率保持100%，公厕增至50座并全部达到二类以上标准。",
        "placeholders": ["…… after row 2", "…… after row 7"],
    },
)

T2 = Table(
    "project",
    "城市管理执法装备购置",
    wan(286000),
    "为一线执法队员配备执法记录仪60台、电动巡逻车4辆，提升执法规范化水平。",
    rows(
        """
产出指标 | 数量指标 | 指标1:购置执法记录仪 | ≥60台 | 4 |
         |          | 指标2:购置执法电动巡逻车 | 4辆 | 4 |
         | 质量指标 | 指标1:装备验收合格率 | 100% | 4 |
         | 时效指标 | 指标1:装备配发时间 | 2025年5月底前 | 4 |
         | 成本指标 | 指标1:执法记录仪单价 | ≤2500元 | 4 |
效益指标 | 社会效益指标 | 指标1:执法规范化水平 | 显著提升 | 2 | V401
         |              | 指标2:执法行为投诉件数 | ≥10件 | 3 | U305:≥ on complaints, a measure that should stay low
""",
        "l1 l2 l3 value spec codes",
        note=NOTE,
    ),
    title="漳北县2025年项目支出绩效目标表",
    extra={
        "budget_source": "286,000.00 元 (年度资金)",
        "cut_off": "the excerpt ends inside the next row: 满意度指标 服务对象满意度指标 指标1:执法",
    },
)


def render(doc: Doc) -> bytes:
    f1 = headed_table(
        T1,
        [
            ("项目名称", T1.project),
            ("主管部门", UNIT),
            ("年度资金（元）", "3,650,000.00"),
            ("中期资金（元）", "10,950,000.00"),
            ("年度目标", T1.goal or ""),
            ("中期目标", T1.extra["mid_term_goal"]),
        ],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值（2025—2027年）"],
        ["l1", "l2", "l3", "value", "mid_value"],
        after={2: [["", "", "……", "", ""]], 7: [["", "", "……", "", ""]]},
    )
    f2 = headed_table(
        T2,
        [
            ("项目名称", T2.project),
            ("主管部门", UNIT),
            ("年度资金（元）", "286,000.00"),
            ("年度目标", T2.goal or ""),
        ],
        ["一级指标", "二级指标", "三级指标", "年度指标值"],
        ["l1", "l2", "l3", "value"],
    )
    f2.grid.add("满意度指标", "服务对象满意度指标", "指标1:执法", "")
    return pdf_file(
        [
            "# 漳北县城市管理综合执法局2025年部门预算",
            "金额单位：元",
            Tab(f1, widths=(34, 44, 70, 50, 70)),
            Tab(f2, widths=(40, 50, 80, 60)),
        ],
        ruled=True,
    )


DOC = Doc(
    id="hi19_hebei_chengguan",
    file="hi19_河北漳北县城市管理综合执法局_2025.pdf",
    unit=UNIT,
    year=2025,
    tags=tags(
        "pdf",
        "ruled",
        "河北",
        "城市管理",
        "midterm-annual prefixes-placeholders yuan cut-off goal-heading several-tables level1-once",
    ),
    tables=[T1, T2],
    render=render,
)
