"""hb01 · 河北 · 滦阳县应急管理局: two project tables copied out of Word as tab-separated text.
The header cells wrapped inside the cell (一级\\n指标), so the header is broken over three lines;
一级 on the first row of its block (merged cell), 二级 repeated on every row; a 其中 sub-row;
备注 column; budget lines in 万元; 年度目标; title line and publication line."""

from __future__ import annotations

from grid import Text
from spec import Doc, R, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"

T1 = Table(
    kind="project",
    project="森林防灭火物资储备项目",
    budget_wan=48.6,
    goal="购置风力灭火机40台、防火服及头盔300套，补充县级森林防灭火物资储备库，9月底前完成采购入库，"
    "保障秋冬季森林防灭火扑救需要，全年森林火灾受害率控制在0.8‰以内。",
    title="（一）森林防灭火物资储备项目绩效目标表",
    extra={
        "budget_source": "年度资金总额 48.60；其中：财政拨款 48.60，上年结转 0.00，其他资金 0.00（万元）"
    },
    rows=[
        R(P, "数量指标", "购置风力灭火机", "=40台", 4, x={"remark": "含备用电池组"}),
        R(P, "数量指标", "购置防火服及头盔", "=300套", 4),
        R(P, "数量指标", "物资储备库盘点检查次数", "≥4次", 4, x={"remark": "每季度1次"}),
        R(P, "质量指标", "物资验收合格率", "100%", 4),
        R(P, "质量指标", "储备物资完好率", "≥98%", 4),
        R(P, "时效指标", "采购入库完成时间", "2024年9月30日前", 4),
        R(P, "成本指标", "风力灭火机采购单价", "≤3800元/台", 4),
        R(P, "成本指标", "防火服及头盔采购单价", "≤650元/套", 4),
        R(E, SL, "森林火灾受害率", "≤0.8‰", 4),
        R(
            E,
            SL,
            "森林火灾扑救能力",
            "明显提升",
            2,
            c={"V401": "“明显提升”没有判定标准"},
        ),
        R(E, KX, "储备物资可使用年限", "≥5年", 4),
        R(S, MY, "扑火队员满意度", "≥90%", 4, x={"remark": "问卷调查"}),
    ],
)

T2 = Table(
    kind="project",
    project="应急救援队伍培训演练经费",
    budget_wan=22.0,
    goal="组织森林火灾、防汛抗旱、危化品泄漏等综合应急演练3场以上，培训乡镇及村级应急救援队员260人次，"
    "提高基层应急救援队伍实战能力。",
    title="（二）应急救援队伍培训演练经费绩效目标表",
    extra={
        "budget_source": "年度资金总额 22.00；其中：财政拨款 20.00，上年结转 2.00，其他资金 0.00（万元）"
    },
    rows=[
        R(P, "数量指标", "组织综合应急演练", "≥3场", 4),
        R(P, "数量指标", "培训应急救援队员", "≥260人次", 4),
        R(
            P,
            "数量指标",
            "其中：乡镇专职救援队员",
            "≥180人次",
            4,
            note="其中 sub-row of the row above, kept as its own row with the printed prefix",
        ),
        R(P, "质量指标", "培训考核合格率", "≥95%", 4),
        R(P, "质量指标", "演练方案完备率", "100%", 4, x={"remark": "每场演练须有书面方案"}),
        R(P, "时效指标", "培训演练完成时间", "2024年11月底前", 4),
        R(P, "成本指标", "人均培训成本", "≤350元", 4),
        R(P, "成本指标", "单场综合演练成本", "≤3.5万元", 4),
        R(E, SL, "群众应急避险知识知晓率", "提高", 2, c={"V401": "知晓率只写“提高”，没有数值"}),
        R(E, SL, "突发事件先期处置到场时间", "≤30分钟", 4),
        R(E, KX, "救援队伍实战能力", "持续增强", 2, c={"V401": "“持续增强”没有判定标准"}),
        R(S, MY, "参训队员满意度", "≥85%", 4),
    ],
)


def _table(t: Text, tab: Table, head: list[str]) -> None:
    t.add(tab.title)
    t.add(f"项目名称\t{tab.project}")
    t.add("主管部门\t滦阳县应急管理局\t实施单位\t滦阳县应急管理局")
    t.add(*head)
    t.add(f"年度目标\t{tab.goal}")
    t.add("一级", "指标\t二级", "指标\t三级指标\t指标值\t备注")
    prev = ""
    for r in tab.rows:
        l1 = r.l1 if r.l1 != prev else ""
        prev = r.l1
        t.row(r, "\t".join([l1, r.l2, r.l3, r.value, r.x.get("remark", "")]).rstrip("\t"))


def render(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "滦阳县应急管理局2024年度项目支出绩效目标表",
        "发布时间：2024-02-07 10:32　　来源：滦阳县应急管理局　　【字体：大 中 小】",
        "",
        "根据《中华人民共和国预算法》和县财政局关于做好2024年部门预算公开工作的通知要求，"
        "现将我局2024年度项目支出绩效目标公开如下：",
        "",
    )
    _table(
        t,
        T1,
        [
            "项目资金（万元）\t年度资金总额\t48.60",
            "\t其中：财政拨款\t48.60",
            "\t上年结转\t0.00",
            "\t其他资金\t0.00",
        ],
    )
    t.add("", "")
    _table(
        t,
        T2,
        [
            "项目资金（万元）\t年度资金总额\t22.00",
            "\t其中：财政拨款\t20.00",
            "\t上年结转\t2.00",
            "\t其他资金\t0.00",
        ],
    )
    t.add("", "填报单位：滦阳县应急管理局　　审核：县财政局预算股")
    return t.data("utf-8")


DOC = Doc(
    id="hb01_hebei_yingji",
    file="hb01_hebei_yingji.txt",
    unit="滦阳县应急管理局",
    year=2024,
    tags={
        "province": "河北",
        "county": "滦阳县",
        "sector": "应急管理",
        "format": "txt",
        "encoding": "utf-8",
        "layout_patterns": "tab broken-labels:header-wrapped level1-once:first-row level2-missing-or-repeated:repeated sub-rows extra-columns:备注 budget-lines goal-heading:年度目标 several-tables unit-year-framing:title+发布时间",
    },
    tables=[T1, T2],
    render=render,
)
