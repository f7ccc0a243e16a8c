"""hg01 — 河北 · 滹阳县教育局, 2024: two project tables copied out of Word as tab rows (GB18030,
CRLF with some LF lines pasted in), title line with unit and year, budget lines with 其中."""

from __future__ import annotations

from emit import Block, Tab, text_file
from frame import CB, JJ, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from gnoise import mixed_newlines
from kit import V401, V404, codes, tags
from spec import Doc, R, Table

DEPT = "滹阳县教育局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]

T1 = Table(
    "project",
    "家庭经济困难学生资助",
    186.5,
    "落实学前教育、义务教育、普通高中家庭经济困难学生资助政策，全年资助学生约3200人次，"
    "资助资金于每学期开学后2个月内发放到位，确保不让一个学生因家庭经济困难而失学。",
    [
        R(P, SL, "义务教育寄宿生生活补助人数", "≥1850人", 5, basis="2023年秋季学期资助名册1846人"),
        R(P, SL, "普通高中国家助学金资助人数", "≥960人", 5, basis="2023年学生资助管理系统数据"),
        R(P, SL, "学前教育资助幼儿人数", "≥390人", 4, basis="历史数据"),
        R(P, ZL, "资助对象认定准确率", "100%", 4, basis="《河北省学生资助资金管理办法》"),
        R(P, SX, "资金发放及时率", "≥95%", 4, basis="工作计划", c=V404),
        R(
            P,
            CB,
            "义务教育寄宿生生活补助标准（小学）",
            "1000元/生·年",
            5,
            basis="冀财教〔2021〕资助标准文件",
        ),
        R(E, SH, "家庭经济困难学生失学人数", "0人", 4, basis="控辍保学台账"),
        R(E, KC, "资助政策知晓率", "提高", 2, basis="现实需求", c=codes(V401, V404)),
        R(S, MY, "受助学生及家长满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="滹阳县教育局2024年项目支出绩效目标表（一）",
    extra={"budget_source": "年度资金总额 186.50万元（其中：财政拨款 186.50，其他资金 0）"},
)

T2 = Table(
    "project",
    "农村义务教育学校校舍维修改造",
    240.0,
    "完成6所农村小学教学楼屋面防水、门窗更换和外墙保温维修改造，改造面积约8600平方米，"
    "2024年8月底前完工，消除校舍安全隐患，改善办学条件。",
    [
        R(P, SL, "维修改造学校数", "6所", 5, basis="校舍安全排查台账"),
        R(P, SL, "维修改造面积", "≥8600平方米", 5, basis="维修改造项目设计概算"),
        R(P, ZL, "工程验收合格率", "100%", 4, basis="行业标准", c=V404),
        R(P, SX, "工程完工时间", "2024年8月底前", 4, basis="项目实施方案"),
        R(P, CB, "项目总成本", "≤240万元", 4, basis="预算批复"),
        R(E, SH, "校舍安全隐患消除", "有效消除", 2, basis="工作需要", c=codes(V401, V404)),
        R(E, JJ, "节约学校冬季供暖费用", "≥8%", 4, basis="2023年6所学校供暖费结算"),
        R(
            E,
            KC,
            "维修后校舍使用年限",
            "≥15年",
            4,
            basis="维修后校舍使用年限",
            c={"V404": "basis only repeats the indicator name"},
        ),
        R(S, MY, "师生满意度", "≥90%", 4, basis="问卷调查"),
        R(
            S,
            MY,
            "学生家长满意度",
            "≥85%",
            4,
            basis="问卷调查",
        ),
    ],
    title="滹阳县教育局2024年项目支出绩效目标表（二）",
    extra={"budget_source": "年度资金总额 240.00万元（其中：财政拨款 200.00，上年结转 40.00）"},
)


def _tab(t: Table, money: str) -> Tab:
    f = project_table(t, DEPT, HEAD, KEYS, "年度资金总额（万元）", money)
    return Tab(f, {"style": "tab"})


def render(doc: Doc) -> bytes:
    blocks: list[Block] = [
        "滹阳县教育局2024年部门预算公开",
        "",
        "附件3",
        "",
        T1.title,
        "单位：万元",
        _tab(T1, "186.50　其中：财政拨款 186.50　其他资金 0"),
        "",
        "填报说明：资助人数按学期累计人次统计。",
        "",
        T2.title,
        "单位：万元",
        _tab(T2, "240.00　其中：财政拨款 200.00　上年结转 40.00"),
        "",
        "                                                  —7—",
    ]
    return mixed_newlines(text_file(blocks, encoding="gb18030", newline="\r\n"), every=6)


DOC = Doc(
    "hg01_hebei_jiaoyu",
    "hg01_hebei_jiaoyu.txt",
    DEPT,
    2024,
    tags(
        "txt",
        "gb18030 crlf-mixed",
        "河北",
        "教育",
        "tab level1-once budget-lines several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
