"""hg17 — 山东 · 沭北县医疗保障局, 2025: text gathered from several attachments (UTF-8, CRLF, trailing
blanks): one table with its cells run together, one with the hierarchy shown by indentation, one
flattened to one cell per line with blank lines, one standing on a single line."""

from __future__ import annotations

from emit import Block, Tab, indented_table, text_file
from frame import CB, JJ, KC, MY, SH, SL, SX, ZL, E, Framed, P, S, project_table
from gnoise import trailing_blanks
from grid import Text
from kit import U302, V401, V402, V403, tags
from spec import Doc, R, Table
from textual import render_one_line

DEPT = "沭北县医疗保障局"

T1 = Table(
    "project",
    "城乡医疗救助",
    680.0,
    "对特困人员、低保对象、返贫致贫人口等救助对象参加城乡居民医保个人缴费给予资助，对政策范围内个人自付医疗费用"
    "按规定比例救助，年度救助约1.6万人次。",
    [
        R(P, SL, "资助参保人数", "≥9800人", 4),
        R(P, SL, "门诊和住院救助人次", "≥6200人次", 4),
        R(P, ZL, "特困人员参保资助率", "100%", 4),
        R(P, ZL, "住院救助政策范围内费用救助比例", "≥70%", 4),
        R(P, SX, "救助资金结算时限", "一站式即时结算", 4),
        R(E, SH, "因病致贫返贫风险", "有效防范", 2, c=V401),
        R(S, MY, "救助对象满意度", "≥90%", 4),
    ],
    title="沭北县医疗保障局2025年项目支出绩效目标表（城乡医疗救助）",
)

T2 = Table(
    "project",
    "医疗保障基金监管",
    52.0,
    "开展定点医药机构全覆盖检查，追回违规使用医保基金，飞行检查和专项治理发现问题整改率100%。",
    [
        R(P, SL, "定点医药机构检查覆盖率", "100%", 4),
        R(P, SL, "开展专项检查", "≥4次", 4),
        R(P, ZL, "问题整改完成率", "≥120%", 3, c=U302),
        R(P, SX, "检查完成时间", "2025年11月30日前", 4),
        R(P, CB, "第三方审核服务费", "≤30万元", 4),
        R(E, JJ, "追回违规基金", "按规定执行", 2, c=V402),
        R(E, KC, "基金监管长效机制", "不断完善", 2, c=V401),
    ],
    title="医疗保障基金监管项目绩效目标",
)

T3 = Table(
    "project",
    "医保经办服务能力建设",
    38.0,
    "建设镇街医保服务站18个，医保业务镇街可办率达到90%。",
    [
        R(P, SL, "建成镇街医保服务站", "18个", 4, desc="建成镇街医保服务站数量", c=V403),
        R(P, ZL, "医保业务镇街可办率", "≥90%", 4, desc="镇街可办理的医保事项/全部医保事项"),
        R(P, SX, "业务办理时限", "≤3个工作日", 4, desc="医保关系转移接续等事项办理时限"),
        R(E, SH, "群众办事跑腿次数", "减少", 2, desc="群众办事跑腿次数减少", c={**V401, **V403}),
        R(
            E,
            SH,
            "业务办结率",
            "≥98%",
            3,
            desc="应办结业务数/实际办结业务数",
            c={"R601": "应办结 ÷ 实际办结: the ratio turned upside down"},
        ),
        R(S, MY, "参保群众满意度", "≥90%", 4, desc="服务站评价器数据"),
    ],
    title="医保经办服务能力建设项目绩效目标表",
)

T4 = Table(
    "project",
    "医保信息平台运维",
    45.0,
    "保障医保信息平台全年稳定运行，系统可用率不低于99.9%。",
    [
        R(P, ZL, "系统可用率", "≥99.9%", 4),
        R(P, SX, "故障响应时间", "≤2小时", 4),
        R(P, CB, "运维服务费", "≤45万元", 4),
        R(E, SH, "医保结算服务", "正常", 2, c=V401),
        R(S, MY, "定点机构满意度", "≥90%", 4),
    ],
    title="医保信息平台运维项目绩效目标表",
)


def render(doc: Doc) -> bytes:
    h4 = ["一级指标", "二级指标", "三级指标", "指标值"]
    k4 = ["l1", "l2", "l3", "value"]
    f1 = project_table(T1, DEPT, h4, k4, "资金总额（万元）", "680.00")
    f3 = project_table(T3, DEPT, [*h4, "指标解释"], [*k4, "desc"], "资金总额（万元）", "38.00")
    f4: Framed = project_table(T4, DEPT, h4, k4, "资金总额（万元）", "45.00")

    def one_line(text: Text) -> None:
        render_one_line(text, f4, prefix=T4.title)

    head2 = [
        ("项目名称", T2.project),
        ("主管部门", DEPT),
        ("资金总额", "52.00万元"),
        ("年度目标", T2.goal or ""),
    ]
    blocks: list[Block] = [
        "沭北县医疗保障局2025年部门预算项目绩效目标",
        "",
        "一、" + T1.title,
        Tab(f1, {"style": "together"}),
        "",
        "二、",
        indented_table(T2.title, head2, T2.rows),
        "",
        "三、" + T3.title,
        Tab(f3, {"style": "cell_blank"}),
        "四、",
        one_line,
        "",
    ]
    return trailing_blanks(text_file(blocks, encoding="utf-8", newline="\r\n"), "utf-8")


DOC = Doc(
    "hg17_shandong_yibao",
    "hg17_shandong_yibao.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "utf-8 crlf trailing-blanks",
        "山东",
        "医保",
        "run-together indentation cell-per-line-blank one-line several-tables",
    ),
    [T1, T2, T3, T4],
    render=render,
)
