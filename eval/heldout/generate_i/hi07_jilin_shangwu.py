"""hi07 吉林 · 梨川县商务局 2024 final accounts (published 2025): UTF-8 text with BOM. Two project
self-evaluation tables (绩效自评表) with the budget lines 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
执行率 | 得分, 预期目标 beside 实际完成情况 and the 总分 line; table 1 one cell per line ending in a
pipe, table 2 with lone pipes for merged and empty cells."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from inoise import indent_prose
from kit import tags
from selfeval import self_eval_table
from spec import Doc, Table

COLS = "l1 l2 l3 value actual score_max score deviation spec codes"
UNIT = "梨川县商务局"
NAMES = [("主管部门", "梨川县商务局", "实施单位", "梨川县商务局")]

T1 = Table(
    "self_evaluation",
    "电子商务进农村综合示范县项目",
    200.0,
    "建设村级电商服务站点60个以上，培训1500人次，建成县级物流配送中心，农村网络零售额增长15%以上。",
    rows(
        """
产出指标 | 数量指标 | 建设村级电商服务站点 | ≥60个 | 62个 | 10 | 10 | | 4 |
         |          | 开展电商培训人次 | ≥1500人次 | 1620人次 | 10 | 10 | | 4 |
         | 质量指标 | 服务站点验收合格率 | 100% | 100% | 10 | 10 | | 4 |
         | 时效指标 | 项目完成时间 | 2024年11月底前 | 2024年12月20日 | 10 | 10 | | 4 | S801:full points although completed after the deadline S804:late completion without a deviation reason
         | 成本指标 | 县级物流配送中心建设成本 | ≤80万元 | 78.5万元 | 10 | 10 | | 4 |
效益指标 | 经济效益指标 | 农村网络零售额增长率 | ≥15% | 12.3% | 10 | 7 | 受物流成本上涨影响，部分农产品上行不及预期，下步将整合快递线路降低成本 | 4 |
         | 社会效益指标 | 带动农民就业创业 | 明显提升 | 已提升 | 10 | 10 | | 2 | V401
         | 可持续影响指标 | 电商服务体系长效运营 | 长期运营 | 持续运营 | 10 | 10 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 服务站点经营户满意度 | ≥90% | 93% | 10 | 10 | | 4 |
""",
        COLS,
    ),
    title="梨川县2024年度项目支出绩效自评表",
    extra={
        "year_evaluated": 2024,
        "budget_lines": {
            "年度资金总额": ["200", "200", "186.4", "10", "93.2%", "9.3"],
            "其中：财政拨款": ["200", "200", "186.4", "-", "93.2%", "-"],
            "上年结转资金": ["0", "0", "0", "-", "-", "-"],
        },
        "execution_score": 9.3,
        "total_score": 96.3,
        "actual_completion": "建成村级站点62个，培训1620人次，物流配送中心12月投入使用，农村网络零售额增长12.3%。",
    },
)

T2 = Table(
    "self_evaluation",
    "县域商业体系建设农贸市场改造",
    120.0,
    "改造提升城区农贸市场2个，新增标准化摊位120个，改善群众购物环境。",
    rows(
        """
产出指标 | 数量指标 | 改造提升农贸市场数量 | 2个 | 2个 | 15 | 15 | | 4 |
         |          | 新增标准化摊位 | ≥120个 | 126个 | 10 | 10 | | 4 |
         | 质量指标 | 改造工程验收合格率 | 100% | 100% | 10 | 10 | | 4 |
         | 时效指标 | 市场恢复营业时间 | 2024年10月1日前 | 2024年9月28日 | 10 | 10 | | 4 |
         | 成本指标 | 单个市场改造补助 | ≤60万元 | 60万元 | 5 | 5 | | 4 |
效益指标 | 社会效益指标 | 市场食品安全抽检合格率 | ≥98% | 99.1% | 15 | 15 | | 4 |
         |              | 带动周边商户就业 | ≥200人 | 180人 | 10 | 12 | | 4 | S802:12 points scored on a 10-point row S804:missed target (180 of 200) without a deviation reason
满意度指标 | 服务对象满意度指标 | 入场商户满意度 | ≥85% | 88% | 15 | 15 | | 4 |
""",
        COLS,
    ),
    title="梨川县2024年度项目支出绩效自评表",
    codes={"S803": "总分 98 is not the sum of the row scores (92) and the execution score (10)"},
    extra={
        "year_evaluated": 2024,
        "budget_lines": {
            "年度资金总额": ["120", "120", "120", "10", "100%", "10"],
            "其中：财政拨款": ["120", "120", "120", "-", "100%", "-"],
        },
        "execution_score": 10,
        "total_score": 98,
        "actual_completion": "两个农贸市场改造完成并于9月28日恢复营业，新增标准化摊位126个。",
    },
)


def frame(t: Table, total: tuple[str, str]) -> Tab:
    lines = [[k, *v] for k, v in t.extra["budget_lines"].items()]
    f = self_eval_table(t, NAMES, "项目资金\n（万元）", lines, t.extra["actual_completion"], total)
    return Tab(f)


def render(doc: Doc) -> bytes:
    t1, t2 = frame(T1, ("100", "96.3")), frame(T2, ("100", "98"))
    t1.opts = {"style": "cell_pipe"}
    t2.opts = {"style": "lone_pipe"}
    return text_file(
        [
            "梨川县商务局2024年度部门决算",
            "",
            "第四部分 2024年度部门绩效评价情况",
            indent_prose(
                "根据《梨川县县级预算绩效自评管理办法》，我局对2024年度2个项目开展了绩效自评，结果如下。"
            ),
            "",
            "附表1",
            T1.title,
            t1,
            "",
            "附表2",
            T2.title,
            t2,
            "",
            indent_prose("填表人：王某某    联系电话：0434-XXXXXXX"),
        ],
        bom=True,
    )


DOC = Doc(
    id="hi07_jilin_shangwu",
    file="hi07_吉林梨川县商务局_2024决算.txt",
    unit=UNIT,
    year=2024,
    tags=tags(
        "txt",
        "utf-8-sig",
        "吉林",
        "商务",
        "cell-per-line-pipe lone-pipes self-evaluation budget-lines goal-heading several-tables",
    ),
    tables=[T1, T2],
    render=render,
    codes={"T107": "XX placeholder left in the contact line (0434-XXXXXXX)"},
    extra={"text_leftovers": ["填表人：王某某    联系电话：0434-XXXXXXX"]},
)
