"""hh14 — 青海 门川县市场监督管理局, 2024, text copied from a web page and two attachments
(UTF-8): an 评价指标体系 printed as one long line (cells separated by single spaces), a project
table whose cells run together, and a project table copied with the hierarchy shown by
indentation (and no 满意度 row)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, indented_table, text_file
from frame import project_table
from grid import Text
from hframe import lined_table
from kit import tags
from spec import Doc, Table
from textual import render_one_line

DEPT = "门川县市场监督管理局"

T1 = Table(
    "evaluation_system",
    "2024年食品安全抽检监测项目",
    None,
    None,
    rows(
        """
决策 | 项目立项 | 立项依据充分性 | | 项目立项是否符合国家法律法规和部门职责 | 符合得3分，否则不得分 | 3 |
 | 绩效目标 | 绩效目标合理性 | | 绩效目标与项目实施内容是否相符 | 相符得3分，部分相符得1分 | 3 |
 | 资金投入 | 预算编制科学性 | | 预算编制是否经过论证、内容与项目匹配 | 科学得4分，否则酌情扣分 | 4 |
过程 | 资金管理 | 资金到位率 | 100% | 实际到位资金÷计划投入资金×100% | 到位率×分值 | 5 | 4
 | | 预算执行率 | ≥95% | 实际支出资金÷实际到位资金×100% | 执行率×分值 | 5 | 4
 | 组织实施 | 管理制度健全性 | | 是否制定抽检工作方案和资金管理制度 | 健全得5分，否则不得分 | 5 |
产出 | 产出数量 | 食品安全抽检批次 | ≥1680批次 | 按每千人4批次的国家考核要求确定 | 完成得20分，每少10批次扣1分 | 20 | 5
 | 产出质量 | 抽检不合格食品核查处置率 | 100% | 依法完成核查处置的不合格批次÷不合格批次 | 每低1个百分点扣1分 | 10 | 4
 | 产出时效 | 抽检结果公开及时率 | 100% | 按规定时限公开的抽检信息÷应公开信息 | 每低1个百分点扣1分 | 10 | 4
 | 产出成本 | 单批次检验成本 | ≤500元/批次 | 检验费用÷抽检批次 | 超出不得分 | 10 | 4
效益 | 社会效益 | 食品安全评价性抽检合格率 | ≥98% | 评价性抽检合格批次÷评价性抽检批次 | 每低1个百分点扣2分 | 10 | 4
 | 满意度 | 群众食品安全满意度 | ≥85% | 第三方问卷调查 | 每低1个百分点扣1分 | 15 | 4
""",
        "l1 l2 l3 value desc std weight spec",
    ),
    title="2024年食品安全抽检监测项目绩效评价指标体系",
    extra={"total_row": "合计 100"},
)

T2 = Table(
    "project",
    "2024年特种设备安全监管经费",
    31.2,
    "完成全县在用特种设备定期检验2600台以上，检查使用单位180家，事故隐患整改率100%。",
    rows(
        """
产出指标 | 数量指标 | 特种设备定期检验台数 | ≥2600台 | 4 |
 | | 检查特种设备使用单位 | ≥180家 | 4 |
 | 质量指标 | 事故隐患整改率 | 100% | 4 |
 | 时效指标 | 隐患整改期限 | ≤30日 | 4 |
 | 成本指标 | 单台定期检验补助 | ≤120元/台 | 4 |
效益指标 | 社会效益指标 | 特种设备万台死亡人数 | ≤0.3人 | 4 |
满意度指标 | 服务对象满意度指标 | 使用单位满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="2024年特种设备安全监管经费绩效目标表",
)

T3 = Table(
    "project",
    "2024年消费者权益保护工作经费",
    18.0,
    "依法受理消费投诉举报，开展“3·15”等消费维权宣传活动，投诉按期办结率98%以上。",
    rows(
        """
产出指标 | 数量指标 | 受理消费投诉举报件数 | ≥1500件 | 4 |
 | | 开展消费维权宣传活动 | ≥6场 | 4 |
 | 质量指标 | 投诉按期办结率 | ≥98% | 4 |
 | | 为消费者挽回经济损失 | ≥80万元 | 4 | C202:an economic effect under 质量
 | 时效指标 | 投诉处理时限 | ≤7个工作日 | 4 |
效益指标 | 社会效益指标 | 放心消费环境 | 持续优化 | 2 | V401
""",
        "l1 l2 l3 value spec codes",
    ),
    title="2024年消费者权益保护工作经费绩效目标表",
    codes={"C203": "no 满意度 row in a project that serves consumers"},
)


def render(doc: Doc) -> bytes:
    f1 = lined_table(
        [],
        [["一级指标", "二级指标", "三级指标", "目标值", "指标解释", "评分标准", "分值"]],
        T1.rows,
        ["l1", "l2", "l3", "value", "desc", "std", "weight"],
        tail=[["合计", "", "", "", "", "", "100"]],
    )
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "31.20",
        "年度目标",
    )

    def one_line(t: Text) -> None:
        render_one_line(t, f1, prefix=T1.title)

    blocks: list[object] = [
        "门川县市场监督管理局2024年部门预算及绩效目标公开",
        "发布时间：2024-02-06　浏览次数：318",
        "一、重点项目绩效评价指标体系",
        one_line,
        "",
        "二、" + T2.title,
        Tab(f2, {"style": "together"}),
        "",
        "三、" + T3.title,
        indented_table(
            "",
            [("项目名称", T3.project), ("项目资金（万元）", "18.00"), ("年度目标", T3.goal or "")],
            T3.rows,
            indent=(1, 2, 4, 0),
        ),
    ]
    return text_file(blocks)  # type: ignore[arg-type]


DOC = Doc(
    "hh14_qinghai_shichang",
    "hh14_青海门川县市场监督管理局_2024.txt",
    DEPT,
    2024,
    tags(
        "txt",
        "utf-8",
        "青海",
        "市场监管",
        "one-line run-together indentation evaluation-system nonstandard-names several-tables",
    ),
    [T1, T2, T3],
    render=render,
)
