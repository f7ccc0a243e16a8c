"""甘肃 · 祖厉县市政公用事业服务中心: an unruled PDF (text only, no grid lines). One
department-wide table in 元 for the centre and its 园林绿化站 — 单位名称 | 项目名称 | 预算数 |
年度目标 | indicators, unit subtotal lines between — and a table without a 三级 column."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, pdf_file
from frame import C, E, P, S, wan
from kit import build, tags
from spec import Doc, Table

DEPT = "祖厉县市政公用事业服务中心"
PARK = "祖厉县园林绿化站"
COLS = "l1 l2 l3 value weight spec codes"


def _t(project: str, yuan: float, goal: str, unit: str, body: str) -> Table:
    return Table(
        kind="project",
        project=project,
        budget_wan=wan(yuan),
        goal=goal,
        unit_line=unit,
        rows=rows(body, COLS),
    )


T1 = _t(
    "城区路灯运行维护",
    1350000,
    "维护城区路灯6800盏，亮灯率98%以上。",
    DEPT,
    f"""
{P} | 数量指标 | 维护路灯盏数 | ≥6800盏 | 20 | 4 |
    | 质量指标 | 路灯亮灯率 | ≥98% | 10 | 4 |
    |          | 资金使用合规率 | 100% | 10 | 4 |
    | 时效指标 | 故障路灯修复时限 | ≤48小时 | 10 | 4 |
    | 成本指标 | 单盏路灯年维护费 | ≤260元 | 10 | 3 | B501:6800盏 × 260元 = 176.8万元, above the 135万元 budget
{E} | 社会效益指标 | 夜间出行安全 | 有效保障 | 20 | 2 | V401
    | 生态效益指标 | LED节能灯具占比 | ≥85% | 10 | 4 |
{S} | 服务对象满意度指标 | 市民满意度 | ≥90% | 10 | 4 |
""",
)
T2 = _t(
    "城区供排水管网维修",
    800000,
    "维修改造老旧供排水管网4.5公里以上。",
    DEPT,
    f"""
{P} | 数量指标 | 维修改造供排水管网 | ≥4.5公里 | 20 | 4 |
    | 质量指标 | 维修工程验收合格率 | 100% | 10 | 4 |
    |          | 资金使用合规率 | 100% | 10 | 4 |
    | 时效指标 | 管网抢修到场时间 | ≤1小时 | 10 | 4 |
    | 成本指标 | 管网维修成本 | ≤80万元 | 10 | 4 |
{E} | 社会效益指标 | 城区供水管网漏损率 | ≤10% | 20 | 4 |
    | 可持续影响指标 | 维修后管网使用年限 | ≥15年 | 10 | 4 |
{S} | 服务对象满意度指标 | 用水户满意度 | ≤90% | 10 | 3 | U305
""",
)
T3 = _t(
    "城区绿化养护",
    420000,
    "养护城区绿地68万平方米，成活率95%以上。",
    PARK,
    f"""
{P} | 数量指标 | 养护绿地面积 | ≥68万平方米 | 20 | 4 |
    | 质量指标 | 绿化植物成活率 | ≥95% | 10 | 4 |
    |          | 资金使用合规率 | 100% | 10 | 4 |
    | 时效指标 | 养护作业及时率 | ≥95% | 10 | 4 |
{C} | 经济成本指标 | 每平方米年养护成本 | ≤0.6元 | 10 | 4 |
    | 生态环境成本指标 | 养护作业扬尘污染 | 无 | 0 | 3 |
{E} | 生态效益指标 | 城区绿化覆盖率 | ≥36% | 20 | 4 |
    | 社会效益指标 | 城区人居环境 | 明显改善 | 10 | 2 | V401
{S} | 服务对象满意度指标 | 市民满意度 | ≥90% | 10 | 4 |
""",
)
T4 = Table(
    kind="project",
    project="城区公厕保洁经费",
    budget_wan=wan(180000),
    goal="对城区28座公厕实施每日保洁，保洁达标率95%以上。",
    rows=rows(
        f"""
{P} | 数量指标 | | 保洁城区公厕28座 | 4 |
    | 质量指标 | | 公厕保洁达标率≥95% | 4 |
    | 时效指标 | | 每日保洁2次以上 | 4 |
    | 成本指标 | | 每座公厕年保洁费≤6400元 | 4 |
{E} | 社会效益指标 | | 城区环境卫生整洁有序 | 2 | V401
{S} | 服务对象满意度指标 | | 群众满意度≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)

HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "权重",
]


def render(doc: Doc) -> bytes:
    f, _numbers = dept_wide(
        HEAD,
        ["l1", "l2", "l3", "value", "weight"],
        [
            Group(f"701001-{DEPT}", "2,150,000.00", [(T1, "1,350,000.00"), (T2, "800,000.00")]),
            Group(f"701002-{PARK}", "420,000.00", [(T3, "420,000.00")]),
        ],
    )
    f4 = build(
        T4.rows,
        ["l1", "l2", "value"],
        [["一级指标", "二级指标", "指标内容"]],
        top=[
            ("项目名称", T4.project),
            ("项目金额（元）", "180,000.00"),
            ("年度目标", T4.goal or ""),
        ],
    )
    return pdf_file(
        [
            "# 祖厉县市政公用事业服务中心（汇总）2025年项目支出绩效目标表",
            "金额单位：元",
            Tab(f, widths=[28, 26, 20, 62, 16, 24, 34, 24, 10]),
            "# 城区公厕保洁经费绩效目标表",
            Tab(f4, widths=[50, 60, 120]),
            "祖厉县市政公用事业服务中心　2025年2月",
        ],
        ruled=False,
        size=7,
    )


DOC = Doc(
    id="ho20_gansu_shizheng",
    file="ho20_甘肃祖厉县市政公用事业服务中心_2025.pdf",
    unit=DEPT,
    year=2025,
    tags=tags(
        "pdf",
        "unruled",
        "甘肃",
        "市政公用",
        "department-wide yuan no-level3 level1-once unit-year-framing several-tables",
    ),
    tables=[T1, T2, T3, T4],
    render=render,
    codes={
        "T101": "资金使用合规率 | 100% repeated in the three project tables of the department-wide table"
    },
    extra={
        "t101_pairs": [{"level3": "资金使用合规率", "value": "100%", "tables": [1, 2, 3]}],
        "subtotal_rows": [f"701001-{DEPT} | 2,150,000.00", f"701002-{PARK} | 420,000.00"],
    },
)
