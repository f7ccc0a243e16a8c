"""hb08 · 西藏 · 拉曲县教育局: GB18030 text with CRLF. A transfer-payment 区域绩效目标表 with tab
separated cells, the county value (全县指标值) followed by one column per township, a 其中
sub-row, 总体目标 and fund lines; then a small project table whose cells run together, one table
row per line."""

from __future__ import annotations

from grid import Text, block_labels
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
PLACES = ("拉曲镇", "达嘎乡", "曲桑乡", "扎西岗乡")


def pp(
    l1: str, l2: str, l3: str, value: str, places: tuple[str, ...], spec: int, **kw: object
) -> Row:
    x = {"per_place": dict(zip(PLACES, places))}
    return R(l1, l2, l3, value, spec, x=x, **kw)


SAME = "100%", "100%", "100%", "100%"

T1 = Table(
    kind="transfer",
    project="农牧民子女教育“三包”经费",
    budget_wan=2041.2,
    goal="落实农牧民子女学前至高中阶段“三包”政策，按每生每年4200元标准足额发放“三包”经费，"
    "保障4860名学生在校吃、住、穿基本需求，义务教育巩固率达到96%以上。",
    title="2024年农牧民子女教育“三包”经费区域绩效目标表",
    unit_line=None,
    extra={
        "region": "拉曲县",
        "budget_source": "资金情况（万元）年度金额 2,041.20；其中：中央补助 1,836.00，地方资金 205.20",
    },
    rows=[
        pp(
            P,
            "数量指标",
            "享受“三包”政策学生人数",
            "≥4860人",
            ("2120人", "980人", "860人", "900人"),
            4,
        ),
        pp(
            P,
            "数量指标",
            "其中：寄宿制学生",
            "≥3150人",
            ("1260人", "680人", "600人", "610人"),
            4,
            note="其中 sub-row of the row above, kept as its own row with the printed prefix",
        ),
        pp(P, "质量指标", "“三包”经费足额发放率", "100%", SAME, 4),
        pp(P, "质量指标", "资助对象认定准确率", "100%", SAME, 4),
        pp(
            P,
            "时效指标",
            "资金拨付到校时间",
            "每学期开学后1个月内",
            ("每学期开学后1个月内",) * 4,
            4,
        ),
        pp(P, "成本指标", "“三包”经费补助标准", "4200元/生·年", ("4200元/生·年",) * 4, 4),
        pp(E, SL, "义务教育巩固率", "≥96%", ("≥97%", "≥96%", "≥95%", "≥95%"), 4),
        pp(E, SL, "因贫失学辍学学生", "0人", ("0人",) * 4, 4),
        pp(
            E,
            KX,
            "农牧民子女入学保障机制",
            "长效",
            ("长效",) * 4,
            2,
            c={"V401": "“长效”没有判定标准"},
        ),
        pp(S, MY, "学生及家长满意度", "≥90%", ("≥90%",) * 4, 4),
    ],
)

T2 = Table(
    kind="project",
    project="中小学校信息化设备运维经费",
    budget_wan=36.0,
    goal="保障全县11所中小学校多媒体教学设备和校园网络正常运行，设备完好率保持在95%以上。",
    title="中小学校信息化设备运维经费绩效目标表",
    extra={"budget_source": "项目资金36万元"},
    rows=[
        R(P, "数量指标", "运维中小学校", "11所", 4),
        R(P, "数量指标", "维护多媒体教学设备", "≥420台（套）", 4),
        R(P, "质量指标", "设备完好率", "≥95%", 4),
        R(P, "时效指标", "故障响应时间", "≤48小时", 4),
        R(P, "成本指标", "校均运维费用", "≤3.2万元", 4),
        R(E, SL, "信息化教学课时占比", "≥40%", 4),
        R(E, KX, "设备使用寿命", "延长", 2, c={"V401": "“延长”没有延长的年限"}),
        R(S, MY, "师生满意度", "≥90%", 4),
    ],
)


def _t1(t: Text) -> None:
    t.add(
        T1.title,
        "填报单位：拉曲县教育局（盖章）\t\t\t\t\t\t\t单位：万元",
        "转移支付（项目）名称\t农牧民子女教育“三包”经费",
        "县级主管部门\t拉曲县教育局\t\t实施单位\t拉曲县教育局",
        "资金情况\t年度金额\t2,041.20",
        "\t其中：中央补助\t1,836.00",
        "\t地方资金\t205.20",
        "总体目标\t" + (T1.goal or ""),
        "一级指标\t二级指标\t三级指标\t全县指标值\t" + "\t".join(PLACES),
    )
    l1s = block_labels([r.l1 for r in T1.rows], "first")
    l2s = block_labels([r.l2 for r in T1.rows], "first")
    for r, l1, l2 in zip(T1.rows, l1s, l2s):
        places = [r.x["per_place"][p] for p in PLACES]
        t.row(r, "\t".join([l1, l2, r.l3, r.value, *places]))


def _t2(t: Text) -> None:
    t.add(
        T2.title,
        "项目名称" + T2.project + "主管部门拉曲县教育局项目资金36万元",
        "年度目标" + (T2.goal or ""),
        "一级指标二级指标三级指标指标值",
    )
    l1s = block_labels([r.l1 for r in T2.rows], "first")
    l2s = block_labels([r.l2 for r in T2.rows], "first")
    for r, l1, l2 in zip(T2.rows, l1s, l2s):
        t.row(r, l1 + l2 + r.l3 + r.value)


def render(doc: Doc) -> bytes:
    t = Text()
    t.add("拉曲县教育局2024年部门预算绩效目标公开", "")
    _t1(t)
    t.add("", "")
    _t2(t)
    return t.data("gb18030", "\r\n")


DOC = Doc(
    id="hb08_xizang_jiaoyu",
    file="hb08_xizang_jiaoyu.txt",
    unit="拉曲县教育局",
    year=2024,
    tags={
        "province": "西藏",
        "county": "拉曲县",
        "sector": "教育",
        "format": "txt",
        "encoding": "gb18030 crlf",
        "layout_patterns": "tab run-together:row-per-line transfer per-place sub-rows level1-once:first-row goal-heading:总体目标 budget-lines several-tables unit-year-framing:title",
    },
    tables=[T1, T2],
    render=render,
)
