"""新疆 · 阿尔塔县自然资源局 2025: an XLSX workbook with a fund allocation sheet in 元, a project
table with a 中期指标值 column beside the annual one, and a second project table whose sheet
stops in the middle of a row (the last row has no value)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xlsx_file
from frame import Framed
from grid import Grid
from jframe import Build
from kit import tags
from spec import Doc, Table

UNIT = "阿尔塔县自然资源局"
ALLOC = "项目资金分配表（元）: 耕地保护与永久基本农田监测 1,260,000.00; 不动产登记存量数据整合 486,500.00"
PROJECT = "耕地保护与永久基本农田监测（2025—2027年）"

T1 = Table(
    "project",
    PROJECT,
    126.0,
    "2025年完成永久基本农田监测图斑核查4000个以上，田长制巡查覆盖96个村，耕地保有量不低于52.6万亩。",
    rows(
        """
产出指标 | 数量指标 | 永久基本农田监测图斑核查 | ≥12000个 | ≥4000个 | 4 |
         |          | 耕地保护田长制巡查覆盖村数 | 96个 | 96个 | 4 |
         |          | 卫星遥感监测频次 | 每季度1次 | 4次 | 4 |
         | 质量指标 | 核查成果省级抽检合格率 | ≥95% | ≥95% | 4 |
         | 时效指标 | 年度核查成果上报时间 | 每年11月30日前 | 2025年11月30日前 | 4 |
         | 成本指标 | 单个图斑核查费用 | ≤280元/个 | ≤280元/个 | 4 |
效益指标 | 社会效益指标 | 耕地保有量 | 不低于上级下达任务 | ≥52.6万亩 | 4 |
         | 生态效益指标 | 违法占用耕地面积 | 逐年下降 | 下降 | 2 | V401
         | 可持续影响指标 | 耕地“非农化”问题 | 有效遏制 | 有效遏制 | 2 | V401
满意度指标 | 服务对象满意度指标 | 乡镇及村组满意度 | ≥90% | ≥90% | 4 |
""",
        "l1 l2 l3 mid_value value spec codes",
    ),
    title="阿尔塔县自然资源局2025年项目支出绩效目标表",
    extra={
        "budget_source": "年度资金（元）1,260,000.00；中期资金（元）3,600,000.00",
        "mid_term_budget_wan": 360.0,
        "mid_term_goal": "2025—2027年累计核查永久基本农田监测图斑12000个以上，耕地保有量不低于上级下达任务。",
        "allocation_table": ALLOC,
    },
)

T2 = Table(
    "project",
    "不动产登记存量数据整合",
    48.65,
    "完成3.5万卷存量登记档案数字化整合和2.8万宗宗地数据关联挂接，项目资金50万元。",
    rows(
        """
产出指标 | 数量指标 | 整合存量登记档案 | ≥3.5万卷 | 4 |
         |          | 数据关联挂接宗地数 | ≥2.8万宗 | 4 |
         | 质量指标 | 数据整合质量检查合格率 | ≥98% | 4 |
         | 时效指标 | 数据整合完成时间 | 2025年10月底前 | 4 |
         | 成本指标 | 每卷档案整合费用 | ≤14元/卷 | 4 |
效益指标 | 社会效益指标 | 不动产登记办理时限 | ≤3个工作日 | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="阿尔塔县自然资源局2025年项目支出绩效目标表",
    codes={"B502": "the goal states 50万元, the budget line 486,500.00元 (48.65万元)"},
    extra={
        "budget_source": "项目资金（元）486,500.00",
        "cut_off": {
            "after_row": 6,
            "partial": "满意度指标 | 服务对象满意度指标 | 办事群众满意度 | (no value)",
        },
        "allocation_table": ALLOC,
    },
)


def allocation() -> Tab:
    g = Grid(4)
    g.add("序号", "项目名称", "资金来源", "金额（元）")
    g.header_rows = 1
    g.add("1", "耕地保护与永久基本农田监测", "一般公共预算", "1,260,000.00")
    g.add("2", "不动产登记存量数据整合", "一般公共预算", "486,500.00")
    g.add("合计", "", "", "1,746,500.00")
    g.span(3, 0, 3, 2)
    return Tab(Framed(g), numbers={(1, 3): 1260000.0, (2, 3): 486500.0, (3, 3): 1746500.0})


def render(doc: Doc) -> bytes:
    b = Build(5)
    b.wide("项目名称", PROJECT)
    b.wide("主管部门", UNIT)
    b.line("中期资金总额（元）", "3,600,000.00", "年度资金总额（元）", "1,260,000.00", "")
    b.wide("中期目标", T1.extra["mid_term_goal"])
    b.wide("年度目标", T1.goal or "")
    b.line("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", head=True)
    f1 = b.body(T1.rows, ["l1", "l2", "l3", "mid_value", "value"])
    c = Build(4)
    c.wide("项目名称", T2.project)
    c.wide("主管部门", UNIT)
    c.wide("项目资金（元）", "486,500.00")
    c.wide("年度目标", T2.goal or "")
    c.line("一级指标", "二级指标", "三级指标", "指标值", head=True)
    f2 = c.body(T2.rows, ["l1", "l2", "l3", "value"])
    c.line("满意度指标", "服务对象满意度指标", "办事群众满意度", "")
    return xlsx_file(
        [
            ("资金分配", ["阿尔塔县自然资源局2025年项目资金分配表", "单位：元", allocation()]),
            ("绩效目标1", ["阿尔塔县自然资源局2025年项目支出绩效目标表", Tab(f1)]),
            ("绩效目标2", ["阿尔塔县自然资源局2025年项目支出绩效目标表", Tab(f2)]),
        ],  # type: ignore[list-item]
        spare=True,
    )


DOC = Doc(
    id="hj16_xinjiang_ziranziyuan",
    file="hj16_新疆阿尔塔县自然资源局_2025.xlsx",
    unit=UNIT,
    year=2025,
    tags=tags(
        "xlsx",
        "",
        "新疆",
        "自然资源",
        "allocation-before midterm-annual yuan cut-off level1-once:merged several-tables "
        "goal-heading:中期目标+年度目标 unit-year-framing:title",
        framework="产出/效益/满意度",
        noise="empty trailing worksheets",
    ),
    tables=[T1, T2],
    render=render,
)
