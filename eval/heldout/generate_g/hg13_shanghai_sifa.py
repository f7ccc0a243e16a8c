"""hg13 — 上海 · 浦滨区司法局, 2025: a CMS page (UTF-8; inline styles, &nbsp; padding, nested layout
tables) with the 部门整体绩效目标表: 一级 labels carrying their points (`产出指标（50分）`), 权重 and
评（扣）分标准 columns, the department budget and 年度履职目标 above."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, html_file
from frame import CB, MY, SH, SL, SX, ZL, Framed, header, indicator_body
from grid import Grid
from kit import U305, V401, tags
from spec import Doc, R, Row, Table

UNIT = "浦滨区司法局"
PO, EO, SO = "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）"
NOTE = "一级 printed with its points, kept as printed"


def r(l1: str, l2: str, l3: str, value: str, w: str, std: str, spec: int, **kw: Any) -> Row:
    return R(l1, l2, l3, value, spec, std=std, note=NOTE, x={"weight": w}, **kw)


T1 = Table(
    "overall",
    UNIT,
    2864.5,
    "围绕法治浦滨建设，做好人民调解、社区矫正、公共法律服务、普法依法治区等工作：全年调处矛盾纠纷不少于5200件，"
    "社区矫正对象再犯罪率控制在0.2%以下，公共法律服务实体平台覆盖全部街镇，完成行政规范性文件合法性审核。",
    [
        r(PO, SL, "人民调解案件调处数", "≥5200件", "8", "完成得8分，每少100件扣1分", 4),
        r(PO, SL, "法律援助案件办结数", "≥1100件", "8", "完成得8分，按比例扣分", 4),
        r(PO, SL, "普法宣传活动场次", "≥180场", "6", "完成得6分，按比例扣分", 4),
        r(PO, ZL, "人民调解成功率", "≥96%", "8", "每低1个百分点扣2分", 4),
        r(PO, ZL, "行政规范性文件合法性审核率", "100%", "6", "未达到不得分", 4),
        r(PO, ZL, "社区矫正对象再犯罪率", "≥0.2%", "6", "超过不得分", 3, c=U305),
        r(PO, SX, "法律援助案件指派时限", "受理后3个工作日内", "4", "每超时1件扣0.5分", 4),
        r(
            PO,
            CB,
            "部门预算执行率",
            "≥95%",
            "4",
            "每低1个百分点扣0.5分",
            4,
            c={"C202": "a fund-execution rate under 成本"},
        ),
        r(EO, SH, "矛盾纠纷化解", "有效化解", "10", "根据工作情况酌情打分", 2, c=V401),
        r(EO, SH, "公民法治素养", "不断提升", "10", "根据工作情况酌情打分", 2, c=V401),
        r(
            EO,
            "可持续影响指标",
            "公共法律服务实体平台街镇覆盖率",
            "100%",
            "10",
            "未全覆盖不得分",
            4,
        ),
        r(SO, MY, "法律援助受援人满意度", "≥95%", "5", "每低1个百分点扣1分", 4),
        r(SO, MY, "人民调解当事人满意度", "≥90%", "5", "每低1个百分点扣1分", 4),
    ],
    title="浦滨区司法局2025年部门整体绩效目标表",
    extra={"budget_source": "部门预算总额 2864.50万元：财政拨款 2864.50"},
)


def _table() -> Tab:
    f = Framed(Grid(6))
    g = f.grid
    g.wide("部门名称", UNIT)
    g.wide("部门预算总额（万元）", "2864.50（其中：财政拨款2864.50）")
    g.wide("年度履职目标", T1.goal or "")
    header(g, "一级指标", "二级指标", "三级指标", "指标值", "权重（分）", "评（扣）分标准")
    indicator_body(f, T1.rows, ["l1", "l2", "l3", "value", "weight", "std"])
    return Tab(f, opts={"pad_cols": (3,)})


def render(doc: Doc) -> bytes:
    blocks: list[Block] = [
        "浦滨区司法局2025年部门预算",
        "第三部分　其他说明情况",
        "五、部门整体绩效目标",
        "按照区财政局关于全面实施部门整体绩效管理的要求，本部门编制了2025年部门整体绩效目标，具体如下：",
        T1.title,
        _table(),
        "注：权重合计100分，另10分为预算管理指标，由区财政局统一设定。",
    ]
    return html_file(
        blocks,
        "浦滨区司法局2025年部门预算",
        "上海市浦滨区人民政府",
        "2025-02-14 16:05",
        style="cms",
        side="<ul><li>预算公开</li><li>决算公开</li></ul>",
    )


DOC = Doc(
    "hg13_shanghai_sifa",
    "hg13_shanghai_sifa.html",
    UNIT,
    2025,
    tags(
        "html", "utf-8", "上海", "司法", "label-notes extra-columns goal-heading unit-year-framing"
    ),
    [T1],
    render=render,
)
