"""he15 — 贵州 都柳县市场监督管理局, 2025, plain text (GB18030, CRLF) from a PDF whose text layer
lost every separator: the cells of a row run together on one line (the second table: the whole table on one
line, cells separated by single spaces). Short and non-standard
category names (`产出`, `效果指标`, `时效指标（进度）`, `经济与社会效益指标`); the second table
has an 一级 column that is never filled."""

from __future__ import annotations

from typing import Any

from emit import Tab, text_file
from frame import MY, SL, ZL, project_table
from grid import Text
from kit import V401, V404, codes, tags
from spec import Doc, R, Row, Table
from textual import render_one_line

UNIT = "都柳县市场监督管理局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]
SHORT = "short or non-standard category names printed as they are"
SXJ, CBX, JS = "时效指标（进度）", "成本指标（预算控制）", "经济与社会效益指标"


def n(l1: str, l2: str, l3: str, value: str, spec: int, **kw: Any) -> Row:
    return R(l1, l2, l3, value, spec, note=SHORT, **kw)


def imp(l1: str, l2: str, l3: str, value: str, spec: int, **kw: Any) -> Row:
    x = {"printed_l1": ""}
    return R(
        l1,
        l2,
        l3,
        value,
        spec,
        x=x,
        note="一级 column present but empty: implied from the 二级",
        **kw,
    )


T1 = Table(
    "project",
    "食品安全监督抽检",
    58.0,
    "完成食品安全监督抽检1200批次，其中农产品抽检400批次，不合格食品核查处置率100%，"
    "全县不发生区域性、系统性食品安全事件。",
    [
        n(
            "产出",
            SL,
            "食品安全监督抽检批次",
            "≥1200批次",
            5,
            basis="《都柳县2025年食品安全抽检计划》",
        ),
        n(
            "产出",
            SL,
            "其中：食用农产品抽检批次",
            "≥400批次",
            5,
            basis="《都柳县2025年食品安全抽检计划》",
        ),
        n(
            "产出",
            ZL,
            "不合格食品核查处置率",
            "100%",
            4,
            basis="《食品安全抽样检验管理办法》",
        ),
        n("产出", SXJ, "抽检任务完成时间", "2025年11月30日前", 4, basis="抽检计划"),
        n("产出", CBX, "每批次平均检验费用", "≤480元/批次", 4, basis="检验服务合同"),
        n("效益", JS, "区域性系统性食品安全事件", "不发生", 3, basis="历史数据"),
        n(
            "效益",
            "效果指标",
            "群众食品安全意识",
            "显著增强",
            2,
            basis="现实需求",
            c=codes(V401, V404),
        ),
        n("满意度", MY, "公众食品安全满意度", "≥80%", 4, basis="第三方测评"),
    ],
    title="都柳县2025年食品安全监督抽检项目绩效目标表",
)

T2 = Table(
    "project",
    "计量器具强制检定",
    22.0,
    "对全县集贸市场在用电子计价秤、加油机等强制检定计量器具开展免费检定，受检率98%以上。",
    [
        imp(
            "产出指标",
            SL,
            "免费检定电子计价秤",
            "≥2600台",
            4,
            basis="集贸市场计量器具台账",
        ),
        imp("产出指标", SL, "检定加油机数量", "≥180台", 4, basis="加油站计量器具台账"),
        imp("产出指标", ZL, "强制检定计量器具受检率", "≥98%", 4, basis="历史数据"),
        imp(
            "产出指标",
            "时效指标",
            "检定完成时间",
            "2025年10月底前",
            4,
            basis="工作计划",
            c=V404,
        ),
        imp(
            "效益指标",
            "社会效益指标",
            "集贸市场缺斤短两投诉下降",
            "下降",
            2,
            basis="历史数据",
            c=V401,
        ),
        imp(
            "满意度指标",
            "服务对象满意度指标",
            "市场经营户满意度",
            "≥90%",
            4,
            basis="问卷调查",
        ),
    ],
    title="都柳县2025年计量器具强制检定项目绩效目标表",
)


def render(doc: Doc) -> bytes:
    opts = {"style": "together"}
    blocks: list[Any] = [
        "都柳县市场监督管理局2025年部门预算公开",
        "第五部分  2025年部门项目绩效目标",
    ]
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "58.00")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "22.00")

    def one_line(text: Text) -> None:
        render_one_line(text, f2, prefix=T2.title)

    blocks += [T1.title, Tab(f1, opts), one_line]
    blocks.append("注：本表数据为预算数，执行中如有调整以批复为准。")
    return text_file(blocks, encoding="gb18030", newline="\r\n")


DOC = Doc(
    "he15_guizhou_shichang",
    "he15_都柳县市场监管局2025部门预算.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "gb18030 CRLF",
        "贵州",
        "市场监管",
        "run-together one-line nonstandard-names level1-missing-or-unfilled sub-rows several-tables",
    ),
    [T1, T2],
    render=render,
)
