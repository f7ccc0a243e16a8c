"""hb07 · 广西 · 平岗县石塘镇人民政府: a town's project tables pasted from a web page. The first
table one cell per line with the hierarchy shown by indentation (ideographic spaces), a 其中
sub-row; the second table with its cells run together (no separator), cut off at the end of the
excerpt, its cost 二级 named 预算控制指标. The unit and year appear only in the text above the tables."""

from __future__ import annotations

from grid import Text, block_labels
from spec import Doc, R, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, ST, KX, MY = "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"
IND = "\u3000"

T1 = Table(
    kind="project",
    project="石塘镇2024年乡村道路硬化工程",
    budget_wan=186.0,
    goal="硬化六合村、那良村等4个村屯道路3.2公里，路面宽度3.5米，10月底前完工，解决沿线群众出行难问题。",
    title="",
    extra={"budget_source": "项目资金（万元） 186.00"},
    rows=[
        R(P, "数量指标", "硬化村屯道路里程", "≥3.2公里", 4),
        R(
            P,
            "数量指标",
            "其中：六合村至那良屯段",
            "1.4公里",
            4,
            note="其中 sub-row of the row above, kept as its own row with the printed prefix",
        ),
        R(P, "数量指标", "硬化道路涉及村屯", "4个", 4),
        R(P, "质量指标", "工程验收合格率", "100%", 4),
        R(P, "质量指标", "路面设计宽度", "3.5米", 4),
        R(P, "时效指标", "工程完工时间", "2024年10月底前", 4),
        R(P, "成本指标", "每公里建设成本", "≤55万元", 4),
        R(E, SL, "受益群众", "≥2100人", 4),
        R(E, SL, "群众出行条件", "明显改善", 2, c={"V401": "“明显改善”没有判定标准"}),
        R(E, KX, "道路使用年限", "≥10年", 4),
        R(S, MY, "沿线群众满意度", "≥90%", 4),
    ],
)

T2 = Table(
    kind="project",
    project="石塘镇农村人居环境整治经费",
    budget_wan=45.0,
    goal="做好全镇11个村（社区）生活垃圾收集清运和村屯保洁，全年清运生活垃圾3600吨以上，村屯保洁覆盖率100%。",
    title="",
    extra={
        "budget_source": "项目资金（万元）45.00",
        "cut_off": {
            "after_row": 7,
            "partial_text": "效益指标社会效益指标村庄环境卫生",
            "why": "the excerpt ends inside the first 效益 row; only complete rows are labelled",
        },
    },
    rows=[
        R(P, "数量指标", "清运农村生活垃圾", "≥3600吨", 4),
        R(P, "数量指标", "聘用村屯保洁员", "≥52人", 4),
        R(P, "数量指标", "开展环境卫生集中整治活动", "≥12次", 4),
        R(P, "质量指标", "垃圾清运及时率", "≥95%", 4),
        R(P, "质量指标", "村屯保洁覆盖率", "100%", 4),
        R(P, "时效指标", "保洁员工资发放时间", "按月发放", 3),
        R(
            P,
            "预算控制指标",
            "垃圾清运单价",
            "≤95元/吨",
            4,
            note="budget control named instead of 成本指标, kept as printed",
        ),
    ],
)


def _t1(t: Text) -> None:
    t.add(
        "项目名称",
        IND + T1.project,
        "项目资金（万元）",
        IND + "186.00",
        "年度目标",
        IND + (T1.goal or ""),
        "绩效指标",
    )
    prev1 = prev2 = ""
    for r in T1.rows:
        first = True
        if r.l1 != prev1:
            t.mark(r)
            first = False
            t.add(IND + r.l1)
            prev1, prev2 = r.l1, ""
        if r.l2 != prev2:
            if first:
                t.mark(r)
                first = False
            t.add(IND * 2 + r.l2)
            prev2 = r.l2
        if first:
            t.mark(r)
        t.add(IND * 3 + r.l3, IND * 4 + r.value)


def _t2(t: Text) -> None:
    t.add(
        "项目名称" + T2.project + "项目资金（万元）45.00年度目标" + (T2.goal or ""),
        "绩效指标一级指标二级指标三级指标指标值",
    )
    l1s = block_labels([r.l1 for r in T2.rows], "first")
    l2s = block_labels([r.l2 for r in T2.rows], "first")
    line = len(t.lines) + 1
    t.add("".join(l1 + l2 + r.l3 + r.value for r, l1, l2 in zip(T2.rows, l1s, l2s)))
    for r in T2.rows:
        r.source_line = line
    t.add(T2.extra["cut_off"]["partial_text"])


def render(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "平岗县石塘镇人民政府2024年部门预算公开",
        "",
        "五、项目支出绩效目标情况",
        "2024年，石塘镇人民政府实行绩效目标管理的项目2个，涉及财政性资金231.00万元。"
        "具体项目绩效目标如下：",
        "（一）石塘镇2024年乡村道路硬化工程",
    )
    _t1(t)
    t.add("（二）石塘镇农村人居环境整治经费")
    _t2(t)
    return t.data("utf-8")


DOC = Doc(
    id="hb07_guangxi_shitang",
    file="hb07_guangxi_shitang.txt",
    unit="平岗县石塘镇人民政府",
    year=2024,
    tags={
        "province": "广西",
        "county": "平岗县",
        "sector": "乡镇综合",
        "format": "txt",
        "encoding": "utf-8",
        "layout_patterns": "indentation:ideographic-spaces run-together:one-line cut-off sub-rows level1-once:own-line nonstandard-names:预算控制指标 goal-heading:年度目标 several-tables unit-year-framing:text-only",
    },
    tables=[T1, T2],
    render=render,
)
