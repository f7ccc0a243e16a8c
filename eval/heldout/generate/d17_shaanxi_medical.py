"""陕西 · 秦峪县医疗保障局: a Word attachment (DOCX, python-docx, real merged cells) with two
tables: the project goal table of 城乡医疗救助 and the evaluation-indicator system for the same
fund.

Patterns: merged header cells (gridSpan) and merged 一级/二级 blocks (vMerge); the value split into
指标值类型 (大于等于/等于/小于等于/定性) | 目标值 | 度量单位 | 指标值内容; 指标解释 column; budget lines
年度资金总额 / 其中:财政拨款 / 上年结转 / 其他资金; goal under 年度目标; an evaluation-indicator
system with 分值 and a 合计 row; 附件 labels.
"""

from __future__ import annotations

from docxlay import add_table, first_of_runs, new_document, vertical_runs
from spec import Doc, R, Table, normalise_zip

UNIT = "秦峪县医疗保障局"
PROJECT = "城乡医疗救助"
TITLE1 = "秦峪县2024年项目支出绩效目标表"
TITLE2 = "秦峪县城乡医疗救助资金绩效评价指标体系"
GOAL = (
    "资助困难群众2.3万人参加城乡居民医保，实施门诊和住院救助1.6万人次以上，"
    "困难群众政策范围内住院费用救助比例达到70%，防止因病致贫返贫。"
)
WORDS = {"大于等于", "小于等于", "等于"}


def V(l1, l2, l3, kind, target, unit, content, expl, spec, codes=None, **kw):
    """指标值类型 | 目标值 | 度量单位 | 指标值内容: comparator word + number + unit, or the 定性 text."""
    value = content if kind == "定性" else f"{kind}{target}{unit}"
    assert kind in WORDS or kind == "定性"
    return R(l1, l2, l3, value, spec, codes, desc=expl, _cells=[kind, target, unit, content], **kw)


ROWS1 = [
    V(
        "产出指标",
        "数量指标",
        "资助参保人数",
        "大于等于",
        "2.3",
        "万人",
        "",
        "反映资助特困人员、低保对象、返贫致贫人口等参加城乡居民医保的人数，以医保信息平台参保数据为准。",
        5,
    ),
    V(
        "产出指标",
        "数量指标",
        "门诊和住院救助人次",
        "大于等于",
        "1.6",
        "万人次",
        "",
        "反映全年实施门诊和住院救助的人次。",
        4,
    ),
    V(
        "产出指标",
        "质量指标",
        "符合条件救助对象资助参保率",
        "大于等于",
        "99",
        "%",
        "",
        "反映应资助对象中获得参保资助的比例。",
        4,
    ),
    V(
        "产出指标",
        "质量指标",
        "救助政策落实准确率",
        "等于",
        "100",
        "%",
        "",
        "救助政策落实准确率",
        4,
        {"V403": "指标解释仅复述名称"},
    ),
    V(
        "产出指标",
        "时效指标",
        "救助资金结算时限",
        "小于等于",
        "20",
        "个工作日",
        "",
        "反映救助申请受理至资金结算的时限。",
        4,
    ),
    V(
        "产出指标",
        "成本指标",
        "住院救助年度限额",
        "小于等于",
        "3",
        "万元/人",
        "",
        "反映每位救助对象年度住院救助的最高额度。",
        4,
    ),
    V(
        "产出指标",
        "成本指标",
        "资助参保个人缴费补助标准",
        "定性",
        "",
        "",
        "按省定标准全额或定额资助",
        "反映对救助对象参保个人缴费部分的资助标准。",
        3,
    ),
    V(
        "效益指标",
        "社会效益指标",
        "困难群众政策范围内住院费用救助比例",
        "大于等于",
        "70",
        "%",
        "",
        "反映救助对象政策范围内住院自付费用获得救助的比例，以“一站式”结算数据为准。",
        5,
    ),
    V(
        "效益指标",
        "社会效益指标",
        "因病致贫返贫",
        "定性",
        "",
        "",
        "有效遏制",
        "反映医疗救助防止因病致贫返贫的效果。",
        2,
        {"V401": "“有效遏制”无判定标准"},
    ),
    V(
        "效益指标",
        "可持续影响指标",
        "医疗救助托底保障机制",
        "定性",
        "",
        "",
        "长期有效",
        "医疗救助托底保障机制",
        2,
        {"V401": "“长期有效”无判定标准", "V403": "指标解释仅复述名称"},
    ),
    V(
        "满意度指标",
        "服务对象满意度指标",
        "救助对象满意度",
        "大于等于",
        "90",
        "%",
        "",
        "救助对象满意度",
        4,
        {"V403": "指标解释仅复述名称"},
    ),
]


def E(l1, l2, l3, weight, expl, std):
    return R(l1, l2, l3, "", None, desc=expl, std=std, weight=weight)


ROWS2 = [
    E(
        "决策",
        "项目立项",
        "立项依据充分性",
        "5",
        "项目设立是否符合医疗救助政策和部门职责。",
        "依据充分得5分，否则酌情扣分。",
    ),
    E(
        "决策",
        "绩效目标",
        "绩效目标明确性",
        "5",
        "绩效目标是否细化量化、与资金量相匹配。",
        "明确得5分，每有一项未量化扣1分。",
    ),
    E(
        "决策",
        "资金投入",
        "资金分配合理性",
        "5",
        "资金分配是否以救助对象人数和救助标准测算。",
        "合理得5分，否则酌情扣分。",
    ),
    E(
        "过程",
        "资金管理",
        "资金到位及时性",
        "5",
        "上级和本级资金是否及时足额到位。",
        "及时到位得5分，每延迟一个月扣1分。",
    ),
    E(
        "过程",
        "资金管理",
        "资金使用合规性",
        "10",
        "资金是否专款专用，有无截留、挤占、挪用。",
        "合规得10分，发现违规不得分。",
    ),
    E(
        "过程",
        "组织实施",
        "救助对象审核规范性",
        "10",
        "救助对象认定和审核是否按规定程序进行。",
        "规范得10分，每发现一例不规范扣1分。",
    ),
    E(
        "产出",
        "产出数量",
        "资助参保完成率",
        "10",
        "实际资助参保人数与应资助人数的比率。",
        "完成率≥99%得满分，每低1个百分点扣1分。",
    ),
    E(
        "产出",
        "产出质量",
        "救助对象认定准确率",
        "10",
        "抽查认定准确的救助对象占抽查总数的比例。",
        "100%得满分，每发现一例错误扣1分。",
    ),
    E(
        "产出",
        "产出时效",
        "救助资金结算及时率",
        "10",
        "在20个工作日内完成结算的救助笔数占比。",
        "≥95%得满分，每低1个百分点扣0.5分。",
    ),
    E(
        "效益",
        "社会效益",
        "住院费用救助比例达标情况",
        "15",
        "政策范围内住院费用救助比例是否达到70%。",
        "达到得15分，每低1个百分点扣1分。",
    ),
    E(
        "效益",
        "满意度",
        "救助对象满意度",
        "15",
        "通过抽样回访了解救助对象的满意程度。",
        "≥90%得满分，每低1个百分点扣1分。",
    ),
]


def _grid1():
    head = [
        ["项目名称", None, PROJECT, None, None, None, None, None],
        ["主管部门", None, UNIT, None, None, "实施单位", UNIT, None],
        ["项目资金（万元）", None, "年度资金总额", None, None, "1460.00", None, None],
        [None, None, "其中：财政拨款", None, None, "1380.00", None, None],
        [None, None, "上年结转", None, None, "80.00", None, None],
        [None, None, "其他资金", None, None, "0", None, None],
        ["年度目标", None, GOAL, None, None, None, None, None],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值类型",
            "目标值",
            "度量单位",
            "指标值内容",
            "指标解释",
        ],
    ]
    merges = [
        (0, 0, 0, 1),
        (0, 2, 0, 7),
        (1, 0, 1, 1),
        (1, 2, 1, 4),
        (1, 6, 1, 7),
        (2, 0, 5, 1),
        *[(r, 2, r, 4) for r in range(2, 6)],
        *[(r, 5, r, 7) for r in range(2, 6)],
        (6, 0, 6, 1),
        (6, 2, 6, 7),
    ]
    l1 = [r.level1 for r in ROWS1]
    l2 = [(r.level1, r.level2) for r in ROWS1]
    f1, f2 = first_of_runs(l1), first_of_runs(l2)
    body = [
        [
            r.level1 if a else None,
            r.level2 if b else None,
            r.level3,
            *r.extra["_cells"],
            r.description,
        ]
        for r, a, b in zip(ROWS1, f1, f2)
    ]
    off = len(head)
    merges += vertical_runs(l1, off, 0) + vertical_runs(l2, off, 1)
    return head + body, merges


def _grid2():
    head = [["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准"]]
    l1 = [r.level1 for r in ROWS2]
    l2 = [(r.level1, r.level2) for r in ROWS2]
    f1, f2 = first_of_runs(l1), first_of_runs(l2)
    body = [
        [
            r.level1 if a else None,
            r.level2 if b else None,
            r.level3,
            r.extra["weight"],
            r.description,
            r.scoring_standard,
        ]
        for r, a, b in zip(ROWS2, f1, f2)
    ]
    total = [["合计", None, None, "100", None, None]]
    n = len(head) + len(body)
    merges = vertical_runs(l1, 1, 0) + vertical_runs(l2, 1, 1) + [(n, 0, n, 2)]
    return head + body + total, merges


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        PROJECT,
        1460.0,
        GOAL,
        TITLE1,
        ROWS1,
        extra={
            "budget_source": {
                "unit": "万元",
                "年度资金总额": "1460.00",
                "财政拨款": "1380.00",
                "上年结转": "80.00",
                "其他资金": "0",
            },
        },
    )
    t2 = Table(
        "project",
        "evaluation_system",
        PROJECT,
        None,
        None,
        TITLE2,
        ROWS2,
        extra={
            "total_row": {"label": "合计", "分值": "100"},
            "value_column": "none (no target column; rows have no specificity grade)",
        },
    )
    doc = Doc(
        id="hl17_shaanxi_medical",
        filename="hl17_shaanxi_medical.docx",
        unit=UNIT,
        year=2024,
        province="陕西",
        fmt="docx",
        encoding=None,
        patterns=[
            "3.split-value:指标值类型|目标值|度量单位|指标值内容(大于等于,等于,小于等于,定性)",
            "3.extra-columns:指标解释,分值,评分标准",
            "2.level1-once:first-row(vMerge)",
            "4.budget-lines",
            "4.goal-heading:年度目标",
            "4.evaluation-system",
            "4.several-tables",
            "4.unit-year-framing:attachment-label",
        ],
        tables=[t1, t2],
    )
    d = new_document()
    d.add_paragraph("附件1")
    d.add_heading(TITLE1, level=2)
    d.add_paragraph("填报单位（盖章）：秦峪县医疗保障局")
    add_table(d, *_grid1())
    d.add_paragraph("")
    d.add_paragraph("附件2")
    d.add_heading(TITLE2, level=2)
    add_table(d, *_grid2())
    d.add_paragraph(
        "说明：评价得分90分（含）以上为“优”，80（含）—90分为“良”，60（含）—80分为“中”，60分以下为“差”。"
    )
    d.save(doc.path)
    normalise_zip(doc.path)
    return doc
