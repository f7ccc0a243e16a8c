"""hn17 — 重庆 濑溪县民政局: the self-evaluation of a lottery-fund project (政府性基金预算: 福利彩票
公益金) on an older CMS page in GBK (`<font>` cells, zero-width spaces in the header labels), with
分值 printed before the target, the funds block in 元 and the 总分 line with the 自评等级."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from nkit import framed, tags
from spec import Doc, Table

UNIT = "濑溪县民政局"

T1 = Table(
    "self_evaluation",
    "2024年福利彩票公益金养老服务项目",
    265.8,
    "资助建设农村互助养老服务点8个、为1200名特殊困难老年人提供居家上门服务。",
    rows(
        """
产出指标 | 数量指标 | 建设农村互助养老服务点 | 8个 | 8个 | 10 | 10 |
         |          | 居家上门服务老年人数 | 1200人 | 1046人 | 10 | 8 | 部分老人入住机构或去世，服务人数据实减少
         |          | 上门服务人次 | ≥14000人次 | 12980人次 | 10 | 9 | 同上，下年度按月核对服务名单
         | 质量指标 | 服务点验收合格率 | 100% | 100% | 10 | 10 |
         |          | 上门服务回访合格率 | ≥95% | 97% | 5 | 5 |
         | 时效指标 | 服务点建成时间 | 2024年9月底 | 2024年9月底 | 5 | 5 |
         | 成本指标 | 每个服务点建设补助 | 15万元 | 15万元 | 5 | 5 |
         |          | 上门服务单价 | ≤50元/人次 | 50元/人次 | 5 | 5 |
效益指标 | 社会效益指标 | 农村老年人助餐服务覆盖率 | 提升 | 提升 | 10 | 10 | | 2 | V401
         |              | 服务点开展活动次数 | ≥480次 | 512次 | 5 | 5 | | 4 | C206
         | 可持续影响指标 | 服务点持续运营率 | ≥90% | 100% | 5 | 5 |
满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90 | 96 | 10 | 10 | | 3 | U304
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    extra={
        "year_evaluated": 2024,
        "fund": "政府性基金预算（福利彩票公益金）",
        "budget_source": "年初预算数2,600,000元，全年预算数2,658,000元，全年执行数2,591,500元",
        "execution_score": 9.75,
        "total_score": 96.75,
        "grade": "优",
        "score_before_target": "分值 printed before 年度指标值",
    },
)
for r in T1.rows:
    r.spec = r.spec or 4


def render(doc: Doc) -> bytes:
    f = framed(
        8,
        [
            ("项目名称", T1.project),
            ("主管部门", UNIT),
            [
                "资金情况（元）",
                "年初预算数",
                "全年预算数",
                "全年执行数",
                "分值",
                "执行率",
                "得分",
                "",
            ],
            ["年度资金总额", "2,600,000", "2,658,000", "2,591,500", "10", "97.5%", "9.75", ""],
            ("年度目标", T1.goal or ""),
            ("实际完成情况", "建成互助养老服务点8个，为1046名老年人提供上门服务12980人次。"),
        ],
        [
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "分值",
                "年度指标值",
                "实际完成值",
                "得分",
                "偏差原因分析及改进措施",
            ]
        ],
        T1.rows,
        ["l1", "l2", "l3", "score_max", "value", "actual", "score", "deviation"],
        tail=[["总分", "", "", "100", "", "", "96.75", "自评等级：优"]],
    )
    return html_file(
        [
            "濑溪县民政局2024年度福利彩票公益金使用项目绩效自评结果公告",
            "根据《彩票公益金管理办法》，现将2024年度本级福利彩票公益金项目绩效自评情况公告如下：",
            Tab(f),
            "濑溪县民政局　2025年3月31日",
        ],
        "2024年度福利彩票公益金项目绩效自评结果公告",
        "濑溪县民政局",
        "2025-03-31",
        charset="gbk",
        style="font",
    )


DOC = Doc(
    "hn17_chongqing_gongyijin",
    "hn17_濑溪县民政局_彩票公益金项目绩效自评_2024.html",
    UNIT,
    2024,
    tags(
        "html",
        "gbk",
        "重庆",
        "民政（政府性基金：彩票公益金自评）",
        """self-evaluation budget-lines yuan extra-columns level1-once goal-heading unit-year-framing""",
    ),
    [T1],
    render,
)
