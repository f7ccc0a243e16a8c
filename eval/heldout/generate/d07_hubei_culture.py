"""湖北 · 荆川县文化广电和旅游局: two 项目支出绩效自评表 (2023年度) pasted as text (UTF-8): the
first collapsed onto one long line with single spaces, the second tab-separated.

Patterns: self-evaluation columns 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施;
self-evaluation budget lines 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; goals
under 预期目标 / 实际完成情况; a whole table on one long line; tab rows; unit and year in the
title line.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "荆川县文化广电和旅游局"
TITLE = "荆川县文化广电和旅游局2023年度项目支出绩效自评表"
HEAD = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]


def S(l1, l2, l3, target, actual, score_max, score, deviation, spec, codes=None, **kw):
    """A self-evaluation row: the label value is the 年度指标值; the rest goes to extra."""
    return R(
        l1,
        l2,
        l3,
        target,
        spec,
        codes,
        actual=actual,
        score_max=score_max,
        score=score,
        deviation=deviation,
        **kw,
    )


P1 = "农村公益电影放映"
P1_GOAL = "全年完成农村公益电影放映2160场，覆盖全县216个行政村，每村每月放映1场，观影人次8万以上。"
P1_ACTUAL = "全年完成放映2184场，覆盖216个行政村，观影7.6万人次，国产影片放映比例72%。"
P1_MONEY = ["48.60", "48.60", "47.12", "10", "96.95%", "9.7"]
P1_ROWS = [
    S("产出指标", "数量指标", "农村公益电影放映场次", "≥2160场", "2184场", "15", "15", "", 4),
    S("产出指标", "数量指标", "放映覆盖行政村数", "216个", "216个", "10", "10", "", 4),
    S("产出指标", "质量指标", "放映设备完好率", "≥95%", "97%", "10", "10", "", 4),
    S("产出指标", "质量指标", "国产影片放映比例", "≥66.7%", "72%", "5", "5", "", 4),
    S(
        "产出指标",
        "时效指标",
        "放映任务完成时间",
        "2023年12月31日前",
        "2023年12月20日",
        "5",
        "5",
        "",
        4,
    ),
    S("产出指标", "成本指标", "每场放映补助标准", "200元/场", "200元/场", "5", "5", "", 4),
    S(
        "效益指标",
        "社会效益指标",
        "丰富农村群众文化生活",
        "有效丰富",
        "得到丰富",
        "10",
        "8",
        "部分偏远村观影人数偏少",
        2,
        {"V401": "“有效丰富”无判定标准"},
    ),
    S(
        "效益指标",
        "社会效益指标",
        "年观影人次",
        "≥8万人次",
        "7.6万人次",
        "10",
        "9",
        "农忙季节观影人数下降，下一步调整放映时段",
        4,
    ),
    S(
        "效益指标",
        "可持续影响指标",
        "农村电影放映长效机制",
        "长期",
        "长期",
        "10",
        "10",
        "",
        2,
        {"V401": "“长期”无判定标准"},
    ),
    S("满意度指标", "服务对象满意度指标", "观影群众满意度", "≥90%", "93%", "10", "10", "", 4),
]

P2 = "非物质文化遗产保护传承"
P2_GOAL = "保护传承非物质文化遗产。"
P2_ACTUAL = "发放12名代表性传承人补助，举办展演活动5场，完成非遗项目档案数字化85%。"
P2_MONEY = ["30.00", "30.00", "26.40", "10", "88.00%", "8.8"]
P2_ROWS = [
    S("产出指标", "数量指标", "非遗代表性传承人补助人数", "12人", "12人", "15", "15", "", 4),
    S(
        "产出指标",
        "数量指标",
        "举办非遗展演活动",
        "≥6场",
        "5场",
        "10",
        "8",
        "受天气影响取消1场，已调整至次年",
        4,
    ),
    S("产出指标", "质量指标", "非遗项目档案数字化率", "≥80%", "85%", "10", "10", "", 4),
    S("产出指标", "时效指标", "补助资金发放时间", "12月底前", "12月25日", "10", "10", "", 4),
    S(
        "产出指标",
        "成本指标",
        "传承人补助标准",
        "0.5万元/人·年",
        "0.5万元/人·年",
        "10",
        "10",
        "",
        4,
    ),
    S(
        "效益指标",
        "社会效益指标",
        "非遗保护意识",
        "明显提高",
        "明显提高",
        "15",
        "15",
        "",
        2,
        {"V401": "“明显提高”无判定标准"},
    ),
    S(
        "效益指标",
        "可持续影响指标",
        "非遗项目传承延续",
        "可持续",
        "可持续",
        "10",
        "10",
        "",
        2,
        {"V401": "“可持续”无判定标准"},
    ),
    S("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", "95%", "10", "10", "", 4),
]


def _cells(
    name: str, money: list[str], goal: str, actual: str, rows: list, total: str
) -> list[list[str]]:
    """The self-evaluation table as rows of cells (merged cells empty)."""
    out = [
        [TITLE.replace(UNIT, "").replace("2023年度", "")],
        ["（2023年度）"],
        ["项目名称", name],
        ["主管部门", UNIT, "实施单位", UNIT],
        [
            "项目资金（万元）",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        ["", "年度资金总额", *money],
        ["", "其中：当年财政拨款", *money[:3], "—", "—", "—"],
        ["", "上年结转资金", "0", "0", "0", "—", "—", "—"],
        ["", "其他资金", "0", "0", "0", "—", "—", "—"],
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["", goal, actual],
        ["绩效指标", *HEAD],
    ]
    prev = None
    for r in rows:
        first = r.level1 if r.level1 != prev else ""
        prev = r.level1
        e = r.extra
        out.append(
            [
                "",
                first,
                r.level2,
                r.level3,
                r.value,
                e["actual"],
                e["score_max"],
                e["score"],
                e["deviation"],
            ]
        )
    out.append(["总分", "", "", "", "", "", "100", total, ""])
    return out


def _table(name, money, goal, actual, rows, total, codes=None) -> Table:
    return Table(
        "project",
        "self_evaluation",
        name,
        float(money[1]),
        goal,
        TITLE,
        rows,
        codes=codes or {},
        extra={
            "budget_source": {
                "unit": "万元",
                "年初预算数": money[0],
                "全年预算数": money[1],
                "全年执行数": money[2],
                "分值": money[3],
                "执行率": money[4],
                "得分": money[5],
                "budget_wan_from": "全年预算数",
            },
            "actual_completion": actual,
            "total_score": {"分值": "100", "得分": total},
        },
    )


def build() -> Doc:
    t1 = _table(P1, P1_MONEY, P1_GOAL, P1_ACTUAL, P1_ROWS, "96.7")
    t2 = _table(
        P2,
        P2_MONEY,
        P2_GOAL,
        P2_ACTUAL,
        P2_ROWS,
        "96.8",
        {"T104": "预期目标“保护传承非物质文化遗产”只复述项目名称"},
    )
    doc = Doc(
        id="hl07_hubei_culture",
        filename="hl07_hubei_culture.txt",
        unit=UNIT,
        year=2023,
        province="湖北",
        fmt="txt",
        encoding="utf-8",
        patterns=[
            "1.one-line",
            "1.tab",
            "2.level1-once:first-row",
            "3.self-evaluation",
            "4.budget-lines:self-evaluation(年初预算数|全年预算数|全年执行数|执行率)",
            "4.goal-heading:预期目标/实际完成情况",
            "4.several-tables",
            "4.unit-year-framing:title-line",
        ],
        tables=[t1, t2],
    )
    lines = Lines()
    lines.add(TITLE, "", "一、农村公益电影放映项目", "")
    cells1 = _cells(P1, P1_MONEY, P1_GOAL, P1_ACTUAL, P1_ROWS, "96.7")
    line_no = len(lines.lines) + 1
    for r in P1_ROWS:
        r.source_line = line_no
    lines.add(" ".join(c for row in cells1 for c in row if c))
    lines.add("", "二、非物质文化遗产保护传承项目", "")
    cells2 = _cells(P2, P2_MONEY, P2_GOAL, P2_ACTUAL, P2_ROWS, "96.8")
    body_start = len(cells2) - len(P2_ROWS) - 1
    for k, row in enumerate(cells2):
        if body_start <= k < body_start + len(P2_ROWS):
            lines.row(P2_ROWS[k - body_start], "\t".join(row))
        else:
            lines.add("\t".join(row))
    lines.add("", "填报人：王敏    联系电话：0716-5238816    填报日期：2024年3月20日")
    lines.write(doc.path)
    return doc
