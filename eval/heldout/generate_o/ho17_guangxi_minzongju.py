"""广西 · 洛清县民族宗教事务局: a DOCX converted from the PDF (one Word table per page, a
paragraph per printed line, so long cells are cut into lines; then opened in Word, which left
proofing and bookmark marks),
附件 label and title line naming unit and year; a mid-term table with the 中期指标值 beside the
annual one, every 三级 numbered `指标1:` and template placeholder lines left in; `XXX` in the
contact line."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from frame import E, P, S
from kit import build, tags
from spec import Doc, Table

DEPT = "洛清县民族宗教事务局"
MID_GOAL = "2025—2027年扶持民族特色产业项目15个以上，完成10个民族村寨基础设施改造，带动少数民族群众人均增收3000元以上。"

T1 = Table(
    kind="project",
    project="少数民族发展资金",
    budget_wan=60.0,
    goal="2025年扶持民族特色产业项目5个以上，完成3个民族村寨基础设施改造，带动少数民族群众人均增收1000元以上。",
    rows=rows(
        f"""
{P} | 数量指标 | 指标1:扶持民族特色产业项目 | ≥5个 | ≥15个 | 4 |
    |          | 指标2:民族村寨基础设施改造 | ≥3个 | ≥10个 | 4 |
    | 质量指标 | 指标1:项目验收合格率 | 100% | 100% | 4 |
    | 时效指标 | 指标1:项目完工时间 | 2025年12月底前 | 2027年12月底前 | 4 |
    | 成本指标 | 指标1:单个产业项目扶持资金 | ≤8万元 | ≤8万元 | 4 |
{E} | 经济效益指标 | 指标1:带动少数民族群众人均增收 | ≥1000元 | ≥3000元 | 4 |
    | 社会效益指标 | 指标1:民族团结进步示范创建 | 持续深化 | 全面提升 | 2 | V401
{S} | 服务对象满意度指标 | 指标1:受益群众满意度 | ≥90% | ≥90% | 4 |
""",
        "l1 l2 l3 value mid_value spec codes",
    ),
    extra={
        "mid_term_goal": MID_GOAL,
        "mid_term_budget_wan": 180.0,
        "placeholders": ["指标3:(after row 2)", "……(after row 8)"],
    },
)

T1.rows[
    4
].note = "the merged 产出指标 cell is clipped at the page turn: the row opens the next page's table without its 一级"
T1.extra["page_turn"] = "one Word table per PDF page; the second starts at row 5"

T2 = Table(
    kind="project",
    project="宗教活动场所安全隐患整治经费",
    budget_wan=15.0,
    goal="排查全县28处宗教活动场所安全隐患，为20处以上场所配备消防设施，组织宗教教职人员消防安全培训，9月底前完成整治。",
    codes={"G701": "the goal's 消防安全培训 has no indicator"},
    rows=rows(
        f"""
{P} | 数量指标 | 指标1:排查宗教活动场所 | 28处 | 4 |
    |          | 指标2:配备消防设施的场所 | ≥20处 | 4 |
    | 质量指标 | 指标1:安全隐患整改率 | ≥95% | 4 |
    | 时效指标 | 指标1:整治完成时间 | 2025年9月底前 | 4 |
    | 成本指标 | 指标1:单处消防设施配备成本 | ≤5000元 | 4 |
{E} | 社会效益指标 | 指标1:宗教活动场所安全事故 | 0起 | 4 |
    | 可持续影响指标 | 指标1:场所安全管理长效机制 | 建立 | 3 |
{S} | 服务对象满意度指标 | 指标1:宗教界人士满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)

HEAD = ["一级指标", "二级指标", "三级指标"]


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value", "mid_value"],
        [[*HEAD, "年度指标值", "中期指标值"]],
        top=[
            ("项目名称", T1.project),
            ("中期资金总额（万元）", "180.00"),
            ("年度资金总额（万元）", "60.00"),
            ("中期目标（2025—2027年）", MID_GOAL),
            ("年度目标（2025年）", T1.goal or ""),
        ],
        after={2: [["", "", "指标3:", "", ""]], 8: [["……", "", "", "", ""]]},
        label_cols=2,
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [[*HEAD, "指标值"]],
        top=[
            ("项目名称", T2.project),
            ("年度资金总额（万元）", "15.00"),
            ("年度目标", T2.goal or ""),
        ],
        label_cols=2,
    )
    return docx_file(
        [
            "附件2",
            "# 洛清县民族宗教事务局2025年项目支出绩效目标表",
            "一、少数民族发展资金（中期绩效目标）",
            Tab(f1, {"pages": [f1.body[0] + 5], "wrap": 12}),
            "二、宗教活动场所安全隐患整治经费",
            Tab(f2, {"wrap": 12}),
            "联系人：XXX　　联系电话：0772-66××××",
        ],
        mode="pdf2word",
        proof=True,
    )


DOC = Doc(
    id="ho17_guangxi_minzongju",
    file="ho17_广西洛清县民族宗教事务局_2025.docx",
    unit=DEPT,
    year=2025,
    tags=tags(
        "docx",
        "pdf2word",
        "广西",
        "民族宗教",
        "midterm-annual prefixes-placeholders unit-year-framing goal-heading several-tables",
        noise="PDF-to-Word: a table per page, a paragraph per printed line (cells cut into lines), proofing marks",
    ),
    tables=[T1, T2],
    render=render,
    codes={"T107": "XXX placeholder left in the contact line"},
    extra={"text_leftovers": ["联系人：XXX"]},
)
