"""江苏 · 新沭县政务服务管理办公室: UTF-8 text with BOM and CRLF. A table copied as pipe rows
padded with empty cells, 二级 names carrying `（必填）`; a second one flattened one cell per
line with blank lines between cells."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import E, P, S
from kit import build, proj_top, sign, tags
from spec import Doc, Table

DEPT = "新沭县政务服务管理办公室"
SX, ZL, SJ, CB = "数量指标（必填）", "质量指标（必填）", "时效指标（必填）", "成本指标（必填）"

T1 = Table(
    kind="project",
    project="政务服务大厅运行保障经费",
    budget_wan=45.0,
    goal="保障县政务服务大厅1200项以上依申请事项集中办理，推行“一窗通办”，办事群众满意率98%以上。",
    rows=rows(
        f"""
{P} | {SX} | 进驻大厅政务服务事项 | ≥1200项 | 大厅窗口工作人员数量 | 3 | C205
    |      | 窗口工作人员培训人次 | ≥300人次 | 窗口工作人员培训人次 | 4 | V403
    | {ZL} | “好差评”差评整改率 | 100% | 差评事项总数/按期整改数 | 3 | R601
    |      | 一次性告知执行率 | 100% | 一次性告知执行情况 | 4 | V403
    | {SJ} | 即办件办结时限 | 当场办结 | 即办件在窗口当场办结 | 3 |
    | {CB} | 大厅物业服务费 | ≤28万元 | 物业服务合同约定年度费用 | 5 |
{E} | 社会效益指标（必填） | 企业群众办事跑动次数 | ≤1次 | 办理一个事项到现场的次数 | 4 |
    | 可持续影响指标 | “一窗通办”运行机制 | 长效运行 | 机制建立并持续运行 | 2 | V401
{S} | 服务对象满意度指标（必填） | 办事群众满意率 | ≥98% | 政务服务“好差评”系统统计 | 5 |
""",
        "l1 l2 l3 value desc spec codes",
    ),
)

T2 = Table(
    kind="project",
    project="12345政务服务便民热线运行经费",
    budget_wan=60.0,
    goal="全年受理群众诉求8万件以上，工单按时办结率95%以上，群众诉求解决率85%以上。",
    rows=rows(
        f"""
{P} | 数量指标 | 受理群众诉求件数 | ≥8万件 | 4 |
    | 质量指标 | 工单按时办结率 | ≥95% | 4 |
    |          | 工单回访率 | ≥30% | 4 |
    | 时效指标 | 工单转办时限 | ≤2小时 | 4 |
    | 成本指标 | 话务外包服务费 | ≤65万元 | 3 | B501:cost ceiling 65万元 above the 60万元 budget
{E} | 社会效益指标 | 群众诉求解决率 | ≥85% | 4 |
    |              | 营商环境 | 持续优化 | 2 | V401
{S} | 服务对象满意度指标 | 来电群众满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value", "desc"],
        [["一级指标", "二级指标", "三级指标", "指标值", "指标解释"]],
        top=proj_top(T1.project, DEPT, "项目资金（万元）", "45.00", "年度绩效目标", T1.goal or ""),
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=proj_top(T2.project, DEPT, "项目资金（万元）", "60.00", "年度绩效目标", T2.goal or ""),
    )
    return text_file(
        [
            "新沭县政务服务管理办公室2025年项目支出绩效目标表",
            "",
            "表一：",
            Tab(f1, {"style": "pipe", "pad": 4}),
            sign("孙立新", "王敏", "朱婷", "0518-8766××××"),
            "",
            "表二：",
            Tab(f2, {"style": "cell_blank"}),
            "",
            "（以上数据均为预算数，以县人大批准的预算为准）",
        ],
        newline="\r\n",
        bom=True,
    )


DOC = Doc(
    id="ho07_jiangsu_zhengwu",
    file="ho07_江苏新沭县政务服务管理办公室_2025.txt",
    unit=DEPT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8-sig crlf",
        "江苏",
        "政务服务",
        "pipe-padded cell-per-line-blank label-notes several-tables",
    ),
    tables=[T1, T2],
    render=render,
)
