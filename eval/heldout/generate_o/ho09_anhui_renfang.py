"""安徽 · 漳淮县人民防空办公室: a DOCX saved by WPS (soft line breaks in cells, stray empty
paragraphs in merged cells), the 一级指标 column printed but never filled, 权重 and 指标方向
columns, the budget given as 资金总额 with its sources."""

from __future__ import annotations

from dsl import imply_l1, rows
from emit import Tab, docx_file
from frame import E, P, S
from kit import build, tags
from spec import Doc, Table

DEPT = "漳淮县人民防空办公室"
COLS = "l1 l2 l3 value weight direction spec codes printed_l2"

T1 = Table(
    kind="project",
    project="人防警报设施维护经费",
    budget_wan=18.0,
    goal="对城区36台人防警报器进行年度维护保养，组织全县警报试鸣1次，确保警报鸣响率98%以上。",
    rows=imply_l1(
        rows(
            f"""
{P} | 数量指标 | 人防警报器维护数量 | 36台 | 10 | 正向 | 4 |
    |          | 警报试鸣次数 | 1次 | 5 | 正向 | 4 |
    | 质量指标 | 警报器鸣响率 | ≥98% | 15 | 正向 | 4 |
    |          | 维护后设备完好率 | ≥95% | 10 | 正向 | 4 |
    | 时效指标 | 维护完成时间 | 2025年8月底前 | 10 | 正向 | 4 |
    | 成本指标 | 单台警报器年维护费 | ≤5000元 | 10 | 反向 | 4 |
{E} | 社会效益指标 | 城区警报音响覆盖率 | ≥95% | 20 | 正向 | 4 |
    | 可持续影响指标 | 警报设施使用寿命 | 延长 | 10 | 正向 | 2 | V401 | 可持续影响\\n指标
{S} | 服务对象满意度指标 | 群众满意度 | ≥90% | 10 | 正向 | 4 |
""",
            COLS,
        ),
        printed="",
    ),
)

T2 = Table(
    kind="project",
    project="人防宣传教育经费",
    budget_wan=6.0,
    goal="开展“5·12”防灾减灾日等人防宣传活动6场以上，人防知识进校园12所以上，组织疏散演练。",
    rows=imply_l1(
        rows(
            f"""
{P} | 数量指标 | “5·12”防灾减灾宣传活动场次 | ≥6场 | 15 | 正向 | 4 |
    |          | 开展人防知识教育的学校数 | ≥12所 | 15 | 正向 | 4 |
    | 质量指标 | 疏散演练参演人员 | ≥3000人 | 10 | 正向 | 3 | C202:a head count under 质量
    | 时效指标 | 宣传活动完成时间 | 按计划完成 | 10 | 正向 | 2 | V402
    | 成本指标 | 宣传资料印制费 | ≤2万元 | 10 | 反向 | 4 |
{E} | 社会效益指标 | 群众防空防灾意识 | 明显增强 | 20 | 正向 | 2 | V401
    |              | 群众人防知识知晓率 | ≥80% | 10 | 正向 | 4 |
{S} | 服务对象满意度指标 | 师生满意度 | ≥90% | 10 | 正向 | 4 |
""",
            COLS,
        ),
        printed="",
    ),
    extra={"budget_source": "资金总额 6.00万元 (其中：县级财政 4.00万元，上级补助 2.00万元)"},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "权重（%）", "指标方向"]
KEYS = ["l1", "l2", "l3", "value", "weight", "direction"]


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        KEYS,
        [HEAD],
        top=[
            ("项目名称", T1.project),
            ("实施单位", DEPT),
            ("资金总额（万元）", "18.00"),
            ("年度目标", T1.goal or ""),
        ],
    )
    f2 = build(
        T2.rows,
        KEYS,
        [HEAD],
        top=[
            ("项目名称", T2.project),
            ("实施单位", DEPT),
            ("资金总额（万元）", "6.00"),
            ("其中：县级财政", "4.00"),
            ("上级补助", "2.00"),
            ("年度目标", T2.goal or ""),
        ],
    )
    body1 = f1.body[0]
    return docx_file(
        [
            "# 漳淮县人民防空办公室",
            "# 2025年项目支出绩效目标表",
            "（一）",
            Tab(f1, trailing_empty=[(body1, 1), (body1 + 2, 3), (body1 + 6, 2)]),
            "（二）",
            Tab(f2, trailing_empty=[(f2.body[0] + 3, 3)]),
        ],
        mode="wps",
    )


DOC = Doc(
    id="ho09_anhui_renfang",
    file="ho09_安徽漳淮县人民防空办公室_2025.docx",
    unit=DEPT,
    year=2025,
    tags=tags(
        "docx",
        "wps",
        "安徽",
        "人民防空",
        "level1-missing-or-unfilled broken-labels extra-columns budget-lines several-tables",
        noise="WPS: soft breaks, stray empty paragraphs in cells",
    ),
    tables=[T1, T2],
    render=render,
)
