"""hb05 · 新疆 · 博岭县农业农村局: text copied out of a PDF (GB18030): a fund allocation table,
then the indicator table with cells separated by runs of spaces, header labels spaced out
(`绩 效 指 标`, `一 级 指 标`), 一级 on a line of its own in its short form (产出/效益/满意度),
二级 on the first row of its block only; budget and goal as `label：value` lines. The second
table is one long line (cells separated by single spaces)."""

from __future__ import annotations

from grid import Text, block_labels
from spec import Doc, R, Table

SHORT = "一级 printed in its short form on a line of its own above the block, kept"

T1 = Table(
    kind="project",
    project="博岭县2024年高标准农田建设项目",
    budget_wan=900.0,
    goal="新建高标准农田3万亩，配套建设灌排渠系、田间道路和农田防护林，年底前完成建设任务并通过县级验收，"
    "项目区粮食产能提高10%以上。",
    title="博岭县2024年高标准农田建设项目绩效目标表",
    extra={
        "budget_source": "项目资金：900.00万元（其中中央资金600.00万元、自治区资金210.00万元、县级配套90.00万元）",
        "allocation_table": "资金分配表 (单位：万元): 博岭镇 360.00, 乌兰乡 285.00, 塔斯牧场 255.00, 合计 900.00",
    },
    rows=[
        R("产出", "数量指标", "新建高标准农田面积", "≥3万亩", 4),
        R("产出", "数量指标", "新建及改造灌排渠道", "≥42公里", 4),
        R(
            "产出",
            "质量指标",
            "工程验收合格率",
            "100％%",
            1,
            c={"U303": "“100％%”两个百分号，值已损坏"},
        ),
        R("产出", "质量指标", "耕地质量等级提升", "≥0.5个等级", 4),
        R("产出", "时效指标", "项目完工时间", "2024年12月底前", 4),
        R("产出", "成本指标", "亩均财政投入", "≤3000元", 4),
        R("效益", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", 4),
        R("效益", "社会效益指标", "受益农户", "≥2800户", 4),
        R("效益", "生态效益指标", "农田灌溉水有效利用系数", "≥0.58", 4),
        R(
            "效益",
            "可持续影响指标",
            "工程设施管护机制",
            "健全",
            2,
            c={"V401": "“健全”没有判定标准"},
        ),
        R("满意度", "服务对象满意度指标", "受益农户满意度", "≥90%", 4),
    ],
)
for _r in T1.rows:
    _r.note = SHORT

T2 = Table(
    kind="project",
    project="农作物病虫害绿色防控项目",
    budget_wan=85.0,
    goal="在全县推广农作物病虫害绿色防控技术15万亩，开展专业化统防统治8万亩，病虫害防治效果达到85%以上，"
    "化学农药使用量较上年减少。",
    title="农作物病虫害绿色防控项目绩效目标表",
    extra={
        "budget_source": "项目资金（万元） 85.00",
        "printed_as": "one line, cells separated by single spaces",
    },
    rows=[
        R("产出指标", "数量指标", "绿色防控技术推广面积", "≥15万亩", 4),
        R("产出指标", "数量指标", "病虫害专业化统防统治面积", "≥8万亩", 4),
        R("产出指标", "数量指标", "发放太阳能杀虫灯", "≥120盏", 4),
        R("产出指标", "质量指标", "病虫害防治效果", "≥85%", 4),
        R("产出指标", "质量指标", "农作物病虫危害损失率", "≤5%", 4),
        R("产出指标", "时效指标", "防控物资发放时间", "2024年5月底前", 4),
        R(
            "产出指标",
            "成本指标",
            "统防统治亩均补助标准",
            "25元",
            3,
            c={"B501": "8万亩×25元=200万元，超过项目资金85万元"},
        ),
        R("效益指标", "经济效益指标", "挽回粮食损失", "≥1.2万吨", 4),
        R(
            "效益指标",
            "生态效益指标",
            "化学农药使用量",
            "较上年减少",
            2,
            c={"V401": "只写方向“较上年减少”，没有减少的数量"},
        ),
        R("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%", 4),
    ],
)


def _pad(s: str, width: int) -> str:
    w = sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)
    return s + " " * max(2, width - w)


def _t1(t: Text) -> None:
    t.add(
        "二、项目支出绩效目标表",
        "",
        "                      " + T1.title,
        "项目名称：" + T1.project,
        "主管部门：博岭县农业农村局                    实施单位：博岭县农业农村局",
        "项目资金：" + T1.extra["budget_source"].split("：", 1)[1],
        "年度目标：" + (T1.goal or ""),
        "                                 绩 效 指 标",
        "一 级 指 标     二 级 指 标          三 级 指 标                      指 标 值",
    )
    l2s = block_labels([r.l2 for r in T1.rows], "first")
    prev = ""
    for r, l2 in zip(T1.rows, l2s):
        if r.l1 != prev:
            t.add(r.l1)
            prev = r.l1
        t.row(r, " " * 16 + _pad(l2, 22) + _pad(r.l3, 34) + r.value)


def _t2(t: Text) -> None:
    cells = [
        T2.title,
        "项目名称",
        T2.project,
        "项目资金（万元）",
        "85.00",
        "年度目标",
        T2.goal or "",
        "一级指标 二级指标 三级指标 指标值",
    ]
    l1s = block_labels([r.l1 for r in T2.rows], "first")
    l2s = block_labels([r.l2 for r in T2.rows], "first")
    for r, l1, l2 in zip(T2.rows, l1s, l2s):
        cells += [c for c in (l1, l2, r.l3, r.value) if c]
    line = len(t.lines) + 1
    t.add(" ".join(cells))
    for r in T2.rows:
        r.source_line = line


def render(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "博岭县农业农村局2024年项目支出绩效目标公开",
        "",
        "一、高标准农田建设项目资金分配情况",
        "                         资金分配表",
        "                                                   单位：万元",
        "序号    乡镇（场）      建设面积（亩）      分配资金",
        "1       博岭镇          12000               360.00",
        "2       乌兰乡          9500                285.00",
        "3       塔斯牧场        8500                255.00",
        "        合计            30000               900.00",
        "",
    )
    _t1(t)
    t.add("", "三、其他项目绩效目标", "")
    _t2(t)
    t.add("", "（以上绩效目标经县财政局审核）")
    return t.data("gb18030")


DOC = Doc(
    id="hb05_xinjiang_nongye",
    file="hb05_xinjiang_nongye.txt",
    unit="博岭县农业农村局",
    year=2024,
    tags={
        "province": "新疆",
        "county": "博岭县",
        "sector": "农业农村",
        "format": "txt",
        "encoding": "gb18030",
        "layout_patterns": "spaces:runs broken-labels:spaced one-line level1-once:own-line nonstandard-names:short-forms allocation-before goal-heading:年度目标 several-tables unit-year-framing:title",
    },
    tables=[T1, T2],
    render=render,
)
