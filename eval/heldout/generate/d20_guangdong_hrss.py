"""广东 · 怀溪县人力资源和社会保障局: an excerpt (pages 1–2 of 3) of a text-layer PDF (reportlab,
STSong-Light): an allocation table in 元, a project table without a 三级 column, and a second
project table whose value is split into 指标值类型 | 目标值 | 度量单位 | 指标值内容 and which is cut
off at the end of the excerpt (its last row breaks across the page).

Patterns: an allocation table before the indicator tables; amounts in 元 (项目资金（元）); no 三级
column; the value split into 指标值类型 | 目标值 | 度量单位 | 指标值内容; a table cut off at the end;
several tables; goal under 年度目标; unit and year in the title line.
"""

from __future__ import annotations

from pdflay import TITLE as TITLE_STYLE
from pdflay import grid_table, para, write_pdf
from reportlab.platypus import PageBreak
from spec import Doc, R, Table, wan_from_yuan

UNIT = "怀溪县人力资源和社会保障局"
TITLE = "怀溪县人力资源和社会保障局2024年项目支出绩效目标表"
NO_L3 = "表无三级指标列，指标值为描述性文字"

P1 = "就业补助资金"
P1_YUAN = "2,380,000.00"
P1_GOAL = "落实各项就业扶持政策，全年城镇新增就业2600人以上，帮助就业困难人员实现就业380人以上，城镇登记失业率控制在3.5%以内。"
P1_ROWS = [
    R("产出指标", "数量指标", "", "城镇新增就业人数≥2600人", 4, note=NO_L3),
    R(
        "产出指标",
        "数量指标",
        "",
        "发放创业担保贷款贴息≥120万元",
        3,
        {"C202": "贴息金额属资金/成本，列入数量指标"},
        note=NO_L3,
    ),
    R("产出指标", "质量指标", "", "城镇登记失业率控制在3.5%以内", 4, note=NO_L3),
    R("产出指标", "时效指标", "", "补贴资金按季度审核拨付", 4, note=NO_L3),
    R("产出指标", "成本指标", "", "职业介绍补贴每人不超过200元", 4, note=NO_L3),
    R("效益指标", "社会效益指标", "", "就业困难人员实现就业≥380人", 4, note=NO_L3),
    R(
        "效益指标",
        "社会效益指标",
        "",
        "就业形势保持稳定",
        2,
        {"V401": "“保持稳定”无判定标准"},
        note=NO_L3,
    ),
    R(
        "效益指标",
        "可持续影响指标",
        "",
        "公共就业服务体系不断完善",
        2,
        {"V401": "“不断完善”无判定标准"},
        note=NO_L3,
    ),
    R("满意度指标", "服务对象满意度指标", "", "服务对象满意度≥85%", 4, note=NO_L3),
]

P2 = "职业技能提升行动培训补贴"
P2_YUAN = "1,260,000.00"
P2_GOAL = "开展补贴性职业技能培训2100人次以上，培训合格率85%以上，培训后就业率60%以上。"


def V(l1, l2, l3, kind, target, unit, content, spec, codes=None, **kw):
    value = content if kind == "定性" else f"{kind}{target}{unit}"
    return R(l1, l2, l3, value, spec, codes, _cells=[kind, target, unit, content], **kw)


P2_ROWS = [
    V("产出指标", "数量指标", "开展补贴性职业技能培训", "大于等于", "2100", "人次", "", 4),
    V("产出指标", "数量指标", "培训后取得证书人数", "大于等于", "1400", "人", "", 4),
    V("产出指标", "质量指标", "培训合格率", "大于等于", "85", "%", "", 4),
    V("产出指标", "时效指标", "补贴发放时限", "小于等于", "30", "天", "", 4),
    V("产出指标", "成本指标", "人均培训补贴", "小于等于", "600", "元/人次", "", 4),
    V("效益指标", "社会效益指标", "培训后就业率", "大于等于", "60", "%", "", 4),
]
P2_CUT = ["", "可持续影响指标", "培训后取得职业资格证书或", "", "", "", ""]

ALLOCATION = [
    ["资金用途", "金额（元）", "备注"],
    ["职业介绍补贴", "260,000.00", "按实际介绍成功人数据实结算"],
    ["社会保险补贴", "980,000.00", "就业困难人员灵活就业社保补贴"],
    ["公益性岗位补贴", "860,000.00", "岗位补贴及社保补贴"],
    ["就业见习补贴", "280,000.00", ""],
    ["合计", "2,380,000.00", ""],
]


def _head(name: str, yuan: str, goal: str, cols: int) -> tuple[list[list[str]], list]:
    pad = [""] * (cols - 2)
    grid = [
        ["项目名称", name, *pad],
        ["主管部门", UNIT, *pad],
        ["项目资金（元）", yuan, *pad],
        ["年度目标", goal, *pad],
    ]
    spans = [(i, 1, i, cols - 1) for i in range(4)]
    return grid, spans


def _block_spans(keys: list, off: int, col: int) -> list:
    out, i = [], 0
    while i < len(keys):
        j = i
        while j + 1 < len(keys) and keys[j + 1] == keys[i]:
            j += 1
        if j > i:
            out.append((off + i, col, off + j, col))
        i = j + 1
    return out


def _table1():
    grid, spans = _head(P1, P1_YUAN, P1_GOAL, 3)
    grid.append(["一级指标", "二级指标", "指标值"])
    off = len(grid)
    prev1 = None
    for r in P1_ROWS:
        grid.append([r.level1 if r.level1 != prev1 else "", r.level2, r.value])
        prev1 = r.level1
    spans += _block_spans([r.level1 for r in P1_ROWS], off, 0)
    return grid_table(grid, [40, 60, 150], spans)


def _table2():
    grid, spans = _head(P2, P2_YUAN, P2_GOAL, 7)
    grid.append(
        ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容"]
    )
    off = len(grid)
    prev1 = None
    for r in P2_ROWS:
        grid.append([r.level1 if r.level1 != prev1 else "", r.level2, r.level3, *r.extra["_cells"]])
        prev1 = r.level1
    grid.append(P2_CUT)
    keys = [r.level1 for r in P2_ROWS] + ["效益指标"]
    spans += _block_spans(keys, off, 0)
    return grid_table(grid, [26, 34, 60, 26, 22, 24, 58], spans)


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        P1,
        wan_from_yuan(P1_YUAN),
        P1_GOAL,
        TITLE,
        P1_ROWS,
        extra={
            "budget_source": {"unit": "元", "项目资金": P1_YUAN},
            "no_level3_column": True,
            "preceded_by": "就业补助资金分配表（元，非绩效表）",
        },
    )
    t2 = Table(
        "project",
        "project",
        P2,
        wan_from_yuan(P2_YUAN),
        P2_GOAL,
        TITLE,
        P2_ROWS,
        extra={
            "budget_source": {"unit": "元", "项目资金": P2_YUAN},
            "cut_off": {
                "after_row": len(P2_ROWS),
                "partial_row_text": " | ".join(c for c in P2_CUT if c),
                "reason": "excerpt ends with page 2 of 3; the row breaks across the page",
            },
        },
    )
    doc = Doc(
        id="hl20_guangdong_hrss",
        filename="hl20_guangdong_hrss.pdf",
        unit=UNIT,
        year=2024,
        province="广东",
        fmt="pdf",
        encoding=None,
        patterns=[
            "4.allocation-before",
            "4.yuan",
            "2.no-level3",
            "3.split-value:指标值类型|目标值|度量单位|指标值内容",
            "4.cut-off",
            "4.several-tables",
            "2.level1-once:merged-cell(PDF)",
            "4.goal-heading:年度目标",
            "4.unit-year-framing:title-line",
        ],
        tables=[t1, t2],
    )
    flow = [
        para(TITLE, TITLE_STYLE),
        para("一、2024年就业补助资金分配表　　　　单位：元"),
        grid_table(ALLOCATION, [50, 40, 90], []),
        para("　"),
        para("二、项目支出绩效目标表"),
        _table1(),
        para("第 1 页　共 3 页"),
        PageBreak(),
        _table2(),
        para("第 2 页　共 3 页"),
    ]
    write_pdf(doc.path, flow, TITLE, UNIT, portrait=True)
    return doc
