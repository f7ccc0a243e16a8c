"""hn04 — 湖南 渌川县民政局: the year-end self-evaluations (2024, published with the 2025
final accounts) as a WPS-style DOCX: the department-wide self-evaluation (部门整体支出绩效自评表)
and one project self-evaluation, each with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分,
预期目标 beside 实际完成情况, scores, deviations and the 总分 line."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from nkit import tags
from selfeval import self_eval_table
from spec import Doc, Table

UNIT = "渌川县民政局"
COLS = "l1 l2 l3 value actual score_max score deviation spec codes"

T1 = Table(
    "self_evaluation",
    "渌川县民政局",
    4862.35,
    "保障城乡低保、特困供养、临时救助等困难群众基本生活，完成养老服务体系和婚姻殡葬管理年度任务。",
    rows(
        """
产出指标 | 数量指标 | 城乡低保保障人数 | ≥9800人 | 10236人 | 10 | 10 |
         |          | 特困人员供养人数 | ≥1450人 | 1412人 | 10 | 9 | 部分特困人员死亡或转入低保，据实减少
         | 质量指标 | 低保资金社会化发放率 | 100% | 100% | 10 | 10 |
         | 时效指标 | 救助资金按月发放 | 每月10日前 | 每月10日前 | 10 | 10 |
         | 成本指标 | 农村低保平均补助水平 | ≥330元/人·月 | 342元/人·月 | 10 | 10 |
效益指标 | 社会效益指标 | 困难群众基本生活 | 得到保障 | 得到保障 | 20 | 20 | | 2 | V401
         | 可持续影响指标 | 养老服务设施覆盖率 | ≥60% | 52% | 10 | 10 | | 4 | S801 S804
满意度指标 | 服务对象满意度指标 | 救助对象满意度 | ≥90% | 93.6% | 10 | 10 |
""",
        COLS,
    ),
    extra={
        "scope": "overall",
        "year_evaluated": 2024,
        "budget_source": "年初预算数4630.00万元，全年预算数4862.35万元，全年执行数4791.20万元",
        "actual_completion": "全年累计发放低保资金4326万元、特困供养金1218万元，新建农村互助养老服务点6个。",
        "execution_score": 9.85,
        "total_score": 98.85,
    },
)
for r in T1.rows:
    r.spec = r.spec or 4

T2 = Table(
    "self_evaluation",
    "2024年困难残疾人生活补贴和重度残疾人护理补贴",
    612.48,
    "按月足额发放两项补贴，惠及困难残疾人5200人、重度残疾人6100人。",
    rows(
        """
产出指标 | 数量指标 | 困难残疾人生活补贴人数 | 5200人 | 5318人 | 15 | 15 |
         |          | 重度残疾人护理补贴人数 | 6100人 | 5874人 | 15 | 15 | | 4 | S801 S804
         | 质量指标 | 补贴资金发放准确率 | 100% | 99.6% | 15 | 14 | 2人因死亡未及时停发，已追回
         | 时效指标 | 补贴发放时间 | 按月发放 | 按月发放 | 15 | 15 | | 3 |
         | 成本指标 | 护理补贴标准 | 80元 | 80元 | 10 | 10 | | 3 | U301:a per-person monthly standard in bare 元
效益指标 | 社会效益指标 | 残疾人生活质量 | 明显改善 | 明显改善 | 10 | 10 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 残疾人及家属满意度 | ≥90% | 95% | 10 | 10 |
""",
        COLS,
    ),
    extra={
        "year_evaluated": 2024,
        "budget_source": "年初预算数600.00万元，全年预算数612.48万元，全年执行数612.48万元",
        "actual_completion": "全年发放困难残疾人生活补贴318.6万元、重度残疾人护理补贴293.88万元。",
        "execution_score": 10,
        "total_score": 99,
    },
)
for r in T2.rows:
    r.spec = r.spec or 4


def render(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "填报单位", UNIT)],
        "部门预算资金（万元）",
        [("年度资金总额", "4630.00", "4862.35", "4791.20", "10", "98.5%", "9.85")],
        T1.extra["actual_completion"],
        ("100", "98.85"),
    )
    f2 = self_eval_table(
        T2,
        [("主管部门", UNIT, "实施单位", "渌川县残疾人联合会")],
        "项目资金（万元）",
        [
            ("年度资金总额", "600.00", "612.48", "612.48", "10", "100%", "10"),
            ("其中：中央和省级资金", "520.00", "520.00", "520.00", "—", "—", "—"),
            ("县级资金", "80.00", "92.48", "92.48", "—", "—", "—"),
        ],
        T2.extra["actual_completion"],
        ("100", "99"),
        stacked=True,
    )
    return docx_file(
        [
            "附件3",
            "# 2024年度部门整体支出绩效自评表",
            "（2024年度）",
            Tab(f1, trailing_empty=[(8, 2), (9, 2)]),
            "附件4",
            "# 项目支出绩效自评表",
            Tab(f2),
            "填表人：周某某　　联系电话：0731-2286145",
        ],
        wps=True,
    )


DOC = Doc(
    "hn04_hunan_zipping",
    "hn04_渌川县民政局_2024年度绩效自评表.docx",
    UNIT,
    2024,
    tags(
        "docx",
        "wps",
        "湖南",
        "民政（社会救助、残疾人补贴）",
        """self-evaluation budget-lines level1-once goal-heading several-tables unit-year-framing""",
    ),
    [T1, T2],
    render,
    codes={},
    extra={"published_with": "2024年度部门决算"},
)
