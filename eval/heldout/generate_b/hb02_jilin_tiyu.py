"""hb02 · 吉林 · 桦岭县体育事业发展中心: GB18030 text with CRLF, as a web converter prints two
Word tables: pipe rows padded with empty cells, the first table with outer pipes, the second
without. Merged 一级 and 二级 cells print on the middle row of their block, so the first rows of
the table carry no 二级; a `……` placeholder row; 指标值（含数值和单位） header; budget in 元;
总体目标; 附件 label."""

from __future__ import annotations

from grid import Text, block_labels, filled_up, note_up
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"

T1 = Table(
    kind="project",
    project="全民健身路径器材更新",
    budget_wan=35.6,
    goal="更新全县18个行政村全民健身路径器材45套，拆除老旧破损器材，8月底前完成安装并通过安全检测，"
    "方便群众就近健身。",
    title="桦岭县体育事业发展中心2023年项目支出绩效目标表",
    extra={"budget_source": "项目资金（元）：年度资金总额 356,000.00，其中：财政拨款 356,000.00"},
    rows=[
        R(
            P,
            "数量指标",
            "更新健身路径器材",
            "≥45套",
            5,
            basis="《桦岭县2023年全民健身设施补短板工作方案》",
        ),
        R(P, "数量指标", "覆盖行政村", "18个", 5, basis="全县行政村名册"),
        R(P, "数量指标", "拆除老旧破损器材", "≥120件", 5, basis="2022年健身器材排查台账"),
        R(
            P,
            "质量指标",
            "器材安装验收合格率",
            "100%",
            5,
            basis="《室外健身器材的安全 通用要求》（GB 19272-2011）",
        ),
        R(
            P,
            "质量指标",
            "器材安全检测合格率",
            "≥98%",
            4,
            basis="行业标准",
            c={"V404": "依据只写“行业标准”"},
        ),
        R(
            P,
            "时效指标",
            "器材安装完成时间",
            "2023年8月31日前",
            4,
            basis="工作计划",
            c={"V404": "依据只写“工作计划”"},
        ),
        R(P, "成本指标", "每套器材平均购置安装成本", "≤7600元", 5, basis="政府采购询价结果"),
        R(
            E,
            SL,
            "经常参加体育锻炼人数比例",
            "≥38%",
            5,
            basis="2022年全县国民体质监测抽样结果36.4%",
        ),
        R(
            E,
            SL,
            "群众健身条件",
            "明显改善",
            2,
            basis=None,
            c={"V401": "“明显改善”没有判定标准", "V404": "依据为空"},
        ),
        R(E, KX, "器材正常使用年限", "≥8年", 5, basis="产品质保合同"),
        R(S, MY, "健身群众满意度", "≥90%", 5, basis="问卷调查"),
    ],
)

T2 = Table(
    kind="project",
    project="桦岭县第十届全民运动会",
    budget_wan=18.0,
    goal="举办桦岭县第十届全民运动会，设置田径、篮球、乒乓球、拔河等比赛项目12项以上，参赛运动员1500人次以上，"
    "赛事安全有序。",
    title="桦岭县体育事业发展中心2023年项目支出绩效目标表",
    extra={
        "budget_source": "项目资金（元）：年度资金总额 180,000.00，其中：财政拨款 180,000.00",
        "placeholders": [{"after_row": 7, "text": "……", "level1": E}],
    },
    rows=[
        R(P, "数量指标", "设置比赛项目", "≥12项", 5, basis="第十届全民运动会竞赛规程"),
        R(P, "数量指标", "参赛运动员", "≥1500人次", 5, basis="第九届运动会参赛1362人次"),
        R(P, "质量指标", "赛事安全责任事故", "0起", 5, basis="《体育赛事活动安全管理办法》"),
        R(P, "质量指标", "裁判员持证上岗率", "100%", 5, basis="第十届全民运动会竞赛规程"),
        R(
            P,
            "时效指标",
            "运动会举办时间",
            "2023年9月",
            4,
            basis="工作计划",
            c={"V404": "依据只写“工作计划”"},
        ),
        R(
            P,
            "成本指标",
            "赛事组织总成本",
            "≤18万元",
            4,
            basis="预算批复",
            note="total cost equals the budget (180,000元)",
        ),
        R(
            E,
            SL,
            "全民健身氛围",
            "浓厚",
            2,
            basis="历史标准",
            c={"V401": "“浓厚”没有判定标准", "V404": "依据只写“历史标准”"},
        ),
        R(
            E,
            KX,
            "群众性体育赛事品牌影响力",
            "逐步扩大",
            2,
            basis=None,
            c={"V401": "“逐步扩大”没有判定标准", "V404": "依据为空"},
        ),
        R(S, MY, "参赛队伍满意度", "≥90%", 5, basis="赛后问卷调查"),
        R(
            S,
            MY,
            "现场观众满意度",
            "≤95%",
            3,
            basis="赛后问卷调查",
            c={"U305": "满意度用“≤”，方向反了"},
        ),
    ],
)


def _head(tab: Table, yuan: str, outer: bool) -> list[list[str]]:
    return [
        ["项目名称", tab.project, "", "", "", ""],
        [
            "主管部门及代码",
            "【318】桦岭县文化广播电视和旅游局",
            "",
            "实施单位",
            "桦岭县体育事业发展中心",
            "",
        ],
        ["项目资金（元）", "年度资金总额", yuan, "", "", ""],
        ["", "其中：财政拨款", yuan, "", "", ""],
        ["", "上年结转", "", "", "", ""],
        ["", "其他资金", "", "", "", ""],
        ["总体目标", tab.goal or "", "", "", "", ""],
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值（含数值和单位）",
            "指标值确定依据",
        ],
    ]


def _pipe(cells: list[str], outer: bool, pad: int) -> str:
    body = " | ".join(cells) + " |" * pad
    return f"| {body} |" if outer else body


def _table(t: Text, tab: Table, yuan: str, outer: bool, l2_mid: bool) -> None:
    t.add(tab.title, "")
    for cells in _head(tab, yuan, outer):
        t.add(_pipe(cells, outer, 2))
    entries: list[tuple[str, str, str, str, str, Row | None]] = []
    for i, r in enumerate(tab.rows, 1):
        entries.append((r.l1, r.l2, r.l3, r.value, r.basis or "", r))
        for ph in tab.extra.get("placeholders", []):
            if ph["after_row"] == i:
                entries.append((ph["level1"], r.l2, ph["text"], "", "", None))
    l1s = block_labels([e[0] for e in entries], "middle")
    l2s = block_labels([e[1] for e in entries], "middle" if l2_mid else "all")
    up1 = filled_up([e[0] for e in entries], l1s)
    up2 = filled_up([e[1] for e in entries], l2s)
    for n, (_, _, l3, value, basis, row) in enumerate(entries):
        cells = _pipe(["", l1s[n], l2s[n], l3, value, basis], outer, 2)
        if row is None:
            t.add(cells)
            continue
        note_up(row, up1[n], up2[n])
        t.row(row, cells)


def render(doc: Doc) -> bytes:
    t = Text()
    t.add("附件4", "")
    _table(t, T1, "356,000.00", outer=True, l2_mid=True)
    t.add("", "")
    _table(t, T2, "180,000.00", outer=False, l2_mid=False)
    t.add("", "说明：金额单位为元。")
    return t.data("gb18030", "\r\n")


DOC = Doc(
    id="hb02_jilin_tiyu",
    file="hb02_jilin_tiyu.txt",
    unit="桦岭县体育事业发展中心",
    year=2023,
    tags={
        "province": "吉林",
        "county": "桦岭县",
        "sector": "体育",
        "format": "txt",
        "encoding": "gb18030 crlf",
        "layout_patterns": "pipe-padded:outer pipe-padded:no-outer level1-once:middle level2-missing-or-repeated:missing-first-rows level2-missing-or-repeated:repeated prefixes-placeholders:…… value-header-gloss:指标值（含数值和单位） yuan budget-lines goal-heading:总体目标 several-tables unit-year-framing:附件+title",
    },
    tables=[T1, T2],
    render=render,
)
