"""湖南 · 潕溪县气象局 2025: a WPS DOCX with the unit's name in the page header and repeated
column-header rows; a 部门整体 table (二级 repeated on every row, 效果/影响力 names, 分值 column,
budget lines) and a project table in the 2021 tree whose cost 二级 are broken over two lines."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from jframe import Build
from kit import tags
from spec import Doc, Table

UNIT = "潕溪县气象局"

T1 = Table(
    "overall",
    UNIT,
    456.2,
    "1.完成全年人工影响天气作业30次以上；2.发布气象灾害预警信息200条以上，预警公众覆盖率95%以上；"
    "3.做好乡镇气象信息员队伍和自动气象站运行保障。",
    rows(
        """
产出指标 | 数量指标 | 人工影响天气作业次数 | ≥30次 | 10 | 4 |
         | 数量指标 | 气象灾害预警信息发布条数 | ≥200条 | 10 | 4 |
         | 质量指标 | 24小时晴雨预报准确率 | ≥88% | 10 | 4 |
         | 质量指标 | 自动气象站数据到报率 | ≥98% | 10 | 4 |
         | 时效指标 | 灾害性天气预警提前量 | ≥30分钟 | 10 | 4 |
效益指标 | 效果指标 | 气象灾害造成的经济损失 | 逐年减少 | 10 | 2 | V401
         | 效果指标 | 预警信息公众覆盖率 | ≥95% | 15 | 4 |
         | 影响力指标 | 气象为农服务能力 | 持续提升 | 15 | 2 | V401
满意度指标 | 满意度指标 | 社会公众气象服务满意度 | ≥85% | 10 | 4 |
""",
        "l1 l2 l3 value weight spec codes",
    ),
    title="潕溪县气象局2025年部门整体支出绩效目标表",
    extra={
        "budget_source": "年度资金总额 456.2；其中：财政拨款 398.2；其他资金 58.0（万元）",
        "note": "二级 printed on every row",
    },
)

T2 = Table(
    "project",
    "人工影响天气作业弹药购置",
    36.0,
    "购置增雨防雹火箭弹120枚、高炮弹800发，4月底前到位，保障春夏季人工增雨防雹作业。",
    rows(
        """
产出指标 | 数量指标 | 购置增雨防雹火箭弹 | 120枚 | | 4 |
         |          | 购置高炮弹 | ≥800发 | | 4 |
         | 质量指标 | 弹药验收合格率 | 100% | | 4 |
         | 时效指标 | 弹药到位时间 | 2025年4月底前 | | 4 |
成本指标 | 经济成本指标 | 火箭弹单价 | ≤2200元/枚 | 经济成本\\n指标 | 4 |
         | 社会成本指标 | 社会成本指标 | 无 | 社会成本\\n指标 | 1 | T107
         | 生态环境成本指标 | 作业对生态环境的影响 | 无 | 生态环境\\n成本指标 | 3 |
效益指标 | 经济效益指标 | 减少冰雹灾害农业损失 | ≥500万元 | | 4 |
         | 社会效益指标 | 人工增雨作业覆盖乡镇 | 14个 | | 4 |
满意度指标 | 服务对象满意度指标 | 受益乡镇满意度 | ≥90% | | 4 |
""",
        "l1 l2 l3 value printed_l2 spec codes",
    ),
    title="潕溪县气象局2025年项目支出绩效目标表",
)


def render(doc: Doc) -> bytes:
    b = Build(5)
    b.wide("部门（单位）名称", UNIT)
    r = b.line("年度预算资金（万元）", "资金总额", "其中：财政拨款", "其他资金", "")
    b.line("", "456.2", "398.2", "58.0", "")
    b.vspan(r, r + 1, 0)
    b.wide("年度总体目标", T1.goal or "")
    b.line("一级指标", "二级指标", "三级指标", "指标值", "分值", head=True)
    f1 = b.body(T1.rows, ["l1", "l2", "l3", "value", "weight"], merge=("l1",))
    c = Build(4)
    c.wide("项目名称", T2.project)
    c.wide("主管部门", UNIT)
    c.wide("项目资金（万元）", "36.00")
    c.wide("年度绩效目标", T2.goal or "")
    c.line("一级指标", "二级指标", "三级指标", "指标值", head=True)
    f2 = c.body(T2.rows, ["l1", "l2", "l3", "value"])
    blocks = [
        "# " + T1.title,
        Tab(f1),
        "# " + T2.title,
        Tab(f2, trailing_empty=[(5, 3), (9, 3)]),
        "备注：成本指标按2021年新版指标体系填报。",
    ]
    return docx_file(blocks, wps=True, page_header="潕溪县气象局部门预算公开", repeat_header=(0,))  # type: ignore[arg-type]


DOC = Doc(
    id="hj03_hunan_qixiang",
    file="hj03_湖南潕溪县气象局_2025.docx",
    unit=UNIT,
    year=2025,
    tags=tags(
        "docx",
        "",
        "湖南",
        "气象",
        "broken-labels:level2-cells level2-missing-or-repeated:repeated nonstandard-names:效果/影响力 "
        "level1-once:merged extra-columns:weight budget-lines several-tables goal-heading:年度总体目标 "
        "unit-year-framing:title",
        framework="overall 产出/效益/满意度; project 2021 (成本指标 一级)",
        noise="WPS soft breaks, trailing empty paragraphs, page header, repeated header row",
    ),
    tables=[T1, T2],
    render=render,
)
