"""hn19 — 福建 岱溪县国有资产事务中心: two projects of the state-capital operating budget (国有资本
经营预算) on a portal page pasted from Word and saved in GBK (split spans, `<o:p>`): the value in
four columns 指标值类型 | 目标值 | 度量单位 | 指标值内容 (a qualitative target stands in the last one)."""

from __future__ import annotations

import re

from dsl import rows
from emit import Tab, html_file
from nkit import framed, tags
from spec import Doc, Table

UNIT = "岱溪县国有资产事务中心"


def four(rs):
    """[指标值类型, 目标值, 度量单位, 指标值内容] of each row; the value is the joined text."""
    for r in rs:
        m = re.match(r"^(大于等于|小于等于|等于)?([0-9][0-9.]*)(.*)$", r.value)
        if m:
            r.x["parts"] = [m.group(1) or "", m.group(2), m.group(3), ""]
        else:
            r.x["parts"] = ["定性", "", "", r.value]
    return rs


COLS = "l1 l2 l3 value spec codes"

T1 = Table(
    "project",
    "县属国有企业资本金注入（城投公司）",
    3000.0,
    "向县城市建设投资集团注入资本金3000万元，用于城区停车场建设，提高企业资产质量和融资能力。",
    four(
        rows(
            """
产出指标 | 数量指标 | 注入资本金金额 | 等于3000万元 | 4 |
         |          | 新建公共停车泊位 | 大于等于1200个 | 4 |
         | 质量指标 | 资本金到位率 | 等于100% | 4 |
         | 时效指标 | 资本金拨付时间 | 2025年6月底前 | 4 |
效益指标 | 经济效益指标 | 企业资产负债率 | 小于等于65% | 4 |
         |              | 国有资本保值增值率 | 大于等于100% | 4 |
         | 社会效益指标 | 城区停车难问题 | 有效缓解 | 2 | V401
满意度指标 | 服务对象满意度指标 | 市民满意度 | 大于等于85% | 4 |
""",
            COLS,
        )
    ),
    extra={
        "budget_type": "国有资本经营预算",
        "value_columns": "指标值类型 | 目标值 | 度量单位 | 指标值内容",
    },
)
T2 = Table(
    "project",
    "国有企业退休人员社会化管理补助",
    126.0,
    "国有企业退休人员社会化管理补助经费。",
    four(
        rows(
            """
产出指标 | 数量指标 | 移交社区管理退休人员数 | 等于1260人 | 4 |
         |          | 移交社区数 | 等于14个 | 4 |
         | 质量指标 | 人事档案移交完整率 | 等于100% | 4 |
         |          | 退休人员信息核对准确率 | 大于等于98% | 4 |
         | 时效指标 | 移交完成时间 | 按时完成 | 2 | V401
         | 成本指标 | 人均管理补助标准 | 等于1000元 | 4 |
效益指标 | 社会效益指标 | 国企办社会职能剥离 | 全面完成 | 3 |
满意度指标 | 服务对象满意度指标 | 退休人员满意度 | 大于等于90% | 4 |
""",
            COLS,
        )
    ),
    codes={"T104": "the goal only restates the use of funds"},
    extra={"budget_type": "国有资本经营预算"},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容"]


def _f(t: Table, money: str):
    return framed(
        7,
        [
            ("项目名称", t.project),
            ("预算类型", "国有资本经营预算"),
            ("预算金额（万元）", money),
            ("项目绩效目标", t.goal or ""),
        ],
        [HEAD],
        t.rows,
        ["l1", "l2", "l3", "p0", "p1", "p2", "p3"],
    )


def render(doc: Doc) -> bytes:
    return html_file(
        [
            "岱溪县2025年国有资本经营预算项目绩效目标表",
            "（一）" + T1.project,
            Tab(_f(T1, "3000")),
            "（二）" + T2.project,
            Tab(_f(T2, "126")),
            "附件：岱溪县2025年国有资本经营预算项目绩效目标表.doc",
        ],
        "岱溪县2025年国有资本经营预算项目绩效目标公开",
        "岱溪县财政局",
        "2025-02-27 10:42",
        charset="gbk",
        style="word",
    )


DOC = Doc(
    "hn19_fujian_guozi",
    "hn19_岱溪县国有资产事务中心_国有资本经营预算项目绩效目标_2025.html",
    UNIT,
    2025,
    tags(
        "html",
        "gbk",
        "福建",
        "国资（国有资本经营预算）",
        """split-value level1-once several-tables goal-heading unit-year-framing""",
    ),
    [T1, T2],
    render,
)
