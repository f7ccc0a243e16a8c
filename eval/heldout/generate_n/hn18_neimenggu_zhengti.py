"""hn18 — 内蒙古 锡伯淖旗农牧局: the department-wide target table (部门整体绩效目标表) as a WPS
DOCX, with 履职产出 / 履职效能 as 一级, the medium-term (2025-2027) value beside the annual one,
the department's budget lines (基本支出 / 项目支出) and both goals."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from nkit import framed, tags
from spec import Doc, Table

UNIT = "锡伯淖旗农牧局"

T1 = Table(
    "overall",
    "锡伯淖旗农牧局",
    9864.2,
    "2025年落实草原生态保护补助奖励政策，完成牲畜春秋两季防疫，推进奶业振兴和饲草料基地建设，保障全旗农牧业稳定发展。",
    rows(
        """
履职产出 | 数量指标 | 草原禁牧面积 | 1260万亩 | 1260万亩 | 4 |
         |          | 草畜平衡面积 | 980万亩 | 980万亩 | 4 |
         |          | 牲畜春秋两季免疫数量 | ≥420万头（只） | ≥1300万头（只）（三年累计） | 4 |
         |          | 新建标准化奶牛养殖场 | 2座 | 6座 | 4 |
         | 质量指标 | 重大动物疫病免疫密度 | ≥90% | ≥90% | 4 |
         |          | 农畜产品质量安全抽检合格率 | ≥98% | ≥98% | 4 |
         | 时效指标 | 草原补奖资金发放时间 | 当年12月底前 | 每年12月底前 | 4 |
         | 成本指标 | 禁牧补助标准 | 7.5元/亩 | 7.5元/亩·年 | 4 |
履职效能 | 经济效益指标 | 牧民人均可支配收入增长 | ≥6% | 年均≥6% | 4 |
         | 社会效益指标 | 重大动物疫情发生 | 0起 | 0起 | 4 |
         | 生态效益指标 | 草原综合植被盖度 | ≥47% | ≥48% | 4 |
         |              | 天然草原鲜草产量 | 增加 | 逐年增加 | 2 | V401
         | 可持续影响指标 | 草原生态保护长效机制 | 健全 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 农牧民满意度 | ≥90% | ≥90% | 4 |
         |                    | 农牧民满意度 | ≥85% | ≥85% | 4 |
""",
        "l1 l2 l3 value mid_value spec codes",
    ),
    codes={
        "C204": "the same 三级 name (农牧民满意度) twice in one table",
        "G701": "the goal's 饲草料基地建设 has no indicator",
    },
    extra={
        "mid_term_goal": "到2027年草原综合植被盖度稳定在48%以上，奶牛存栏达到3万头，牲畜重大疫病零发生。",
        "budget_source": "部门预算总额9864.20万元：基本支出1236.70万元、项目支出8627.50万元",
        "duplicate_rows": ["农牧民满意度"],
    },
)


def render(doc: Doc) -> bytes:
    f = framed(
        5,
        [
            ("部门（单位）名称", UNIT),
            ["年度预算（万元）", "部门预算总额", "基本支出", "项目支出", ""],
            ["", "9864.20", "1236.70", "8627.50", ""],
            ("中长期目标（2025-2027年）", T1.extra["mid_term_goal"]),
            ("年度目标（2025年）", T1.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值"]],
        T1.rows,
        ["l1", "l2", "l3", "value", "mid_value"],
    )
    f.grid.span(1, 0, 2, 0)
    return docx_file(
        [
            "附表9",
            "# 锡伯淖旗农牧局2025年部门整体绩效目标表",
            "编制单位：锡伯淖旗农牧局　　　　　　　　　　单位：万元",
            Tab(f, trailing_empty=[(5, 2), (10, 3)]),
            "单位负责人：巴特尔　　财务负责人：乌云　　填表人：其其格",
        ],
        wps=True,
        split_runs=True,
    )


DOC = Doc(
    "hn18_neimenggu_zhengti",
    "hn18_锡伯淖旗农牧局_部门整体绩效目标表_2025.docx",
    UNIT,
    2025,
    tags(
        "docx",
        "wps",
        "内蒙古",
        "农牧（部门整体）",
        """midterm-annual budget-lines nonstandard-names level1-once goal-heading unit-year-framing""",
    ),
    [T1],
    render,
)
