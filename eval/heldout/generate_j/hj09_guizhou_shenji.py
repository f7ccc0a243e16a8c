"""贵州 · 赤岭县审计局 2025: GB18030 text as `pdftotext -layout` leaves it (cells padded with
spaces to the column widths); the first table has no 三级 column (the 二级 is followed by the
whole target), the second no 一级 column and its cells run together without separators."""

from __future__ import annotations

from dsl import imply_l1, rows
from emit import Tab, text_file
from frame import project_table
from grid import Text
from jnoise import indent_prose, render_layout
from kit import tags
from spec import Doc, Table

UNIT = "赤岭县审计局"
NO_L3 = "no 三级 column: the 二级 is followed by the whole target"

T1 = Table(
    "project",
    "政府投资项目审计中介服务费",
    30.0,
    "委托中介机构完成政府投资项目竣工结算审计40个以上，审减率不低于5%。",
    rows(
        f"""
产出指标 | 数量指标 | | 完成政府投资项目竣工结算审计40个以上 | {NO_L3} | 4 |
         | 质量指标 | | 审计报告复核差错率不高于2% | {NO_L3} | 4 |
         | 时效指标 | | 单个项目审计周期不超过60个工作日 | {NO_L3} | 4 |
         | 成本指标 | | 按送审金额的0.3%支付中介服务费，全年不超过30万元 | {NO_L3} | 4 |
效益指标 | 经济效益指标 | | 审减金额不低于送审金额的5% | {NO_L3} | 4 |
         | 社会效益指标 | | 促进政府投资项目规范管理 | {NO_L3} | 2 | V401
满意度指标 | 服务对象满意度指标 | | 被审计单位满意度90%以上 | {NO_L3} | 4 |
""",
        "l1 l2 l3 value note spec codes",
    ),
    title="赤岭县审计局2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "经济责任审计专项经费",
    12.0,
    "完成领导干部经济责任审计8个以上，审计发现问题整改率90%以上。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 经济责任审计项目 | ≥8个 | 4 |
         |          | 其中：乡镇党政主要领导干部 | ≥4个 | 4 |
         | 质量指标 | 审计发现问题整改率 | ≥90% | 4 |
         | 时效指标 | 审计报告出具时间 | 审计结束后30日内 | 4 |
         | 成本指标 | 人均审计外勤费用 | ≤150元/人·天 | 4 |
效益指标 | 社会效益指标 | 领导干部依法履职意识 | 显著增强 | 2 | V401
满意度指标 | 服务对象满意度指标 | 审计对象满意度 | ≥85% | 4 |
""",
            "l1 l2 l3 value spec codes",
        )
    ),
    title="赤岭县审计局2025年项目支出绩效目标表",
)


def render(doc: Doc) -> bytes:
    # the printed table has no 三级 column at all
    f1 = project_table(
        T1,
        UNIT,
        ["一级指标", "二级指标", "指标值"],
        ["l1", "l2", "value"],
        "项目资金（万元）",
        "30.00",
        goal_label="年度绩效目标",
    )
    f2 = project_table(
        T2,
        UNIT,
        ["二级指标", "三级指标", "指标值"],
        ["l2", "l3", "value"],
        "项目资金（万元）",
        "12.00",
        goal_label="年度绩效目标",
        merge=("l2",),
    )

    def layout(t: Text) -> None:
        render_layout(t, f1)

    blocks = [
        "赤岭县审计局2025年部门预算公开目录",
        indent_prose("七、项目支出绩效目标情况"),
        indent_prose("按照县财政局统一部署，本单位对2025年全部项目支出编制了绩效目标，具体如下。"),
        T1.title,
        layout,
        "",
        "— 12 —",
        "",
        T2.title,
        Tab(f2, {"style": "together"}),
        "",
        indent_prose("八、其他需要说明的情况：无。"),
    ]
    return text_file(blocks, encoding="gb18030")  # type: ignore[arg-type]


DOC = Doc(
    id="hj09_guizhou_shenji",
    file="hj09_贵州赤岭县审计局_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "gb18030",
        "贵州",
        "审计",
        "spaces:layout run-together no-level3 level1-missing-or-unfilled:no-column sub-rows "
        "level1-once:first several-tables goal-heading:年度绩效目标 unit-year-framing:title",
        framework="产出/效益/满意度",
        noise="pdftotext -layout spacing, ideographic-space indents",
    ),
    tables=[T1, T2],
    render=render,
)
