"""hf17 · Shaanxi, 秦河县医疗保障局, 2024 text saved by a web page editor (UTF-8 with BOM): a
transfer payment's regional targets with a 中期指标值 column as tab rows, then a project table
printed on one line whose first rows have no 二级."""

from __future__ import annotations

from emit import Tab, text_file
from frame import (
    CB,
    JJ,
    KC,
    MY,
    SH,
    SL,
    SX,
    ZL,
    E,
    Framed,
    P,
    S,
    header,
    indicator_body,
    project_table,
)
from grid import Grid
from kit import U304, V401, codes, tags
from spec import Doc, R, Table
from textual import render_one_line

UNIT = "秦河县医疗保障局"


def mid(l2: str, l3: str, value: str) -> dict[str, object]:
    return {"mid_term": {"level2": l2, "level3": l3, "value": value}}


T1 = Table(
    "transfer",
    "医疗救助补助资金",
    632.0,
    "对全县特困人员、低保对象、返贫致贫人口等困难群众参加城乡居民医保给予资助，"
    "资助参保率达到100%，政策范围内住院费用救助比例不低于70%。",
    [
        R(
            P,
            SL,
            "资助参加居民医保人数",
            "≥2.36万人",
            4,
            x=mid(SL, "资助参加居民医保人数", "≥7万人"),
        ),
        R(P, SL, "医疗救助人次", "≥5200人次", 4, x=mid(SL, "医疗救助人次", "≥1.5万人次")),
        R(P, ZL, "困难群众资助参保率", "100%", 4, x=mid(ZL, "困难群众资助参保率", "100%")),
        R(
            P,
            ZL,
            "政策范围内住院费用救助比例",
            "≥70",
            3,
            c=codes(U304),
            x=mid(ZL, "政策范围内住院费用救助比例", "≥70%"),
        ),
        R(
            P,
            SX,
            "救助资金结算时效",
            "一站式即时结算",
            3,
            x=mid(SX, "救助资金结算时效", "一站式即时结算"),
        ),
        R(
            P,
            CB,
            "特困人员个人缴费全额资助标准",
            "380元/人",
            4,
            x=mid(CB, "特困人员个人缴费资助标准", "按年度缴费标准"),
        ),
        R(
            E,
            SH,
            "困难群众因病返贫致贫风险",
            "有效防范",
            2,
            c=codes(V401),
            x=mid(SH, "困难群众因病返贫致贫风险", "有效防范"),
        ),
        R(
            E,
            KC,
            "医疗救助制度运行",
            "持续稳定",
            2,
            c=codes(V401),
            x=mid(KC, "医疗救助制度运行", "持续稳定"),
        ),
        R(S, MY, "救助对象满意度", "≥90%", 4, x=mid(MY, "救助对象满意度", "≥90%")),
    ],
    title="秦河县2024年医疗救助补助资金区域绩效目标表",
    unit_line="单位：万元",
    extra={
        "region": "秦河县",
        "mid_term_goal": "2024-2026年困难群众资助参保率保持100%，住院救助比例稳定在70%以上。",
    },
)
NO_L2 = "二级 not printed on this row (empty cell)"
T2 = Table(
    "project",
    "医保基金监管专项检查",
    18.0,
    "对全县186家定点医药机构开展医保基金使用专项检查，追回违规基金，形成打击欺诈骗保高压态势。",
    [
        R(P, "", "检查定点医药机构数", "186家", 4, note=NO_L2),
        R(P, "", "聘请第三方审核病历份数", "≥3000份", 4, note=NO_L2),
        R(P, ZL, "检查问题整改率", "100%", 4),
        R(P, SX, "专项检查完成时间", "2024年10月底前", 4),
        R(P, CB, "第三方审核服务费", "≤12万元", 4),
        R(E, JJ, "追回违规医保基金", "应追尽追", 2, c=codes(V401)),
        R(E, SH, "欺诈骗保行为", "有效遏制", 2, c=codes(V401)),
        R(S, MY, "参保群众满意度", "≥90%", 4),
    ],
    title="秦河县医疗保障局2024年项目支出绩效目标表",
    unit_line="单位：万元",
)

HEAD = [
    "一级指标",
    "中期二级指标",
    "中期三级指标",
    "中期指标值",
    "年度二级指标",
    "年度三级指标",
    "年度指标值",
]
KEYS = ["l1", "mid_level2", "mid_level3", "mid_value", "l2", "l3", "value"]


def transfer() -> Framed:
    f = Framed(Grid(7))
    g = f.grid
    g.wide("转移支付名称", T1.project)
    g.wide("中央主管部门", "国家医疗保障局")
    g.wide("地方主管部门", UNIT)
    g.wide(
        "资金情况（万元）",
        "年度金额：632.00  其中：中央补助：418.00  省级补助：126.00  县级资金：88.00",
    )
    g.wide("中期目标", str(T1.extra["mid_term_goal"]))
    g.wide("年度目标", T1.goal or "")
    header(g, *HEAD)
    indicator_body(f, T1.rows, KEYS, merge=("l1", "mid_level2"))
    return f


def render(doc: Doc) -> bytes:
    t2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "18.00",
    )
    return text_file(
        [
            T1.title,
            "单位：万元",
            Tab(transfer(), {"style": "tab"}),
            "",
            T2.title,
            lambda t: render_one_line(t, t2, prefix="单位：万元"),
        ],
        bom=True,
    )


T1.extra["budget_source"] = (
    "年度金额：632.00 其中：中央补助：418.00 省级补助：126.00 县级资金：88.00"
)
DOC = Doc(
    "hf17_shaanxi_yibao",
    "hf17_shaanxi_yibao.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "utf-8 bom",
        "陕西",
        "医保",
        "tab one-line transfer midterm-annual level2-missing-or-repeated several-tables goal-heading",
    ),
    [T1, T2],
    render=render,
)
