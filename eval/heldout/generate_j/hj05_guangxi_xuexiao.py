"""广西 · 崇岭县教育局 (two schools) 2025: one department-wide XLSX sheet for the schools'
projects (单位名称 | 项目名称 | 预算数（元） | 年度目标 | 一级 … | 指标性质 | 符号 | 值 | 单位 | 权重 |
指标方向), school subtotal lines, amounts as numbers; the 权重 column hidden, panes frozen and the
header set as print titles; the first rows of the last project print no 二级."""

from __future__ import annotations

import re

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, xlsx_file
from kit import tags
from spec import Doc, Row, Table

UNIT = "崇岭县教育局"
COLS = "l1 l2 l3 value nature weight direction note spec codes"
HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "符号",
    "值",
    "单位",
    "权重",
    "指标方向",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight", "direction"]


def parts(rs: list[Row]) -> list[Row]:
    """Split a value into 符号 | 值 | 单位; a 定性 value stands whole in the 值 column."""
    for r in rs:
        m = re.match(r"^(≥|≤|=|＝)?([0-9][0-9.,]*)(.*)$", r.value)
        if r.x.get("nature") == "定性" or not m:
            r.x["parts"] = ["", r.value, ""]
        else:
            r.x["parts"] = [m.group(1) or "", m.group(2), m.group(3)]
    return rs


T1 = Table(
    "project",
    "高中部实验室耗材购置",
    40.0,
    "分4批购置高中理化生实验耗材，保障分组实验开出率95%以上。",
    parts(
        rows(
            """
产出指标 | 数量指标 | 购置理化生实验耗材批次 | 4批 | 定量 | 15 | 正向 | | 4 |
         | 质量指标 | 耗材验收合格率 | 100% | 定量 | 15 | 正向 | | 4 |
         | 时效指标 | 采购完成时间 | 2025年3月底前 | 定性 | 10 | 正向 | | 4 |
         | 成本指标 | 生均实验耗材费 | ≤180元/人 | 定量 | 10 | 反向 | | 4 |
效益指标 | 社会效益指标 | 学生分组实验开出率 | ≥95% | 定量 | 20 | 正向 | | 4 |
         | 可持续影响指标 | 实验教学常态化开展 | 长期 | 定性 | 10 | 正向 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥90% | 定量 | 20 | 正向 | | 4 |
""",
            COLS,
        )
    ),
    unit_line="801001-崇岭县第一中学",
    extra={"budget_source": "预算数（元）400,000.00", "hidden_columns": "权重 (column L) hidden"},
)

T2 = Table(
    "project",
    "校园安保及食堂从业人员劳务费",
    88.6,
    "聘用安保人员12人、食堂从业人员26名，按月发放劳务费，确保校园安全和师生就餐。",
    parts(
        rows(
            """
产出指标 | 数量指标 | 聘用安保人员 | 12人 | 定量 | 10 | 正向 | | 4 |
         |          | 聘用食堂从业人员 | 26名 | 定量 | 10 | 正向 | | 4 |
         | 质量指标 | 从业人员持证上岗率 | 100% | 定量 | 10 | 正向 | | 4 |
         | 时效指标 | 劳务费发放时间 | 按月 | 定性 | 10 | 正向 | | 3 |
         | 成本指标 | 安保人员月均劳务费 | ≤3200元/人·月 | 定量 | 10 | 反向 | | 4 |
效益指标 | 社会效益指标 | 校园安全责任事故 | 0起 | 定量 | 15 | 反向 | | 4 |
         |              | 校园安全感 | 明显增强 | 定性 | 15 | 正向 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 学生家长满意度 | ≥90% | 定量 | 20 | 正向 | | 4 |
""",
            COLS,
        )
    ),
    unit_line="801001-崇岭县第一中学",
    extra={"budget_source": "预算数（元）886,000.00", "hidden_columns": "权重 (column L) hidden"},
)

T3 = Table(
    "project",
    "课后服务经费补助",
    52.0,
    "为1800名以上学生提供课后服务，开设社团40个以上，缓解家长接送难。",
    parts(
        rows(
            """
产出指标 | 数量指标 | 参加课后服务学生数 | ≥1800人 | 定量 | 15 | 正向 | | 4 |
         |          | 课后服务社团个数 | ≥40个 | 定量 | 10 | 正向 | | 4 |
         | 质量指标 | 课后服务教师考核合格率 | ≥95% | 定量 | 10 | 正向 | | 4 |
         | 时效指标 | 补助发放时间 | 每学期结束后1个月内 | 定性 | 10 | 正向 | | 4 |
         | 成本指标 | 教师课后服务补助标准 | 50元 | 定量 | 10 | 反向 | | 3 | U301:a per-unit standard in bare 元 (per 课时 missing)
效益指标 | 社会效益指标 | 家长接送难问题 | 有效缓解 | 定性 | 25 | 正向 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 学生家长满意度 | ≥95% | 定量 | 20 | 正向 | | 4 |
""",
            COLS,
        )
    ),
    unit_line="801002-崇岭县实验小学",
    extra={"budget_source": "预算数（元）520,000.00", "hidden_columns": "权重 (column L) hidden"},
)

NOTE = "二级 not printed on the first rows of the project"
T4 = Table(
    "project",
    "教学楼屋面防水及门窗维修",
    21.55,
    "完成教学楼屋面防水1200平方米、更换门窗60樘，8月20日前完工，消除校舍安全隐患。",
    parts(
        rows(
            f"""
产出指标 | - | 维修教学楼屋面防水面积 | 1200平方米 | 定量 | 15 | 正向 | {NOTE} | 4 |
         |   | 更换教室门窗 | ≥60樘 | 定量 | 15 | 正向 | {NOTE} | 4 |
         | 质量指标 | 维修工程验收合格率 | ≥90% | 定量 | 10 | 正向 | | 3 | V405:quality rate of building work below 100%
         | 时效指标 | 完工时间 | 2025年8月20日前 | 定性 | 10 | 正向 | | 4 |
         | 成本指标 | 屋面防水每平方米造价 | ≤120元/平方米 | 定量 | 10 | 反向 | | 4 |
效益指标 | 社会效益指标 | 校舍安全隐患消除率 | 100% | 定量 | 20 | 正向 | | 4 |
满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 定量 | 20 | 正向 | | 4 |
""",
            COLS,
        )
    ),
    unit_line="801002-崇岭县实验小学",
    extra={"budget_source": "预算数（元）215,500.00", "hidden_columns": "权重 (column L) hidden"},
)


def render(doc: Doc) -> bytes:
    f, numbers = dept_wide(
        HEAD,
        KEYS,
        [
            Group("801-崇岭县第一中学", "1,286,000.00", [(T1, "400,000.00"), (T2, "886,000.00")]),
            Group("802-崇岭县实验小学", "735,500.00", [(T3, "520,000.00"), (T4, "215,500.00")]),
        ],
    )
    blocks = ["崇岭县教育局所属学校2025年项目支出绩效目标表", "单位：元", Tab(f, numbers=numbers)]
    return xlsx_file([("项目绩效目标", blocks)], hide_cols=("L",), freeze="E4", title_rows="3:3")  # type: ignore[list-item]


DOC = Doc(
    id="hj05_guangxi_xuexiao",
    file="hj05_广西崇岭县教育局所属学校_2025.xlsx",
    unit=UNIT,
    year=2025,
    tags=tags(
        "xlsx",
        "",
        "广西",
        "学校",
        "department-wide yuan split-value:符号/值/单位 extra-columns:nature+weight+direction "
        "level1-once:merged level2-missing-or-repeated:missing-first-rows goal-heading:年度目标 "
        "several-tables unit-year-framing:title",
        framework="产出/效益/满意度",
        noise="hidden column, frozen panes, print titles",
    ),
    tables=[T1, T2, T3, T4],
    render=render,
    extra={
        "subtotal_rows": [
            {"label": "801-崇岭县第一中学", "amount_yuan": 1286000.0},
            {"label": "802-崇岭县实验小学", "amount_yuan": 735500.0},
        ]
    },
)
