"""四川 · 岷安县交通运输局: pipe rows with outer pipes, padded with empty cells, as an Excel sheet
saved as text (GB18030, CRLF).

Patterns: padded pipe rows; the value split into 指标性质 (comparator or 定性) | 指标值 | 度量单位,
comparator sometimes empty, ≧ and ＝; 权重 and 指标方向性 columns; the merged 一级 printed on the
middle row of its block; amounts in 元 (金额单位：元); an 附件 label.
"""

from __future__ import annotations

from spec import Doc, R, Table, wan_from_yuan
from textlay import Lines

UNIT = "岷安县交通运输局"
TITLE = "岷安县交通运输局2024年项目支出绩效目标表"


def Q(l1, l2, l3, cmp, num, unit, weight, direction, spec, codes=None, **kw):
    """A row whose value is printed in three columns (指标性质 | 指标值 | 度量单位)."""
    value = num if cmp == "定性" else f"{cmp}{num}{unit}"
    return R(
        l1,
        l2,
        l3,
        value,
        spec,
        codes,
        _cells=[cmp, num, unit],
        weight=weight,
        direction=direction,
        **kw,
    )


P1 = "农村公路日常养护"
P1_YUAN = "3,260,000.00"
P1_GOAL = (
    "完成县道86.5公里、乡道142公里日常养护及23座桥梁定期检查，路况指数达标率85%以上，"
    "水毁路段48小时内抢通。"
)
P1_ROWS = [
    Q("产出指标", "数量指标", "县道日常养护里程", "≥", "86.5", "公里", "15", "正向指标", 4),
    Q("产出指标", "数量指标", "乡道日常养护里程", "≥", "142", "公里", "10", "正向指标", 4),
    Q("产出指标", "数量指标", "桥梁定期检查座数", "＝", "23", "座", "5", "正向指标", 4),
    Q(
        "产出指标",
        "质量指标",
        "路况指数（PQI）达标率",
        "≧",
        "85",
        "",
        "10",
        "正向指标",
        3,
        {"U307": "使用“≧”符号", "U304": "达标率“≧85”缺单位（度量单位栏为空）"},
    ),
    Q(
        "产出指标",
        "质量指标",
        "养护路段优良路率",
        "定性",
        "逐步提高",
        "",
        "10",
        "正向指标",
        2,
        {"V401": "“逐步提高”无判定标准，优良路率可给出比例"},
    ),
    Q("产出指标", "时效指标", "水毁路段抢通时间", "≤", "48", "小时", "5", "反向指标", 4),
    Q(
        "产出指标",
        "成本指标",
        "县乡道养护单位成本",
        "≤",
        "1.43",
        "万元/公里·年",
        "10",
        "反向指标",
        4,
    ),
    Q("效益指标", "社会效益指标", "农村公路列养率", "", "100", "%", "10", "正向指标", 4),
    Q(
        "效益指标",
        "社会效益指标",
        "保障群众安全便捷出行",
        "定性",
        "有效保障",
        "",
        "10",
        "正向指标",
        2,
        {"V401": "“有效保障”无判定标准"},
    ),
    Q(
        "效益指标",
        "可持续影响指标",
        "养护长效机制",
        "定性",
        "长期",
        "",
        "5",
        "正向指标",
        2,
        {"V401": "“长期”无判定标准"},
    ),
    Q("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", "10", "正向指标", 4),
]

P2 = "农村客运车辆运营补贴"
P2_YUAN = "1,185,400.00"
P2_GOAL = "保障农村客运正常运营，方便群众出行。"
P2_ROWS = [
    Q("产出指标", "数量指标", "补贴农村客运车辆数", "≥", "64", "辆", "15", "正向指标", 4),
    Q("产出指标", "数量指标", "通客车建制村数", "＝", "118", "个", "10", "正向指标", 4),
    Q("产出指标", "质量指标", "补贴资金发放准确率", "＝", "100", "%", "10", "正向指标", 4),
    Q("产出指标", "时效指标", "补贴资金拨付时间", "≤", "11", "月", "10", "反向指标", 4),
    Q("产出指标", "成本指标", "单车年均补贴标准", "≤", "1.85", "万元/辆", "10", "反向指标", 4),
    Q(
        "效益指标",
        "社会效益指标",
        "全市建制村通客车率",
        "≥",
        "100",
        "%",
        "20",
        "正向指标",
        3,
        {"U302": "比例下限写作“≥100%”", "T105": "县级项目写“全市”，层级错误（沿用市级模板）"},
    ),
    Q(
        "效益指标",
        "经济效益指标",
        "降低群众出行成本",
        "定性",
        "明显降低",
        "",
        "10",
        "正向指标",
        2,
        {"V401": "“明显降低”无判定标准"},
    ),
    Q("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", "85", "%", "15", "正向指标", 4),
]

HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "权重（%）",
    "指标方向性",
]
PAD = 3  # empty cells the export leaves at the end of every row


def _pipe(cells: list[str]) -> str:
    cells = cells + [""] * PAD
    return "| " + " | ".join(cells) + " |"


def _middle_rows(rows: list) -> set[int]:
    """Indexes where the merged 一级 cell's text lands: the middle row of each block."""
    out, start = set(), 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i].level1 != rows[start].level1:
            out.add(start + (i - 1 - start + 1) // 2)
            start = i
    return out


def _table(lines: Lines, name: str, yuan: str, goal: str, rows: list) -> None:
    lines.add(
        _pipe(["项目名称", name, "", "", "", "", "", ""]),
        _pipe(["主管部门", UNIT, "", "", "实施单位", UNIT, "", ""]),
        _pipe(["项目资金（元）", yuan, "", "", "其中：财政资金", yuan, "", ""]),
        _pipe(["年度绩效目标", goal, "", "", "", "", "", ""]),
        _pipe(HEADER),
    )
    middle = _middle_rows(rows)
    for i, r in enumerate(rows):
        first = r.level1 if i in middle else ""
        cells = [
            first,
            r.level2,
            r.level3,
            *r.extra["_cells"],
            r.extra["weight"],
            r.extra["direction"],
        ]
        lines.row(r, _pipe(cells))
    lines.add(_pipe([""] * 8))


def build() -> Doc:
    tables = []
    for name, yuan, goal, rows, codes in (
        (P1, P1_YUAN, P1_GOAL, P1_ROWS, {}),
        (P2, P2_YUAN, P2_GOAL, P2_ROWS, {"G702": "年度目标为口号，无车辆数、补贴范围或时限"}),
    ):
        tables.append(
            Table(
                "project",
                "project",
                name,
                wan_from_yuan(yuan),
                goal,
                TITLE,
                rows,
                codes=codes,
                extra={"budget_source": {"unit": "元", "项目资金": yuan}},
            )
        )
    doc = Doc(
        id="hl02_sichuan_transport",
        filename="hl02_sichuan_transport.txt",
        unit=UNIT,
        year=2024,
        province="四川",
        fmt="txt",
        encoding="gb18030",
        patterns=[
            "1.pipe-padded:outer-pipes",
            "2.level1-once:middle-row",
            "3.split-value:指标性质|指标值|度量单位",
            "3.extra-columns:权重,指标方向性",
            "4.yuan",
            "4.unit-year-framing:attachment-label",
            "4.goal-heading:年度绩效目标",
        ],
        tables=tables,
    )
    lines = Lines()
    lines.add("附件3", "", TITLE, "金额单位：元", "")
    _table(lines, P1, P1_YUAN, P1_GOAL, P1_ROWS)
    _table(lines, P2, P2_YUAN, P2_GOAL, P2_ROWS)
    lines.write(doc.path, encoding="gb18030", newline="\r\n")
    return doc
