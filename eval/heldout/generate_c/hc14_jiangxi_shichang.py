"""Jiangxi, county market supervision bureau, 2024 (DOCX): the evaluation-indicator system
(评价指标体系) of a 2023 project evaluation with 分值, 目标值, 指标解释, 评分标准 and a 合计 line;
a project table whose 一级 names carry their weights (`产出指标（40分）`) and whose first rows
have an empty 二级 cell; a small table without a 三级 column."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from frame import CB, MY, SH, SL, SX, ZL, Framed, header, indicator_body, project_table
from grid import Grid
from office import docx_bytes, docx_para, docx_table, new_docx
from spec import Doc, R, Row, Table

DEPT = "赣溪县市场监督管理局"
TOTAL = {"label": "合计", "score_max": "100"}


def ev(
    l1: str, l2: str, l3: str, pts: int, target: str, expl: str, std: str, spec: int | None
) -> Row:
    return R(l1, l2, l3, target, spec, desc=expl, std=std, x={"weight": pts})


T1 = Table(
    "evaluation_system",
    "2023年食品安全监督抽检项目",
    None,
    None,
    [
        ev(
            "决策",
            "项目立项",
            "立项依据充分性",
            3,
            "",
            "项目立项是否符合法律法规、相关政策、发展规划以及部门职责",
            "符合得3分，每有一项不符合扣1分，扣完为止",
            None,
        ),
        ev(
            "决策",
            "绩效目标",
            "绩效目标合理性",
            4,
            "",
            "项目设定的绩效目标是否依据充分，是否符合客观实际",
            "目标明确、细化量化得4分，否则酌情扣分",
            None,
        ),
        ev(
            "决策",
            "资金投入",
            "预算编制科学性",
            3,
            "",
            "预算编制是否经过科学论证，内容与项目内容是否匹配",
            "编制科学、测算依据充分得3分",
            None,
        ),
        ev(
            "过程",
            "资金管理",
            "资金到位率",
            5,
            "100%",
            "实际到位资金/预算资金×100%",
            "到位率×分值",
            4,
        ),
        ev(
            "过程",
            "资金管理",
            "预算执行率",
            5,
            "≥90%",
            "实际支出资金/实际到位资金×100%",
            "执行率×分值，低于60%不得分",
            4,
        ),
        ev(
            "过程",
            "组织实施",
            "管理制度健全性",
            5,
            "",
            "项目实施单位的财务和业务管理制度是否健全并有效执行",
            "制度健全且有效执行得5分",
            None,
        ),
        ev(
            "产出",
            "产出数量",
            "食品安全监督抽检批次",
            15,
            "≥1200批次",
            "全年完成的食品安全监督抽检批次",
            "完成得满分，每少50批次扣1分",
            4,
        ),
        ev(
            "产出",
            "产出质量",
            "抽检不合格食品核查处置率",
            15,
            "100%",
            "已核查处置的不合格食品批次/抽检不合格批次×100%",
            "处置率×分值",
            4,
        ),
        ev(
            "产出",
            "产出时效",
            "抽检任务完成时间",
            10,
            "2023年11月底前",
            "年度抽检任务完成的时间",
            "按时完成得满分，每延迟半月扣2分",
            4,
        ),
        ev(
            "产出",
            "产出成本",
            "每批次平均抽检成本",
            10,
            "≤1200元/批次",
            "抽检支出/抽检批次",
            "未超出得满分，超出不得分",
            4,
        ),
        ev(
            "效益",
            "项目效益",
            "食品安全评价性抽检合格率",
            15,
            "≥98%",
            "评价性抽检合格批次/评价性抽检批次×100%",
            "达到目标得满分，每低1个百分点扣3分",
            4,
        ),
        ev(
            "效益",
            "项目效益",
            "群众食品安全满意度",
            10,
            "≥85%",
            "第三方问卷调查的满意度",
            "达到目标得满分，每低1个百分点扣1分",
            4,
        ),
    ],
    title="2023年食品安全监督抽检项目绩效评价指标体系",
    extra={"total_row": TOTAL},
)

W1, W2, W3 = "产出指标（40分）", "效益指标（30分）", "满意度指标（10分）"
WN = "一级 printed with its weight, kept verbatim"
NO_L2 = "二级 cell empty in the document on the first rows of the table"

T2 = Table(
    "project",
    "特种设备安全监管",
    32.0,
    "完成全县电梯、锅炉、压力容器等特种设备定期检验，开展安全检查24次，隐患整改率100%，全年不发生特种设备安全事故。",
    [
        R(W1, "", "特种设备定期检验率", "≥98%", 4, note=WN + "; " + NO_L2),
        R(W1, "", "开展特种设备安全检查次数", "≥24次", 4, note=WN + "; " + NO_L2),
        R(W1, ZL, "安全隐患整改率", "100%", 4, note=WN),
        R(W1, SX, "检查任务完成时间", "2024年11月底前", 4, note=WN),
        R(W1, CB, "检验检测委托费", "≤18万元", 4, note=WN),
        R(W2, SH, "特种设备安全事故", "不发生", 3, note=WN),
        R(
            W2,
            SH,
            "特种设备安全状况",
            "明显好转",
            2,
            note=WN,
            c={"V401": "明显好转 with no criterion"},
        ),
        R(W3, MY, "使用单位满意度", "≥85%", 4, note=WN),
    ],
    title="2024年项目支出绩效目标表",
)

NO_L3 = "the table has no 三级 column: the value cell names the indicator"

T3 = Table(
    "project",
    "12315投诉举报处置经费",
    8.0,
    "及时受理处置消费者投诉举报，维护消费者合法权益。",
    [
        R("产出指标", SL, "", "受理投诉举报≥2500件", 4, note=NO_L3),
        R("产出指标", ZL, "", "投诉按期办结率≥98%", 4, note=NO_L3),
        R("产出指标", SX, "", "投诉7个工作日内受理", 4, note=NO_L3),
        R("效益指标", SH, "", "为消费者挽回经济损失≥60万元", 4, note=NO_L3),
        R("满意度指标", MY, "", "消费者满意度≥90%", 4, note=NO_L3),
    ],
    title="2024年项目支出绩效目标表",
)


def eval_system(t: Table) -> Framed:
    f = Framed(Grid(7))
    header(f.grid, "一级指标", "二级指标", "三级指标", "分值", "目标值", "指标解释", "评分标准")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "weight", "value", "desc", "std"])
    r = f.grid.add("合计", "", "", "100")
    f.grid.span(r, 0, r, 2)
    return f


def small_table(t: Table) -> Framed:
    f = Framed(Grid(3))
    for label, text in (
        ("项目名称", t.project),
        ("项目资金（万元）", "8.00"),
        ("年度目标", t.goal or ""),
    ):
        f.grid.add(label, text)
        f.grid.span(len(f.grid.rows) - 1, 1, len(f.grid.rows) - 1, 2)
    header(f.grid, "一级指标", "二级指标", "指标值")
    indicator_body(f, t.rows, ["l1", "l2", "value"])
    return f


def add_tables(d: DocxDocument) -> None:
    docx_para(d, "附件1", bold=True)
    docx_para(d, T1.title, bold=True, center=True)
    docx_table(d, eval_system(T1).grid)
    docx_para(d, "")
    docx_para(d, "附件2", bold=True)
    docx_para(d, "（1）" + T2.title, bold=True, center=True)
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "年度资金总额（万元）",
        "32.00",
    )
    docx_table(d, f2.grid)
    docx_para(d, "（2）" + T3.title, bold=True, center=True)
    docx_table(d, small_table(T3).grid)


def render_doc(doc: Doc) -> bytes:
    d = new_docx()
    docx_para(d, "赣溪县市场监督管理局2024年部门预算公开", bold=True, center=True)
    docx_para(d, "一、2023年重点项目绩效评价情况")
    docx_para(d, "我局委托第三方机构对2023年食品安全监督抽检项目开展绩效评价，评价指标体系如下。")
    add_tables(d)
    return docx_bytes(d)


DOC = Doc(
    id="hc14_jiangxi_shichang",
    file="hc14_jiangxi_shichang.docx",
    unit=DEPT,
    year=2024,
    tags={
        "format": "docx",
        "province": "江西",
        "sector": "市场监管",
        "layout_patterns": "evaluation-system label-notes level2-missing-or-repeated:missing "
        "no-level3 several-tables level1-once",
    },
    tables=[T1, T2, T3],
    render=render_doc,
)
