"""广东 · 榕溪县就业服务中心: UTF-8 text with CRLF copied out of a page converter: the region's
transfer-payment table flattened one cell per line with blank lines (二级 printed on every
row), a table without a 三级 column as one lone pipe per cell, and a table one cell per line
ending in a pipe, long cells hard-wrapped as a PDF copy leaves them."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import E, P, S
from kit import build, tags
from spec import Doc, Table

DEPT = "榕溪县就业服务中心"

T1 = Table(
    kind="transfer",
    project="就业补助资金",
    budget_wan=320.0,
    goal="全县城镇新增就业3500人以上，失业人员再就业900人以上，开展职业技能培训2000人次以上，城镇调查失业率控制在5.5%以内。",
    rows=rows(
        f"""
{P} | 数量指标 | 城镇新增就业人数 | ≥3500人 | 4 |
    | 数量指标 | 失业人员再就业人数 | ≥900人 | 4 |
    | 数量指标 | 开展职业技能培训人次 | ≥2000人次 | 4 |
    | 质量指标 | 培训后取证率 | ≥80% | 4 |
    | 时效指标 | 补贴资金发放及时率 | ≥95% | 4 |
    | 成本指标 | 人均职业培训补贴 | ≤1600元 | 4 |
{E} | 社会效益指标 | 城镇调查失业率 | ≤5.5% | 4 |
    | 社会效益指标 | 零就业家庭动态清零 | 100% | 4 |
    | 可持续影响指标 | 全县就业形势 | 总体稳定 | 2 | V401
{S} | 服务对象满意度指标 | 补贴对象满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)

T2 = Table(
    kind="project",
    project="零工市场运营经费",
    budget_wan=18.0,
    goal="用于县零工市场日常运营支出。",
    codes={"T104": "the goal only names the use of the funds"},
    rows=rows(
        f"""
{P} | 数量指标 | | 发布零工岗位信息≥5000条 | 4 |
    | 质量指标 | | 零工供需匹配成功率≥60% | 4 |
    | 时效指标 | | 岗位信息发布时限：收到需求后1个工作日内 | 4 |
    | 成本指标 | | 零工市场年运营成本≤18万元 | 4 |
{E} | 社会效益指标 | | 促进灵活就业≥1500人次 | 4 |
{S} | 服务对象满意度指标 | | 求职者和用工主体满意度≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)

T3 = Table(
    kind="project",
    project="高校毕业生就业见习补贴",
    budget_wan=45.0,
    goal="组织离校未就业高校毕业生参加就业见习40人以上，见习期满留用率50%以上。",
    rows=rows(
        f"""
{P} | 数量指标 | 组织见习人数 | ≥40人 | 4 |
    |          | 新增见习单位 | ≥10家 | 4 |
    | 质量指标 | 见习期满留用率 | ≥50% | 4 |
    | 时效指标 | 见习补贴发放频次 | 按月 | 3 |
    | 成本指标 | 见习补贴标准 | ≤2000元 | 3 | U301:a per-person standard in bare 元 (per month not said)
{E} | 社会效益指标 | 见习人员就业能力 | 明显提升 | 2 | V401
{S} | 服务对象满意度指标 | 见习人员满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=[
            ("转移支付名称", T1.project),
            ("主管部门", "榕溪县人力资源和社会保障局"),
            ("实施单位", DEPT),
            ("资金总额（万元）", "320"),
            ("区域年度目标", T1.goal or ""),
        ],
        merge=("l1",),
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "value"],
        [["一级指标", "二级指标", "指标内容及目标值"]],
        top=[("项目名称", T2.project), ("项目金额（万元）", "18"), ("绩效目标", T2.goal or "")],
    )
    f3 = build(
        T3.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=[("项目名称", T3.project), ("项目金额（万元）", "45"), ("绩效目标", T3.goal or "")],
    )
    return text_file(
        [
            "榕溪县就业服务中心2025年预算绩效目标",
            "（一）就业补助资金区域绩效目标表",
            Tab(f1, {"style": "cell_blank"}),
            "（二）零工市场运营经费",
            Tab(f2, {"style": "lone_pipe"}),
            "（三）高校毕业生就业见习补贴",
            Tab(f3, {"style": "cell_pipe", "wrap": 10}),
            "— 5 —",
        ],
        newline="\r\n",
    )


DOC = Doc(
    id="ho16_guangdong_jiuye",
    file="ho16_广东榕溪县就业服务中心_2025.txt",
    unit=DEPT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8 crlf",
        "广东",
        "就业",
        """cell-per-line-blank lone-pipes cell-per-line-pipe level2-missing-or-repeated
        no-level3 transfer several-tables""",
    ),
    tables=[T1, T2, T3],
    render=render,
)
