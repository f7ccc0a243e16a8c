"""hk13 湖南 · 资水县教育局: XLSX with a title line merged over each table; sheet 1 the approval
table (批复表) of the school-building repair project, amounts in 元, 一级 names carrying their
points (`产出指标（50分）`); sheet 2 the self-evaluation of the 2024 preschool subsidy with 分值
before the target and 实际完成情况 stacked under 预期目标."""

from dsl import rows
from emit import Tab, xlsx_file
from frame import wan
from kit import ptab, tags
from selfeval import self_eval_table
from spec import Doc, Table

DEPT = "资水县教育局"

T1_ROWS = rows(
    """
产出指标（50分） | 数量指标 | 维修改造校舍面积 | ≥12600平方米 | 10 | 4 |
 | | 维修改造学校数 | =17所 | 8 | 4 |
 | | 其中：农村寄宿制学校 | =9所 | 4 | 4 |
 | | 改造学生宿舍卫生间 | ≥160间 | 6 | 4 |
 | | 更换教室照明灯具 | ≥1300套 | 4 | 4 |
 | 质量指标 | 维修改造工程验收合格率 | 100% | 8 | 4 |
 | | 校舍安全隐患消除率 | 100% | 4 | 4 |
 | 时效指标 | 工程完工时间 | 2025年8月25日前 | 4 | 4 |
 | 成本指标 | 校舍维修单位面积成本 | ≤385元/平方米 | 2 | 4 |
效益指标（30分） | 社会效益指标 | 学校办学条件 | 明显改善 | 10 | 2 | V401
 | | 组织校舍安全教育培训 | ≥17场 | 10 | 3 | C206
 | 可持续影响指标 | 维修后校舍使用年限 | ≥10年 | 10 | 4 |
满意度指标（20分） | 服务对象满意度指标 | 师生满意度 | ≥90% | 10 | 4 |
 | | 家长满意度 | ≥90 | 10 | 3 | U304
""",
    "l1 l2 l3 value weight spec codes",
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | 资助学前教育家庭经济困难幼儿人数 | 10 | ≥1100人 | 1146人 | 10 | | 4 |
 | | 资助幼儿园覆盖数 | 10 | ≥60所 | 58所 | 8 | 2所民办园年内停办 | 4 |
 | 质量指标 | 资助对象精准率 | 10 | 100% | 100% | 10 | | 4 |
 | 时效指标 | 资助资金发放时间 | 10 | 2024年12月底前 | 2024年12月25日 | 10 | | 4 |
 | 成本指标 | 生均资助标准 | 10 | 1000元/生·年 | 1000元/生·年 | 10 | | 4 |
效益指标 | 社会效益指标 | 学前教育毛入园率 | 20 | ≥92% | 91.3% | 20 | | 4 | S801 S804
 | 可持续影响指标 | 资助政策持续实施 | 10 | 长期 | 长期 | 10 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 受助幼儿家长满意度 | 10 | ≥90% | 96% | 10 | | 4 |
""",
    "l1 l2 l3 score_max value actual score deviation spec codes",
)

T1, F1 = ptab(
    "农村中小学校舍维修改造",
    wan(4860000),
    "完成17所学校12600平方米校舍维修改造，8月25日前完工，消除校舍安全隐患。",
    T1_ROWS,
    DEPT,
    ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
    ["l1", "l2", "l3", "value", "weight"],
    "项目资金（元）",
    "4,860,000.00",
    title="资水县2025年项目支出绩效目标批复表",
    approval=True,
    budget_source="项目资金（元） 4,860,000.00",
    budget_unit="元",
)
T2 = Table(
    "self_evaluation",
    "学前教育幼儿资助",
    114.6,
    "资助学前教育家庭经济困难幼儿1100人以上，按每生每年1000元标准发放。",
    T2_ROWS,
    title="项目支出绩效自评表（2024年度）",
    extra={
        "year_evaluated": 2024,
        "actual_completion": "资助幼儿1146人，覆盖幼儿园58所，资金于12月25日前发放完毕。",
        "budget_source": "年初预算数 110.00；全年预算数 114.60；全年执行数 114.60；执行率 100%",
        "execution_score": 10,
        "total_score": 98,
    },
)
SE_KEYS = ["l1", "l2", "l3", "score_max", "value", "actual", "score", "deviation"]
F2 = self_eval_table(
    T2,
    [("主管部门", DEPT, "实施单位", "资水县学生资助管理中心")],
    "项目资金（万元）",
    [("年度资金总额", "110.00", "114.60", "114.60", "10", "100%", "10")],
    T2.extra["actual_completion"],
    ("100", "98"),
    keys=SE_KEYS,
    stacked=True,
)


def render(doc: Doc) -> bytes:
    return xlsx_file(
        [
            ("批复表", ["# 资水县2025年项目支出绩效目标批复表", "单位：元", Tab(F1)]),
            ("2024自评", ["# 项目支出绩效自评表", "（2024年度）", Tab(F2)]),
        ]
    )


DOC = Doc(
    "hk13_hunan_jiaoyu",
    "hk13_湖南资水县教育局_2025.xlsx",
    DEPT,
    2025,
    tags(
        "xlsx",
        "",
        "湖南",
        "教育",
        "approval yuan label-notes self-evaluation extra-columns sub-rows goal-heading "
        "several-tables level1-once",
    ),
    [T1, T2],
    render,
)
