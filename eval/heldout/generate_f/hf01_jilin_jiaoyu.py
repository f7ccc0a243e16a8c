"""hf01 · Jilin, 松源县教育局, 2024 project targets copied out of Word as text (UTF-8, LF): the
first table as tab rows with budget lines and marks after the 二级 names, the second flattened
one cell per line with blank lines between cells."""

from __future__ import annotations

from emit import Tab, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import V401, V402, V403, codes, tags
from spec import Doc, R, Table

UNIT = "松源县教育局"
T1 = Table(
    "project",
    "农村义务教育学生营养改善计划",
    486.2,
    "为全县28所农村义务教育学校约4860名在校学生提供每生每天5元的营养膳食补助，"
    "全年按200天在校天数计，保障食品安全，学生营养健康状况持续改善。",
    [
        R(
            P,
            SL + "（必填）",
            "受益学生人数",
            "≥4860人",
            4,
            desc="全县农村义务教育阶段在校学生",
            note="二级 printed with the mark （必填）",
        ),
        R(
            P,
            SL + "（必填）",
            "覆盖学校数",
            "28所",
            4,
            desc="实施营养改善计划的农村中小学校",
            note="二级 printed with the mark （必填）",
        ),
        R(
            P,
            ZL + "（必填）",
            "食品安全事故发生次数",
            "0次",
            4,
            desc="学校食堂及供餐单位发生的食品安全责任事故",
            note="二级 printed with the mark （必填）",
        ),
        R(
            P,
            ZL + "（必填）",
            "食堂从业人员持健康证上岗率",
            "100%",
            5,
            desc="持有效健康证明的食堂从业人员数/从业人员总数，以市场监管部门年检台账为准",
            note="二级 printed with the mark （必填）",
        ),
        R(
            P,
            SX,
            "补助资金按学期拨付",
            "每学期开学后30日内",
            4,
            desc="春、秋两季学期补助资金拨付到校时间",
        ),
        R(P, CB, "生均每日膳食补助标准", "5元/人·天", 4, desc="国家规定标准"),
        R(E, SH, "学生营养状况", "持续改善", 2, desc="反映学生营养状况", c=codes(V401, V403)),
        R(E, KC, "营养改善长效机制", "长期", 2, desc="反映营养改善长效机制", c=codes(V401, V403)),
        R(S, MY, "学生及家长满意度", "≥90%", 4, desc="抽样问卷调查学生及家长对供餐质量的满意程度"),
    ],
    title="松源县教育局2024年项目支出绩效目标表",
    unit_line="单位：万元",
    extra={"budget_source": "年度资金总额：486.20 其中：财政拨款：486.20 上年结转：0.00"},
)
T2 = Table(
    "project",
    "学前教育幼儿资助",
    52.8,
    "对全县约880名家庭经济困难幼儿按每生每年600元标准给予保育教育费资助，做到应助尽助。",
    [
        R(
            P,
            SL,
            "资助家庭经济困难幼儿人数",
            "≥880人",
            5,
            desc="按学籍系统和资助名册认定的家庭经济困难在园幼儿",
        ),
        R(P, SL, "资助幼儿园数", "43所", 4, desc="全县公办及普惠性民办幼儿园"),
        R(P, ZL, "资助对象认定准确率", "100%", 4, desc="资助对象认定准确率"),
        R(P, SX, "资助资金发放时间", "按时", 2, desc="年底前发放到位", c=codes(V401)),
        R(P, CB, "生均资助标准", "600元/人·年", 4, desc="每名受助幼儿每学年资助金额"),
        R(
            E,
            SH,
            "家庭经济困难幼儿入园保障",
            "有效保障",
            2,
            desc="确保无幼儿因家庭经济困难失学",
            c=codes(V401),
        ),
        R(E, SH, "政策知晓率", "≥95%", 4, desc="抽查在园幼儿家长对学前资助政策的知晓程度"),
        R(E, KC, "资助工作", "按计划完成", 2, desc="持续做好资助工作", c=codes(V402)),
        R(S, MY, "受助幼儿家长满意度", "≥90%", 4, desc="问卷调查受助幼儿家长"),
    ],
    title="松源县教育局2024年项目支出绩效目标表（二）",
    unit_line="单位：万元",
    extra={"budget_source": "年度资金总额：52.80 其中：中央资金：31.68 县级资金：21.12"},
)
T2.rows[2].codes.update(V403)
T2.rows[2].spec = 4

HEAD = ["一级指标", "二级指标", "三级指标", "指标内容", "指标值"]
KEYS = ["l1", "l2", "l3", "desc", "value"]


def render(doc: Doc) -> bytes:
    t1 = project_table(
        T1,
        UNIT,
        HEAD,
        KEYS,
        "项目资金（万元）",
        "年度资金总额：486.20 其中：财政拨款：486.20 上年结转：0.00",
    )
    t2 = project_table(
        T2,
        UNIT,
        HEAD,
        KEYS,
        "项目资金（万元）",
        "年度资金总额：52.80 其中：中央资金：31.68 县级资金：21.12",
    )
    return text_file(
        [
            "附件3",
            T1.title,
            "单位：万元",
            Tab(t1, {"style": "tab"}),
            "",
            "注：指标值以年度实际在校学生数据为准。",
            "",
            T2.title,
            "单位：万元",
            Tab(t2, {"style": "cell_blank"}),
            "填报人：王丽娟    联系电话：0438-6210345",
        ]
    )


DOC = Doc(
    "hf01_jilin_jiaoyu",
    "hf01_jilin_jiaoyu.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "utf-8",
        "吉林",
        "教育",
        "tab cell-per-line-blank several-tables budget-lines unit-year-framing label-notes",
    ),
    [T1, T2],
    render=render,
)
