"""hd07 · 海南 琼岭县人力资源和社会保障局 2024: text of a Word file flattened to one cell per
line with blank lines between cells. A 2023 project self-evaluation (绩效自评表) published with
the 2024 budget, then a 2024 project table."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from kit import V401
from selfeval import self_eval_table, sx
from spec import Doc, R, Table
from textual import render

UNIT = "琼岭县人力资源和社会保障局"
KC = "可持续影响指标"

T1 = Table(
    "self_evaluation",
    "就业补助资金",
    320.0,
    "开展职业技能培训1200人以上，安置就业困难人员公益性岗位260人，全年城镇新增就业3500人，城镇调查失业率控制在5.5%以内。",
    [
        R(P, SL, "职业技能培训人数", "≥1200人", 4, x=sx("1265人", 10, 10)),
        R(P, SL, "城镇新增就业人数", "≥3500人", 4, x=sx("3612人", 10, 10)),
        R(
            P,
            SL,
            "公益性岗位安置就业困难人员",
            "≥260人",
            4,
            c={
                "S801": "target 260 missed (231) but full points",
                "S804": "missed target without a deviation reason",
            },
            x=sx("231人", 10, 10),
        ),
        R(P, ZL, "培训合格率", "≥90%", 4, x=sx("93.5%", 10, 10)),
        R(P, SX, "补贴资金发放及时率", "100%", 4, x=sx("100%", 10, 10)),
        R(P, CB, "人均培训补贴标准", "≤1500元", 4, x=sx("1480元", 10, 10)),
        R(E, SH, "城镇调查失业率", "≤5.5%", 4, x=sx("4.9%", 10, 10)),
        R(
            E,
            SH,
            "就业困难人员实现就业",
            "有效促进",
            2,
            c=V401,
            x=sx("已促进", 10, 8, "部分就业困难人员就业意愿不强，下一步加强岗位推介"),
        ),
        R(S, MY, "培训学员满意度", "≥90%", 4, x=sx("95%", 10, 10)),
    ],
    title="琼岭县2023年度项目支出绩效自评表",
    extra={
        "year_evaluated": 2023,
        "actual_completion": "完成职业技能培训1265人，公益性岗位安置231人，城镇新增就业3612人，城镇调查失业率4.9%。",
        "budget_source": "年初预算数320.00，全年预算数320.00，全年执行数301.76，执行率94.3%",
        "total_score": {"score_max": "100", "score": "97.43"},
    },
)

T2 = Table(
    "project",
    "职业技能提升行动",
    285.0,
    "面向城乡劳动者开展补贴性职业技能培训1100人次以上，新建技能人才评价机构2家，培训后就业率达到70%。",
    [
        R(P, SL, "补贴性职业技能培训人次", "≥1100人次", 4),
        R(P, SL, "新建技能人才评价机构", "≥2家", 4),
        R(P, ZL, "培训取证率", "≥80%", 4),
        R(P, SX, "培训补贴审核拨付时限", "≤30个工作日", 4),
        R(
            P,
            CB,
            "培训补贴标准",
            "≤2000元",
            3,
            c={"U301": "a per-person subsidy standard in bare 元"},
        ),
        R(E, SH, "培训后就业率", "≥70%", 4),
        R(E, KC, "技能人才队伍", "不断壮大", 2, c=V401),
        R(S, MY, "培训学员满意度", "≥90%", 4),
    ],
    title="琼岭县人力资源和社会保障局2024年项目支出绩效目标表",
)


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add(
        "琼岭县人力资源和社会保障局2024年部门预算公开",
        "",
        "附表12",
        "",
        T1.title,
        "",
        "（2023年度）",
        "",
    )
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "实施单位", "琼岭县就业服务中心")],
        "项目资金（万元）",
        [
            ("年度资金总额", "320.00", "320.00", "301.76", "10", "94.3%", "9.43"),
            ("其中：当年财政拨款", "320.00", "320.00", "301.76", "—", "—", "—"),
            ("其他资金", "0", "0", "0", "—", "—", "—"),
        ],
        T1.extra["actual_completion"],
        ("100", "97.43"),
    )
    render(text, f1, "cell_blank")
    text.add("", "", T2.title, "", "单位：万元", "")
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "资金总额",
        "285.00",
    )
    render(text, f2, "cell_blank")
    return text.data()


DOC = Doc(
    "hd07_hainan_renshe",
    "hd07_hainan_renshe.txt",
    UNIT,
    2024,
    {
        "format": "txt",
        "encoding": "utf-8",
        "province": "海南",
        "sector": "人社",
        "framework": "产出/效益/满意度",
        "layout_patterns": "cell-per-line-blank self-evaluation budget-lines several-tables goal-heading",
    },
    [T1, T2],
    render=render_doc,
)
