"""甘肃 · 岷岭县妇女联合会 2025: a Word DOCX (proofing and bookmark marks between runs, cell text
split over runs); a project table with short 一级/二级 names (`产出`, `数量`) and a merged
`经济与社会效益指标`, a second with `效果指标`, and the training project's 评价指标体系 with
指标解释 and 评分标准 but no target column."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from frame import project_table
from jframe import Build
from kit import tags
from spec import Doc, Table

UNIT = "岷岭县妇女联合会"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]

T1 = Table(
    "project",
    "“两癌”患病困难妇女救助",
    20.0,
    "对全县40名以上“两癌”患病困难妇女每人救助5000元，6月底前发放到位。",
    rows(
        """
产出 | 数量 | 救助“两癌”患病困难妇女 | ≥40人 | 4 |
     |      | 其中：宫颈癌患者 | ≥15人 | 4 |
     | 质量 | 救助对象精准率 | 100% | 4 |
     | 时效 | 救助金发放时间 | 2025年6月底前 | 4 |
     | 成本 | 人均救助标准 | 5000元/人 | 4 |
效益 | 经济与社会效益指标 | 患病妇女家庭医疗负担 | 有效减轻 | 2 | V401
     |                    | 受助妇女家庭因病返贫人数 | ≥0人 | 3 | U305:≥ on a measure that should stay low (a lower bound of 0 is no target)
满意度 | 满意度 | 受助妇女满意度 | ≥95% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="岷岭县妇女联合会2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "巾帼家政技能培训",
    12.0,
    "举办家政技能培训6期，培训农村妇女300人以上，参训妇女就业率60%以上。",
    rows(
        """
产出指标 | 数量指标 | 培训农村妇女 | ≥300人 | 4 |
         |          | 开展培训期数 | 6期 | 4 |
         | 质量指标 | 培训考核合格率 | ≥90% | 4 |
         | 时效指标 | 培训完成时间 | 2025年10月底前 | 4 |
         | 成本指标 | 人均培训费 | ≤400元/人 | 4 |
效益指标 | 效果指标 | 参训妇女就业率 | ≥60% | 4 |
         |          | 巾帼家政品牌影响 | 逐步扩大 | 2 | V401
满意度指标 | 服务对象满意度指标 | 参训学员满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="岷岭县妇女联合会2025年项目支出绩效目标表",
)

T3 = Table(
    "evaluation_system",
    "巾帼家政技能培训",
    None,
    None,
    rows(
        """
决策 | 项目立项 | 立项规范性 | 10 | 项目按规定程序申请设立 | 程序规范得10分，否则酌情扣分
     | 绩效目标 | 目标合理性 | 10 | 绩效目标与项目实际相符 | 相符得10分，部分相符得5分
过程 | 资金管理 | 资金使用合规性 | 15 | 资金按规定用途使用 | 发现违规使用的本项不得分
     | 组织实施 | 培训组织规范性 | 15 | 培训计划、签到、考核资料完整 | 每缺一项扣3分
产出 | 产出数量 | 培训人数完成率 | 15 | 实际培训人数/计划培训人数×100% | 按完成率计分
     | 产出质量 | 培训考核合格率 | 15 | 考核合格人数/参训人数×100% | 达到90%得满分，每低1个百分点扣1分
效益 | 社会效益 | 参训妇女就业率 | 10 | 就业人数/参训人数×100% | 达到60%得满分，按比例扣分
     | 满意度 | 学员满意度 | 10 | 以问卷调查结果为准 | 达到90%得满分，每低1个百分点扣1分
""",
        "l1 l2 l3 weight desc std",
    ),
    title="巾帼家政技能培训项目绩效评价指标体系",
    extra={"total_row": "合计 | 100"},
)


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "20.00")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "12.00")
    b = Build(6)
    b.line("一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", head=True)
    f3 = b.body(T3.rows, ["l1", "l2", "l3", "weight", "desc", "std"])
    b.line("合计", "", "", "100", "", "", spans=[(0, 2)])
    blocks = [
        "# 岷岭县妇女联合会2025年项目支出绩效目标",
        "表一",
        "# " + (T1.title or ""),
        Tab(f1),
        "表二",
        "# " + (T2.title or ""),
        Tab(f2),
        "表三",
        "# " + (T3.title or ""),
        Tab(f3),
    ]
    return docx_file(blocks, wps=False, split_runs=True, proof=True)  # type: ignore[arg-type]


DOC = Doc(
    id="hj13_gansu_fulian",
    file="hj13_甘肃岷岭县妇女联合会_2025.docx",
    unit=UNIT,
    year=2025,
    tags=tags(
        "docx",
        "",
        "甘肃",
        "妇联",
        "nonstandard-names:short+merged+效果 evaluation-system sub-rows extra-columns:weight+desc+scoring "
        "level1-once:merged several-tables goal-heading:年度绩效目标 unit-year-framing:title",
        framework="产出/效益/满意度; evaluation system 决策/过程/产出/效益",
        noise="Word proofing/bookmark marks, split runs",
    ),
    tables=[T1, T2, T3],
    render=render,
)
