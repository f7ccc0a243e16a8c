"""云南 · 澜河县: 中央财政衔接推进乡村振兴补助资金区域绩效目标表 (transfer payment, whole county),
a Word table flattened to text, one cell per paragraph with blank lines between (GB18030).

Patterns: one cell per line separated by blank lines; a transfer-payment 区域绩效目标表; values per
place (one column per township after the county total); a 其中: sub-row; goal under 总体目标;
unit and year in the title line.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "澜河县农业农村局"
TITLE = "2024年中央财政衔接推进乡村振兴补助资金区域绩效目标表"
PROJECT = "中央财政衔接推进乡村振兴补助资金"
PLACES = ["勐板镇", "南岭乡", "曼坝镇", "那卡乡"]
GOAL = (
    "目标1：支持联农带农产业项目26个以上，新建改建农村产业路38公里以上，带动脱贫人口和监测对象稳定增收。\n"
    "目标2：开展脱贫人口和监测对象技能培训1500人次以上，带动脱贫人口就业2100人以上，守住不发生规模性返贫底线。"
)


def P(l1, l2, l3, total, places, spec, codes=None, **kw):
    """A row with the county value and one value per township (kept as extra)."""
    return R(l1, l2, l3, total, spec, codes, per_place=dict(zip(PLACES, places)), **kw)


ROWS = [
    P("产出指标", "数量指标", "支持联农带农产业项目个数", "≥26个", ["8", "6", "7", "5"], 4),
    P("产出指标", "数量指标", "新建改建农村产业路", "≥38公里", ["12", "9", "10", "7"], 4),
    P(
        "产出指标",
        "数量指标",
        "脱贫人口和监测对象参加技能培训",
        "≥1500人次",
        ["450", "380", "390", "280"],
        4,
    ),
    P(
        "产出指标",
        "数量指标",
        "其中：雨露计划补助人数",
        "≥620人",
        ["180", "150", "170", "120"],
        4,
        note="“其中”子行，属上一行（技能培训）",
        sub_row_of=3,
    ),
    P("产出指标", "质量指标", "项目验收合格率", "100%", ["100%"] * 4, 4),
    P("产出指标", "时效指标", "项目资金支出进度", "≥90%", ["90%"] * 4, 4),
    P("产出指标", "成本指标", "衔接资金用于产业发展比例", "≥60%", ["60%"] * 4, 4),
    P("效益指标", "经济效益指标", "脱贫人口人均纯收入增幅", "≥8%", ["8%"] * 4, 4),
    P(
        "效益指标",
        "社会效益指标",
        "带动脱贫人口就业人数",
        "≥2100人",
        ["640", "520", "560", "380"],
        4,
    ),
    P("效益指标", "社会效益指标", "防止返贫监测对象风险消除率", "≥80%", ["80%"] * 4, 4),
    P(
        "效益指标",
        "可持续影响指标",
        "联农带农机制",
        "持续健全",
        ["持续健全"] * 4,
        2,
        {"V401": "“持续健全”无判定标准"},
    ),
    P("满意度指标", "服务对象满意度指标", "受益脱贫人口满意度", "≥90%", ["90%"] * 4, 4),
]


def _emit(lines: Lines, cells: list[str], row=None) -> None:
    out: list[str] = []
    for c in cells:
        out += [*c.split("\n"), ""]
    if row is None:
        lines.add(*out)
    else:
        lines.row(row, *out)


def build() -> Doc:
    table = Table(
        "project",
        "transfer",
        PROJECT,
        4862.0,
        GOAL,
        TITLE,
        ROWS,
        unit_line="填报单位：澜河县农业农村局（澜河县乡村振兴局）",
        extra={
            "region": "澜河县",
            "value_column": "全县指标值",
            "per_place_columns": PLACES,
            "budget_source": {
                "unit": "万元",
                "年度金额": "4,862.00",
                "中央补助": "3,520.00",
                "省级": "886.00",
                "县级": "456.00",
            },
        },
    )
    doc = Doc(
        id="hl10_yunnan_transfer",
        filename="hl10_yunnan_transfer.txt",
        unit="澜河县农业农村局（澜河县乡村振兴局）",
        year=2024,
        province="云南",
        fmt="txt",
        encoding="gb18030",
        patterns=[
            "1.cell-per-line-blank",
            "2.level1-once:first-row",
            "2.sub-rows",
            "3.per-place",
            "4.transfer",
            "4.goal-heading:总体目标",
            "4.unit-year-framing:title-line",
        ],
        tables=[table],
    )
    lines = Lines()
    lines.add(TITLE, "", "填报单位：澜河县农业农村局（澜河县乡村振兴局）", "")
    _emit(lines, ["资金情况（万元）", "年度金额：", "4,862.00"])
    _emit(lines, ["", "其中：中央补助", "3,520.00", "省级资金", "886.00", "县级资金", "456.00"])
    _emit(lines, ["总体目标", GOAL])
    _emit(lines, ["绩效指标", "一级指标", "二级指标", "三级指标", "全县指标值", *PLACES])
    prev1 = prev2 = None
    for r in ROWS:
        l1 = r.level1 if r.level1 != prev1 else ""
        l2 = r.level2 if (r.level1, r.level2) != prev2 else ""
        prev1, prev2 = r.level1, (r.level1, r.level2)
        _emit(lines, ["", l1, l2, r.level3, r.value, *r.extra["per_place"].values()], row=r)
    lines.write(doc.path, encoding="gb18030")
    return doc
