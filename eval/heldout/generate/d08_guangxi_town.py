"""广西 · 容江县大坪镇人民政府: text copied out of a PDF (UTF-8). Two project tables on one page:
the first has no 三级 column and its cells are separated by spaces, the merged 一级 landing on
the middle row of its block; in the second the cells run together without any separator.

Patterns: spaces between cells; no separator at all; no 三级 column (二级 followed directly by a
descriptive value); 一级 on the middle row of its block; several tables; unit and year only in
the text above the tables.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "容江县大坪镇人民政府"
NO_L3 = "表无三级指标列，指标值为描述性文字"

P1 = "村级公益事业建设一事一议财政奖补"
P1_GOAL = "完成村屯道路硬化9.5公里、建设文体活动场地4处，改善6200名群众生产生活条件。"
P1_ROWS = [
    R("产出指标", "数量指标", "", "完成村屯道路硬化≥9.5公里", 4, note=NO_L3),
    R("产出指标", "数量指标", "", "建设村屯文体活动场地4处", 4, note=NO_L3),
    R("产出指标", "质量指标", "", "工程验收合格率100%", 4, note=NO_L3),
    R("产出指标", "时效指标", "", "2024年11月底前完工", 4, note=NO_L3),
    R("产出指标", "成本指标", "", "道路硬化每公里奖补不超过8万元", 4, note=NO_L3),
    R("效益指标", "社会效益指标", "", "受益群众≥6200人", 4, note=NO_L3),
    R(
        "效益指标",
        "社会效益指标",
        "",
        "方便群众出行",
        2,
        {"V401": "“方便群众出行”无判定标准"},
        note=NO_L3,
    ),
    R(
        "效益指标",
        "可持续影响指标",
        "",
        "改善群众生产生活条件",
        2,
        {"V401": "“改善”无判定标准"},
        note=NO_L3,
    ),
    R("满意度指标", "服务对象满意度指标", "", "受益群众满意度≥90%", 4, note=NO_L3),
]

P2 = "农村环境卫生整治经费"
P2_GOAL = "做好全镇12个行政村环境卫生保洁和垃圾清运，生活垃圾无害化处理率达到90%以上。"
P2_ROWS = [
    R("产出指标", "数量指标", "保洁覆盖行政村", "12个", 4),
    R("产出指标", "数量指标", "配备保洁员人数", "≥48人", 4),
    R("产出指标", "数量指标", "垃圾清运量", "≥3600吨", 4),
    R("产出指标", "质量指标", "垃圾日产日清率", "≥95%", 4),
    R("产出指标", "质量指标", "村庄保洁质量考核", "合格", 3),
    R(
        "产出指标",
        "时效指标",
        "垃圾清运及时率",
        "≤24小时",
        3,
        {"U301": "及时率以“小时”计量，应为比例"},
    ),
    R(
        "产出指标",
        "成本指标",
        "保洁员劳务补助",
        "≥1800元/人·月",
        3,
        {"B501": "48人×1800元×12月≈103.7万元，远超项目预算38.5万元"},
    ),
    R(
        "效益指标",
        "社会效益指标",
        "村庄环境",
        "明显改善",
        2,
        {"V401": "“明显改善”无判定标准"},
    ),
    R("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥90%", 4),
    R(
        "效益指标",
        "可持续影响指标",
        "长效保洁机制",
        "建立健全",
        2,
        {"V401": "“建立健全”无判定标准"},
    ),
    R("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", 4),
]


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        P1,
        96.0,
        P1_GOAL,
        "项目支出绩效目标表（一）",
        P1_ROWS,
        extra={"budget_source": {"unit": "万元", "项目资金": "96.00"}, "no_level3_column": True},
    )
    t2 = Table(
        "project",
        "project",
        P2,
        38.5,
        P2_GOAL,
        "项目支出绩效目标表（二）",
        P2_ROWS,
        extra={"budget_source": {"unit": "万元", "项目资金": "38.50"}, "cells_run_together": True},
    )
    doc = Doc(
        id="hl08_guangxi_town",
        filename="hl08_guangxi_town.txt",
        unit=UNIT,
        year=2024,
        province="广西",
        fmt="txt",
        encoding="utf-8",
        patterns=[
            "1.spaces:single-and-runs",
            "1.run-together",
            "2.no-level3",
            "2.level1-once:middle-row",
            "4.several-tables",
            "4.unit-year-framing:text-above-only",
        ],
        tables=[t1, t2],
    )
    lines = Lines()
    lines.add(
        "六、项目绩效目标情况",
        "大坪镇人民政府2024年实行绩效目标管理的项目2个，涉及一般公共预算拨款134.50万元。具体如下：",
        "",
        "项目支出绩效目标表（一）",
        f"项目名称 {P1}",
        "项目资金（万元） 96.00  其中：财政拨款 96.00",
        f"年度目标 {P1_GOAL}",
        "一级指标  二级指标  指标值",
    )
    middles = {2, 6, 8}  # the merged 一级 text sits on the middle row of its block
    for i, r in enumerate(P1_ROWS):
        l1 = r.level1 if i in middles else ""
        cells = [c for c in (l1, r.level2, r.value) if c]
        lines.row(r, "  ".join(cells) if l1 else " ".join(cells))
    lines.add(
        "",
        "项目支出绩效目标表（二）",
        f"项目名称{P2}",
        "项目资金（万元）38.50其中：财政拨款38.50",
        f"年度目标{P2_GOAL}",
        "一级指标二级指标三级指标指标值",
    )
    prev = None
    for r in P2_ROWS:
        l1 = r.level1 if r.level1 != prev else ""
        prev = r.level1
        lines.row(r, f"{l1}{r.level2}{r.level3}{r.value}")
    lines.add("", "— 3 —")
    lines.write(doc.path)
    return doc
