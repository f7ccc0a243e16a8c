"""hi14 江西 · 章源县第二中学 2025: an unruled PDF (text only, landscape) of a school's disclosure:
the 2024 部门整体 self-evaluation (分值 printed before the target, 预期目标 and 实际完成情况 stacked,
budget lines with 执行率) and the 2025 project table of its smart-campus project."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import project_table
from kit import tags
from selfeval import self_eval_table
from spec import Doc, Table

UNIT = "章源县第二中学"

T1 = Table(
    "self_evaluation",
    UNIT,
    1862.5,
    "保障全校2100名以上学生正常教学，落实学生资助政策，高中学业水平考试合格率95%以上，本科上线率60%以上。",
    rows(
        """
产出指标 | 数量指标 | 在校学生人数 | 10 | ≥2100人 | 2186人 | 10 | | 4 |
         |          | 教职工培训人次 | 5 | ≥300人次 | 326人次 | 5 | | 4 |
         | 质量指标 | 高中学业水平考试合格率 | 10 | ≥95% | 96.8% | 10 | | 4 |
         |          | 校园安全责任事故 | 10 | 0起 | 0起 | 10 | | 4 |
         | 时效指标 | 学生资助资金发放及时率 | 5 | 100% | 100% | 5 | | 4 |
         | 成本指标 | 生均公用经费 | 10 | ≤1300元 | 1280元 | 10 | | 4 |
效益指标 | 社会效益指标 | 本科上线率 | 10 | ≥60% | 57.2% | 8 | 生源基础偏弱，新生中考均分降低12分，将加强分层教学 | 4 |
         |              | 办学水平 | 10 | 稳步提高 | 稳步提高 | 10 | | 2 | V401
         | 可持续影响指标 | 教师队伍稳定性 | 10 | 稳定 | 稳定 | 10 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 学生家长满意度 | 10 | ≥90% | 92.5% | 10 | | 4 |
""",
        "l1 l2 l3 score_max value actual score deviation spec codes",
    ),
    title="章源县第二中学2024年度部门整体支出绩效自评表",
    extra={
        "scope": "overall",
        "year_evaluated": 2024,
        "budget_lines": {
            "年度资金总额": ["1,862.50", "1,915.30", "1,838.70", "10", "96.0%", "9.6"],
            "其中：财政拨款": ["1,702.50", "1,755.30", "1,701.20", "-", "96.9%", "-"],
            "其他资金": ["160.00", "160.00", "137.50", "-", "85.9%", "-"],
        },
        "execution_score": 9.6,
        "total_score": 97.6,
        "actual_completion": "在校学生2186人，学业水平考试合格率96.8%，本科上线率57.2%，学生资助资金全部按时发放。",
        "budget_note": "budget_wan = 年初预算数; 全年预算数 1,915.30",
    },
)

T2 = Table(
    "project",
    "智慧校园建设（二期）",
    85.0,
    "建设智慧教室16间，更新学生计算机教室设备120台，实现信息化教学常态化应用。",
    rows(
        """
产出指标 | 数量指标 | 建设智慧教室 | ≥16间 | 4 |
         |          | 更新学生计算机 | ≥120台 | 4 |
         | 质量指标 | 设备验收合格率 | 100% | 4 |
         | 时效指标 | 建设完成时间 | 2025年8月20日前 | 4 |
         | 成本指标 | 智慧教室单间建设成本 | ≤4万元 | 4 |
效益指标 | 社会效益指标 | 信息化教学常态化应用 | 教师使用率≥90% | 4 |
         | 可持续影响指标 | 设备使用年限 | ≥6年 | 4 |
满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="章源县第二中学2025年项目支出绩效目标表",
)

KEYS = ["l1", "l2", "l3", "score_max", "value", "actual", "score", "deviation"]


def render(doc: Doc) -> bytes:
    lines = [[k, *v] for k, v in T1.extra["budget_lines"].items()]
    f1 = self_eval_table(
        T1,
        [("主管部门", "章源县教育体育局", "单位负责人", "李某")],
        "年度预算\n（万元）",
        lines,
        T1.extra["actual_completion"],
        ("100", "97.6"),
        keys=KEYS,
        stacked=True,
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "85.00",
    )
    return pdf_file(
        [
            "# 章源县第二中学2025年部门预算公开",
            "一、2024年度部门整体支出绩效自评情况",
            "# " + T1.title,
            Tab(f1, widths=(22, 28, 42, 12, 22, 22, 12, 84)),
            "\f",
            "二、2025年项目支出绩效目标",
            "# " + T2.title,
            Tab(f2, widths=(40, 50, 80, 60)),
        ],
        ruled=False,
    )


DOC = Doc(
    id="hi14_jiangxi_xuexiao",
    file="hi14_江西章源县第二中学_2025.pdf",
    unit=UNIT,
    year=2025,
    tags=tags(
        "pdf",
        "unruled",
        "江西",
        "学校",
        "spaces self-evaluation budget-lines goal-heading several-tables level1-once",
    ),
    tables=[T1, T2],
    render=render,
)
