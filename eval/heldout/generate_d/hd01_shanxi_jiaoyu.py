"""hd01 · 山西 汾岚县教育科技局 2023: text copied out of Word (UTF-8), tab rows, the merged
一级 printed on the middle row of its block, a split value (符号 | 数值 | 单位) in the second
table, a page break with page furniture between the two tables and hard breaks in the goals."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from spec import Doc, R, Table
from textual import render

DEPT = "汾岚县教育科技局"
V404 = {"V404": "basis is only a category word"}

T1 = Table(
    "project",
    "学前教育保教费减免补助",
    186.4,
    "按照每生每年1000元标准，对全县31所公办及普惠性民办幼儿园在园幼儿减免保教费，惠及幼儿约1864人，"
    "减轻家庭经济负担，巩固学前三年毛入园率。",
    [
        R(
            P,
            SL,
            "减免保教费幼儿人数",
            "≥1864人",
            5,
            basis="2023年春季学期全国学前教育管理信息系统在园幼儿数",
        ),
        R(P, SL, "覆盖幼儿园数", "31所", 5, basis="全县公办及普惠性民办幼儿园名录"),
        R(P, ZL, "补助资金足额拨付率", "100%", 4, basis="计划标准", c=V404),
        R(P, SX, "资金拨付完成时间", "2023年12月底前", 4, basis="工作计划", c=V404),
        R(P, CB, "生均减免标准", "1000元/生·年", 5, basis="《汾岚县学前教育保教费减免实施办法》"),
        R(E, SH, "学前三年毛入园率", "≥92%", 5, basis="2022年全县学前三年毛入园率90.6%"),
        R(
            E,
            SH,
            "减轻家庭经济负担",
            "有效减轻",
            2,
            basis="现实需求",
            c={"V401": "adjective without a criterion", **V404},
        ),
        R(
            E,
            "可持续影响指标",
            "学前教育普惠水平",
            "持续提升",
            2,
            basis="工作需要",
            c={"V401": "direction without an amount", **V404},
        ),
        R(S, MY, "幼儿家长满意度", "≥95%", 4, basis="问卷调查"),
    ],
    title="汾岚县教育科技局2023年项目支出绩效目标表（一）",
)

T2 = Table(
    "project",
    "农村义务教育学生营养改善计划",
    412.8,
    "为全县农村义务教育阶段4128名学生提供营养膳食补助，每生每天5元，全年供餐不少于200天，"
    "改善农村学生营养健康状况。",
    [
        R(
            P,
            SL,
            "受益学生人数",
            "≥4128人",
            5,
            basis="学生资助管理系统2023年春季学期数据",
            x={"parts": ["≥", "4128", "人"]},
        ),
        R(
            P,
            SL,
            "供餐天数",
            "≥200天",
            5,
            basis="2023年全县中小学校历",
            x={"parts": ["≥", "200", "天"]},
        ),
        R(
            P,
            ZL,
            "食品安全事故发生次数",
            "=0次",
            4,
            basis="历史标准",
            c=V404,
            x={"parts": ["=", "0", "次"]},
        ),
        R(
            P,
            ZL,
            "供餐学校“互联网+明厨亮灶”覆盖率",
            "≥100%",
            3,
            basis="市场监管部门要求",
            c={"U302": "lower bound of 100 % on a proportion"},
            x={"parts": ["≥", "100", "%"]},
        ),
        R(
            P,
            SX,
            "膳食补助资金拨付及时率",
            "≥95%",
            4,
            basis="计划标准",
            c=V404,
            x={"parts": ["≥", "95", "%"]},
        ),
        R(
            P,
            CB,
            "生均膳食补助标准",
            "=5元/人·天",
            5,
            basis="《汾岚县农村义务教育学生营养改善计划实施方案》",
            x={"parts": ["=", "5", "元/人·天"]},
        ),
        R(
            E,
            SH,
            "学生营养健康状况",
            "明显改善",
            2,
            basis="现实需求",
            c={"V401": "adjective without a criterion", **V404},
            x={"parts": ["", "明显改善", ""]},
        ),
        R(
            E,
            SH,
            "参加营养改善计划学生人数",
            "≥4128人",
            4,
            basis="学生资助管理系统",
            c={"C206": "an output count (students served) under 社会效益"},
            x={"parts": ["≥", "4128", "人"]},
        ),
        R(S, MY, "学生及家长满意度", "≥90%", 4, basis="问卷调查", x={"parts": ["≥", "90", "%"]}),
    ],
    title="汾岚县教育科技局2023年项目支出绩效目标表（二）",
)

HEAD1 = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
HEAD2 = ["一级指标", "二级指标", "三级指标", "符号", "数值", "单位", "指标值确定依据"]
FURNITURE = ["", "— 7 —", "汾岚县教育科技局2023年部门预算", ""]


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add(
        "汾岚县教育科技局2023年部门预算公开",
        "",
        "第三部分 其他重要事项的情况说明",
        "",
        "六、项目支出绩效目标情况",
        "本部门2023年纳入绩效目标管理的项目2个，涉及财政拨款599.20万元。具体如下：",
        "",
    )
    for t, head, keys, budget in (
        (T1, HEAD1, ["l1", "l2", "l3", "value", "basis"], "186.40"),
        (T2, HEAD2, ["l1", "l2", "l3", "p0", "p1", "p2", "basis"], "412.80"),
    ):
        text.add(t.title, "单位：万元")
        f = project_table(
            t,
            DEPT,
            head,
            keys,
            "项目资金",
            f"年度资金总额：{budget}　其中：财政拨款：{budget}　上年结转：0",
        )
        render(text, f, "tab", where="middle", wrap=40)
        text.add(*(FURNITURE if t is T1 else ["", "— 8 —"]))
    return text.data()


DOC = Doc(
    "hd01_shanxi_jiaoyu",
    "hd01_shanxi_jiaoyu.txt",
    DEPT,
    2023,
    {
        "format": "txt",
        "encoding": "utf-8",
        "province": "山西",
        "sector": "教育",
        "framework": "产出/效益/满意度",
        "layout_patterns": "tab level1-once:middle split-value several-tables unit-year-framing "
        "budget-lines",
    },
    [T1, T2],
    render=render_doc,
)
