"""hd13 · 河北 沙屯县司法局 2023: a DOCX with an approved project table (批复表) whose header
labels break over lines (一级\\n指标) and whose 二级 names carry （必选）, then an evaluation
indicator system (评价指标体系) with 分值, 指标解释, 评分标准 and a 合计 line."""

from __future__ import annotations

from frame import E, Framed, P, S, header, indicator_body, project_block
from grid import Grid
from kit import V401, V404, codes
from noise import docx_wps_table
from office import docx_bytes, docx_para, new_docx
from spec import Doc, R, Row, Table

UNIT = "沙屯县司法局"
MARK = "二级 printed with （必选）, kept verbatim"
SL, ZL, SX, CB = "数量指标（必选）", "质量指标（必选）", "时效指标（必选）", "成本指标（必选）"
SH, MY = "社会效益指标（必选）", "服务对象满意度指标（必选）"

T1 = Table(
    "project",
    "法律援助经费",
    45.0,
    "为经济困难群众和特殊案件当事人提供法律援助，全年办理法律援助案件320件以上，开展普法宣传活动24场。",
    [
        R(P, SL, "办理法律援助案件数", "≥320件", 5, basis="2022年办理法律援助案件296件", note=MARK),
        R(P, SL, "开展普法宣传活动", "≥24场", 4, basis="年度普法工作计划", note=MARK),
        R(
            P,
            ZL,
            "法律援助案件质量评查合格率",
            "≥95%",
            5,
            basis="《法律援助案件质量评估办法》",
            note=MARK,
        ),
        R(
            P,
            SX,
            "法律援助申请审查时限",
            "≤7个工作日",
            5,
            basis="《中华人民共和国法律援助法》",
            note=MARK,
        ),
        R(
            P,
            CB,
            "每件法律援助案件办案补贴",
            "≤1200元",
            5,
            basis="《沙屯县法律援助办案补贴标准》",
            note=MARK,
        ),
        R(
            E,
            SH,
            "困难群众合法权益",
            "得到维护",
            2,
            basis="现实需求",
            note=MARK,
            c=codes(V401, V404),
        ),
        R(E, SH, "法律援助覆盖面", "扩大", 2, basis="工作需要", note=MARK, c=codes(V401, V404)),
        R(S, MY, "受援人满意度", "≥95%", 5, basis="法律援助案件受援人回访记录", note=MARK),
    ],
    title="沙屯县2023年项目支出绩效目标批复表",
    extra={"approval": True},
)


def c(
    l1: str, l2: str, l3: str, w: int, desc: str, std: str, value: str = "", spec: int | None = None
) -> Row:
    return R(l1, l2, l3, value, spec, desc=desc, std=std, x={"weight": w})


T2 = Table(
    "evaluation_system",
    "社区矫正工作经费",
    None,
    None,
    [
        c(
            "决策",
            "项目立项",
            "立项依据充分性",
            3,
            "项目立项是否符合法律法规、相关政策、发展规划及部门职责",
            "依据充分得3分，每发现一处不符扣1分",
        ),
        c(
            "决策",
            "绩效目标",
            "绩效目标明确性",
            3,
            "绩效目标是否细化分解为具体的绩效指标",
            "目标明确、指标量化得3分，否则酌情扣分",
        ),
        c(
            "决策",
            "资金投入",
            "预算编制科学性",
            4,
            "预算编制是否经过科学论证，内容与项目内容匹配",
            "编制科学得4分，否则酌情扣分",
        ),
        c(
            "过程",
            "资金管理",
            "资金到位率",
            5,
            "实际到位资金/预算资金×100%",
            "得分=资金到位率×5",
            "100%",
            4,
        ),
        c(
            "过程",
            "资金管理",
            "预算执行率",
            5,
            "实际支出资金/实际到位资金×100%",
            "得分=预算执行率×5",
            "≥95%",
            4,
        ),
        c(
            "过程",
            "组织实施",
            "管理制度健全性",
            5,
            "是否建立健全社区矫正经费管理制度并有效执行",
            "制度健全且执行有效得5分，否则酌情扣分",
        ),
        c(
            "产出",
            "产出数量",
            "社区矫正对象监管人数",
            15,
            "年内在册社区矫正对象接受监管的人数",
            "完成目标得15分，每少5人扣1分",
            "≥85人",
            4,
        ),
        c(
            "产出",
            "产出质量",
            "社区矫正对象再犯罪率",
            15,
            "年内再犯罪人数/在册社区矫正对象人数×100%",
            "不高于目标值得15分，否则不得分",
            "≤0.2%",
            4,
        ),
        c(
            "产出",
            "产出时效",
            "矫正对象报到及时率",
            10,
            "按期报到人数/应报到人数×100%",
            "得分=及时率×10",
            "100%",
            4,
        ),
        c(
            "效益",
            "项目效益",
            "社区矫正对象教育帮扶覆盖率",
            20,
            "接受教育帮扶的矫正对象/在册矫正对象×100%",
            "得分=覆盖率×20",
            "100%",
            4,
        ),
        c(
            "效益",
            "满意度",
            "社区矫正对象满意度",
            15,
            "问卷调查中表示满意的比例",
            "≥90%得15分，每低1个百分点扣1分",
            "≥90%",
            4,
        ),
    ],
    title="沙屯县司法局2023年社区矫正工作经费绩效评价指标体系",
    extra={"total_row": {"label": "合计", "weight": 100}},
)

HEAD1 = ["一级\n指标", "二级\n指标", "三级指标", "指标值", "指标值确定\n依据"]


def approval_grid() -> Framed:
    f = Framed(Grid(5))
    project_block(f.grid, T1, UNIT, "批复金额（万元）", "45.00", "绩效目标")
    header(f.grid, *HEAD1)
    indicator_body(f, T1.rows, ["l1", "l2", "l3", "value", "basis"])
    return f


def system_grid() -> Framed:
    f = Framed(Grid(7))
    header(f.grid, "一级\n指标", "二级\n指标", "三级指标", "分值", "指标解释", "评分标准", "目标值")
    indicator_body(f, T2.rows, ["l1", "l2", "l3", "weight", "desc", "std", "value"])
    r = f.grid.add("合计", "", "", "100")
    f.grid.span(r, 0, r, 2)
    return f


def render_doc(doc: Doc) -> bytes:
    d = new_docx()
    docx_para(d, "沙屯县司法局2023年部门预算信息公开", bold=True, center=True)
    docx_para(d, "")
    docx_para(d, "一、项目支出绩效目标批复情况", bold=True)
    docx_para(d, T1.title, bold=True, center=True)
    docx_wps_table(d, approval_grid().grid, trailing_empty=[(2, 1), (5, 2), (7, 4)])
    docx_para(d, "")
    docx_para(d, "二、重点项目绩效评价指标体系", bold=True)
    docx_para(d, T2.title, bold=True, center=True)
    docx_wps_table(d, system_grid().grid, trailing_empty=[(1, 4), (4, 5), (8, 5)])
    docx_para(
        d, "说明：评价指标体系由县财政局会同县司法局制定，评价结果作为下年度预算安排的重要依据。"
    )
    return docx_bytes(d)


DOC = Doc(
    "hd13_hebei_sifa",
    "hd13_hebei_sifa.docx",
    UNIT,
    2023,
    {
        "format": "docx",
        "province": "河北",
        "sector": "公安/司法",
        "framework": "产出/效益/满意度",
        "layout_patterns": "approval evaluation-system broken-labels label-notes level1-once several-tables",
    },
    [T1, T2],
    render=render_doc,
)
