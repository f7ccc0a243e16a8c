"""胶河县图书馆 (山东): UTF-8 text with CRLF copied out of a Word file; the free-opening project
one cell per line between blank lines with （必填） marks, the transfer table of the public
culture grant one cell per line ending in a pipe, and the library's evaluation-indicator system
as tab rows with its 合计 line."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from kit import tags
from mframe import framed
from spec import Doc, Table

UNIT = "胶河县图书馆"

T1 = Table(
    "project",
    "公共图书馆免费开放",
    32.0,
    "全年免费开放不少于300天，接待读者18万人次，举办阅读推广活动60场。",
    rows(
        """
产出指标 | 数量指标（必填） | 年接待读者人次 | ≥18万人次 | 反映到馆读者人次 | 年度工作计划 | 4 | V403 V404
         |                  | 举办阅读推广活动 | ≥60场 | 举办阅读推广活动 | 上年举办52场 | 4 | V403
         |                  | 新增馆藏图书 | ≥8000册 | 当年新入藏纸质图书册数 | 图书采购合同 | 5 |
         | 质量指标（必填） | 每周开放时间 | ≥56小时 | 反映每周开放时间 | 《公共图书馆服务规范》 | 4 | V403
         | 时效指标 | 年开放天数 | ≥300天 | 全年对外开放天数 | 历史数据 | 4 |
         | 成本指标 | 免费开放补助资金 | =32万元 | 中央、省、县免费开放补助合计 | 预算批复 | 4 |
效益指标 | 社会效益指标（必填） | 全民阅读氛围 | 进一步浓厚 | 反映全民阅读氛围 | 现实需求 | 2 | V401 V403 V404
满意度指标 | 服务对象满意度指标（必填） | 读者满意度 | ≥95% | 问卷调查读者满意比例 | 读者问卷调查 | 5 |
""",
        "l1 l2 l3 value desc basis spec codes",
    ),
    title="胶河县图书馆2025年项目支出绩效目标表",
)

T2 = Table(
    "transfer",
    "中央补助地方公共文化服务体系建设专项资金",
    46.5,
    "支持县图书馆、文化馆、乡镇综合文化站免费开放，全县开展流动图书服务不少于200次。",
    rows(
        """
产出指标 | 数量指标 | 免费开放场馆数量 | 14个 | 4
         |          | 流动图书服务次数 | ≥200次 | 4
         | 质量指标 | 乡镇综合文化站免费开放达标率 | ≥90% | 4
         | 时效指标 | 资金下达时间 | 收到上级资金后30日内 | 4
效益指标 | 社会效益指标 | 全省群众公共文化服务获得感 | 显著提升 | 2 | V401 T105:a province-level effect (全省) in a county region table
满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="2025年公共文化服务体系建设专项资金区域绩效目标表",
    extra={
        "region": "胶河县",
        "budget_source": "年度金额 46.50 = 中央补助 38.00 + 县级配套 8.50（万元）",
    },
)

T3 = Table(
    "evaluation_system",
    "公共图书馆免费开放",
    None,
    None,
    rows(
        """
决策 | 项目立项 | 立项程序规范性 | | | 5 | 是否按规定程序申请设立
     | 绩效目标 | 绩效指标明确性 | | | 5 | 指标是否清晰、细化、可衡量
过程 | 资金管理 | 预算执行率 | | | 10 | 实际支出/预算数×100%
     | 组织实施 | 管理制度健全性 | | | 10 | 是否建立免费开放管理制度
产出 | 产出数量 | 读者接待完成率 | | | 15 | 实际接待人次/计划接待人次×100%
     | 产出数量 | 阅读推广活动完成率 | | | 15 | 实际举办场次/计划场次×100%
     | 产出时效 | 开放天数达标情况 | | | 10 | 全年开放天数是否达到300天
效益 | 社会效益 | 人均到馆次数 | | | 15 | 到馆人次/服务人口
     | 满意度 | 读者满意度 | | | 15 | 问卷调查
""",
        "l1 l2 l3 value spec weight desc",
    ),
    title="胶河县图书馆免费开放项目绩效评价指标体系",
    extra={"total_row": "合计 | 100"},
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        6,
        T1.rows,
        ["l1", "l2", "l3", "value", "desc", "basis"],
        [["一级指标", "二级指标", "三级指标", "指标值", "指标解释", "指标值设定依据"]],
        above=[
            ("项目名称", T1.project, "主管部门", "胶河县文化和旅游局"),
            ("项目资金（万元）", "32.00"),
            ("年度目标", T1.goal or ""),
        ],
    )
    f2 = framed(
        4,
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        above=[
            ("转移支付项目", T2.project),
            ("年度金额（万元）", "46.50"),
            ("其中：中央补助", "38.00"),
            ("县级配套", "8.50"),
            ("年度目标", T2.goal or ""),
        ],
    )
    f3 = framed(
        5,
        T3.rows,
        ["l1", "l2", "l3", "weight", "desc"],
        [["一级指标", "二级指标", "三级指标", "分值", "指标说明"]],
        below=[["合计", "", "", "100", ""]],
    )
    blocks = [
        "胶河县图书馆2025年部门预算公开",
        "五、绩效目标",
        "（一）" + T1.title,
        "",
        Tab(f1, {"style": "cell_blank"}),
        "（二）" + T2.title,
        Tab(f2, {"style": "cell_pipe"}),
        "六、绩效评价",
        T3.title,
        Tab(f3, {"style": "tab"}),
        "注：评价结果80分以上为良，90分以上为优。",
    ]
    return text_file(blocks, newline="\r\n")


DOC = Doc(
    "hm12_shandong_tushuguan",
    "hm12_山东胶河县图书馆_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8 crlf",
        "山东",
        "图书馆",
        "cell-per-line-blank cell-per-line-pipe tab label-notes transfer evaluation-system extra-columns",
    ),
    [T1, T2, T3],
    render=render,
)
