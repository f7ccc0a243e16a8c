"""he14 — 内蒙古 额林旗林业和草原局, 2023, DOCX from Word (cell text split over runs): the
approval table (绩效目标批复表) of an afforestation project, then the project's evaluation
indicator system (评价指标体系: 分值, 指标解释, 评分标准, 目标值 and a 总分 line)."""

from __future__ import annotations

from typing import Any

from emit import Tab, docx_file
from frame import (
    CB,
    KC,
    MY,
    SH,
    SL,
    ST,
    SX,
    ZL,
    E,
    Framed,
    P,
    S,
    header,
    indicator_body,
    project_table,
)
from grid import Grid
from kit import V404, tags
from spec import Doc, R, Row, Table

UNIT = "额林旗林业和草原局"
PROJECT = "三北工程人工造林"


def ev(
    l1: str,
    l2: str,
    l3: str,
    w: int,
    expl: str,
    std: str,
    value: str = "",
    spec: int | None = None,
) -> Row:
    return R(l1, l2, l3, value, spec, desc=expl, std=std, x={"weight": str(w)})


T1 = Table(
    "project",
    PROJECT,
    1176.0,
    "在额林旗北部沙化区完成人工造林1.2万亩，造林当年成活率85%以上，带动农牧民务工2600人次。",
    [
        R(
            P,
            SL,
            "人工造林面积",
            "≥1.2万亩",
            5,
            basis="《额林旗2023年度造林绿化作业设计》",
        ),
        R(P, ZL, "造林成活率", "≥85%", 4, basis="《造林技术规程》"),
        R(P, ZL, "苗木检验检疫合格率", "100%", 4, basis="行业标准", c=V404),
        R(P, SX, "春季造林完成时间", "2023年6月底前", 4, basis="作业设计"),
        R(P, CB, "亩均造林成本", "≤980元/亩", 4, basis="作业设计概算"),
        R(E, SH, "带动农牧民务工人次", "≥2600人次", 4, basis="往年历史情况"),
        R(E, ST, "新增森林覆盖率", "≥0.3个百分点", 4, basis="旗林草资源一张图"),
        R(E, KC, "造林地块管护期", "≥3年", 4, basis="作业设计"),
        R(S, MY, "项目区农牧民满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="额林旗2023年度项目支出绩效目标批复表",
    extra={"approval": True},
)

DEC, PRO, OUT, EFF = "决策", "过程", "产出", "效益"
T2 = Table(
    "evaluation_system",
    PROJECT,
    None,
    None,
    [
        ev(
            DEC,
            "项目立项",
            "立项依据充分性",
            3,
            "项目立项是否符合法律法规、相关政策和发展规划",
            "依据充分得3分，每发现一处不符扣1分",
        ),
        ev(
            DEC,
            "绩效目标",
            "绩效目标合理性",
            3,
            "绩效目标与实际工作内容是否具有相关性",
            "目标明确合理得3分，否则酌情扣分",
        ),
        ev(
            DEC,
            "资金投入",
            "预算编制科学性",
            3,
            "预算编制是否经过科学论证、内容与项目内容是否匹配",
            "编制科学得3分，否则酌情扣分",
        ),
        ev(
            PRO,
            "资金管理",
            "资金到位率",
            4,
            "实际到位资金÷计划投入资金×100%",
            "到位率100%得4分，每低1个百分点扣0.2分",
            "100%",
            4,
        ),
        ev(
            PRO,
            "资金管理",
            "预算执行率",
            4,
            "实际支出资金÷实际到位资金×100%",
            "执行率≥95%得4分，每低1个百分点扣0.2分",
            "≥95%",
            4,
        ),
        ev(
            PRO,
            "组织实施",
            "制度执行有效性",
            4,
            "项目实施是否符合相关管理规定",
            "执行有效得4分，发现问题每项扣1分",
        ),
        ev(
            OUT,
            "产出数量",
            "人工造林面积",
            15,
            "按作业设计验收合格的人工造林面积",
            "完成1.2万亩得15分，按完成比例计分",
            "≥1.2万亩",
            5,
        ),
        ev(
            OUT,
            "产出质量",
            "造林成活率",
            15,
            "造林当年成活株数÷造林总株数×100%",
            "≥85%得15分，每低1个百分点扣1分",
            "≥85%",
            4,
        ),
        ev(
            OUT,
            "产出时效",
            "造林完成及时性",
            10,
            "春季造林是否在6月底前完成",
            "按时完成得10分，每推迟半月扣2分",
            "2023年6月底前",
            4,
        ),
        ev(
            OUT,
            "产出成本",
            "亩均造林成本",
            9,
            "项目实际支出÷造林面积",
            "不超过980元/亩得9分，超出酌情扣分",
            "≤980元/亩",
            4,
        ),
        ev(
            EFF,
            "社会效益",
            "带动农牧民务工人次",
            10,
            "项目实施带动当地农牧民务工人次",
            "≥2600人次得10分，按完成比例计分",
            "≥2600人次",
            4,
        ),
        ev(
            EFF,
            "生态效益",
            "新增森林覆盖率",
            10,
            "新增森林面积占旗域面积的百分点",
            "≥0.3个百分点得10分",
            "≥0.3个百分点",
            4,
        ),
        ev(
            EFF,
            "满意度",
            "项目区农牧民满意度",
            10,
            "问卷调查满意人数占调查总人数的比例",
            "≥90%得10分，每低1个百分点扣0.5分",
            "≥90%",
            5,
        ),
    ],
    title="三北工程人工造林项目绩效评价指标体系",
    extra={"total_row": {"label": "总分", "score_max": "100"}},
)


def system(t: Table) -> Framed:
    g = Grid(7)
    f = Framed(g)
    header(g, "一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "目标值")
    indicator_body(f, t.rows, ["l1", "l2", "l3", "weight", "desc", "std", "value"])
    r = g.add("总分", "", "", "100")
    g.span(r, 0, r, 2)
    return f


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"],
        ["l1", "l2", "l3", "value", "basis"],
        "批复资金（万元）",
        "1176.00",
        goal_label="年度绩效目标",
        agency="额林旗国有林场",
    )
    blocks: list[Any] = [
        "额林旗财政局关于批复2023年度项目支出绩效目标的通知",
        "旗林业和草原局：",
        "现将你单位2023年度项目支出绩效目标批复如下，请严格按照批复的绩效目标组织实施，"
        "年度终了后开展绩效自评。",
        "附件1",
        "# " + T1.title,
        Tab(f1),
        "附件2",
        "# " + T2.title,
        Tab(system(T2)),
        "额林旗财政局",
        "2023年3月20日",
    ]
    return docx_file(blocks, wps=False, split_runs=True)


DOC = Doc(
    "he14_neimenggu_linye",
    "he14_额林旗林草局2023绩效目标批复.docx",
    UNIT,
    2023,
    tags(
        "docx",
        "word",
        "内蒙古",
        "林草",
        "approval evaluation-system extra-columns several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
