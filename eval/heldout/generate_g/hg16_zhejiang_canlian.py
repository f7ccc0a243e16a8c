"""hg16 — 浙江 · 苕溪县残疾人联合会, 2024: a table flattened to one cell per line, each ending in a
pipe, rows not marked; 三级 names numbered `指标1：…`, empty template lines (`指标3：`, `……`) left in,
a `其中：` sub-row under an indicator; a second table copied with its cells run together (GB18030)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from emit import Block, Tab, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import U301, V401, V403, tags
from spec import Doc, R, Row, Table

DEPT = "苕溪县残疾人联合会"
PRE = "三级 printed with its number prefix, kept as printed"
SUB = "a 其中 sub-row under the row above: a row of its own"


def r(l1: str, l2: str, l3: str, value: str, spec: int, **kw: Any) -> Row:
    if l3.startswith("指标"):
        kw.setdefault("note", PRE)
    elif l3.startswith("其中"):
        kw.setdefault("note", SUB)
    return R(l1, l2, l3, value, spec, **kw)


T1 = Table(
    "project",
    "残疾人基本康复服务",
    212.0,
    "为全县持证残疾人提供基本康复服务1350人以上，其中0-6岁残疾儿童康复救助85人以上，适配辅助器具600人次，"
    "持证残疾人基本康复服务覆盖率达到90%。",
    [
        r(
            P,
            SL,
            "指标1：残疾人基本康复服务人数",
            "≥1350人",
            4,
            desc="残疾人基本康复服务人数",
            c=V403,
        ),
        r(
            P,
            SL,
            "其中：0-6岁残疾儿童康复救助人数",
            "≥85人",
            5,
            desc="纳入救助的0-6岁残疾儿童（康复救助对象名单）",
        ),
        r(
            P,
            SL,
            "指标2：辅助器具适配人次",
            "≥600人次",
            4,
            desc="为有需求的持证残疾人适配辅助器具人次",
        ),
        r(
            P,
            ZL,
            "指标1：持证残疾人基本康复服务覆盖率",
            "≥90%",
            4,
            desc="接受基本康复服务的持证残疾人/有需求的持证残疾人",
        ),
        r(P, ZL, "指标2：康复机构定点协议签订率", "100%", 4, desc="定点康复机构签订服务协议比例"),
        r(P, SX, "指标1：救助资金结算时间", "次月15日前", 4, desc="定点机构按月申报，次月结算"),
        r(P, CB, "指标1：残疾儿童康复救助标准", "≤1.8万元", 3, desc="按省定标准执行", c=U301),
        r(
            E,
            SH,
            "指标1：残疾人生活自理能力",
            "逐步提高",
            2,
            desc="残疾人生活自理能力",
            c={**V401, **V403},
        ),
        r(E, KC, "指标1：康复服务长效机制", "建立完善", 2, desc="持续提供康复服务", c=V401),
        r(S, MY, "指标1：残疾人及亲属满意度", "≥90%", 4, desc="抽样电话回访"),
    ],
    title="苕溪县残疾人联合会2024年项目支出绩效目标表",
    extra={
        "placeholders": [
            {"after_row": 3, "text": "指标3："},
            {"after_row": 5, "text": "……"},
            {"after_row": 10, "text": "指标2："},
        ],
    },
)


T2 = Table(
    "project",
    "残疾人就业创业扶持",
    46.0,
    "扶持残疾人自主创业和辅助性就业，新增残疾人就业60人，培训残疾人200人次。",
    [
        R(P, SL, "新增残疾人就业人数", "≥60人", 4),
        R(P, SL, "残疾人职业技能培训人次", "≥200人次", 4),
        R(P, ZL, "培训后就业率", "≥30%", 4),
        R(P, SX, "扶持资金发放时间", "2024年10月底前", 4),
        R(E, SH, "残疾人家庭收入", "有所增加", 2, c=V401),
        R(S, MY, "受扶持残疾人满意度", "≥85%", 4),
    ],
    title="苕溪县残疾人联合会2024年项目支出绩效目标表",
)


def render(doc: Doc) -> bytes:
    head = ["一级指标", "二级指标", "三级指标", "指标值", "指标说明"]
    keys = ["l1", "l2", "l3", "value", "desc"]
    after: dict[int, Sequence[Sequence[str]]] = {
        3: [["", "", "指标3：", "", ""]],
        5: [["", "", "……", "", ""]],
        10: [["", "", "指标2：", "", ""]],
    }
    f = project_table(T1, DEPT, head, keys, "资金总额（万元）", "212.00", after=after)
    head2 = ["一级指标", "二级指标", "三级指标", "指标值"]
    f2 = project_table(T2, DEPT, head2, ["l1", "l2", "l3", "value"], "资金总额（万元）", "46.00")
    blocks: list[Block] = [
        "苕溪县残疾人联合会2024年部门预算公开 |",
        "四、项目支出绩效目标 |",
        T1.title + " |",
        Tab(f, {"style": "cell_pipe"}),
        T2.title,
        Tab(f2, {"style": "together"}),
        "备注：康复救助标准按《浙江省残疾儿童康复救助制度实施办法》执行。 |",
    ]
    return text_file(blocks, encoding="gb18030", newline="\n")


DOC = Doc(
    "hg16_zhejiang_canlian",
    "hg16_zhejiang_canlian.txt",
    DEPT,
    2024,
    tags(
        "txt",
        "gb18030",
        "浙江",
        "残联",
        "cell-per-line-pipe run-together prefixes-placeholders sub-rows level1-once several-tables",
    ),
    [T1, T2],
    render=render,
)
