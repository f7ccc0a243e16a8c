"""hd17 · 云南 勐垒县医疗保障局 2025: text (UTF-8, CRLF). A transfer-payment 区域绩效目标表 in pipe
rows without outer pipes, padded with empty cells; a project table shown by indentation."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body
from grid import Grid, Text
from kit import V401
from spec import Doc, R, Table
from textual import render, render_indented

UNIT = "勐垒县医疗保障局"

T1 = Table(
    "transfer",
    "医疗救助补助资金",
    1120.0,
    "资助2.1万名困难群众参加城乡居民基本医疗保险，实施直接救助1.5万人次，"
    "政策范围内住院费用救助比例不低于70%，守住不发生规模性因病返贫致贫底线。",
    [
        R(P, SL, "资助参加基本医疗保险人数", "≥2.1万人", 4),
        R(P, SL, "直接救助人次", "≥1.5万人次", 4),
        R(P, ZL, "政策范围内住院费用救助比例", "≥70%", 4),
        R(P, SX, "救助资金结算及时率", "≥95", 3, c={"U304": "a rate without a unit"}),
        R(P, CB, "人均资助参保标准", "≥200元", 4),
        R(E, SH, "困难群众因病致贫返贫", "有效防范", 2, c=V401),
        R(E, SH, "符合条件的困难群众参保率", "≥99%", 4),
        R(E, SH, "医疗救助满意度", "≥90%", 4, c={"C202": "a satisfaction measure under 社会效益"}),
        R(S, MY, "救助对象满意度", "≥90%", 4),
    ],
    title="2025年医疗救助补助资金区域绩效目标表",
    extra={"region": "勐垒县"},
)

T2 = Table(
    "project",
    "医保基金监管",
    48.0,
    "对全县定点医药机构开展现场检查全覆盖，组织专项检查4次以上，违规问题整改率100%；"
    "开展医保政策宣传进村入户活动，发放宣传资料2万份。",
    [
        R(P, SL, "定点医药机构现场检查覆盖率", "100%", 4),
        R(P, SL, "开展专项检查次数", "≥4次", 4),
        R(P, ZL, "违规问题整改率", "100%", 4),
        R(P, SX, "举报线索办结时限", "≤60天", 4),
        R(P, CB, "医保基金监管工作经费", "≤48万元", 4),
        R(E, SH, "追回违规使用医保基金", "≥80万元", 4),
        R(E, SH, "医保基金运行", "安全平稳", 2, c=V401),
        R(S, MY, "定点医药机构满意度", "≥90%", 4),
    ],
    title="勐垒县医疗保障局2025年项目支出绩效目标表",
    codes={"G701": "the goal's publicity campaign (2万份 宣传资料) has no indicator"},
)


def transfer_grid() -> Framed:
    f = Framed(Grid(4))
    g = f.grid
    g.wide("转移支付名称", T1.project)
    g.wide("省级主管部门", "省医疗保障局")
    g.wide("地方主管部门", UNIT)
    g.wide("资金情况（万元）", "年度金额：1120.00　其中：中央补助896.00　省级补助224.00")
    g.wide("年度目标", T1.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, T1.rows, ["l1", "l2", "l3", "value"])
    return f


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add("勐垒县医疗保障局2025年部门预算公开", "", "附表9", T1.title)
    render(text, transfer_grid(), "pipe", pad=3, outer=False)
    text.add("", "附表10", T2.title)
    text.add(
        "项目名称：医保基金监管",
        "主管部门：勐垒县医疗保障局",
        "项目资金：48.00万元",
        "年度目标：" + (T2.goal or ""),
        "绩效指标：",
    )
    render_indented(text, T2.rows, indent=(2, 4, 6, 8))
    text.add("")
    return text.data("utf-8", "\r\n")


DOC = Doc(
    "hd17_yunnan_yibao",
    "hd17_yunnan_yibao.txt",
    UNIT,
    2025,
    {
        "format": "txt",
        "encoding": "utf-8 crlf",
        "province": "云南",
        "sector": "医保",
        "framework": "产出/效益/满意度",
        "layout_patterns": "transfer pipe-padded indentation several-tables budget-lines",
    },
    [T1, T2],
    render=render_doc,
)
