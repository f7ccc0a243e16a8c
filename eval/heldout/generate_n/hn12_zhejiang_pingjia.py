"""hn12 — 浙江 苍岙县财政局: the published result of a finance-bureau key performance evaluation
(重点绩效评价), an unruled PDF whose text layer separates cells by spaces: the evaluation-indicator
system with 分值, 评分标准 and the score given, a 总分 line and the grade; then the project's 2025
target table as revised after the evaluation, its header spaced out and its 一级 column left empty."""

from __future__ import annotations

from dsl import imply_l1, rows
from emit import Tab, pdf_file
from nkit import framed, tags, total_row, ungraded
from spec import Doc, Table

UNIT = "苍岙县财政局"

T1 = Table(
    "evaluation_system",
    "2024年度城乡居民基本养老保险县级补助资金重点绩效评价",
    3120.0,
    None,
    ungraded(
        rows(
            """
决策（20分） | 项目立项 | 立项依据充分性 | | 4 | 4 | 符合《城乡居民基本养老保险实施办法》得4分，否则不得分
             | 绩效目标 | 绩效目标明确性 | | 6 | 3 | 目标细化量化得6分；指标以定性为主扣3分
             | 资金投入 | 预算编制科学性 | | 10 | 8 | 预算测算依据充分得10分，测算依据缺失每项扣1分
过程（20分） | 资金管理 | 资金到位率 | | 5 | 5 | 到位率100%得满分，每低1%扣0.5分
             |          | 资金使用合规性 | | 5 | 4 | 存在一笔超范围列支扣1分
             | 组织实施 | 管理制度健全性 | | 10 | 9 | 制度健全且有效执行得10分
产出（30分） | 产出数量 | 参保缴费人数完成率 | | 10 | 10 | 实际参保缴费人数/计划人数×100%
             | 产出质量 | 待遇发放准确率 | | 10 | 9 | 发现重复发放2人扣1分
             | 产出时效 | 待遇按月发放及时率 | | 10 | 10 | 每延迟一月扣2分
效益（30分） | 项目效益 | 参保对象满意度 | | 10 | 8 | 问卷调查满意度90%以上得满分，每低1个百分点扣1分
             |          | 基金可持续性 | | 20 | 16 | 按缴费档次提高情况评分
""",
            "l1 l2 l3 value weight score std",
        )
    ),
    extra={
        "total_row": "总分 100 / 得分 86",
        "grade": "良",
        "evaluated_by": "苍岙县财政局委托第三方机构",
    },
)
T2 = Table(
    "project",
    "城乡居民基本养老保险县级补助",
    3260.0,
    "按规定落实县级缴费补贴和基础养老金加发，按月足额发放待遇，参保率稳定在98%以上。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 享受待遇人数 | ≥6.2万人 | 4 |
         |          | 县级缴费补贴人数 | ≥10.5万人 | 4 |
         | 质量指标 | 待遇发放准确率 | 100% | 4 |
         |          | 重复领取待遇追回率 | 100% | 4 |
         | 时效指标 | 新增待遇领取人员核定时限 | ≤15个工作日 | 4 |
         | 时效指标 | 待遇发放时间 | 每月15日前 | 4 |
         | 成本指标 | 县级基础养老金加发标准 | 30元 | 3 | U301:a per-person monthly standard in bare 元
效益指标 | 社会效益指标 | 城乡居民基本养老保险参保率 | ≥98% | 4 |
满意度指标 | 服务对象满意度指标 | 参保对象满意度 | ≥90% | 4 |
""",
            "l1 l2 l3 value spec codes",
        ),
        printed="",
    ),
    extra={"revised_after_evaluation": True},
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        7,
        [],
        [["一级指标", "二级指标", "三级指标", "分值", "得分", "评分标准", ""]],
        T1.rows,
        ["l1", "l2", "l3", "weight", "score", "std", ""],
    )
    total_row(f1, ["总分", "", "", "100", "86", "评价等级：良", ""], 2)
    f2 = framed(
        4,
        [("项目名称", T2.project), ("项目资金（万元）", "3260"), ("年度目标", T2.goal or "")],
        [["绩 效 指 标", "", "", ""], ["一级指标", "二 级 指 标", "三 级 指 标", "指 标 值"]],
        T2.rows,
        ["l1", "l2", "l3", "value"],
        head_spans=[(0, 0, 0, 3)],
    )
    blocks = [
        "# 苍岙县2024年度城乡居民基本养老保险县级补助资金重点绩效评价结果公开",
        "一、评价结论：该项目综合得分86分，评价等级为“良”。",
        "二、主要问题：绩效目标以定性指标为主，部分待遇发放存在重复。",
        "附表1　评价指标体系及评分情况",
        Tab(f1, widths=[28, 26, 46, 14, 14, 120, 4]),
        "三、整改情况：县人力社保局已按评价意见修订2025年绩效目标，修订后目标如下。",
        "附表2　2025年项目支出绩效目标表（修订后）",
        Tab(f2, widths=[30, 46, 90, 80]),
        "苍岙县财政局　2025年5月",
    ]
    return pdf_file(blocks, ruled=False)


DOC = Doc(
    "hn12_zhejiang_pingjia",
    "hn12_苍岙县财政局_重点绩效评价结果_2025.pdf",
    UNIT,
    2025,
    tags(
        "pdf",
        "unruled",
        "浙江",
        "财政（重点绩效评价、社保）",
        """spaces broken-labels evaluation-system level1-missing-or-unfilled label-notes
        extra-columns several-tables goal-heading unit-year-framing""",
    ),
    [T1, T2],
    render,
    extra={"evaluation_result": "综合得分86分，等级良"},
)
