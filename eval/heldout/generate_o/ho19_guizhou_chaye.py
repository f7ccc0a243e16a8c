"""贵州 · 六冲县茶产业发展中心: UTF-8 text with BOM. A table copied as pipe rows without outer
pipes and padded with empty cells (`其中：` sub-row), the evaluation-indicator system of the
fund pasted from a web page as one long line, and a table copied with indentation that the
excerpt cuts off after its 时效 rows."""

from __future__ import annotations

from dsl import rows
from emit import Tab, indented_table, text_file
from frame import E, P, S
from grid import Text
from kit import build, tags
from spec import Doc, Table
from textual import render_one_line

DEPT = "六冲县茶产业发展中心"

T1 = Table(
    kind="project",
    project="茶园提质增效项目",
    budget_wan=80.0,
    goal="改造低产茶园5000亩以上，其中认证有机茶园800亩，培训茶农1200人次，茶农亩均增收500元以上。",
    rows=rows(
        f"""
{P} | 数量指标 | 低产茶园改造面积 | ≥5000亩 | 茶园改造实施方案 | 5 |
    |          | 其中：有机茶园认证面积 | ≥800亩 | 认证机构服务合同 | 5 |
    |          | 培训茶农人次 | ≥1200人次 | 年度培训计划 | 4 |
    | 质量指标 | 改造茶园验收合格率 | ≥95% | 行业标准 | 4 | V404
    | 时效指标 | 改造任务完成时间 | 2025年11月底前 | 茶园改造实施方案 | 4 |
    | 成本指标 | 亩均改造补助 | ≤160元 | 茶园改造实施方案 | 5 |
{E} | 经济效益指标 | 茶农亩均增收 | ≥500元 | 2024年监测户平均增收460元 | 5 |
    | 生态效益指标 | 茶园化肥使用量 | 下降 | 工作需要 | 2 | V401 V404
    | 可持续影响指标 | 茶叶品牌影响力 | ≥85% | 工作需要 | 3 | U301:% on something that is not a ratio (影响力) V404
{S} | 服务对象满意度指标 | 茶农满意度 | ≥90% | 问卷调查 | 4 |
""",
        "l1 l2 l3 value basis spec codes",
    ),
)

T2 = Table(
    kind="evaluation_system",
    project="茶产业发展专项资金",
    budget_wan=None,
    goal=None,
    rows=rows(
        """
决策 | 项目立项 | 立项规范性 | 5 | 立项程序规范得5分，否则酌情扣分
     | 绩效目标 | 绩效目标明确性 | 5 | 目标细化量化得5分，否则酌情扣分
过程 | 资金管理 | 资金到位及时率 | 10 | 按时到位得10分，每延迟1个月扣2分
     | 组织实施 | 项目验收规范性 | 10 | 验收资料齐全得10分，缺一项扣2分
产出 | 产出数量 | 茶园改造面积完成率 | 20 | 完成率×20分
     | 产出质量 | 改造茶园验收合格率 | 10 | ≥95%得满分，每低1个百分点扣1分
效益 | 经济效益 | 茶农亩均增收 | 20 | 达到目标值得满分，未达到按比例扣分
     | 满意度 | 茶农满意度 | 20 | ≥90%得满分，每低1个百分点扣2分
""",
        "l1 l2 l3 weight std",
    ),
    extra={"total_row": "总分 | 100"},
)

T3 = Table(
    kind="project",
    project="茶叶公共品牌宣传推介经费",
    budget_wan=30.0,
    goal="参加省级以上茶博会3场以上，在5个以上媒体平台投放“六冲云雾”公共品牌宣传。",
    rows=rows(
        f"""
{P} | 数量指标 | 参加省级以上茶博会 | ≥3场 | 4 |
    |          | 投放广告的媒体平台 | ≥5个 | 4 |
    | 质量指标 | 品牌宣传片播放量 | ≥100万次 | 4 |
    | 时效指标 | 推介活动完成时间 | 2025年10月前 | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    extra={
        "cut_off": "the excerpt ends after the 时效 row (成本, 效益 and 满意度 rows not shown)",
        "c203_excused": "cut off before the 效益 and 满意度 rows",
    },
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value", "basis"],
        [["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]],
        top=[("项目名称", T1.project), ("项目资金（万元）", "80"), ("年度绩效目标", T1.goal or "")],
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "weight", "std"],
        [["一级指标", "二级指标", "三级指标", "分值", "评分标准"]],
    )
    f2.grid.add("总分", "", "", "100", "")

    def one_line(t: Text) -> None:
        render_one_line(t, f2, prefix="茶产业发展专项资金绩效评价指标体系")

    t3 = indented_table(
        "三、茶叶公共品牌宣传推介经费",
        [("资金", "30万元"), ("目标", T3.goal or "")],
        T3.rows,
        indent=(1, 3, 5, 7),
    )
    return text_file(
        [
            "六冲县茶产业发展中心2025年预算绩效管理情况",
            "一、茶园提质增效项目绩效目标表",
            Tab(f1, {"style": "pipe", "pad": 2, "outer": False}),
            "",
            "二、评价指标体系",
            one_line,
            "",
            t3,
            "（下转第9页）",
        ],
        bom=True,
    )


DOC = Doc(
    id="ho19_guizhou_chaye",
    file="ho19_贵州六冲县茶产业发展中心_2025.txt",
    unit=DEPT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8-sig",
        "贵州",
        "茶产业",
        "pipe-padded one-line indentation sub-rows evaluation-system cut-off several-tables",
    ),
    tables=[T1, T2, T3],
    render=render,
)
