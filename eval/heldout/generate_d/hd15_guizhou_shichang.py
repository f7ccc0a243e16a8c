"""hd15 · 贵州 清坪县市场监督管理局 2024: text (GB18030) copied out of a PDF: cells separated by
runs of spaces, long cells broken by hard line breaks, the running header and page number of the
next page between two rows of a table; mid-term and annual values side by side; a placeholder
line; the second table on one long line."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from kit import V401
from spec import Doc, R, Row, Table
from textual import render, render_one_line

UNIT = "清坪县市场监督管理局"


def m(l1: str, l2: str, l3: str, mid: str, value: str, spec: int, **kw: object) -> Row:
    return R(
        l1, l2, l3, value, spec, x={"mid_term": {"level2": l2, "level3": l3, "value": mid}}, **kw
    )


T1 = Table(
    "project",
    "食品安全抽检监测",
    265.0,
    "年度完成食品安全监督抽检1500批次、食用农产品快检1万批次，不合格食品核查处置率100%，"
    "全县食品安全评价性抽检合格率保持在98%以上。",
    [
        m(P, SL, "食品安全监督抽检批次", "≥4500批次", "≥1500批次", 4),
        m(P, SL, "食用农产品快检数量", "≥3万批次", "≥1万批次", 4),
        m(P, SL, "检查食品生产经营主体", "≥6000家次", "≥2000家次", 4),
        m(P, ZL, "抽检不合格食品核查处置率", "100%", "100%", 4),
        m(P, SX, "抽检结果公布时限", "≤20个工作日", "≤20个工作日", 4),
        m(P, CB, "每批次监督抽检检验费用", "≤1600元", "≤1600元", 4),
        m(
            E,
            SH,
            "全省食品安全评价性抽检合格率",
            "≥98%",
            "≥98%",
            3,
            c={"T105": "a provincial rate in a county project table (wrong level)"},
        ),
        m(E, SH, "全县食品安全状况", "持续向好", "稳中向好", 2, c=V401),
        m(S, MY, "群众食品安全满意度", "≥85%", "≥82%", 4),
    ],
    title="清坪县市场监督管理局2024年项目支出绩效目标表",
    extra={
        "mid_term_goal": "2024-2026年累计完成食品安全监督抽检4500批次以上，食品安全评价性抽检合格率稳定在98%以上。",
        "mid_term_budget_wan": 795.0,
        "placeholders": [{"text": "……", "after_row": 8}],
    },
)

T2 = Table(
    "project",
    "特种设备安全监察",
    36.0,
    "用于特种设备安全监察工作。",
    [
        R(P, SL, "特种设备定期检验督促数", "≥1800台", 4),
        R(P, SL, "开展特种设备安全检查次数", "≥120次", 4),
        R(P, ZL, "安全隐患整改率", "100%", 4),
        R(P, SX, "隐患整改完成时限", "≤30天", 4),
        R(P, CB, "特种设备安全监察工作经费", "≤36万元", 4),
        R(
            E,
            SH,
            "特种设备万台死亡率",
            "≤0.1%",
            3,
            c={"U301": "a rate per 10 000 units given in %"},
        ),
        R(S, MY, "被检查单位满意度", "≥90%", 4),
    ],
    title="清坪县市场监督管理局2024年项目支出绩效目标表",
    codes={"T104": "goal only restates the project name"},
)

HEAD = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
KEYS = ["l1", "l2", "l3", "mid_value", "value"]


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add("清坪县市场监督管理局2024年部门预算", "", "附件2", "", T1.title, "")
    f1 = project_table(
        T1,
        UNIT,
        HEAD,
        KEYS,
        "项目资金（万元）",
        "中期资金总额：795.00    年度资金总额：265.00",
        goal_label="年度目标",
        after={8: [["", "", "……", "", ""]]},
    )
    f1.grid.rows.insert(3, ["中期目标", T1.extra["mid_term_goal"], "", "", ""])
    f1.rows = {(i + 1 if i >= 3 else i): r for i, r in f1.rows.items()}
    sixth = next(i for i, r in f1.rows.items() if r is T1.rows[5])
    page_break = [
        "",
        "                                  — 5 —",
        "",
        "清坪县市场监督管理局2024年部门预算",
        "",
    ]
    render(text, f1, "spaces", gap="    ", breaks={sixth: page_break}, wrap=36)
    text.add("", "                                  — 6 —", "", T2.title)
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "36.00",
    )
    render_one_line(text, f2)
    text.add("", "                                  — 7 —")
    return text.data("gb18030")


DOC = Doc(
    "hd15_guizhou_shichang",
    "hd15_guizhou_shichang.txt",
    UNIT,
    2024,
    {
        "format": "txt",
        "encoding": "gb18030",
        "province": "贵州",
        "sector": "市场监管",
        "framework": "产出/效益/满意度",
        "layout_patterns": "spaces midterm-annual prefixes-placeholders one-line several-tables",
    },
    [T1, T2],
    render=render_doc,
)
