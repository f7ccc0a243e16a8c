"""he17 — 安徽 涡岭县医疗保障局, 2024, plain text (UTF-8 with BOM, LF) copied out of a browser:
one cell per line, the hierarchy shown by indentation (一级, 二级, 三级 indented, the value flush
left), `指标1：` prefixes, placeholder lines (`指标3：`, `……`), a `其中：` sub-row, NBSP and
trailing full-width spaces on the project lines; the second table one cell per line ending
in a pipe."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from emit import Tab, text_file
from frame import CB, MY, SH, SL, SX, ZL, E, P, S, cell, project_table
from grid import Text
from kit import V402, tags
from rough import browser_copy
from spec import Doc, R, Table

UNIT = "涡岭县医疗保障局"
PFX = "三级 printed with its 指标N： prefix"

T1 = Table(
    "project",
    "城乡医疗救助",
    830.0,
    "资助2.1万名困难群众参加城乡居民医保，对救助对象政策范围内住院自付费用按不低于70%的比例救助，"
    "防止因病返贫致贫。",
    [
        R(P, SL, "指标1：资助参保人数", "≥2.1万人", 4, note=PFX),
        R(P, SL, "其中：特困人员资助参保人数", "≥1800人", 4, note="其中 sub-row"),
        R(P, SL, "指标2：住院救助人次", "≥5600人次", 4, note=PFX),
        R(P, ZL, "指标1：政策范围内住院费用救助比例", "≥70%", 4, note=PFX),
        R(
            P,
            ZL,
            "指标2：年度救助限额",
            "3万元",
            3,
            note=PFX,
            c={"U301": "a per-person cap given in bare 万元 (no 每人/人均 in the name or unit)"},
        ),
        R(P, SX, "指标1：救助资金结算时间", "出院即时结算", 3, note=PFX),
        R(
            E,
            SH,
            "指标1：因病返贫致贫",
            "有效防止",
            2,
            note=PFX,
            c={"V401": "direction without a criterion"},
        ),
        R(S, MY, "指标1：救助对象满意度", "≥90%", 4, note=PFX),
    ],
    title="涡岭县医疗保障局2024年城乡医疗救助项目绩效目标",
    extra={
        "placeholders": [
            {"after_row": 3, "text": "指标3："},
            {"after_row": 8, "text": "……"},
        ]
    },
)

T2 = Table(
    "project",
    "医疗保障基金监督检查",
    26.0,
    "对全县128家定点医药机构开展全覆盖检查，追回违规使用医保基金。",
    [
        R(P, SL, "指标1：检查定点医药机构数量", "128家", 4, note=PFX),
        R(P, ZL, "指标1：定点医药机构检查覆盖率", "100%", 4, note=PFX),
        R(P, SX, "指标1：检查完成时间", "2024年11月底前", 4, note=PFX),
        R(P, CB, "指标1：第三方审核服务费", "≤18万元", 4, note=PFX),
        R(E, SH, "指标1：追回违规医保基金", "按规定追回", 2, note=PFX, c=V402),
        R(S, MY, "指标1：参保群众满意度", "≥85%", 4, note=PFX),
    ],
    title="涡岭县医疗保障局2024年医疗保障基金监督检查项目绩效目标",
)

IND = (2, 4, 6, 0)


def indented(t: Table, budget: str, placeholders: dict[int, Sequence[str]]) -> Any:
    def write(text: Text) -> None:
        text.add(t.title)
        for label, value in (
            ("项目名称", t.project),
            ("资金总额（万元）", budget),
            ("年度绩效目标", t.goal or ""),
        ):
            text.add(browser_copy(label + "：  " + value))
        text.add("绩效指标")
        prev = ("", "")
        for n, r in enumerate(t.rows, 1):
            text.mark(r)
            if r.l1 != prev[0]:
                text.add(" " * IND[0] + cell(r, "l1"))
            if (r.l1, r.l2) != prev:
                text.add(" " * IND[1] + cell(r, "l2"))
            text.add(" " * IND[2] + r.l3, r.value)
            for line in placeholders.get(n, ()):
                text.add(" " * IND[2] + line)
            prev = (r.l1, r.l2)
        text.add("")

    return write


def render(doc: Doc) -> bytes:
    blocks: list[Any] = [
        "涡岭县医疗保障局2024年部门预算公开",
        "首页 > 信息公开 > 财政资金 > 部门预算",
        "",
        indented(T1, "830.00", {3: ["指标3："], 8: ["……"]}),
        T2.title,
        Tab(
            project_table(
                T2,
                UNIT,
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["l1", "l2", "l3", "value"],
                "资金总额（万元）",
                "26.00",
            ),
            {"style": "cell_pipe"},
        ),
        "打印本页  关闭窗口",
    ]
    return text_file(blocks, bom=True)


DOC = Doc(
    "he17_anhui_yibao",
    "he17_涡岭县医保局2024项目绩效目标.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "utf-8-bom LF",
        "安徽",
        "医保",
        "indentation cell-per-line-pipe prefixes-placeholders sub-rows several-tables goal-heading",
    ),
    [T1, T2],
    render=render,
)
