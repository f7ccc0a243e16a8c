"""Guizhou, county forestry bureau, 2024: a PDF without rules (text only). The department's 2023
overall self-evaluation (部门整体支出绩效自评表) and a transfer-payment regional target table;
both use the short 一级 forms `产出` / `效益`."""

from __future__ import annotations

from frame import CB, MY, SH, SL, ST, SX, ZL, Framed, header, indicator_body
from grid import Grid
from pdfout import gap, para, pdf_bytes, pdf_table
from selfeval import self_eval_table, sx
from spec import Doc, R, Row, Table
from textual import printed_cells

DEPT = "黔林县林业局"
SHORT = "short 一级 name printed as is"
ACTUAL = "完成营造林1.26万亩，管护天然林48.6万亩，选聘生态护林员620人，森林覆盖率达到66.8%。"


def s(l1: str, l2: str, l3: str, value: str, spec: int, x: dict[str, object], **kw: object) -> Row:
    return R(l1, l2, l3, value, spec, note=SHORT, x=x, **kw)


T1 = Table(
    "self_evaluation",
    DEPT,
    2035.4,
    "完成营造林1.2万亩，管护天然林48.6万亩，造林成活率85%以上，森林火灾受害率控制在0.9‰以内，森林覆盖率达到66.5%。",
    [
        s("产出", SL, "完成营造林面积", "≥1.2万亩", 4, sx("1.26万亩", 10, 10)),
        s("产出", SL, "管护天然林面积", "≥48.6万亩", 4, sx("48.6万亩", 10, 10)),
        s("产出", ZL, "造林成活率", "≥85%", 4, sx("88%", 10, 10)),
        s("产出", ZL, "森林火灾受害率", "≤0.9‰", 4, sx("0.3‰", 10, 10)),
        s(
            "产出",
            SX,
            "造林任务完成时间",
            "2023年6月底前",
            4,
            sx("2023年7月", 10, 10),
            c={
                "S801": "finished in July against a June deadline, yet full points",
                "S804": "missed deadline with no deviation reason",
            },
        ),
        s("产出", CB, "生态护林员人均补助", "≤10000元/人·年", 4, sx("10000元/人·年", 10, 10)),
        s("效益", ST, "森林覆盖率", "≥66.5%", 4, sx("66.8%", 10, 10)),
        s("效益", SH, "带动生态护林员就业人数", "≥620人", 4, sx("620人", 10, 10)),
        s(
            "效益",
            MY,
            "林农满意度",
            "≥90%",
            4,
            sx("92%", 10, 10),
            c={"C201": "服务对象满意度指标 under the 效益 一级"},
        ),
    ],
    title="2023年度部门整体支出绩效自评表",
    extra={
        "scope": "overall",
        "year_evaluated": 2023,
        "actual_completion": ACTUAL,
        "budget_source": {
            "年度资金总额": ["1860.00", "2035.40", "1968.70", "10", "96.72%", "9.67"],
            "其中：基本支出": ["612.30", "640.10", "640.10", "—", "—", "—"],
            "项目支出": ["1247.70", "1395.30", "1328.60", "—", "—", "—"],
        },
        "total_score": {"score_max": "100", "score": "99.67"},
    },
)

T2 = Table(
    "transfer",
    "林业改革发展资金",
    1120.0,
    "2024年完成森林抚育2.5万亩、退化林修复0.8万亩，续聘生态护林员620人，巩固生态护林员岗位带动脱贫人口增收成果。",
    [
        R("产出", SL, "森林抚育面积", "≥2.5万亩", 4, note=SHORT),
        R("产出", SL, "退化林修复面积", "≥0.8万亩", 4, note=SHORT),
        R("产出", SL, "选聘生态护林员人数", "≥620人", 4, note=SHORT),
        R("产出", ZL, "森林抚育作业质量合格率", "≥95%", 4, note=SHORT),
        R("产出", SX, "资金下达时间", "收到资金后30日内", 4, note=SHORT),
        R(
            "效益",
            ST,
            "退化林修复面积",
            "≥0.8万亩",
            4,
            note=SHORT,
            c={"C206": "a restoration area (an output) under 生态效益"},
        ),
        R(
            "效益",
            SH,
            "生态护林员岗位稳定性",
            "保持稳定",
            2,
            note=SHORT,
            c={"V401": "保持稳定 with no criterion"},
        ),
        R(
            "效益",
            "可持续影响指标",
            "森林资源",
            "持续增长",
            2,
            note=SHORT,
            c={"V401": "持续增长 without an amount"},
        ),
        R("满意度", MY, "受益群众满意度", "≥85%", 4, note=SHORT),
    ],
    title="2024年林业改革发展资金区域绩效目标表",
    codes={"C204": "退化林修复面积 twice (rows 2 and 6)"},
    extra={
        "region": "黔林县",
        "duplicate_rows": {"退化林修复面积": [2, 6]},
        "budget_source": {"年度金额": "1120.00", "其中：中央补助": "1120.00", "地方资金": "0.00"},
    },
)


def transfer_table(t: Table) -> Framed:
    f = Framed(Grid(4))
    g = f.grid
    g.add("转移支付名称", t.project, "中央主管部门", "国家林业和草原局")
    g.add("地方主管部门", DEPT, "资金情况（万元）", "年度金额：1120.00（其中中央补助1120.00）")
    g.wide("年度总体目标", t.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value"])
    return f


def render_doc(doc: Doc) -> bytes:
    budget = [[k, *v] for k, v in T1.extra["budget_source"].items()]
    f1 = self_eval_table(
        T1,
        [("主管部门", DEPT, "单位负责人", "——")],
        "年度预算（万元）",
        budget,
        ACTUAL,
        ("100", "99.67"),
        stacked=True,
    )
    f2 = transfer_table(T2)
    for f in (f1, f2):
        printed_cells(f, "middle")
    story = [
        para("黔林县林业局2024年部门预算公开（节选）", 13, 1),
        para("发布日期：2024年3月5日", 9),
        gap(),
        para("附表7  " + T1.title, 10),
        pdf_table(f1.grid, [22, 26, 40, 34, 34, 18, 18, 81], ruled=False, size=8),
        gap(6),
        para("附表8  " + T2.title, 10),
        pdf_table(f2.grid, [30, 40, 100, 103], ruled=False, size=8),
    ]
    return pdf_bytes(story, title="黔林县林业局2024年部门预算公开")


DOC = Doc(
    id="hc15_guizhou_linye",
    file="hc15_guizhou_linye.pdf",
    unit=DEPT,
    year=2024,
    tags={
        "format": "pdf",
        "ruling": "unruled",
        "province": "贵州",
        "sector": "林草",
        "layout_patterns": "spaces self-evaluation transfer nonstandard-names budget-lines "
        "several-tables level1-once:middle",
    },
    tables=[T1, T2],
    render=render_doc,
)
