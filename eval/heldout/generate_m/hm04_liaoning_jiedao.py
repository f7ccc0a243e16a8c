"""柳河口县兴隆街道办事处 (辽宁): GB18030 text with CRLF; the 部门整体 table as pipe rows padded
with empty cells and the 二级 repeated on every row, then a project table as a page converter
leaves merged cells (one cell per line, lone pipes); the project table does not print its 二级
on the first two rows; a leftover `我镇` in the text."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from kit import tags
from mframe import framed
from spec import Doc, Table

UNIT = "柳河口县兴隆街道办事处"

T1 = Table(
    "overall",
    UNIT,
    486.37,
    "围绕基层治理、民生服务和安全稳定三项重点，全年走访辖区居民6500户以上，配齐网格员42名，"
    "矛盾纠纷调解成功率达95%以上，12345热线工单按时办结率98%以上。",
    rows(
        """
产出指标 | 数量指标 | 社区网格员配备数量 | 42名 | 4
         | 数量指标 | 辖区居民走访户数 | ≥6500户 | 4
         | 数量指标 | 开展应急演练次数 | ≥4次 | 4
         | 质量指标 | 矛盾纠纷调解成功率 | ≥95% | 4
         | 质量指标 | 12345热线工单按时办结率 | ≥98% | 4
         | 时效指标 | 居民诉求响应时间 | ≤2个工作日 | 4
         | 成本指标 | “三公”经费 | 零增长 | 3
效益指标 | 社会效益指标 | 辖区社会治安 | 和谐稳定 | 2 | V401
         | 社会效益指标 | 刑事案件发案数 | ≥0起 | 3 | U305:≥ on a measure that should stay low (a lower bound of 0 is no target)
满意度指标 | 服务对象满意度指标 | 辖区居民满意度 | ≥92% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="柳河口县兴隆街道办事处2025年部门整体绩效目标表",
    extra={"budget_source": "部门预算总额 486.37万元", "goal_label": "年度总体目标"},
)

T2 = Table(
    "project",
    "老旧小区物业服务补助",
    36.0,
    "对辖区12个无物业老旧小区给予物业服务补助，覆盖居民3100户以上，年底前拨付到位。",
    rows(
        """
产出指标 | - | 补助老旧小区数量 | 12个 | 4 | | 二级 not printed on this row
         |   | 覆盖居民户数 | ≥3100户 | 4 | | 二级 not printed on this row
         | 质量指标 | 物业服务考核达标率 | ≥90% | 4
         | 时效指标 | 补助资金拨付时间 | 2025年12月底前 | 4
         | 成本指标 | 每平方米每月补助标准 | ≤0.5元 | 4
效益指标 | 社会效益指标 | 小区环境 | 明显改善 | 2 | V401
         | 可持续影响指标 | 老旧小区长效管理机制 | 建立 | 3
满意度指标 | 服务对象满意度指标 | 小区居民满意度 | ≥85% | 4
""",
        "l1 l2 l3 value spec codes note",
    ),
    title="2025年老旧小区物业服务补助项目绩效目标表",
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        6,
        T1.rows,
        ["l1", "l2", "l3", "value", "", ""],
        [["一级指标", "二级指标", "三级指标", "指标值", "", ""]],
        above=[
            ("单位名称", UNIT),
            ("部门预算总额（万元）", "486.37"),
            ("年度总体目标", T1.goal or ""),
        ],
        merge=("l1",),
    )
    f2 = framed(
        5,
        T2.rows,
        ["l1", "l2", "l3", "value", ""],
        [["一级指标", "二级指标", "三级指标", "指标值", "备注"]],
        above=[("项目名称", T2.project), ("项目资金", "36万元"), ("年度目标", T2.goal or "")],
    )
    blocks = [
        "柳河口县兴隆街道办事处2025年部门预算公开说明",
        "一、主要职能",
        "兴隆街道办事处下辖5个社区，主要负责辖区基层治理、民生服务、平安建设等工作。",
        "二、部门整体绩效目标",
        T1.title,
        Tab(f1, {"style": "pipe", "pad": 4}),
        "三、项目绩效目标",
        "我镇2025年实行绩效目标管理的项目1个。",
        T2.title,
        Tab(f2, {"style": "lone_pipe"}),
        "（以上数据以县财政局批复为准）",
    ]
    return text_file(blocks, encoding="gb18030", newline="\r\n")


DOC = Doc(
    "hm04_liaoning_jiedao",
    "hm04_辽宁柳河口县兴隆街道办事处_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "gb18030 crlf",
        "辽宁",
        "街道办事处",
        "pipe-padded lone-pipes level2-missing-or-repeated goal-heading",
    ),
    [T1, T2],
    render=render,
    codes={"T105": "the text says 我镇 (a township) in a street office's disclosure"},
    extra={"text_leftovers": ["我镇2025年实行绩效目标管理的项目1个。"]},
)
