"""hi08 黑龙江 · 乌裕县审计局 2025: Word "save as web page" HTML in GBK. Table 1 is the 部门整体
绩效目标表 with 履职产出/履职效能 as 一级 and the 二级 repeated on every row (only the 一级 merged);
table 2 a project table without a 三级 column (the 二级 followed by the whole target text) and short
labels 产出/效益/满意度 and 数量/质量 ….
"""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import project_table
from iframe import headed_table
from kit import tags
from spec import Doc, Table

UNIT = "乌裕县审计局"

T1 = Table(
    "overall",
    UNIT,
    486.3,
    "全面完成年度审计计划，对重点部门、重大政策落实和政府投资项目开展审计监督，推动审计整改，促进增收节支。",
    rows(
        """
履职产出 | 数量指标 | 完成审计项目数量 | ≥28个 | 4 |
         | 数量指标 | 审计查出问题金额 | ≥1.5亿元 | 4 |
         | 质量指标 | 审计报告质量达标率 | 100% | 4 |
         | 质量指标 | 审计结论准确率 | ≥98% | 4 |
         | 时效指标 | 审计项目按计划完成率 | ≥95% | 4 |
         | 成本指标 | 部门整体支出控制数 | ≤486.3万元 | 4 |
履职效能 | 社会效益指标 | 促进增收节支金额 | ≥3000万元 | 4 | C202:an amount saved is an economic effect, not a 社会效益
         | 社会效益指标 | 审计整改到位率 | ≥90% | 4 |
         | 社会效益指标 | 审计监督作用 | 充分发挥 | 2 | V401
         | 可持续影响指标 | 审计队伍专业化水平 | 不断提高 | 2 | V401
         | 可持续影响指标 | 审计信息化建设 | 持续推进 | 2 | V401
满意度指标 | 服务对象满意度指标 | 被审计单位满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="乌裕县审计局2025年部门整体支出绩效目标表",
    extra={"scope": "overall"},
)

T2 = Table(
    "project",
    "政府投资审计外聘中介机构服务费",
    38.0,
    "聘请中介机构协助完成政府投资项目审计15个、经济责任审计12个，审减不合理投资。",
    rows(
        """
产出 | 数量 | | 完成政府投资项目审计≥15个 | 4 |
     | 数量 | | 完成经济责任审计≥12个 | 4 |
     | 质量 | | 审计报告复核通过率100% | 4 |
     | 时效 | | 中介机构审计报告于现场审计结束后30日内提交 | 4 |
     | 成本 | | 中介服务费按审减额的3%支付且单项不超过5万元 | 4 |
效益 | 经济效益 | | 审减政府投资项目资金≥800万元 | 4 |
     | 社会效益 | | 规范政府投资行为，提高资金使用效益 | 2 | V402
满意度 | 服务对象满意度 | | 项目建设单位满意度≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
        note="no 三级 column: the 二级 is followed by the whole target text",
    ),
    title="乌裕县审计局2025年项目支出绩效目标表",
)


def render(doc: Doc) -> bytes:
    f1 = headed_table(
        T1,
        [
            ("部门（单位）名称", UNIT),
            ("年度预算（万元）", "486.30"),
            ("年度总体目标", T1.goal or ""),
        ],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        merge=("l1",),
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "指标值（指标内容）"],
        ["l1", "l2", "value"],
        "预算（万元）",
        "38.00",
    )
    return html_file(
        [
            "乌裕县审计局2025年部门预算公开",
            "四、绩效目标",
            "（一）" + T1.title,
            Tab(f1),
            "（二）" + T2.title,
            Tab(f2),
        ],
        "乌裕县审计局2025年部门预算公开",
        "乌裕县人民政府网",
        "2025年02月18日",
        charset="gbk",
        style="word",
    )


DOC = Doc(
    id="hi08_heilongjiang_shenji",
    file="hi08_黑龙江乌裕县审计局_2025.html",
    unit=UNIT,
    year=2025,
    tags=tags(
        "html",
        "gbk",
        "黑龙江",
        "审计",
        "level2-missing-or-repeated no-level3 nonstandard-names unit-year-framing several-tables",
    ),
    tables=[T1, T2],
    render=render,
)
