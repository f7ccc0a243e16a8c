"""hi01 北京 · 燕溪区统计局 2025: UTF-8 text copied out of a Word file. Table 1 in tab rows with
the 一级 printed once per block (merged cells) and a glossed value header; table 2 shown with the
hierarchy as indentation (one cell per line). Title line with unit and year, prose between."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from inoise import indent_prose
from kit import tags
from spec import Doc, Table
from textual import render_indented

COLS = "l1 l2 l3 value spec codes"
UNIT = "北京市燕溪区统计局"

T1 = Table(
    "project",
    "区级住户调查及劳动力调查经费",
    38.6,
    "完成全年住户收支调查和月度劳动力调查，按时报送月度、季度数据，为区委区政府研判居民收入和就业形势提供数据。",
    rows(
        """
产出指标 | 数量指标 | 住户调查样本户数 | 120户 | 4 |
         |          | 劳动力调查入户调查轮次 | 12次 | 4 |
         | 质量指标 | 调查数据上报差错率 | ≤0.5% | 4 |
         |          | 样本户记账审核率 | 100% | 4 |
         | 时效指标 | 月度数据报送时间 | 每月3日前 | 4 |
         | 成本指标 | 辅助调查员劳务补助标准 | ≤300元/户·年 | 4 |
效益指标 | 社会效益指标 | 为区委区政府决策提供数据支撑 | 有效支撑 | 2 | V401
         |              | 统计数据社会公众知晓度 | 明显提高 | 2 | V401
         | 可持续影响指标 | 住户调查样本轮换机制 | 长期 | 2 | V401
满意度指标 | 服务对象满意度指标 | 调查户对调查员工作满意度 | ≥90% | 4 |
           |                    | 数据使用部门满意度 | ≥85% | 4 |
""",
        COLS,
    ),
    title="北京市燕溪区统计局2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "统计执法检查及数据质量核查经费",
    12.0,
    "开展“双随机、一公开”统计执法检查，核查重点专业数据质量，依法查处统计违法行为。",
    rows(
        """
产出指标 | 数量指标 | “双随机”统计执法检查单位数 | ≥60家 | 4 |
         |          | 统计数据质量核查专业数 | ≥4个 | 4 |
         | 质量指标 | 立案案件按期办结率 | 100% | 4 |
         | 时效指标 | 执法检查完成时间 | 2025年11月底前 | 4 |
         | 成本指标 | 执法检查经费预算执行率 | ≥95% | 4 | C202:a fund-execution rate placed under 成本 (it measures progress, not cost)
效益指标 | 社会效益指标 | 查处统计违法案件 | ≥5件 | 4 | C206:cases handled are an output count placed under 社会效益
         |              | 统计法治意识 | 进一步增强 | 2 | V401
满意度指标 | 服务对象满意度指标 | 被检查单位满意度 | ≥75% | 3 | V405:satisfaction target below 80%
""",
        COLS,
    ),
    title="北京市燕溪区统计局2025年项目支出绩效目标表",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值（含计量单位）"]
KEYS = ["l1", "l2", "l3", "value"]


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "38.60", "年度目标")
    intro = [
        "北京市燕溪区统计局2025年部门预算",
        "",
        "第四部分 项目支出绩效目标",
        "",
        indent_prose(
            "按照区财政局关于全面实施预算绩效管理的要求，现将我局2025年重点项目绩效目标公开如下。"
        ),
        "",
        T1.title,
        "一、区级住户调查及劳动力调查经费",
    ]
    mid = [
        "",
        "二、统计执法检查及数据质量核查经费",
        "项目名称：统计执法检查及数据质量核查经费",
        "项目资金：12.00万元",
        "年度目标：" + (T2.goal or ""),
        "绩效指标：",
    ]
    tail = ["", indent_prose("（以上金额均为财政拨款，单位：万元）")]
    return text_file(
        [*intro, Tab(f1, {"style": "tab"}), *mid, lambda t: render_indented(t, T2.rows), *tail]
    )


DOC = Doc(
    id="hi01_beijing_tongji",
    file="hi01_北京燕溪区统计局_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8",
        "北京",
        "统计",
        "tab level1-once value-header-gloss unit-year-framing several-tables indentation",
    ),
    tables=[T1, T2],
    render=render,
)
