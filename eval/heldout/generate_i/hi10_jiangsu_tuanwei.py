"""hi10 江苏 · 共青团盐渎县委员会 2025: Word DOCX (not WPS) with cell text split over runs and
Word's proofing/bookmark marks. Table 1 shows the mid-term (2025—2027) and annual targets side by
side with 中期目标 / 年度目标 lines and the 一级 printed as 效果指标; table 2 has a 备注 column."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from frame import project_table
from iframe import headed_table
from kit import tags
from spec import Doc, Table

UNIT = "共青团盐渎县委员会"

T1 = Table(
    "project",
    "青少年心理健康关爱“护苗”行动",
    30.0,
    "2025年开展心理健康讲座进校园50场，热线接听2000小时，培训心理辅导志愿者100人。",
    rows(
        """
产出指标 | 数量指标 | 心理健康讲座进校园场次 | ≥150场 | ≥50场 | 4 |
         |          | 青少年心理咨询热线接听时长 | ≥6000小时 | ≥2000小时 | 4 |
         |          | 培训心理辅导志愿者 | ≥300人 | ≥100人 | 4 |
         | 质量指标 | 志愿者培训考核合格率 | ≥95% | ≥95% | 4 |
         | 时效指标 | 热线服务时间 | 每日8:00-22:00 | 每日8:00-22:00 | 4 |
         | 成本指标 | 志愿者培训人均成本 | ≤600元 | ≤600元 | 4 |
效果指标 | 社会效益指标 | 青少年心理危机干预成功率 | ≥90% | ≥90% | 4 |
         |              | 青少年心理健康素养 | 持续提升 | 明显提升 | 2 | V401
         | 可持续影响指标 | 护苗志愿服务队伍 | 稳定发展 | 稳定 | 2 | V401
满意度指标 | 服务对象满意度指标 | 学生及家长满意度 | ≥90% | ≥90% | 4 |
""",
        "l1 l2 l3 mid_value value spec codes",
    ),
    title="盐渎县2025年项目支出绩效目标表（中期和年度）",
    extra={
        "mid_term_goal": "2025—2027年开展心理健康讲座150场，建成300人的心理辅导志愿者队伍，形成覆盖全县中小学的“护苗”服务网络。",
        "mid_term_budget_wan": 90.0,
        "mid_term_years": "2025—2027",
    },
)

T2 = Table(
    "project",
    "青年就业见习补贴",
    48.0,
    "募集青年就业见习岗位200个，组织150名离校未就业高校毕业生参加见习，按月发放见习补贴，全年安排资金50万元。",
    rows(
        """
产出指标 | 数量指标 | 募集青年见习岗位 | ≥200个 | | 4 |
         |          | 组织青年参加见习人数 | ≥150人 | | 4 |
         | 质量指标 | 见习期满留用率 | ≥30% | 见习单位统计 | 4 |
         | 时效指标 | 见习补贴发放时间 | 按月发放 | | 3 |
         | 成本指标 | 见习补贴标准 | ≤1800元 | 按当地最低工资标准的90%确定 | 3 | U301:a monthly per-person allowance in bare 元 without its denominator
效益指标 | 社会效益指标 | 高校毕业生就业能力 | 明显增强 | | 2 | V401
         | 经济效益指标 | 见习期间青年人均收入 | ≥1.6万元 | | 4 |
满意度指标 | 服务对象满意度指标 | 见习青年满意度 | ≥90% | 问卷调查 | 4 |
""",
        "l1 l2 l3 value remark spec codes",
    ),
    title="盐渎县2025年项目支出绩效目标表",
    codes={"B502": "the goal states 50万元, the budget line 48.00万元"},
)


def render(doc: Doc) -> bytes:
    f1 = headed_table(
        T1,
        [
            ("项目名称", T1.project),
            ("主管部门", UNIT),
            ("中期资金总额（万元）", "90.00"),
            ("年度资金总额（万元）", "30.00"),
            ("中期目标（2025—2027年）", T1.extra["mid_term_goal"]),
            ("年度目标（2025年）", T1.goal or ""),
        ],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["l1", "l2", "l3", "mid_value", "value"],
        label_cols=2,
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
        ["l1", "l2", "l3", "value", "remark"],
        "年度资金总额（万元）",
        "48.00",
        "年度目标",
    )
    return docx_file(
        [
            "# 共青团盐渎县委员会2025年部门预算项目绩效目标",
            T1.title,
            Tab(f1),
            T2.title,
            Tab(f2),
        ],
        wps=False,
        split_runs=True,
        proof=True,
    )


DOC = Doc(
    id="hi10_jiangsu_tuanwei",
    file="hi10_江苏共青团盐渎县委员会_2025.docx",
    unit=UNIT,
    year=2025,
    tags=tags(
        "docx",
        "word",
        "江苏",
        "共青团",
        "midterm-annual nonstandard-names extra-columns goal-heading several-tables level1-once",
    ),
    tables=[T1, T2],
    render=render,
)
