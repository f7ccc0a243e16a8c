"""湖南 · 涟溪县教育局: tab-separated text copied out of a Word attachment (UTF-8).

Patterns: tab rows; header labels broken over lines (一级\\n指标); 一级 only on the first row of
its block; 二级 repeated on every row; a 其中: sub-row; 备注 column; budget lines
年度资金总额 / 其中:财政拨款 / 上年结转 / 其他资金 in 万元; goal under 年度目标; unit and
year in the title line, a 发布时间 line above.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "涟溪县教育局"
TITLE = "涟溪县教育局2024年项目支出绩效目标表"

T1_GOAL = (
    "完成全县12所农村义务教育学校校舍维修改造，消除C级危房6栋，改善约4800名学生的学习生活条件，"
    "工程验收合格率100%。"
)
T1_ROWS = [
    R("产出指标", "数量指标", "维修改造学校数量", "12所", 5, basis="2024年校舍维修改造计划"),
    R("产出指标", "数量指标", "消除C级危房栋数", "6栋", 5, basis="校舍安全鉴定报告"),
    R("产出指标", "数量指标", "维修改造面积", "≥8600平方米", 5, basis="工程预算书"),
    R(
        "产出指标",
        "数量指标",
        "其中：屋面防水改造面积",
        "≥3200平方米",
        5,
        basis="工程预算书",
        note="“其中”子行，属上一行（维修改造面积）",
        sub_row_of=3,
    ),
    R(
        "产出指标",
        "质量指标",
        "工程验收合格率",
        "100%",
        5,
        basis="《建筑工程施工质量验收统一标准》",
    ),
    R(
        "产出指标",
        "质量指标",
        "施工安全事故发生次数",
        "0次",
        4,
        {"V404": "依据“行业标准”过于笼统"},
        basis="行业标准",
    ),
    R(
        "产出指标",
        "时效指标",
        "开工时间",
        "2024年6月底前",
        4,
        {"V404": "依据“项目计划”过于笼统"},
        basis="项目计划",
        remark="暑期施工",
    ),
    R(
        "产出指标",
        "时效指标",
        "完工时间",
        "2024年8月31日前",
        4,
        {"V404": "依据“项目计划”过于笼统"},
        basis="项目计划",
    ),
    R("产出指标", "成本指标", "校舍维修改造平均成本", "≤490元/平方米", 5, basis="工程预算书"),
    R("效益指标", "社会效益指标", "受益学生人数", "≥4800人", 5, basis="学籍系统在校生数"),
    R(
        "效益指标",
        "社会效益指标",
        "改善办学条件",
        "明显改善",
        2,
        {"V401": "“明显改善”无判定标准", "V404": "依据“工作需要”过于笼统"},
        basis="工作需要",
    ),
    R("效益指标", "可持续影响指标", "维修改造后校舍使用年限", "≥15年", 4, basis="设计文件"),
    R("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", 4, basis="问卷调查"),
]

T2_GOAL = (
    "按照小学每生每年1000元、初中每生每年1250元的标准，为全县约1650名家庭经济困难寄宿生"
    "发放生活补助，做到应助尽助。"
)
T2_ROWS = [
    R("产出指标", "数量指标", "资助小学寄宿生人数", "≥780人", 5, basis="2023年秋季学期资助名单"),
    R("产出指标", "数量指标", "资助初中寄宿生人数", "≥870人", 5, basis="2023年秋季学期资助名单"),
    R(
        "产出指标",
        "质量指标",
        "资助对象认定准确率",
        "100%",
        4,
        {"V404": "依据“资助政策”即政策文件，过于笼统"},
        basis="资助政策",
    ),
    R(
        "产出指标",
        "质量指标",
        "补助资金足额发放率",
        "100%",
        4,
        {"V404": "依据“资助政策”即政策文件，过于笼统"},
        basis="资助政策",
    ),
    R(
        "产出指标",
        "时效指标",
        "资金发放及时率",
        "及时",
        2,
        {
            "U301": "及时率以“及时”文字表述，无比例",
            "V401": "“及时”无时限标准",
            "V404": "依据“资助政策”即政策文件，过于笼统",
        },
        basis="资助政策",
    ),
    R(
        "产出指标",
        "成本指标",
        "小学生均补助标准",
        "1000元/生·年",
        4,
        {"V404": "依据“省定标准”只是类别词，未指明文件"},
        basis="省定标准",
    ),
    R(
        "产出指标",
        "成本指标",
        "初中生均补助标准",
        "1250元/生·年",
        4,
        {"V404": "依据“省定标准”只是类别词，未指明文件"},
        basis="省定标准",
    ),
    R(
        "效益指标",
        "社会效益指标",
        "家庭经济困难学生义务教育巩固率",
        "≥99%",
        4,
        basis="历年数据",
    ),
    R(
        "效益指标",
        "社会效益指标",
        "因贫辍学学生人数",
        "0人",
        4,
        {"V404": "指标值确定依据为空"},
    ),
    R(
        "效益指标",
        "可持续影响指标",
        "资助政策知晓率",
        "≥XX%",
        1,
        {"T107": "指标值为模板占位符“XX”", "V404": "指标值确定依据为空"},
    ),
    R("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", 4, basis="问卷调查"),
]


def _table(lines: Lines, name: str, money: list[str], goal: str, rows: list) -> None:
    lines.add(
        TITLE,
        "单位：万元",
        f"项目名称\t{name}\t\t\t\t",
        f"主管部门\t{UNIT}\t实施单位\t{UNIT}\t\t",
        "年度资金总额\t其中：财政拨款\t上年结转\t其他资金\t\t",
        "\t".join(money) + "\t\t",
        f"年度目标\t{goal}\t\t\t\t",
        "一级\n指标\t二级\n指标\t三级指标\t指标值\t指标值确定依据\t备注",
    )
    previous = None
    for r in rows:
        first = r.level1 if r.level1 != previous else ""
        previous = r.level1
        cells = [first, r.level2, r.level3, r.value, r.basis or "", r.extra.get("remark", "")]
        lines.row(r, "\t".join(cells))
    lines.add("")


def build() -> Doc:
    t1 = Table(
        "project",
        "project",
        "农村义务教育学校校舍维修改造",
        420.0,
        T1_GOAL,
        TITLE,
        T1_ROWS,
        extra={
            "budget_source": {
                "unit": "万元",
                "年度资金总额": "420.00",
                "财政拨款": "380.00",
                "上年结转": "40.00",
                "其他资金": "0.00",
            },
        },
    )
    t2 = Table(
        "project",
        "project",
        "义务教育阶段家庭经济困难学生生活补助",
        186.5,
        T2_GOAL,
        TITLE,
        T2_ROWS,
        extra={
            "budget_source": {
                "unit": "万元",
                "年度资金总额": "186.50",
                "财政拨款": "186.50",
                "上年结转": "0.00",
                "其他资金": "0.00",
            },
        },
    )
    doc = Doc(
        id="hl01_hunan_edu",
        filename="hl01_hunan_edu.txt",
        unit=UNIT,
        year=2024,
        province="湖南",
        fmt="txt",
        encoding="utf-8",
        patterns=[
            "1.tab",
            "1.broken-labels",
            "2.level1-once:first-row",
            "2.level2-missing-or-repeated:repeated",
            "2.sub-rows",
            "3.extra-columns:备注",
            "4.budget-lines",
            "4.goal-heading:年度目标",
            "4.unit-year-framing:title-line",
            "4.unit-year-framing:published-line",
        ],
        tables=[t1, t2],
    )
    lines = Lines()
    lines.add(
        "涟溪县教育局2024年部门预算项目绩效目标公开",
        "发布时间：2024-02-06 16:30  来源：涟溪县教育局  字体：[大 中 小]",
        "",
        "根据《涟溪县财政局关于做好2024年县级部门预算公开工作的通知》要求，现将我局2024年重点项目支出绩效目标公开如下：",
        "",
    )
    _table(lines, t1.project, ["420.00", "380.00", "40.00", "0.00"], T1_GOAL, T1_ROWS)
    _table(lines, t2.project, ["186.50", "186.50", "0.00", "0.00"], T2_GOAL, T2_ROWS)
    lines.add("涟溪县教育局", "2024年2月6日")
    lines.write(doc.path)
    return doc
