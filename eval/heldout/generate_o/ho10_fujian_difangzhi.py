"""福建 · 木兰溪县地方志编纂委员会办公室: GB18030 text (LF). The first table, which prints no
一级 column, copied one cell per line with a pipe at each line end; the approved table (批复表)
of the yearbook copied from a PDF with the cells of each row run together and the page number and running
header between its rows."""

from __future__ import annotations

from dsl import imply_l1, rows
from emit import Tab, text_file
from frame import E, P, S
from kit import build, tags
from spec import Doc, Table

DEPT = "木兰溪县地方志编纂委员会办公室"

T1 = Table(
    kind="project",
    project="《木兰溪县志（2006—2025）》编纂经费",
    budget_wan=40.0,
    goal="完成县志初稿120万字以上，征集地情资料3000份以上，建立县级地情资料数据库。",
    rows=imply_l1(
        rows(
            f"""
{P} | 数量指标 | 完成县志初稿字数 | ≥120万字 | 4 |
    |          | 征集地情资料 | ≥3000份 | 4 |
    | 质量指标 | 志稿评审通过率 | 100% | 4 |
    |          | 资料差错率 | ≤1‰ | 4 |
    | 时效指标 | 初稿完成时间 | 2025年12月底前 | 4 |
    | 成本指标 | 志稿编纂人均劳务费 | ≤2万元 | 4 |
{E} | 社会效益指标 | 存史资政育人作用 | 有效发挥 | 2 | V401
    | 可持续影响指标 | 地情资料数据库 | 建立 | 3 |
{S} | 服务对象满意度指标 | 评审专家满意度 | ≥90% | 4 |
""",
            "l1 l2 l3 value spec codes",
        )
    ),
)

T2 = Table(
    kind="project",
    project="《木兰溪年鉴（2025）》编印经费",
    budget_wan=12.0,
    goal="编纂出版《木兰溪年鉴（2025）》，篇幅80万字以上，印制1000册，10月前出版发行。",
    rows=rows(
        f"""
{P} | 数量指标 | 年鉴印数 | 1000册 | 4 |
    |          | 年鉴篇幅 | ≥80万字 | 4 |
    | 质量指标 | 年鉴编校差错率 | ≤万分之一 | 4 |
    | 时效指标 | 年鉴出版时间 | 2025年10月前 | 4 |
    | 成本指标 | 单册印制成本 | ≤150元 | 3 | B501:1000册 × 150元 = 15万元, above the 12万元 budget
{E} | 社会效益指标 | 年鉴赠阅单位数 | ≥200个 | 3 | C206:copies given to units (an output count) under 社会效益
    | 可持续影响指标 | 年鉴连续出版 | 连续出版 | 3 |
{S} | 服务对象满意度指标 | 读者满意度 | ≥85%% | 1 | U303
""",
        "l1 l2 l3 value spec codes",
    ),
    extra={
        "approval": True,
        "page_turn": "page number and running header between rows 4 and 5",
    },
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l2", "l3", "value"],
        [["二级指标", "三级指标", "指标值"]],
        top=[
            ("项目名称", T1.project),
            ("项目金额", "40万元"),
            ("绩效目标", T1.goal or ""),
        ],
        merge=("l2",),
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=[
            ("项目名称", T2.project),
            ("预算单位", DEPT),
            ("批复金额（万元）", "12.00"),
            ("绩效目标", T2.goal or ""),
        ],
    )
    turn = {f2.body[0] + 4: ["— 14 —", "木兰溪县地方志编纂委员会办公室2025年部门预算"]}
    return text_file(
        [
            "木兰溪县地方志编纂委员会办公室2025年部门预算公开",
            "六、项目支出绩效目标",
            "1.县志编纂",
            Tab(f1, {"style": "cell_pipe"}),
            "",
            "2.年鉴编印（摘自县财政局批复文件）",
            "木兰溪县2025年项目支出绩效目标批复表",
            Tab(f2, {"style": "together", "breaks": turn}),
            "木兰溪县财政局（章）",
        ],
        encoding="gb18030",
    )


DOC = Doc(
    id="ho10_fujian_difangzhi",
    file="ho10_福建木兰溪县地方志编纂委员会办公室_2025.txt",
    unit=DEPT,
    year=2025,
    tags=tags(
        "txt",
        "gb18030",
        "福建",
        "地方志",
        "cell-per-line-pipe run-together level1-missing-or-unfilled approval several-tables",
    ),
    tables=[T1, T2],
    render=render,
)
