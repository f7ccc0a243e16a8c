"""黑龙江 · 乌裕尔县工业和信息化局: an XLSX with one sheet per project, budgets in 元 typed as
text, the column header repeated inside the body (a print-title copy), 二级 printed on every
row, a hidden sheet feeding the 指标方向 drop-down, an empty sheet, 填报日期 as a serial date."""

from __future__ import annotations

import datetime as dt

from dsl import rows
from emit import Tab, xlsx_file
from frame import E, P, S, wan
from kit import build, parts3, tags
from spec import Doc, Table

DEPT = "乌裕尔县工业和信息化局"
COLS = "l1 l2 l3 value nature direction spec codes"

T1 = Table(
    kind="project",
    project="中小企业经营管理人才培训",
    budget_wan=wan(180000),
    goal="举办专题培训班4期，培训全县中小企业经营管理人员200人以上，提升企业经营管理水平。",
    rows=parts3(
        rows(
            f"""
{P} | 数量指标 | 培训企业经营管理人员 | ≥200人 | 定量 | 正向 | 4 |
    | 数量指标 | 举办专题培训班期数 | ≥4期 | 定量 | 正向 | 4 |
    | 质量指标 | 培训结业率 | ≥95% | 定量 | 正向 | 4 |
    | 时效指标 | 培训完成时间 | 2025年9月30日前 | 定性 | 正向 | 4 |
    | 成本指标 | 人均培训费 | ≤900元 | 定量 | 反向 | 4 |
{E} | 经济效益指标 | 参训企业营业收入增长率 | ≥5% | 定量 | 正向 | 4 |
    | 社会效益指标 | 企业管理水平 | 显著提升 | 定性 | 正向 | 2 | V401
{S} | 服务对象满意度指标 | 参训企业满意度 | ≥90% | 定量 | 正向 | 4 |
""",
            COLS,
        )
    ),
    extra={"budget_source": "项目金额 180000.00元 (stored as text)"},
)

T2 = Table(
    kind="project",
    project="工业企业技术改造奖补资金",
    budget_wan=wan(1500000),
    goal="对2024年完成技术改造并通过验收的工业企业给予奖补，带动企业技改投资1.2亿元以上。",
    rows=parts3(
        rows(
            f"""
{P} | 数量指标 | 奖补技改项目数量 | ≥6个 | 定量 | 正向 | 4 |
    | 数量指标 | 带动企业技改投资 | ≥1.2亿元 | 定量 | 正向 | 4 |
    | 质量指标 | 奖补项目验收合格率 | ≥100% | 定量 | 正向 | 3 | U302
    | 时效指标 | 奖补资金拨付时间 | 项目验收后30日内 | 定性 | 正向 | 4 |
    | 成本指标 | 单个项目奖补上限 | ≤50万元 | 定量 | 反向 | 4 |
{E} | 经济效益指标 | 新增工业产值 | ≥3亿元 | 定量 | 正向 | 4 |
    | 生态效益指标 | 单位产值能耗下降率 | ≥3 | 定量 | 正向 | 3 | U304
    | 可持续影响指标 | 企业技改积极性 | 持续增强 | 定性 | 正向 | 2 | V401
{S} | 服务对象满意度指标 | 受奖补企业满意度 | ≥95% | 定量 | 正向 | 4 |
""",
            COLS,
        )
    ),
    extra={
        "budget_source": "项目金额 =C5+C6, cached 1500000 (其中：省级资金 1000000.00元，县级资金 500000.00元, stored as text)"
    },
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "符号", "指标值", "计量单位", "指标方向"]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "direction"]
DAY_FMT = 'yyyy"年"m"月"d"日"'


def _sheet(t: Table, amount: float, repeat_at: int, parts: tuple[float, ...] = ()) -> Tab:
    """`parts`: the fund sources under the amount, which is then their sum as a formula."""
    sources = [("其中：省级资金", ""), ("县级资金", "")] if parts else []
    f = build(
        t.rows,
        KEYS,
        [HEAD],
        top=[
            ("项目名称", t.project),
            ("主管部门", DEPT),
            ("项目金额（元）", ""),
            *sources,
            ("年度绩效目标", t.goal or ""),
        ],
        merge=("l1",),
        repeat_head_at=(repeat_at,),
        label_cols=2,
    )
    r = f.grid.add("填报日期", "", "")
    f.grid.span(r, 0, r, 1)
    opts: dict = {"text_numbers": True, "dates": {(r, 2): (dt.date(2025, 1, 16), DAY_FMT)}}
    numbers = {(2, 2): amount}
    if parts:
        numbers.update({(3, 2): parts[0], (4, 2): parts[1]})
        opts["formulas"] = {(2, 2): ("=C5+C6", f"{amount:g}")}  # grid row 2 is sheet row 4
    return Tab(f, opts, numbers=numbers)


def render(doc: Doc) -> bytes:
    return xlsx_file(
        [
            ("培训项目", ["2025年项目支出绩效目标申报表", _sheet(T1, 180000.0, 5)]),
            (
                "技改奖补",
                ["2025年项目支出绩效目标申报表", _sheet(T2, 1500000.0, 6, (1000000.0, 500000.0))],
            ),
        ],
        hidden=("下拉选项", ["正向", "反向"]),
        empty=["Sheet3"],
    )


DOC = Doc(
    id="ho06_heilongjiang_gongxin",
    file="ho06_黑龙江乌裕尔县工业和信息化局_2025.xlsx",
    unit=DEPT,
    year=2025,
    tags=tags(
        "xlsx",
        "",
        "黑龙江",
        "工业和信息化",
        "split-value level2-missing-or-repeated extra-columns yuan budget-lines several-tables",
        noise="sheet per project, amounts as text, a sum formula with cached value, repeated header row, hidden list sheet, empty sheet, serial date",
    ),
    tables=[T1, T2],
    render=render,
)
