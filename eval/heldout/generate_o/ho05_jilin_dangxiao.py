"""吉林 · 中共拉林河县委党校: a GBK portal page. The first table was pasted as text into the
editor's `<pre>` block (columns kept apart by full-width spaces); the second kept inside three `<div>`s by the editor
(cell text in `<div>`s, `&nbsp;` runs, full-width-space indents), with
中期目标 and 年度目标 columns side by side, goals under 总体目标 / 中期目标 / 年度目标 headings."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import C, E, P, S
from grid import Text
from kit import build, tags
from spec import Doc, Table
from textual import render as render_text

DEPT = "中共拉林河县委党校"

T1 = Table(
    kind="project",
    project="主体班次培训经费",
    budget_wan=25.0,
    goal="全年举办科级干部进修班、中青年干部培训班等主体班次8期以上，培训学员600人次以上。",
    rows=rows(
        f"""
{P} | 数量指标 | 举办主体班次 | ≥8期 | 4 |
    |          | 培训学员人次 | ≥600人次 | 4 |
    | 质量指标 | 学员结业考核合格率 | ≥95% | 4 |
    | 时效指标 | 培训计划完成率 | 100% | 4 |
{C} | 经济成本指标 | 人均培训成本 | ≤400元 | 4 |
    | 社会成本指标 | 社会成本指标 | 无 | 1 | T107
{E} | 社会效益指标 | 干部理论素养 | 进一步提升 | 2 | V401
{S} | 服务对象满意度指标 | 学员满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)

MID_GOAL = "2025—2027年每年深入全县14个乡镇开展理论宣讲，三年累计宣讲180场以上，基层群众政策知晓率达到90%。"
T2 = Table(
    kind="project",
    project="理论宣讲“进基层”项目",
    budget_wan=10.0,
    goal="2025年开展基层宣讲60场以上，覆盖全部14个乡镇，群众政策知晓率达到85%以上。",
    rows=rows(
        f"""
{P} | 数量指标 | 开展基层宣讲场次 | ≥60场 | 三年累计宣讲场次 | ≥180场 | 4 |
    |          | 宣讲覆盖乡镇数 | 14个 | 宣讲覆盖乡镇数 | 14个 | 4 |
    | 质量指标 | 宣讲内容审核通过率 | 100% | 宣讲内容审核通过率 | 100% | 4 |
    | 时效指标 | 宣讲完成时限 | 2025年12月底前 | 阶段任务完成时限 | 每年12月底前 | 4 |
    | 成本指标 | 单场宣讲成本 | ≤1500元 | 单场宣讲成本 | ≤1500元 | 4 |
{E} | 社会效益指标 | 基层群众政策知晓率 | ≥85% | 基层群众政策知晓率 | ≥90% | 4 |
{S} | 服务对象满意度指标 | 听众满意度 | ≥75% | 听众满意度 | ≥85% | 3 | V405:satisfaction target below 80%
""",
        "l1 l2 l3 value mid_l3 mid_value spec codes",
    ),
    extra={"mid_term_goal": MID_GOAL},
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=[("项目名称", T1.project), ("资金（万元）", "25"), ("总体目标", T1.goal or "")],
    )
    f2 = build(
        T2.rows,
        ["mid_level3", "mid_value", "l1", "l2", "l3", "value"],
        [
            ["中期目标", "中期目标", "年度目标", "年度目标", "年度目标", "年度目标"],
            ["三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"],
        ],
        top=[
            ("项目名称", T2.project),
            ("项目资金", "10万元"),
            ("中期目标", MID_GOAL),
            ("年度目标", T2.goal or ""),
        ],
    )

    def pre(t: Text) -> None:
        render_text(t, f1, "spaces", gap="\u3000\u3000")

    return html_file(
        [
            "中共拉林河县委党校2025年项目支出绩效目标",
            "一、主体班次培训经费",
            pre,
            "二、理论宣讲“进基层”项目（2025—2027年）",
            Tab(f2, {"html": "div", "indent": (0, 4)}),
            "拉林河县委党校办公室　2025年1月",
        ],
        title="中共拉林河县委党校2025年部门预算",
        site="拉林河县人民政府网",
        published="2025-02-08",
        charset="gbk",
        side="<ul><li>预算公开</li><li>决算公开</li></ul>",
    )


DOC = Doc(
    id="ho05_jilin_dangxiao",
    file="ho05_吉林中共拉林河县委党校_2025.html",
    unit=DEPT,
    year=2025,
    tags=tags(
        "html",
        "gbk",
        "吉林",
        "党校",
        "spaces midterm-annual goal-heading several-tables",
        noise="text table in <pre> with full-width-space gaps; a table inside divs with &nbsp; runs and full-width-space indents",
    ),
    tables=[T1, T2],
    render=render,
)
