"""hh13 — 甘肃 陇泉县司法局, a 2025 disclosure as an unruled PDF (text only, runs of spaces in
the text layer): the 2024 部门整体绩效自评表 with 分值 printed before the target, a score above
its points and a 总分 that does not add up, then a 2025 project table."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import project_table
from kit import tags
from selfeval import self_eval_table
from spec import Doc, Table

DEPT = "陇泉县司法局"
SE_KEYS = ["l1", "l2", "l3", "score_max", "value", "actual", "score", "deviation"]

T1 = Table(
    "self_evaluation",
    DEPT,
    1186.4,
    "深化公共法律服务体系建设，全年受理人民调解案件1200件以上，办结法律援助案件260件以上，"
    "社区矫正对象再犯罪率控制在0.2%以内。",
    rows(
        """
产出指标 | 数量指标 | 人民调解案件受理数 | 10 | ≥1200件 | 1356件 | 10 | | 4 |
 | | 法律援助案件办结数 | 10 | ≥260件 | 241件 | 8 | 部分案件跨年度办理，2025年一季度办结 | 4 |
 | | 普法宣传活动场次 | 5 | ≥80场 | 92场 | 5 | | 4 |
 | 质量指标 | 人民调解成功率 | 10 | ≥95% | 97.2% | 10 | | 4 |
 | | 社区矫正对象再犯罪率 | 10 | ≤0.2% | 0.1% | 10 | | 4 |
 | 时效指标 | 法律援助指派及时率 | 5 | 100% | 100% | 5 | | 4 |
 | 成本指标 | 部门预算执行率 | 5 | ≥95% | 96.8% | 5 | | 4 | C202:a fund-execution rate under 成本
效益指标 | 社会效益指标 | 矛盾纠纷化解 | 10 | 有效化解 | 有效化解 | 10 | | 2 | V401
 | | 群众法治意识 | 10 | 明显增强 | 明显增强 | 12 | | 2 | V401 S802:得分 12 above the row's 分值 10
 | 可持续影响指标 | 基层公共法律服务体系 | 5 | 健全 | 健全 | 5 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 法律援助受援人满意度 | 10 | ≥90% | 88% | 10 | | 4 | S801 S804
""",
        "l1 l2 l3 score_max value actual score deviation spec codes",
    ),
    title="陇泉县司法局2024年度部门整体支出绩效自评表",
    codes={
        "S803": "row scores (90) plus the execution score (9.7) make 99.7, the 总分 line says 98.5"
    },
    extra={
        "scope": "overall",
        "year_evaluated": 2024,
        "actual_completion": "全年受理人民调解案件1356件、办结法律援助案件241件，社区矫正对象再犯罪率0.1%。",
        "budget_source": {
            "年初预算数": "1102.60",
            "全年预算数": "1186.40",
            "全年执行数": "1148.30",
            "执行率": "96.8%",
        },
        "execution_score": {"score_max": 10, "score": 9.7},
        "total_score": {"score_max": 100, "score": 98.5},
    },
)

T2 = Table(
    "project",
    "2025年社区矫正工作经费",
    36.0,
    "1.加强社区矫正对象监督管理；2.加强社区矫正对象监督管理，全年组织集中教育学习不少于12次。",
    rows(
        """
产出指标 | 数量指标 | 在册社区矫正对象人数 | 142人 | 4 |
 | | 集中教育学习次数 | ≥12次 | 4 |
 | 质量指标 | 社区矫正对象脱管漏管率 | 0 | 3 | U304
 | 时效指标 | 入矫报到及时率 | 100% | 4 |
 | 成本指标 | 电子定位监管服务费 | ≤8.5万元 | 4 |
效益指标 | 社会效益指标 | 社区矫正对象再犯罪率 | ≥0.2% | 3 | U305:≥ on a re-offence rate that should stay low
满意度指标 | 服务对象满意度指标 | 社区群众满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="陇泉县司法局2025年项目支出绩效目标表",
    codes={"T103": "goal item 2 repeats item 1 verbatim"},
)


def render(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", DEPT, "实施单位", DEPT)],
        "部门预算资金（万元）",
        [("年度资金总额", "1102.60", "1186.40", "1148.30", "10", "96.8%", "9.7")],
        T1.extra["actual_completion"],
        ("100", "98.5"),
        keys=SE_KEYS,
        stacked=True,
    )
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "36.00",
        "年度目标",
    )
    blocks: list[object] = [
        "# 陇泉县司法局2025年部门预算公开",
        "八、2024年度部门整体支出绩效自评情况",
        T1.title,
        Tab(f1, widths=(24, 30, 46, 14, 26, 26, 14, 60)),
        "九、2025年项目支出绩效目标",
        T2.title,
        Tab(f2, widths=(50, 50, 90, 70)),
    ]
    return pdf_file(blocks, ruled=False)  # type: ignore[arg-type]


DOC = Doc(
    "hh13_gansu_sifa",
    "hh13_甘肃陇泉县司法局_2025.pdf",
    DEPT,
    2025,
    tags(
        "pdf",
        "unruled",
        "甘肃",
        "公安/司法",
        "spaces self-evaluation extra-columns budget-lines goal-heading several-tables",
    ),
    [T1, T2],
    render=render,
)
