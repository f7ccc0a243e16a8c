"""hh18 — 湖北 涢水县退役军人事务局, 2025, text out of a web page and its attachments (GB18030):
a tab-separated table whose first two rows print no 二级, a near-identical pipe table
(no outer pipes, padded) for the next festival, and a 2021-framework table printed on one line."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from grid import Text
from kit import tags
from spec import Doc, Table
from textual import render_one_line

DEPT = "涢水县退役军人事务局"
KEYS = ["l1", "l2", "l3", "value"]
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
VISIT = """
产出指标 | - | 走访慰问退役军人及其他优抚对象 | {n} | 4 |
 | | 慰问重点优抚对象 | ≥420人 | 4 |
 | 质量指标 | 慰问金发放准确率 | 100% | 4 |
 | 时效指标 | 春节前完成走访慰问 | 2月10日前 | 4 | {t105}
 | 成本指标 | 重点优抚对象慰问标准 | 800元/人 | 4 |
效益指标 | 社会效益指标 | 退役军人获得感 | 显著增强 | 2 | V401
满意度指标 | 服务对象满意度指标 | 慰问对象满意度 | ≥95% | 4 |
"""


def visit_rows(n: str, t105: str = "") -> list:  # type: ignore[type-arg]
    rs = rows(VISIT.format(n=n, t105=t105), "l1 l2 l3 value spec codes")
    for r in rs[:2]:
        r.note = "二级 not printed on the first rows of the table"
    return rs


T1 = Table(
    "project",
    "2025年春节走访慰问退役军人经费",
    46.0,
    "春节前走访慰问退役军人及其他优抚对象1850人以上，其中重点优抚对象420人，体现党和政府的关怀。",
    visit_rows("≥1850人"),
    title="2025年春节走访慰问退役军人经费绩效目标表",
)
T2 = Table(
    "project",
    "2025年“八一”走访慰问退役军人经费",
    44.0,
    "“八一”前走访慰问退役军人及其他优抚对象1800人以上，其中重点优抚对象420人。",
    visit_rows(
        "≥1800人", "T105:a 春节 deadline in the 八一 visit table (copied from the 春节 table)"
    ),
    title="2025年“八一”走访慰问退役军人经费绩效目标表",
)

T3 = Table(
    "project",
    "2025年退役军人服务站运行经费",
    18.0,
    "保障全县15个乡镇（街道）退役军人服务站正常运行，规范化建设达标率90%以上，退役军人诉求办结率95%以上。",
    rows(
        """
产出指标 | 数量指标 | 服务站数量 | 15个 | 4 |
 | 质量指标 | 服务站规范化建设达标率 | ≥90% | 4 |
 | 时效指标 | 运行经费拨付时间 | 每季度首月 | 3 |
成本指标 | 经济成本指标 | 站均运行经费 | ≤1.2万元/站 | 4 |
 | 社会成本指标 | 社会成本指标 | 无 | 1 | T107
 | 生态环境成本指标 | 生态环境成本指标 | 无 | 1 | T107
效益指标 | 社会效益指标 | 退役军人诉求办结率 | ≥95% | 4 |
满意度指标 | 服务对象满意度指标 | 退役军人满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="2025年退役军人服务站运行经费绩效目标表",
)


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, DEPT, HEAD, KEYS, "项目资金（万元）", "46.00", "年度目标")
    f2 = project_table(T2, DEPT, HEAD, KEYS, "项目资金（万元）", "44.00", "年度目标")
    f3 = project_table(T3, DEPT, HEAD, KEYS, "项目资金（万元）", "18.00", "年度目标")

    def one_line(t: Text) -> None:
        render_one_line(t, f3, prefix="附件3 " + T3.title)

    blocks: list[object] = [
        "涢水县退役军人事务局2025年部门预算公开",
        "来源：县退役军人事务局　　发布日期：2025年2月18日",
        "",
        "附件1 " + T1.title,
        Tab(f1, {"style": "tab"}),
        "",
        "附件2 " + T2.title,
        Tab(f2, {"style": "pipe", "outer": False, "pad": 4}),
        "",
        one_line,
        "",
    ]
    return text_file(blocks, encoding="gb18030")  # type: ignore[arg-type]


DOC = Doc(
    "hh18_hubei_tuiyi",
    "hh18_湖北涢水县退役军人事务局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "gb18030",
        "湖北",
        "退役军人",
        "tab pipe-padded one-line level2-missing-or-repeated several-tables unit-year-framing",
        framework="mixed",
    ),
    [T1, T2, T3],
    render=render,
    codes={"T102": "the 八一 table repeats the 春节 table: one (三级, value) pair differs"},
    extra={
        "t102_groups": [
            {
                "tables": [1, 2],
                "note": "only 走访慰问退役军人及其他优抚对象 differs (≥1850人 vs ≥1800人)",
            }
        ]
    },
)
