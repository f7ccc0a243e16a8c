"""山东 · 沂东县农业农村局: text copied out of a web page (UTF-8). Cells are separated by runs of
spaces; the second indicator table collapsed onto one long line with single spaces.

Patterns: runs of spaces between cells; a whole table on one long line; the 一级 on a line of
its own above its block, in short form (产出, 效益, 满意度); 二级 names with a gloss in brackets
(数量指标（含规模）, 时效指标（进度）); the value column headed 指标值（包含数字及文字描述）; an
allocation table (资金分配表) before the indicator table; goals under 年度目标.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "沂东县农业农村局"
TITLE = "沂东县农业农村局2024年项目支出绩效目标表"
VALUE_HEAD = "指标值（包含数字及文字描述）"
SHORT = "一级以简称印出"

P1 = "2024年高标准农田建设项目"
P1_GOAL = (
    "新建高标准农田1.2万亩，配套建设灌排渠道、田间道路等设施，项目区粮食综合生产能力提高10%以上。"
)
P1_ROWS = [
    R("产出", "数量指标（含规模）", "新建高标准农田面积", "≥1.2万亩", 4, note=SHORT),
    R("产出", "数量指标（含规模）", "新建及改造灌排渠道", "≥26公里", 4, note=SHORT),
    R("产出", "数量指标（含规模）", "新修田间道路", "≥18公里", 4, note=SHORT),
    R("产出", "质量指标", "工程质量验收合格率", "100%", 4, note=SHORT),
    R("产出", "质量指标", "耕地质量等级", "提升0.5个等级", 4, note=SHORT),
    R("产出", "时效指标（进度）", "项目开工时间", "2024年3月", 4, note=SHORT),
    R(
        "产出",
        "时效指标（进度）",
        "项目完工率",
        "年底前",
        3,
        {"U301": "完工率以日期“年底前”表述，无比例"},
        note=SHORT,
    ),
    R("产出", "成本指标", "亩均建设成本", "≤1400元/亩", 4, note=SHORT),
    R("效益", "经济效益指标", "项目区亩均增收", "≥150元", 4, note=SHORT),
    R("效益", "社会效益指标", "粮食综合生产能力", "提高10%以上", 4, note=SHORT),
    R("效益", "生态效益指标", "农田灌溉水有效利用系数", "≥0.63", 4, note=SHORT),
    R("效益", "可持续影响指标", "工程设计使用年限", "≥15年", 4, note=SHORT),
    R("满意度", "服务对象满意度指标", "项目区农户满意度", "≥90%", 4, note=SHORT),
]

P2 = "2024年农作物重大病虫害统防统治"
P2_GOAL = "对全县小麦、玉米重大病虫害开展统防统治，作业面积25万亩次以上，病虫害防治处置率90%以上。"
P2_ROWS = [
    R("产出", "数量指标（含规模）", "统防统治作业面积", "≥25万亩次", 4, note=SHORT),
    R("产出", "数量指标", "发放防控药剂", "≥32吨", 4, note=SHORT),
    R("产出", "质量指标", "病虫害防治处置率", "≥90%", 4, note=SHORT),
    R("产出", "质量指标", "统防统治作业质量", "合格", 3, note=SHORT),
    R(
        "产出",
        "时效指标（进度）",
        "防控时间",
        "及时",
        2,
        {"V401": "“及时”无时限标准"},
        note=SHORT,
    ),
    R("产出", "成本指标", "亩次防治成本", "≤3.4元/亩次", 4, note=SHORT),
    R("效益", "经济效益指标", "挽回粮食损失", "≥1.2万吨", 4, note=SHORT),
    R(
        "效益",
        "社会效益指标",
        "社会效益",
        "起到一定的社会效益",
        1,
        {"V402": "套话“起到一定的社会效益”"},
        note=SHORT + "；三级名称为二级类名",
    ),
    R(
        "效益",
        "生态效益指标",
        "农药使用量",
        "减少",
        2,
        {"V401": "“减少”无判定标准"},
        note=SHORT,
    ),
    R("满意度", "服务对象满意度指标", "种植户满意度", "≥90%", 4, note=SHORT),
]

ALLOCATION = [
    ("乡镇", "建设面积（亩）", "中央资金", "省级资金", "县级资金", "合计"),
    ("马站镇", "4200", "378.00", "126.00", "84.00", "588.00"),
    ("青驼镇", "3600", "324.00", "108.00", "72.00", "504.00"),
    ("界湖街道", "2500", "225.00", "75.00", "50.00", "350.00"),
    ("双堠镇", "1700", "153.00", "51.00", "34.00", "238.00"),
    ("合计", "12000", "1080.00", "360.00", "240.00", "1680.00"),
]


def _spaced(cells: list[str], widths: list[int]) -> str:
    return "".join(c + " " * max(2, w - 2 * len(c)) for c, w in zip(cells, widths)).rstrip()


def _table1(lines: Lines) -> None:
    widths = [8, 40, 36, 20]
    lines.add(
        TITLE,
        "",
        f"项目名称    {P1}",
        f"主管部门    {UNIT}        实施单位    {UNIT}",
        "项目资金（万元）    1680.00        其中：财政资金    1680.00",
        f"年度目标    {P1_GOAL}",
        _spaced(["二级指标", "三级指标", VALUE_HEAD], widths[1:]).replace(
            "二级指标", "一级指标    二级指标", 1
        ),
    )
    prev = None
    for r in P1_ROWS:
        if r.level1 != prev:
            lines.add(r.level1)
            prev = r.level1
        lines.row(r, _spaced([r.level2, r.level3, r.value], widths[1:]))
    lines.add("")


def _table2(lines: Lines) -> None:
    cells = [
        "项目名称",
        P2,
        "主管部门",
        UNIT,
        "项目资金（万元）",
        "85.00",
        "年度目标",
        P2_GOAL,
        "一级指标",
        "二级指标",
        "三级指标",
        VALUE_HEAD,
    ]
    prev = None
    for r in P2_ROWS:
        if r.level1 != prev:
            cells.append(r.level1)
            prev = r.level1
        cells += [r.level2, r.level3, r.value]
    line_no = len(lines.lines) + 1
    for r in P2_ROWS:
        r.source_line = line_no
    lines.add(" ".join(cells))


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        P1,
        1680.0,
        P1_GOAL,
        TITLE,
        P1_ROWS,
        extra={
            "budget_source": {"unit": "万元", "项目资金": "1680.00"},
            "preceded_by": "资金分配表（按乡镇，非绩效表）",
        },
    )
    t2 = Table(
        "project",
        "project",
        P2,
        85.0,
        P2_GOAL,
        TITLE,
        P2_ROWS,
        extra={"budget_source": {"unit": "万元", "项目资金": "85.00"}, "one_line": True},
    )
    doc = Doc(
        id="hl06_shandong_agri",
        filename="hl06_shandong_agri.txt",
        unit=UNIT,
        year=2024,
        province="山东",
        fmt="txt",
        encoding="utf-8",
        patterns=[
            "1.spaces",
            "1.one-line",
            "2.level1-once:own-line",
            "2.nonstandard-names:short-form(产出,效益),gloss(含规模,进度)",
            "3.value-header-gloss:指标值（包含数字及文字描述）",
            "4.allocation-before",
            "4.several-tables",
            "4.goal-heading:年度目标",
            "4.unit-year-framing:title-line",
        ],
        tables=[t1, t2],
    )
    lines = Lines()
    lines.add(
        "沂东县农业农村局2024年部门预算项目绩效目标",
        "",
        "一、沂东县2024年高标准农田建设资金分配表",
        "单位：万元",
    )
    for row in ALLOCATION:
        lines.add(_spaced(list(row), [14, 18, 14, 14, 14, 12]))
    lines.add("", "二、项目支出绩效目标表", "")
    _table1(lines)
    _table2(lines)
    lines.add("", "（来源：沂东县农业农村局  2024-02-18）")
    lines.write(doc.path)
    return doc
