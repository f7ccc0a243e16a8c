"""hh16 — 新疆 博源县残疾人联合会, 2025, a page of an older county CMS (UTF-8, `<font>` in every
cell, `mso-spacerun` empty cells, zero-width spaces inside the column-header labels): a project
table with no 三级 column and a `其中：` sub-row, then the 评价指标体系 of last year's project
with its 合计 line; a template `XX` left in the text."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import project_table
from hframe import lined_table
from kit import tags
from spec import Doc, Table

DEPT = "博源县残疾人联合会"
LEFTOVER = "由XX乡残疾人专职委员负责入户核实。"

T1 = Table(
    "project",
    "2025年残疾人基本康复服务补助",
    212.0,
    "为全县860名以上持证残疾人提供基本康复服务，完成75名残疾儿童康复救助，适配辅助器具300件以上。",
    rows(
        """
产出指标 | 数量指标 | 为持证残疾人提供基本康复服务不少于860人 | 4 |
 | | 其中：残疾儿童康复救助不少于75人 | 4 |
 | | 适配辅助器具不少于300件 | 4 |
 | 质量指标 | 持证残疾人基本康复服务覆盖率达到85%以上 | 4 |
 | 时效指标 | 2025年12月底前完成年度康复服务任务 | 4 |
 | 成本指标 | 残疾儿童康复救助标准不超过1.8万元 | 3 | U301:a per-child standard in bare 万元 (no 人·年)
效益指标 | 社会效益指标 | 残疾人生活自理能力明显提高 | 2 | V401
满意度指标 | 服务对象满意度指标 | 残疾人及家属满意度达到90%以上 | 4 |
""",
        "l1 l2 value spec codes",
        note="no 三级 column: the 二级 is followed by the whole target text",
    ),
    title="2025年残疾人基本康复服务补助项目绩效目标表",
)
T1.rows[1].note = "no 三级 column; 其中 sub-row: a row of its own"

T2 = Table(
    "evaluation_system",
    "2024年残疾人就业创业扶持项目",
    None,
    None,
    rows(
        """
决策 | 项目立项 | 立项规范性 | | 项目申报、审批程序是否规范 | 规范得5分，否则酌情扣分 | 5 |
过程 | 资金管理 | 资金使用合规性 | | 资金使用是否符合财务管理制度规定 | 发现违规使用不得分 | 10 |
 | 组织实施 | 制度执行有效性 | | 项目实施是否符合相关管理规定 | 有效得10分，否则酌情扣分 | 10 |
产出 | 产出数量 | 扶持残疾人就业创业人数 | ≥120人 | 获得扶持资金的残疾人数量（扶持对象名册） | 每少5人扣1分 | 20 | 5
 | 产出质量 | 扶持对象认定准确率 | 100% | 符合条件的扶持对象÷扶持对象总数 | 每发现1例不符合扣3分 | 15 | 4
效益 | 项目效益 | 扶持对象人均增收 | ≥3000元 | 扶持对象年人均可支配收入增加额（抽样调查） | 未达标按比例扣分 | 25 | 5
 | 满意度 | 扶持对象满意度 | ≥90% | 问卷调查 | 每低1个百分点扣1分 | 15 | 4
""",
        "l1 l2 l3 value desc std weight spec",
    ),
    title="2024年残疾人就业创业扶持项目绩效评价指标体系",
    extra={"total_row": "合计 100"},
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        DEPT,
        ["一级指标", "二级指标", "指标值"],
        ["l1", "l2", "value"],
        "项目资金（万元）",
        "212.00",
        "年度目标",
    )
    f2 = lined_table(
        [("项目名称", T2.project)],
        [["一级指标", "二级指标", "三级指标", "目标值", "指标解释", "评分标准", "分值"]],
        T2.rows,
        ["l1", "l2", "l3", "value", "desc", "std", "weight"],
        tail=[["合计", "", "", "", "", "", "100"]],
    )
    blocks: list[object] = [
        "博源县残疾人联合会2025年部门预算公开",
        "一、项目绩效目标",
        "残疾人基本康复服务对象由乡镇（街道）残联摸底上报，" + LEFTOVER,
        T1.title,
        Tab(f1),
        "二、上年度重点项目绩效评价",
        T2.title,
        Tab(f2),
    ]
    return html_file(
        blocks,  # type: ignore[arg-type]
        "博源县残疾人联合会2025年部门预算公开",
        "博源县人民政府网",
        "2025-02-20 17:40:12",
        style="font",
    )


DOC = Doc(
    "hh16_xinjiang_canlian",
    "hh16_新疆博源县残疾人联合会_2025.html",
    DEPT,
    2025,
    tags(
        "html",
        "utf-8",
        "新疆",
        "残联",
        "no-level3 sub-rows evaluation-system several-tables goal-heading",
    ),
    [T1, T2],
    render=render,
    codes={"T107": "template placeholder XX乡 left in the text"},
    extra={"text_leftovers": [LEFTOVER]},
)
