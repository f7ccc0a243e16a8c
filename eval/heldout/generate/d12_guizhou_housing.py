"""贵州 · 黔溪县住房和城乡建设局: an HTML article page (UTF-8) with one project table laid out
with rowspan/colspan: mid-term and annual targets side by side, each with its own 二级 / 三级 /
指标值 columns under one shared 一级 column.

Patterns: mid-term and annual targets side by side; goals under 中期目标 and 年度目标; the merged
一级 (rowspan, text on the block's first row); a 备注 column; unit and year in the title line and
a 发布时间 line.
"""

from __future__ import annotations

from htmllay import block_spans, page, render_row, td
from spec import Doc, R, Table

UNIT = "黔溪县住房和城乡建设局"
TITLE = "黔溪县住房和城乡建设局2024年项目支出绩效目标表"
PROJECT = "黔溪县城镇老旧小区改造项目"
MID_GOAL = "2023—2025年完成2000年底前建成的46个城镇老旧小区改造，惠及居民5600户，改造供排水管网38公里，加装电梯60部。"
GOAL = "2024年完成18个老旧小区改造，惠及居民2150户以上，改造供排水管网14公里、加装电梯20部，工程竣工验收合格率100%。"


def M(l1, l2, l3, mid_value, year_value, spec, codes=None, mid_l3=None, remark="", **kw):
    """A row: 年度 side is the label; the 中期 side goes to extra."""
    mid = {"level2": l2, "level3": mid_l3 or l3, "value": mid_value}
    return R(l1, l2, l3, year_value, spec, codes, mid_term=mid, _remark=remark, **kw)


ROWS = [
    M("产出指标", "数量指标", "改造老旧小区个数", "46个", "18个", 4, remark="2000年底前建成小区"),
    M("产出指标", "数量指标", "惠及居民户数", "5600户", "≥2150户", 4),
    M("产出指标", "数量指标", "改造供排水管网", "38公里", "≥14公里", 4),
    M("产出指标", "数量指标", "加装电梯", "60部", "≥20部", 4, remark="居民自愿申请"),
    M("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 4),
    M(
        "产出指标",
        "时效指标",
        "年度改造任务完成时限",
        "2025年底前",
        "2024年12月底前",
        4,
        mid_l3="改造任务完成时限",
    ),
    M("产出指标", "成本指标", "户均改造成本", "≤1.75万元/户", "≤1.7万元/户", 4),
    M(
        "效益指标",
        "社会效益指标",
        "小区居住环境",
        "明显改善",
        "明显改善",
        2,
        {"V401": "“明显改善”无判定标准"},
    ),
    M(
        "效益指标",
        "社会效益指标",
        "消除安全隐患小区数",
        "46个",
        "18个",
        4,
        {"C206": "消除隐患小区数即改造小区个数（18个），为产出数量而非效益"},
    ),
    M("效益指标", "可持续影响指标", "建立长效管理机制的小区比例", "≥90%", "≥80%", 4),
    M("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥85%", 4),
]


def _table() -> str:
    rows = [
        render_row([td("项目名称", 1, 2), td(PROJECT, 1, 7)]),
        render_row([td("主管部门", 1, 2), td(UNIT, 1, 3), td("实施单位", 1, 1), td(UNIT, 1, 3)]),
        render_row(
            [td("项目资金（万元）", 2, 2), td("中期资金总额", 1, 3), td("年度资金总额", 1, 4)]
        ),
        render_row([td("9800.00", 1, 3), td("3650.00", 1, 4)]),
        render_row(
            [
                td("总体目标", 2, 2),
                td("中期目标（2023—2025年）", 1, 3),
                td("年度目标（2024年）", 1, 4),
            ]
        ),
        render_row([td(MID_GOAL, 1, 3), td(GOAL, 1, 4)]),
        render_row(
            [
                td("绩效指标", len(ROWS) + 2, 1),
                td("一级指标", 2, 1),
                td("中期指标", 1, 3),
                td("年度指标", 1, 3),
                td("备注", 2, 1),
            ]
        ),
        render_row(
            [
                td("二级指标"),
                td("三级指标"),
                td("指标值"),
                td("二级指标"),
                td("三级指标"),
                td("指标值"),
            ]
        ),
    ]
    spans1 = block_spans([r.level1 for r in ROWS])
    spans2 = block_spans([(r.level1, r.level2) for r in ROWS])
    for r, s1, s2 in zip(ROWS, spans1, spans2):
        mid = r.extra["mid_term"]
        cells = []
        if s1:
            cells.append(td(r.level1, s1))
        if s2:
            cells.append(td(mid["level2"], s2))
        cells += [td(mid["level3"]), td(mid["value"])]
        if s2:
            cells.append(td(r.level2, s2))
        cells += [td(r.level3), td(r.value), td(r.extra["_remark"])]
        rows.append(render_row(cells))
    return (
        '<table border="1" cellspacing="0" cellpadding="2" class="MsoNormalTable">\n'
        + "\n".join(rows)
        + "\n</table>"
    )


def build() -> Doc:
    for r in ROWS:
        if r.extra["_remark"]:
            r.extra["remark"] = r.extra["_remark"]
    table = Table(
        "project",
        "project",
        PROJECT,
        3650.0,
        GOAL,
        TITLE,
        ROWS,
        extra={
            "budget_source": {"unit": "万元", "年度资金总额": "3650.00", "中期资金总额": "9800.00"},
            "mid_term_goal": MID_GOAL,
            "value_column": "年度指标 / 指标值 (the 中期指标 side is in row_extra.mid_term)",
        },
    )
    doc = Doc(
        id="hl12_guizhou_housing",
        filename="hl12_guizhou_housing.html",
        unit=UNIT,
        year=2024,
        province="贵州",
        fmt="html",
        encoding="utf-8",
        patterns=[
            "3.midterm-annual",
            "2.level1-once:first-row(rowspan)",
            "3.extra-columns:备注",
            "4.goal-heading:中期目标+年度目标",
            "4.unit-year-framing:title-line",
            "4.unit-year-framing:published-line",
        ],
        tables=[table],
    )
    body = (
        '<div class="article">\n'
        f"<h1>{TITLE}</h1>\n"
        '<div class="info">发布时间：2024-02-22 09:15:07　　来源：黔溪县住房和城乡建设局　　【字号：大 中 小】</div>\n'
        '<div class="content">\n'
        "<p>按照县财政局统一安排，现将我局2024年项目支出绩效目标公开如下。</p>\n"
        f'<p style="text-align:center"><b>{TITLE}</b></p>\n'
        + _table()
        + '\n<p>附件：<a href="/uploadfiles/2024/02/jx2024jxmb.xls">黔溪县住建局2024年项目绩效目标表.xls</a></p>\n'
        "</div>\n</div>"
    )
    doc.path.write_bytes(page(TITLE, body, "utf-8").encode("utf-8"))
    return doc
