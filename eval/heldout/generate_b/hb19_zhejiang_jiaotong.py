"""hb19 · 浙江 · 楠溪县交通运输局: a text-layer PDF of an approval (绩效目标批复表) from the finance
bureau, ruled table with merged 一级/二级 cells (their text vertically centred in the merged
cell), the value column headed 计划完成值（2024年）, a 备注 column, non-standard names: 一级
`效果指标`, 二级 `经济与社会效益指标`; fund lines (省级补助 / 县级资金)."""

from __future__ import annotations

from grid import Grid
from pdfout import gap, para, pdf_bytes, pdf_table
from spec import Doc, R, Table

P, E, S = "产出指标", "效果指标", "满意度指标"
ES, KX, MY = "经济与社会效益指标", "可持续影响指标", "服务对象满意度"
UNIT = "楠溪县交通运输局"
NONSTD = "non-standard category names kept as printed (效果指标 = 效益指标; 经济与社会效益指标 merges two 二级)"

T1 = Table(
    kind="project",
    project="农村公路养护工程",
    budget_wan=1280.0,
    goal="完成全县农村公路日常养护1860公里，实施大中修42公里、危桥改造6座，农村公路优良中等路率达到85%以上，"
    "保障群众安全便捷出行。",
    title="2024年度项目绩效目标批复表",
    extra={"budget_source": "项目资金（万元）1,280.00；其中：省级补助 720.00，县级资金 560.00"},
    rows=[
        R(P, "数量指标", "农村公路日常养护里程", "≥1860公里", 4, x={"remark": "含县道312公里"}),
        R(P, "数量指标", "实施农村公路大中修", "≥42公里", 4),
        R(P, "数量指标", "危桥改造", "≥6座", 4, x={"remark": "四、五类危桥"}),
        R(P, "质量指标", "农村公路优良中等路率", "≥85%", 4),
        R(P, "质量指标", "大中修工程交工验收合格率", "100%", 4),
        R(P, "时效指标", "大中修工程完工时间", "2024年11月底前", 4),
        R(P, "成本指标", "县道日常养护资金标准", "≥10000元/公里·年", 4, x={"remark": "省定标准"}),
        R(P, "成本指标", "大中修工程平均造价", "22万元/公里", 4),
        R(
            E,
            ES,
            "群众出行时间",
            "明显缩短",
            2,
            note=NONSTD,
            c={"V401": "“明显缩短”没有缩短的数量"},
        ),
        R(E, ES, "农村公路列养率", "100%", 4, note=NONSTD),
        R(E, KX, "大中修路段路面使用年限", "≥8年", 4, note=NONSTD),
        R(S, MY, "沿线群众满意度", "≥90%", 4),
    ],
)


def _grid() -> Grid:
    g = Grid(5)
    g.add("项目名称", T1.project, "", "主管部门", UNIT)
    g.span(0, 1, 0, 2)
    g.add("项目资金（万元）", "合计：1,280.00", "", "其中：省级补助720.00", "县级资金560.00")
    g.span(1, 1, 1, 2)
    g.add("年度目标", T1.goal or "")
    g.span(2, 1, 2, 4)
    g.add("一级指标", "二级指标", "三级指标", "计划完成值（2024年）", "备注")
    first = len(g.rows)
    for r in T1.rows:
        g.add(r.l1, r.l2, r.l3, r.value, r.x.get("remark", ""))
    g.merge_runs(0, first, len(g.rows) - 1)
    g.merge_runs(1, first, len(g.rows) - 1)
    return g


def render(doc: Doc) -> bytes:
    story = [
        para("楠溪县财政局", 10),
        para(f"{UNIT}：", 10),
        para(
            "经审核，现将你单位2024年度项目绩效目标批复如下。请按照批复的绩效目标组织实施，"
            "做好绩效运行监控，年度终了开展绩效自评。",
            10,
        ),
        gap(3),
        para(T1.title, 14, align=1),
        gap(2),
        pdf_table(_grid(), [30, 38, 62, 42, 40], ruled=True, size=9),
        gap(3),
        para("楠溪县财政局　2024年2月5日", 10, align=2),
    ]
    return pdf_bytes(story, wide=False, title=T1.title)


DOC = Doc(
    id="hb19_zhejiang_jiaotong",
    file="hb19_zhejiang_jiaotong.pdf",
    unit=UNIT,
    year=2024,
    tags={
        "province": "浙江",
        "county": "楠溪县",
        "sector": "交通运输",
        "format": "pdf (ruled)",
        "encoding": "",
        "layout_patterns": "level1-once:middle-of-merged level2-missing-or-repeated:missing-first-rows approval value-header-gloss:计划完成值（2024年） nonstandard-names:效果指标+经济与社会效益指标 extra-columns:备注 budget-lines goal-heading:年度目标 unit-year-framing:notice+title",
    },
    tables=[T1],
    render=render,
)
