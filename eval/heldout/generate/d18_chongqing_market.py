"""重庆 · 石岭县市场监督管理局: 部门整体支出绩效自评表 (2023年度) in a Word file (DOCX, merged
cells), the 分值 column standing before the target.

Patterns: self-evaluation table with 分值 before 年度指标值, then 实际完成值 | 得分 | 偏差原因分析及
改进措施; self-evaluation budget lines (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分);
goals under 预期目标 / 实际完成情况; 一级 merged down (vMerge); an overall (部门整体) table.
"""

from __future__ import annotations

from docxlay import add_table, first_of_runs, new_document, vertical_runs
from spec import Doc, R, Table, normalise_zip

UNIT = "石岭县市场监督管理局"
TITLE = "部门整体支出绩效自评表"
GOAL = (
    "1.完成食品安全监督抽检1800批次以上，特种设备定期检验率98%以上；\n"
    "2.投诉举报按时办结率95%以上，12315诉求7个工作日内处理；\n"
    "3.新设市场主体增长5%以上，市场主体满意度90%以上。"
)
ACTUAL = (
    "1.完成食品安全监督抽检1926批次，特种设备定期检验率99.2%；\n"
    "2.投诉举报按时办结率97.6%，12315诉求平均4.2个工作日处理；\n"
    "3.新设市场主体增长3.8%，未达预期；市场主体满意度92%。"
)
MONEY = [
    ["年度资金总额", "1846.32", "2013.75", "1962.40", "10", "97.45%", "9.7"],
    ["其中：基本支出", "1420.18", "1486.60", "1486.60", "—", "—", "—"],
    ["项目支出", "426.14", "527.15", "475.80", "—", "—", "—"],
]


def S(l1, l2, l3, score_max, target, actual, score, deviation, spec, codes=None, **kw):
    return R(
        l1,
        l2,
        l3,
        target,
        spec,
        codes,
        score_max=score_max,
        actual=actual,
        score=score,
        deviation=deviation,
        **kw,
    )


ROWS = [
    S("产出指标", "数量指标", "食品安全监督抽检批次", "10", "≥1800批次", "1926批次", "10", "", 4),
    S("产出指标", "数量指标", "特种设备定期检验率", "5", "≥98%", "99.2%", "5", "", 4),
    S("产出指标", "数量指标", "“双随机、一公开”抽查事项", "5", "≥60项", "64项", "5", "", 4),
    S("产出指标", "质量指标", "抽检不合格产品核查处置率", "10", "100%", "100%", "10", "", 4),
    S("产出指标", "质量指标", "投诉举报按时办结率", "5", "≥95%", "97.6%", "5", "", 4),
    S("产出指标", "质量指标", "检验检测报告准确率", "5", "100%", "100%", "5", "", 4),
    S(
        "产出指标",
        "时效指标",
        "12315诉求处理时限",
        "5",
        "≤7个工作日",
        "平均4.2个工作日",
        "5",
        "",
        4,
    ),
    S(
        "产出指标",
        "成本指标",
        "“三公”经费",
        "5",
        "较上年下降",
        "下降6.3%",
        "5",
        "",
        2,
        {"V401": "“较上年下降”只有方向，无下降幅度"},
    ),
    S("效益指标", "社会效益指标", "重大食品安全事故", "10", "无", "无", "10", "", 3),
    S(
        "效益指标",
        "社会效益指标",
        "新设市场主体增长率",
        "10",
        "≥5%",
        "3.8%",
        "7",
        "受宏观经济影响新设市场主体增速放缓，下一步优化登记服务",
        4,
    ),
    S(
        "效益指标",
        "经济效益指标",
        "营商环境",
        "5",
        "持续优化",
        "持续优化",
        "5",
        "",
        2,
        {"V401": "“持续优化”无判定标准"},
    ),
    S(
        "效益指标",
        "可持续影响指标",
        "质量强县建设",
        "5",
        "稳步推进",
        "稳步推进",
        "5",
        "",
        2,
        {"V401": "“稳步推进”无判定标准"},
    ),
    S("满意度指标", "服务对象满意度指标", "市场主体满意度", "5", "≥90%", "92%", "5", "", 4),
    S("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "5", "≥85%", "88%", "5", "", 4),
]
TOTAL = "96.7"


def _grid():
    n = 9
    grid = [
        ["部门（单位）名称", None, UNIT, None, None, None, None, None, None],
        [
            "年度预算情况（万元）",
            None,
            None,
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
    ]
    for m in MONEY:
        grid.append([None, m[0], None, *m[1:]])
    grid += [
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况", None, None, None],
        [None, GOAL, None, None, None, ACTUAL, None, None, None],
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "分值",
            "年度指标值",
            "实际完成值",
            "得分",
            "偏差原因分析及改进措施",
        ],
    ]
    merges = [(0, 0, 0, 1), (0, 2, 0, 8), (1, 0, 4, 0), (1, 1, 1, 2)]
    merges += [(r, 1, r, 2) for r in range(2, 5)]
    merges += [(5, 0, 6, 0), (5, 1, 5, 4), (5, 5, 5, 8), (6, 1, 6, 4), (6, 5, 6, 8)]
    off = len(grid)
    first = first_of_runs([r.level1 for r in ROWS])
    for r, f in zip(ROWS, first):
        e = r.extra
        grid.append(
            [
                None,
                r.level1 if f else None,
                r.level2,
                r.level3,
                e["score_max"],
                r.value,
                e["actual"],
                e["score"],
                e["deviation"],
            ]
        )
    merges += [(off - 1, 0, off + len(ROWS) - 1, 0)]
    merges += vertical_runs([r.level1 for r in ROWS], off, 1)
    grid.append(["总分", None, None, None, "100", None, None, TOTAL, None])
    merges.append((len(grid) - 1, 0, len(grid) - 1, 3))
    assert all(len(row) == n for row in grid)
    return grid, merges


def build() -> Doc:
    table = Table(
        "overall",
        "self_evaluation",
        UNIT,
        2013.75,
        GOAL,
        TITLE,
        ROWS,
        extra={
            "budget_source": {
                "unit": "万元",
                "年初预算数": "1846.32",
                "全年预算数": "2013.75",
                "全年执行数": "1962.40",
                "分值": "10",
                "执行率": "97.45%",
                "得分": "9.7",
                "budget_wan_from": "全年预算数",
            },
            "actual_completion": ACTUAL,
            "total_score": {"分值": "100", "得分": TOTAL},
            "score_column_before_target": True,
            "self_evaluation_scope": "overall (部门整体)",
        },
    )
    doc = Doc(
        id="hl18_chongqing_market",
        filename="hl18_chongqing_market.docx",
        unit=UNIT,
        year=2023,
        province="重庆",
        fmt="docx",
        encoding=None,
        patterns=[
            "3.self-evaluation:分值-before-target",
            "4.budget-lines:self-evaluation(年初预算数|全年预算数|全年执行数|执行率)",
            "4.goal-heading:预期目标/实际完成情况",
            "2.level1-once:first-row(vMerge)",
            "4.unit-year-framing:title-line",
        ],
        tables=[table],
    )
    d = new_document()
    d.add_heading("石岭县市场监督管理局2023年度部门整体支出绩效自评表", level=2)
    d.add_paragraph("（2023年度）")
    add_table(d, *_grid())
    d.add_paragraph("填表人：李红　　　联系电话：023-64187325")
    d.save(doc.path)
    normalise_zip(doc.path)
    return doc
