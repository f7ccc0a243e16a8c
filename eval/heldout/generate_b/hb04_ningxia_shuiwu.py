"""hb04 · 宁夏 · 红崖县水务局: two Word tables saved as plain text: one cell per line, cells
separated by blank lines, merged cells printed once (first row); labels broken inside the cell
(`社会效益` newline `指标`); required categories marked `（必填）`; indicator names prefixed
`指标1：`; placeholder rows `指标3：` and `…`; 指标性质 (定量/定性) column; budget lines; 年度目标."""

from __future__ import annotations

from grid import Grid, Text
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL_P, JJ_P, ST_P, KX_P = "社会效益\n指标", "经济效益\n指标", "生态效益\n指标", "可持续影响\n指标"
SL, JJ, ST, KX = (s.replace("\n", "") for s in (SL_P, JJ_P, ST_P, KX_P))
BROKEN = "二级 printed over two lines in its cell, joined"
MARKED = "二级 carries the template mark （必填）, kept"
PREFIX = "三级 keeps its printed prefix 指标N："
MY = "服务对象满意度指标（必填）"


def q(l1: str, l2: str, l3: str, nature: str, value: str, spec: int, **kw: object) -> Row:
    notes = [BROKEN if l2 in (SL, JJ, ST, KX) else MARKED if "（必填）" in l2 else "", PREFIX]
    note = "; ".join(n for n in notes if n)
    return R(l1, l2, l3, value, spec, x={"nature": nature}, note=note, **kw)


T1 = Table(
    kind="project",
    project="红崖县2024年高效节水灌溉项目",
    budget_wan=1860.0,
    goal="在红崖镇、沙坡乡新建高效节水灌溉面积1.2万亩，铺设输配水管道86公里以上，10月底前完工并通过验收，"
    "项目区亩均节水120立方米以上，农户亩均增收200元以上。",
    title="项目支出绩效目标表",
    extra={
        "budget_source": "项目资金（万元）年度资金总额 1,860.00；其中：财政拨款 1,560.00，上年结转 300.00，其他资金 0",
        "placeholders": [{"after_row": 2, "text": "指标3："}],
    },
    rows=[
        q(P, "数量指标（必填）", "指标1：新增高效节水灌溉面积", "定量", "≥1.2万亩", 4),
        q(P, "数量指标（必填）", "指标2：铺设输配水管道", "定量", "≥86公里", 4),
        q(P, "质量指标（必填）", "指标1：工程质量验收合格率", "定量", "100%", 4),
        q(P, "质量指标（必填）", "指标2：管道试压合格率", "定量", "≥95%", 4),
        q(P, "时效指标（必填）", "指标1：工程完工时间", "定量", "2024年10月31日前", 4),
        q(P, "成本指标（必填）", "指标1：亩均建设投资", "定量", "≤1500元", 4),
        q(E, JJ, "指标1：亩均节水量", "定量", "≥120立方米", 4),
        q(E, JJ, "指标2：项目区亩均增收", "定量", "≥200元", 4),
        q(
            E,
            ST,
            "指标1：地下水超采量",
            "定性",
            "逐年减少",
            2,
            c={"V401": "“逐年减少”没有减少的数量"},
        ),
        q(E, KX, "指标1：工程设计使用年限", "定量", "≥15年", 4),
        q(S, MY, "指标1：受益农户满意度", "定量", "≥90%", 4),
    ],
)

T2 = Table(
    kind="project",
    project="农村饮水安全工程维修养护经费",
    budget_wan=126.5,
    goal="安排维修养护资金120万元，对全县32处农村集中供水工程进行维修养护，开展水质检测，保障农村饮水安全，"
    "农村自来水普及率保持在98%以上。",
    codes={"B502": "目标写维修养护资金120万元，年度资金总额为126.50万元"},
    title="项目支出绩效目标表",
    extra={
        "budget_source": "项目资金（万元）年度资金总额 126.50；其中：财政拨款 126.50，上年结转 0，其他资金 0",
        "placeholders": [
            {"after_row": 7, "text": "指标3："},
            {"after_row": 9, "text": "…"},
        ],
    },
    rows=[
        q(P, "数量指标（必填）", "指标1：维修养护农村供水工程", "定量", "≥32处", 4),
        q(P, "数量指标（必填）", "指标2：水质检测频次", "定量", "≥4次/年", 4),
        q(P, "质量指标（必填）", "指标1：农村集中供水工程水质达标率", "定量", "≥95%", 4),
        q(P, "时效指标（必填）", "指标1：故障维修响应时间", "定量", "≤24小时", 4),
        q(P, "成本指标（必填）", "指标1：单处工程维修养护费用", "定量", "≤3.5万元", 4),
        q(E, SL, "指标1：农村自来水普及率", "定量", "≥98%", 4),
        q(E, SL, "指标2：受益人口", "定量", "≥4.2万人", 4),
        q(
            E,
            KX,
            "指标1：农村供水工程良性运行",
            "定性",
            "有效保障",
            2,
            c={"V401": "“有效保障”没有判定标准"},
        ),
        q(S, MY, "指标1：受益群众满意度", "定量", "≥90%", 4),
    ],
)

_PRINTED_L2 = {SL: SL_P, JJ: JJ_P, ST: ST_P, KX: KX_P}


def _grid(tab: Table, money: list[tuple[str, str]]) -> tuple[Grid, dict[int, Row]]:
    g = Grid(5)
    g.add("项目名称", tab.project)
    g.span(0, 1, 0, 4)
    g.add("主管部门", "红崖县水务局", "实施单位", "红崖县水务局")
    g.span(1, 3, 1, 4)
    top = len(g.rows)
    for label, amount in money:
        g.add("项目资金（万元）", label, amount)
        g.span(len(g.rows) - 1, 2, len(g.rows) - 1, 4)
    g.span(top, 0, len(g.rows) - 1, 0)
    g.add("年度目标", tab.goal or "")
    g.span(len(g.rows) - 1, 1, len(g.rows) - 1, 4)
    g.add("一级指标", "二级指标", "三级指标", "指标性质", "指标值")
    first = len(g.rows)
    rows: dict[int, Row] = {}
    placeholders = {p["after_row"]: p["text"] for p in tab.extra.get("placeholders", [])}
    for i, r in enumerate(tab.rows, 1):
        rows[len(g.rows)] = r
        g.add(r.l1, _PRINTED_L2.get(r.l2, r.l2), r.l3, r.x["nature"], r.value)
        if i in placeholders:
            g.add(r.l1, _PRINTED_L2.get(r.l2, r.l2), placeholders[i], "", "")
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    return g, rows


def _flatten(t: Text, g: Grid, rows: dict[int, Row]) -> None:
    cov = g.covered()
    for n, cells in enumerate(g.rows):
        started = False
        for c, text in enumerate(cells):
            m = cov.get((n, c))
            if m and (m[0], m[1]) != (n, c):
                continue
            if n in rows and not started:
                t.mark(rows[n])
                started = True
            t.add(text, "")


def render(doc: Doc) -> bytes:
    t = Text()
    t.add("红崖县水务局2024年部门预算项目绩效目标", "")
    g1, r1 = _grid(
        T1,
        [
            ("年度资金总额", "1,860.00"),
            ("其中：财政拨款", "1,560.00"),
            ("上年结转", "300.00"),
            ("其他资金", "0"),
        ],
    )
    t.add("1.红崖县2024年高效节水灌溉项目", "", T1.title, "")
    _flatten(t, g1, r1)
    g2, r2 = _grid(
        T2,
        [
            ("年度资金总额", "126.50"),
            ("其中：财政拨款", "126.50"),
            ("上年结转", "0"),
            ("其他资金", "0"),
        ],
    )
    t.add("2.农村饮水安全工程维修养护经费", "", T2.title, "")
    _flatten(t, g2, r2)
    return t.data("utf-8")


DOC = Doc(
    id="hb04_ningxia_shuiwu",
    file="hb04_ningxia_shuiwu.txt",
    unit="红崖县水务局",
    year=2024,
    tags={
        "province": "宁夏",
        "county": "红崖县",
        "sector": "水利",
        "format": "txt",
        "encoding": "utf-8",
        "layout_patterns": "cell-per-line-blank broken-labels:in-cell level1-once:first-row label-notes:（必填） prefixes-placeholders:指标N：+指标3：+… extra-columns:指标性质 budget-lines goal-heading:年度目标 several-tables unit-year-framing:heading",
    },
    tables=[T1, T2],
    render=render,
)
