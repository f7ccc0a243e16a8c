"""四川 · 濛阳县不动产登记中心: a ruled PDF with a running header and page-number footer on every
page: the approved 2025 table (批复表) and the 2024 self-evaluation, which runs over the page
turn (footer and running header between its column header and its rows), with a missed target scored in full and a score
above its points."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import E, P, S
from kit import build, tags
from selfeval import self_eval_table
from spec import Doc, Table

DEPT = "濛阳县不动产登记中心"

T1 = Table(
    kind="project",
    project="不动产权证书及登记证明印制经费",
    budget_wan=8.0,
    goal="印制不动产权证书6000本、登记证明9000份以上，保障全年登记发证需要。",
    rows=rows(
        f"""
{P} | 数量指标 | 印制不动产权证书 | ≥6000本 | 4 |
    |          | 印制不动产登记证明 | ≥9000份 | 4 |
    | 质量指标 | 证书印制质量合格率 | 100% | 4 |
    | 时效指标 | 证书配送及时率 | 100% | 4 |
    | 成本指标 | 单本证书印制成本 | ≤6元 | 4 |
{E} | 社会效益指标 | 群众领证等待时间 | 缩短 | 2 | V401
    | 服务对象满意度指标 | 领证群众满意度 | ≥90% | 4 | C201
""",
        "l1 l2 l3 value spec codes",
    ),
    extra={"approval": True},
)

T2 = Table(
    kind="self_evaluation",
    project="不动产登记信息平台升级及档案数字化",
    budget_wan=30.0,
    goal="完成历史登记档案数字化80万页以上，升级登记信息平台，2024年9月底前上线，一般登记3个工作日内办结。",
    rows=rows(
        f"""
{P} | 数量指标 | 历史档案数字化页数 | ≥80万页 | 85万页 | 10 | 10 | | 4 |
    |          | 平台新增功能模块 | ≥6个 | 6个 | 10 | 10 | | 4 |
    | 质量指标 | 数字化档案质检合格率 | ≥99% | 99.3% | 10 | 10 | | 4 |
    |          | 系统等级保护测评 | 通过三级等保测评 | 通过 | 5 | 5 | | 3 |
    | 时效指标 | 平台上线时间 | 2024年9月底前 | 2024年9月 | 10 | 10 | | 4 |
    | 成本指标 | 档案数字化加工单价 | ≤0.3元/页 | 0.28元/页 | 5 | 5 | | 4 |
{E} | 社会效益指标 | 一般登记办理时限 | ≤3个工作日 | 2个工作日 | 15 | 15 | | 4 |
    |              | “一网通办”事项占比 | ≥90% | 86% | 10 | 10 | | 4 | S801 S804
    | 可持续影响指标 | 登记档案安全保存 | 长期 | 长期 | 5 | 5 | | 2 | V401
{S} | 服务对象满意度指标 | 办事群众满意度 | ≥95% | 97% | 10 | 12 | | 4 | S802:12 points on a 10-point row
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    extra={
        "year_evaluated": 2024,
        "actual_completion": "完成档案数字化85万页，平台于2024年9月上线运行，一般登记平均2个工作日办结。",
        "execution_score": 9.6,
        "total_score": 101.6,
        "budget_source": "年初预算数 30.00，全年预算数 30.00，全年执行数 28.80，执行率 96%",
        "page_turn": "the PDF page turn (footer, running header) falls between the column header and the first indicator row",
    },
)

HEADER = "濛阳县不动产登记中心2025年部门预算公开"


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=[
            ("项目名称", T1.project),
            ("预算单位", DEPT),
            ("批复金额（万元）", "8.00"),
            ("绩效目标", T1.goal or ""),
        ],
    )
    f2 = self_eval_table(
        T2,
        [("主管部门", "濛阳县自然资源局", "实施单位", DEPT)],
        "项目资金（万元）",
        [
            ("年度资金总额", "30.00", "30.00", "28.80", "10", "96%", "9.6"),
            ("其中：当年财政拨款", "30.00", "30.00", "28.80", "—", "—", "—"),
            ("上年结转资金", "0", "0", "0", "—", "—", "—"),
        ],
        T2.extra["actual_completion"],
        ("100", "101.6"),
    )
    return pdf_file(
        [
            "# 濛阳县2025年项目支出绩效目标批复表",
            Tab(f1, widths=[40, 50, 90, 90]),
            "五、2024年度绩效自评情况：结果如下。",
            "# 2024年度项目支出绩效自评表",
            Tab(f2, widths=[30, 34, 50, 30, 30, 16, 16, 60]),
        ],
        ruled=True,
        header=HEADER,
    )


DOC = Doc(
    id="ho18_sichuan_budongchan",
    file="ho18_四川濛阳县不动产登记中心_2025.pdf",
    unit=DEPT,
    year=2025,
    tags=tags(
        "pdf",
        "ruled",
        "四川",
        "不动产登记",
        "self-evaluation approval level1-once budget-lines several-tables",
        noise="running header and footer; table over the page turn",
    ),
    tables=[T1, T2],
    render=render,
)
