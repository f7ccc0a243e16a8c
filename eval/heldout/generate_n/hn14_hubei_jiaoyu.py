"""hn14 — 湖北 陆溪县教育局: a Word document (Word-style tables, proofing marks, running header and
footer, header rows repeated on every page): the province's special fund for weak rural schools
split by school, one target column per school; and the student-aid project whose 二级 names carry
(必填) marks and whose value column header carries a gloss, with a 指标解释 column."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from nkit import framed, tags
from spec import Doc, Table

UNIT = "陆溪县教育局"
SCHOOLS = ["龙潭小学", "石门中学", "青坪小学"]

T1 = Table(
    "transfer",
    "2025年义务教育薄弱环节改善与能力提升补助资金",
    1150.0,
    "改善3所农村学校办学条件：新建学生宿舍、改造运动场和食堂，消除大通铺和旱厕。",
    rows(
        """
产出指标 | 数量指标 | 新建（改造）校舍面积 | ≥6200平方米 | 3200平方米 | 1800平方米 | 1200平方米 | 4 |
         |          | 购置学生床位 | ≥640个 | 320个 | 200个 | 120个 | 4 |
         | 质量指标 | 工程验收合格率 | 100% | 100% | 100% | 100% | 4 |
         | 时效指标 | 工程完工时间 | 2025年8月底 | 2025年8月底 | 2025年8月底 | 2025年7月底 | 4 |
效益指标 | 社会效益指标 | 寄宿生“一人一床位”比例 | 100% | 100% | 100% | 100% | 4 |
满意度指标 | 服务对象满意度指标 | 师生及家长满意度 | ≥90% | ≥90% | ≥90% | ≥90% | 4 |
""",
        "l1 l2 l3 value place:龙潭小学 place:石门中学 place:青坪小学 spec codes",
    ),
    extra={"value_column": "合计", "budget_source": "中央资金820万元、省级资金330万元"},
)
T2 = Table(
    "project",
    "家庭经济困难学生资助",
    486.3,
    "落实学前教育、义务教育、普通高中家庭经济困难学生资助政策，做到应助尽助。",
    rows(
        """
产出指标 | 数量指标（必填） | 义务教育寄宿生生活补助人数 | ≥3100人 | 义务教育阶段享受生活补助的家庭经济困难寄宿生人数 | 4 |
         |                  | 普通高中国家助学金人数 | ≥860人 | 普通高中国家助学金人数 | 4 | V403
         | 质量指标（必填） | 资助对象认定准确率 | 100% | 资助对象认定准确率 | 4 | V403
         | 时效指标（必填） | 资金发放时间 | 按学期 | 按学期发放到学生资助卡 | 3 |
         | 成本指标（必填） | 小学寄宿生生活补助标准 | 1000元 | 每生每年补助标准 | 3 | U301:a per-pupil yearly standard in bare 元
效益指标 | 社会效益指标（必填） | 因贫失学辍学学生 | 0人 | 全县义务教育阶段因家庭经济困难辍学的学生人数 | 4 |
满意度指标 | 服务对象满意度指标（必填） | 受助学生满意度 | 满意 | 受助学生满意度 | 2 | V401 V403
""",
        "l1 l2 l3 value desc spec codes",
    ),
    extra={"budget_source": "中央资金362.1万元、省级资金80.6万元、县级资金43.6万元"},
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        7,
        [("资金名称", T1.project), ("下达金额（万元）", "1150"), ("绩效目标", T1.goal or "")],
        [["一级指标", "二级指标", "三级指标", "合计"] + SCHOOLS],
        T1.rows,
        ["l1", "l2", "l3", "value"] + [f"place:{s}" for s in SCHOOLS],
    )
    f2 = framed(
        5,
        [("项目名称", T2.project), ("资金总额（万元）", "486.3"), ("年度目标", T2.goal or "")],
        [["一级指标", "二级指标", "三级指标", "指标值（数值+计量单位）", "指标解释"]],
        T2.rows,
        ["l1", "l2", "l3", "value", "desc"],
    )
    return docx_file(
        [
            "# 陆溪县教育局2025年转移支付及项目绩效目标",
            "一、分学校绩效目标",
            Tab(f1),
            "二、项目支出绩效目标表",
            Tab(f2),
            "（本表金额单位：万元）",
        ],
        wps=False,
        proof=True,
        running=("陆溪县教育局2025年部门预算", "第1页"),
        repeat_header=4,
    )


DOC = Doc(
    "hn14_hubei_jiaoyu",
    "hn14_陆溪县教育局_转移支付及项目绩效目标_2025.docx",
    UNIT,
    2025,
    tags(
        "docx",
        "word",
        "湖北",
        "教育（薄弱环节补助、学生资助）",
        """per-place transfer label-notes value-header-gloss extra-columns level1-once
        several-tables goal-heading unit-year-framing""",
    ),
    [T1, T2],
    render,
)
