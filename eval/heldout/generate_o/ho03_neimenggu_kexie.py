"""内蒙古 · 锡林河旗科学技术协会: a DOCX made from the PDF by a converter: one Word table per
PDF page, every line of a cell its own paragraph, a basis cell cut at the page turn and
continued in an extra row of the next page's table; the value split 符号 | 数值 | 单位."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from frame import E, P, S
from kit import build, parts3, tags
from spec import Doc, Table

DEPT = "锡林河旗科学技术协会"
CUT_BASIS = "旗科协2025年度科普工作计划（锡科协发〔2025〕3号）"

T1 = Table(
    kind="project",
    project="科普大篷车进苏木嘎查项目",
    budget_wan=20.0,
    goal="组织科普大篷车深入全旗苏木镇、嘎查开展巡展40场次以上，受众2万人次以上，提升农牧民科学素质。",
    rows=parts3(
        rows(
            f"""
{P} | 数量指标 | 科普大篷车巡展场次 | ≥40场次 | 年度科普工作计划 | 4 |
    |          | 巡展受众人数 | ≥2万人次 | 2024年巡展受众1.8万人次 | 5 |
    |          | 其中：中小学生受众人数 | ≥8000人次 | 学校报名统计 | 5 |
    | 质量指标 | 展品完好率 | ≥95% | 展品维护记录 | 4 |
    | 时效指标 | 巡展完成时间 | 2025年10月前 | {CUT_BASIS} | 5 |
    | 成本指标 | 单场次巡展成本 | ≤5000元 | 2024年平均每场4800元 | 5 | | the 产出指标 cell is clipped at the page turn: the row stands in the next page's table without its 一级
{E} | 社会效益指标 | 公民具备科学素质比例 | ≥12% | 全旗公民科学素质监测结果 | 5 |
    | 可持续影响指标 | 科普志愿者队伍 | 持续壮大 | 工作需要 | 2 | V401 V404
{S} | 服务对象满意度指标 | 农牧民群众满意度 | ≥90% | 问卷调查 | 4 |
""",
            "l1 l2 l3 value basis spec codes note",
        )
    ),
    extra={
        "budget_source": "资金总额 20.00万元 (其中：财政拨款 18.00万元，其他资金 2.00万元)",
        "page_turn": "the PDF-to-Word file has one table per page; row 5's basis is cut at the page turn and continues in an extra row of the next table",
    },
)

T2 = Table(
    kind="project",
    project="青少年科技创新大赛经费",
    budget_wan=8.0,
    goal="举办全旗第十一届青少年科技创新大赛，组织300名以上学生参赛，推荐优秀项目参加自治区级比赛。",
    rows=parts3(
        rows(
            f"""
{P} | 数量指标 | 组织参赛学生人数 | ≥300人 | 4 |
    |          | 推荐参加自治区级比赛项目 | ≥10项 | 4 |
    | 质量指标 | 获自治区级奖项数 | ≥3项 | 4 |
    | 时效指标 | 赛事完成时间 | 2025年6月底前 | 4 |
    | 成本指标 | 赛事组织经费 | ≤8万元 | 4 |
{E} | 社会效益指标 | 青少年科技创新兴趣 | 明显提高 | 2 | V401
    | 可持续影响指标 | 科技辅导员培养人数 | ≥30人 | 3 | C206:people trained (an output count) under 可持续影响
{S} | 服务对象满意度指标 | 参赛师生满意度 | ≥90% | 4 |
""",
            "l1 l2 l3 value spec codes",
        )
    ),
    extra={"budget_source": "资金总额 8.00万元 (其中：财政拨款 8.00万元)"},
)


def _top(t: Table, total: str, fiscal: str, other: str) -> list[tuple[str, str]]:
    return [
        ("项目名称", t.project),
        ("主管部门", DEPT),
        ("资金总额（万元）", total),
        ("其中：财政拨款", fiscal),
        ("其他资金", other),
        ("年度目标", t.goal or ""),
    ]


HEAD = ["一级指标", "二级指标", "三级指标", "符号", "数值", "单位"]


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "p0", "p1", "p2", "basis"],
        [[*HEAD, "指标值确定依据"]],
        top=_top(T1, "20.00", "18.00", "2.00"),
    )
    turn = f1.body[0] + 5
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "p0", "p1", "p2"],
        [HEAD],
        top=_top(T2, "8.00", "8.00", "0.00"),
    )
    return docx_file(
        [
            "# 锡林河旗科学技术协会2025年项目支出绩效目标表",
            "附表1",
            Tab(f1, {"pages": [turn], "cut": (turn - 1, 6, 12)}),
            "附表2",
            Tab(f2, {"pages": [f2.body[0] + 4]}),
        ],
        mode="pdf2word",
    )


DOC = Doc(
    id="ho03_neimenggu_kexie",
    file="ho03_内蒙古锡林河旗科学技术协会_2025.docx",
    unit=DEPT,
    year=2025,
    tags=tags(
        "docx",
        "pdf2word",
        "内蒙古",
        "科学技术协会",
        "split-value budget-lines sub-rows several-tables",
        noise="PDF-to-Word: a table per page, a paragraph per cell line, a cell cut at the page turn",
    ),
    tables=[T1, T2],
    render=render,
)
