"""黑龙江 · 嫩北县教育局: one wide table for the whole department system on an HTML page (GBK),
as the budget system exports it: 单位名称 | 项目名称 | 预算数（元） | 年度目标 | 一级 | 二级 | 三级 |
指标性质 | 符号 | 值 | 单位 | 权重 | 方向, project cells merged down (rowspan), a subtotal row
per budget unit (`302-嫩北县第一中学 | 1,180,000.00`).

Patterns: department-wide multi-project table with subtotal rows; amounts in 元; the value split
into 符号 | 值 | 单位 (定性 rows carry their text in 值); 指标性质, 权重, 方向 columns; 一级 and 二级
repeated on every row; a 发布时间 line.
"""

from __future__ import annotations

from htmllay import page, render_row, td
from spec import Doc, R, Table, wan_from_yuan

UNIT = "嫩北县教育局"
TITLE = "嫩北县教育局2024年部门预算项目绩效目标表"
BOILER = {"V401": "“有效促进”无判定标准"}


def W(l1, l2, l3, nature, cmp, num, unit, weight, direction, spec, codes=None, **kw):
    value = num if nature == "定性" else f"{cmp}{num}{unit}"
    return R(
        l1,
        l2,
        l3,
        value,
        spec,
        codes,
        nature=nature,
        weight=weight,
        direction=direction,
        _cells=[nature, cmp, num, unit],
        **kw,
    )


def boiler(weight: str) -> object:
    return W(
        "效益指标",
        "社会效益指标",
        "促进教育事业发展",
        "定性",
        "",
        "有效促进",
        "",
        weight,
        "正向",
        2,
        BOILER,
    )


PROJECTS = [
    {
        "unit": "301-嫩北县教育局（本级）",
        "name": "教师培训经费",
        "yuan": "860,000.00",
        "goal": "组织全县中小学教师参加国培、省培及县级培训，全年培训教师1200人次，培训合格率95%以上。",
        "rows": [
            W("产出指标", "数量指标", "教师培训人次", "定量", "≥", "1200", "人次", "20", "正向", 4),
            W("产出指标", "质量指标", "培训合格率", "定量", "≥", "95", "%", "15", "正向", 4),
            W("产出指标", "时效指标", "培训完成时间", "定量", "≤", "12", "月", "10", "反向", 4),
            W(
                "产出指标",
                "成本指标",
                "人均培训成本",
                "定量",
                "≤",
                "716",
                "元/人次",
                "15",
                "反向",
                4,
            ),
            boiler("20"),
            W(
                "满意度指标",
                "服务对象满意度指标",
                "参训教师满意度",
                "定量",
                "≥",
                "90",
                "%",
                "20",
                "正向",
                4,
            ),
        ],
    },
    {
        "unit": "301-嫩北县教育局（本级）",
        "name": "校园安保服务购买",
        "yuan": "1,500,000.00",
        "goal": "购买校园安保服务。",
        "codes": {"T104": "年度目标“购买校园安保服务”只复述项目名称"},
        "rows": [
            W(
                "产出指标",
                "数量指标",
                "购买安保服务学校数",
                "定量",
                "=",
                "42",
                "所",
                "20",
                "正向",
                4,
            ),
            W("产出指标", "数量指标", "安保人员数量", "定量", "≥", "126", "人", "10", "正向", 4),
            W(
                "产出指标",
                "质量指标",
                "校园安全责任事故次数",
                "定量",
                "≤",
                "0",
                "次",
                "15",
                "反向",
                4,
            ),
            W(
                "产出指标",
                "成本指标",
                "安保服务单价",
                "定量",
                "≤",
                "1.19",
                "万元/人·年",
                "15",
                "反向",
                4,
            ),
            boiler("20"),
            W(
                "满意度指标",
                "服务对象满意度指标",
                "师生满意度",
                "定量",
                "≥",
                "90",
                "%",
                "20",
                "正向",
                4,
            ),
        ],
    },
    {
        "unit": "302-嫩北县第一中学",
        "name": "普通高中国家助学金",
        "yuan": "980,000.00",
        "goal": "按照每生每年2000元标准资助家庭经济困难高中学生490人，资助资金按学期足额发放。",
        "rows": [
            W("产出指标", "数量指标", "资助学生人数", "定量", "≥", "490", "人", "20", "正向", 4),
            W("产出指标", "质量指标", "资助对象精准率", "定量", "=", "100", "%", "15", "正向", 4),
            W(
                "产出指标",
                "时效指标",
                "资金发放时间",
                "定性",
                "",
                "按学期发放",
                "",
                "10",
                "正向",
                4,
            ),
            W(
                "产出指标",
                "成本指标",
                "生均资助标准",
                "定量",
                "=",
                "2000",
                "元/人·年",
                "15",
                "反向",
                4,
            ),
            boiler("10"),
            W(
                "效益指标",
                "社会效益指标",
                "因贫失学学生数",
                "定量",
                "=",
                "0",
                "人",
                "10",
                "反向",
                4,
            ),
            W(
                "满意度指标",
                "服务对象满意度指标",
                "受助学生满意度",
                "定量",
                "≥",
                "90",
                "%",
                "20",
                "正向",
                4,
            ),
        ],
    },
    {
        "unit": "302-嫩北县第一中学",
        "name": "实验室耗材购置",
        "yuan": "200,000.00",
        "goal": "购置物理、化学、生物实验耗材，保障实验教学正常开展。",
        "rows": [
            W(
                "产出指标",
                "数量指标",
                "购置实验耗材批次",
                "定量",
                "≥",
                "1",
                "批",
                "20",
                "正向",
                3,
                {"V405": "20万元耗材购置仅要求“≥1批”"},
            ),
            W("产出指标", "质量指标", "耗材验收合格率", "定量", "=", "100", "%", "15", "正向", 4),
            W("产出指标", "时效指标", "采购完成时间", "定量", "≤", "6", "月", "10", "反向", 4),
            W(
                "产出指标",
                "成本指标",
                "采购成本",
                "定量",
                "≥",
                "20",
                "万元",
                "15",
                "反向",
                3,
                {"U305": "成本指标使用“≥”，方向与成本控制相反"},
            ),
            boiler("20"),
            W(
                "满意度指标",
                "服务对象满意度指标",
                "师生满意度",
                "定量",
                "≥",
                "90",
                "%",
                "20",
                "正向",
                4,
            ),
        ],
    },
]
SUBTOTALS = [("301-嫩北县教育局（本级）", "2,360,000.00"), ("302-嫩北县第一中学", "1,180,000.00")]
HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "值",
    "单位",
    "权重",
    "方向",
]


def _html() -> str:
    rows = [render_row([td(h) for h in HEAD])]
    rows.append(render_row([td("合计"), td(""), td("3,540,000.00"), *[td("") for _ in range(10)]]))
    for unit, total in SUBTOTALS:
        rows.append(render_row([td(unit), td(""), td(total), *[td("") for _ in range(10)]]))
        for p in (p for p in PROJECTS if p["unit"] == unit):
            n = len(p["rows"])
            for k, r in enumerate(p["rows"]):
                lead = (
                    [td(unit, n), td(p["name"], n), td(p["yuan"], n), td(p["goal"], n)]
                    if k == 0
                    else []
                )
                rest = [td(r.level1), td(r.level2), td(r.level3)]
                rest += [td(c) for c in r.extra["_cells"]]
                rest += [td(r.extra["weight"]), td(r.extra["direction"])]
                rows.append(render_row(lead + rest))
    return (
        '<table border="1" cellspacing="0" cellpadding="0" style="font-size:12px">\n'
        + "\n".join(rows)
        + "\n</table>"
    )


def build() -> Doc:
    tables = [
        Table(
            "project",
            "project",
            p["name"],
            wan_from_yuan(p["yuan"]),
            p["goal"],
            TITLE,
            p["rows"],
            unit_line=p["unit"],
            codes=p.get("codes", {}),
            extra={"budget_source": {"unit": "元", "预算数": p["yuan"]}},
        )
        for p in PROJECTS
    ]
    doc = Doc(
        id="hl14_heilongjiang_edu",
        filename="hl14_heilongjiang_edu.html",
        unit=UNIT,
        year=2024,
        province="黑龙江",
        fmt="html",
        encoding="gbk",
        patterns=[
            "4.department-wide",
            "4.yuan",
            "3.split-value:符号|值|单位",
            "3.extra-columns:指标性质,权重,方向",
            "2.level2-missing-or-repeated:repeated",
            "4.goal-heading:年度目标",
            "4.unit-year-framing:published-line",
        ],
        tables=tables,
        codes={"T101": "“促进教育事业发展 / 有效促进”在全部4个项目中重复，为套话指标"},
        extra={
            "t101_pairs": [
                {"level3": "促进教育事业发展", "value": "有效促进", "tables": [1, 2, 3, 4]}
            ],
            "subtotal_rows": [{"unit": u, "yuan": y} for u, y in SUBTOTALS]
            + [{"unit": "合计", "yuan": "3,540,000.00"}],
        },
    )
    body = (
        f'<h2 style="text-align:center">{TITLE}</h2>\n'
        '<p class="fbsj">发布时间：2024年01月30日　　浏览次数：236</p>\n'
        "<p>金额单位：元</p>\n" + _html()
    )
    doc.path.write_bytes(page(TITLE, body, "gbk").encode("gbk"))
    return doc
