"""颍源县农业技术推广站 (河南): UTF-8 text from a portal page; one project table as a single long
line (a web page's text), one with its cells run together, one as tab rows in the 2021 tree; the
same boilerplate pair under 质量 in all three tables."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from kit import tags
from mframe import framed
from mnoise import portal_tail
from spec import Doc, Table
from textual import render_one_line

UNIT = "颍源县农业技术推广站"
BOILER = "资金使用合规性 | 合规 | 3"

T1 = Table(
    "project",
    "基层农技推广体系改革与建设补助",
    60.0,
    "培育农业科技示范主体300户，建设农业科技示范展示基地4个，主推技术到位率95%以上。",
    rows(
        f"""
产出指标 | 数量指标 | 培育农业科技示范主体 | 300户 | 4
         |          | 建设示范展示基地 | 4个 | 4
         |          | 培训基层农技人员 | ≥80人 | 4
         | 质量指标 | 主推技术到位率 | ≥95% | 4
         |          | {BOILER}
         | 时效指标 | 示范主体遴选完成时间 | 2025年4月底前 | 4
效益指标 | 经济效益指标 | 示范主体亩均增收 | ≥80元 | 4
         | 社会效益指标 | 农技服务能力 | 显著增强 | 2 | V401
满意度指标 | 服务对象满意度指标 | 示范主体满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="颍源县2025年基层农技推广体系改革与建设补助项目绩效目标表",
)

T2 = Table(
    "project",
    "农作物病虫害统防统治",
    35.0,
    "对小麦条锈病、赤霉病开展统防统治，统防统治面积6万亩，病虫危害损失率控制在5%以内。",
    rows(
        f"""
产出指标 | 数量指标 | 统防统治面积 | ≥6万亩 | 4
         |          | 发布病虫情报 | ≥12期 | 4
         | 质量指标 | 病虫危害损失率 | ≤5% | 4
         |          | {BOILER}
         | 时效指标 | 防治时间 | 按农时 | 3
效益指标 | 经济效益指标 | 挽回粮食损失 | ≥1500吨 | 4
         | 生态效益指标 | 化学农药使用量 | 下降 | 2 | V401
满意度指标 | 服务对象满意度指标 | 种植户满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="颍源县2025年农作物病虫害统防统治项目绩效目标表",
)

T3 = Table(
    "project",
    "化肥减量增效示范",
    20.0,
    "建设化肥减量增效示范区1万亩，测土配方施肥技术覆盖率达92%。",
    rows(
        f"""
产出指标 | 数量指标 | 建设示范区面积 | 1万亩 | 4
         | 质量指标 | 测土配方施肥技术覆盖率 | ≥92% | 4
         |          | {BOILER}
         | 时效指标 | 示范区建设完成时间 | 2025年10月底前 | 4
成本指标 | 经济成本指标 | 亩均物化补助 | ≤18元 | 4
         | 社会成本指标 | 社会成本指标 | 无 | 1 | T107
         | 生态环境成本指标 | 生态环境成本指标 | 无 | 1 | T107
效益指标 | 生态效益指标 | 示范区化肥使用量 | 较上年减少3% | 4
满意度指标 | 服务对象满意度指标 | 示范户满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="颍源县2025年化肥减量增效示范项目绩效目标表",
)


def fr(t: Table, money: str) -> object:
    return framed(
        4,
        t.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        above=[("项目名称", t.project), ("预算金额（万元）", money), ("年度目标", t.goal or "")],
    )


def render(doc: Doc) -> bytes:
    f1, f2, f3 = fr(T1, "60.00"), fr(T2, "35.00"), fr(T3, "20.00")
    blocks = [
        "颍源县农业技术推广站2025年项目支出绩效目标",
        "信息来源：颍源县农业农村局　发布日期：2025-03-03　字号：大 中 小",
        T1.title,
        lambda text: render_one_line(text, f1),  # type: ignore[arg-type]
        T2.title,
        Tab(f2, {"style": "together"}),  # type: ignore[arg-type]
        T3.title,
        Tab(f3, {"style": "tab"}),  # type: ignore[arg-type]
        *portal_tail(1207),
    ]
    return text_file(blocks)


DOC = Doc(
    "hm13_henan_nongji",
    "hm13_河南颍源县农业技术推广站_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8",
        "河南",
        "农技推广站",
        "one-line run-together tab several-tables unit-year-framing",
    ),
    [T1, T2, T3],
    render=render,
    codes={
        "T101": "the pair 资金使用合规性 | 合规 under 质量 in all three project tables, unrelated to the output quality of any"
    },
    extra={"t101_pairs": [{"level3": "资金使用合规性", "value": "合规", "tables": [1, 2, 3]}]},
)
