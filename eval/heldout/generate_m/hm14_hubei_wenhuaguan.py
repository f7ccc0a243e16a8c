"""沮水县文化馆 (湖北): a Word DOCX (proofing marks, split runs, a PAGE/NUMPAGES footer); the
部门整体 table with 履职 一级 names and a glossed value header, and a project table with a 中期
指标值 column beside the annual one; the same vague goal in both."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from kit import tags
from mframe import framed
from spec import Doc, Table

UNIT = "沮水县文化馆"
SLOGAN = "繁荣群众文化，丰富人民群众精神文化生活，不断提升公共文化服务水平。"

T1 = Table(
    "overall",
    UNIT,
    268.42,
    SLOGAN,
    rows(
        """
履职产出 | 数量指标 | 举办群众文化活动 | ≥120场 | 4
         |          | 开展公益艺术培训 | ≥40期 | 4
         |          | 指导乡镇综合文化站 | 12个 | 4
         | 质量指标 | 免费开放服务达标率 | 100% | 4
         | 时效指标 | 全年开放天数 | ≥300天 | 4
         | 成本指标 | 一般性支出压减比例 | ≥5% | 4
履职效能 | 社会效益指标 | 群众文化参与度 | 持续提高 | 2 | V401
         |              | 非遗项目保护传承 | 有效 | 2 | V401
         | 可持续影响指标 | 文艺骨干队伍 | ≥300人 | 3 | C202:a count of amateur artists (an output) placed under 可持续影响
满意度 | 服务对象满意度指标 | 群众满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="沮水县文化馆2025年部门整体绩效目标表",
    codes={"G702": "a slogan goal with no scope, quantity or time"},
    extra={"budget_source": "部门预算总额 268.42万元", "value_header": "指标值（含计量单位）"},
)

T2 = Table(
    "project",
    "“村晚”及送戏下乡活动",
    45.0,
    SLOGAN,
    rows(
        """
产出指标 | 数量指标 | 送戏下乡场次 | ≥96场 | 4 | ≥300场
         |          | 举办“村晚”场次 | 12场 | 4 | 36场
         | 质量指标 | 演出节目原创率 | ≥30% | 4 | ≥35%
         | 时效指标 | “村晚”举办时间 | 2025年春节前后 | 4 | 每年春节前后
         | 成本指标 | 每场送戏下乡演出补助 | ≤3000元 | 4 | ≤3000元
效益指标 | 社会效益指标 | 惠及农村群众 | ≥5万人次 | 4 | ≥15万人次
满意度指标 | 服务对象满意度指标 | 观众满意度 | ≥90% | 4 | ≥90%
""",
        "l1 l2 l3 value spec mid_value",
    ),
    title="沮水县文化馆2025年项目支出绩效目标表",
    codes={"G702": "a slogan goal with no scope, quantity or time (the unit's overall slogan)"},
    extra={
        "mid_term_goal": "2025—2027年送戏下乡300场，每年举办“村晚”12场。",
        "mid_term_budget_wan": 135.0,
        "budget_source": "年度资金 45.00万元；中期资金 135.00万元",
    },
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        4,
        T1.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值（含计量单位）"]],
        above=[("单位名称", UNIT), ("部门预算总额（万元）", "268.42"), ("年度总体目标", SLOGAN)],
    )
    f2 = framed(
        5,
        T2.rows,
        ["l1", "l2", "l3", "value", "mid_value"],
        [["一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值（2025—2027年）"]],
        above=[
            ("项目名称", T2.project),
            ("年度资金（万元）", "45.00"),
            ("中期资金（万元）", "135.00"),
            ("年度目标", SLOGAN),
            ("中期目标", T2.extra["mid_term_goal"]),
        ],
    )
    blocks = [
        f"# {UNIT}2025年部门预算绩效目标",
        "一、部门整体绩效目标",
        T1.title,
        Tab(f1),
        "二、项目支出绩效目标",
        T2.title,
        Tab(f2),
        "填表单位（盖章）：沮水县文化馆　　　　填表日期：2025年2月",
    ]
    return docx_file(blocks, wps=False, split_runs=True, proof=True, page_fields=True)


DOC = Doc(
    "hm14_hubei_wenhuaguan",
    "hm14_湖北沮水县文化馆_2025.docx",
    UNIT,
    2025,
    tags(
        "docx",
        "",
        "湖北",
        "文化馆",
        "level1-once midterm-annual value-header-gloss goal-heading nonstandard-names several-tables",
    ),
    [T1, T2],
    render=render,
    codes={"T103": "the same goal text in the overall table and the project table"},
    extra={"t103_groups": [{"tables": [1, 2], "kind": "same goal text across tables"}]},
)
