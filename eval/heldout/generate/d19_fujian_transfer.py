"""福建 · 永溪县卫生健康局: 基本公共卫生服务补助资金区域绩效目标表 as a text-layer PDF (reportlab,
STSong-Light), one ruled table with values per township and the county value headed
计划完成指标值（全县）.

Patterns: a transfer-payment 区域绩效目标表; values per place; the value column header with a gloss;
goal under 总体目标; the merged 一级 drawn over its block (text in the middle of the merged cell);
unit and year in the title line.
"""

from __future__ import annotations

from pdflay import TITLE as TITLE_STYLE
from pdflay import grid_table, para, write_pdf
from spec import Doc, R, Table

UNIT = "永溪县卫生健康局"
TITLE = "2024年基本公共卫生服务补助资金区域绩效目标表"
PROJECT = "基本公共卫生服务补助资金"
PLACES = ["城关镇", "溪口镇", "洋中乡", "大田乡"]
VALUE_HEAD = "计划完成指标值（全县）"
GOAL = (
    "目标1：为辖区常住居民免费提供基本公共卫生服务，居民电子健康档案建档率保持在90%以上。\n"
    "目标2：做好65岁及以上老年人、高血压和糖尿病患者等重点人群健康管理，老年人健康管理1.35万人以上。\n"
    "目标3：居民健康素养水平达到27%以上，居民对基本公共卫生服务满意度85%以上。"
)


def P(l1, l2, l3, total, places, spec, codes=None, **kw):
    return R(l1, l2, l3, total, spec, codes, per_place=dict(zip(PLACES, places)), **kw)


ROWS = [
    P("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", ["92%", "90%", "90%", "90%"], 4),
    P(
        "产出指标",
        "数量指标",
        "65岁及以上老年人健康管理人数",
        "≥1.35万人",
        ["5200", "3600", "2500", "2200"],
        4,
    ),
    P(
        "产出指标",
        "数量指标",
        "高血压患者规范管理人数",
        "≥9800人",
        ["3700", "2600", "1900", "1600"],
        4,
    ),
    P("产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%", ["90%"] * 4, 4),
    P("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", ["90%"] * 4, 4),
    P("产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥85%", ["85%"] * 4, 4),
    P("产出指标", "时效指标", "补助资金下达时间", "收到上级资金后30日内", ["—"] * 4, 4),
    P("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥94元/人", ["94元/人"] * 4, 4),
    P("效益指标", "社会效益指标", "居民健康素养水平", "≥27%", ["28%", "27%", "26%", "26%"], 4),
    P(
        "效益指标",
        "社会效益指标",
        "城乡居民公共卫生服务差距",
        "不断缩小",
        ["不断缩小"] * 4,
        2,
        {"V401": "“不断缩小”无判定标准"},
    ),
    P(
        "效益指标",
        "可持续影响指标",
        "基本公共卫生服务水平",
        "持续提升",
        ["持续提升"] * 4,
        2,
        {"V401": "“持续提升”无判定标准"},
    ),
    P("满意度指标", "服务对象满意度指标", "居民基本公共卫生服务满意度", "≥85%", ["85%"] * 4, 4),
]


def _grid():
    grid = [
        ["项目名称", "", PROJECT, "", "", "", "", ""],
        ["主管部门", "", UNIT, "", "", "区域", "永溪县", ""],
        [
            "资金情况（万元）",
            "",
            "年度金额",
            "2186.40",
            "其中：中央补助",
            "1520.00",
            "省级及县级",
            "666.40",
        ],
        ["总体目标", "", GOAL, "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", VALUE_HEAD, *PLACES],
    ]
    spans = [
        (0, 0, 0, 1),
        (0, 2, 0, 7),
        (1, 0, 1, 1),
        (1, 2, 1, 4),
        (1, 6, 1, 7),
        (2, 0, 2, 1),
        (3, 0, 3, 1),
        (3, 2, 3, 7),
    ]
    off = len(grid)
    prev1 = prev2 = None
    start1 = start2 = off
    for i, r in enumerate(ROWS):
        row_no = off + i
        l1 = r.level1 if r.level1 != prev1 else ""
        l2 = r.level2 if (r.level1, r.level2) != prev2 else ""
        if r.level1 != prev1:
            if row_no - 1 > start1:
                spans.append((start1, 0, row_no - 1, 0))
            start1 = row_no
        if (r.level1, r.level2) != prev2:
            if row_no - 1 > start2:
                spans.append((start2, 1, row_no - 1, 1))
            start2 = row_no
        prev1, prev2 = r.level1, (r.level1, r.level2)
        grid.append([l1, l2, r.level3, r.value, *r.extra["per_place"].values()])
    end = off + len(ROWS) - 1
    if end > start1:
        spans.append((start1, 0, end, 0))
    if end > start2:
        spans.append((start2, 1, end, 1))
    return grid, spans


def build() -> Doc:
    table = Table(
        "project",
        "transfer",
        PROJECT,
        2186.4,
        GOAL,
        TITLE,
        ROWS,
        unit_line="区域：永溪县",
        extra={
            "region": "永溪县",
            "value_column": VALUE_HEAD,
            "per_place_columns": PLACES,
            "budget_source": {
                "unit": "万元",
                "年度金额": "2186.40",
                "中央补助": "1520.00",
                "省级及县级": "666.40",
            },
        },
    )
    doc = Doc(
        id="hl19_fujian_transfer",
        filename="hl19_fujian_transfer.pdf",
        unit=UNIT,
        year=2024,
        province="福建",
        fmt="pdf",
        encoding=None,
        patterns=[
            "4.transfer",
            "3.per-place",
            "3.value-header-gloss:计划完成指标值（全县）",
            "4.goal-heading:总体目标",
            "2.level1-once:merged-cell(PDF)",
            "4.unit-year-framing:title-line",
        ],
        tables=[table],
    )
    grid, spans = _grid()
    flow = [
        para(TITLE, TITLE_STYLE),
        para(f"填报单位（盖章）：{UNIT}　　　　　　　　　　　　单位：万元"),
        grid_table(grid, [22, 28, 58, 40, 26, 26, 26, 26], spans, repeat=0),
        para("　"),
        para("填报人：陈晓燕　　审核人：林建华　　填报日期：2024年3月8日"),
    ]
    write_pdf(doc.path, flow, TITLE, UNIT)
    return doc
