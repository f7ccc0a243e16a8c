"""海南 · 澄岭县综合行政执法局 2025: a ruled PDF with a running header and a page footer; a fund
allocation table first, then two project tables with budget lines (年度资金总额 | 财政拨款 |
上年结转 | 其他资金), `（30分）` after the 一级, a 其中 sub-row and a 备注 column; the first project
table continues over the page turn."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from grid import Grid
from jframe import Build
from kit import tags
from spec import Doc, Table

UNIT = "澄岭县综合行政执法局"
COLS = "l1 l2 l3 value remark spec codes"
ALLOC = "资金安排表: 城区市容环境卫生保洁服务 386.50 (财政拨款 360.00, 上年结转 26.50); 占道经营及违法建设整治 48.00"

T1 = Table(
    "project",
    "城区市容环境卫生保洁服务",
    386.5,
    "通过政府购买服务对城区210万平方米道路和36座公厕实施保洁，生活垃圾日产日清，城区道路保洁达标率95%以上。",
    rows(
        """
产出指标（30分） | 数量指标 | 城区道路保洁面积 | ≥210万平方米 | | 4 |
                 |          | 其中：主次干道机械化清扫面积 | ≥120万平方米 | | 4 |
                 |          | 公厕保洁座数 | 36座 | | 4 |
                 | 质量指标 | 道路保洁达标率 | ≥95% | 第三方月度考核 | 4 |
                 |          | 生活垃圾日产日清率 | 100% | | 4 |
                 | 时效指标 | 每日保洁作业时段 | 5:00—22:00 | | 4 |
                 | 成本指标 | 道路保洁单价 | ≤1.8元/平方米·年 | 按合同 | 4 |
效益指标（30分） | 社会效益指标 | 城区市容环境 | 明显改善 | | 2 | V401
                 |              | 市容问题投诉办结率 | ≥98% | 12345热线 | 4 |
                 | 生态效益指标 | 生活垃圾无害化处理率 | 100% | | 4 |
满意度指标（10分） | 服务对象满意度指标 | 市民满意度 | ≥85% | 问卷调查 | 4 |
""",
        COLS,
    ),
    title="澄岭县综合行政执法局2025年项目支出绩效目标表（一）",
    extra={
        "budget_source": "年度资金总额 386.50；财政拨款 360.00；上年结转 26.50；其他资金 0（万元）",
        "allocation_table": ALLOC,
    },
)

T2 = Table(
    "project",
    "占道经营及违法建设整治",
    48.0,
    "开展城区占道经营、违法建设专项整治，拆除违法建设5000平方米以上，规范流动摊点300个以上。",
    rows(
        """
产出指标（30分） | 数量指标 | 拆除违法建设面积 | ≥5000平方米 | | 4 |
                 |          | 规范流动摊点 | ≥300个 | | 4 |
                 | 质量指标 | 违法建设查处到位率 | ≥95% | | 4 |
                 | 时效指标 | 投诉处置时限 | ≤48小时 | | 4 |
                 | 成本指标 | 执法车辆运行费 | ≤8万元 | | 4 |
效益指标（30分） | 社会效益指标 | 城市道路通行秩序 | 进一步规范 | | 2 | V401
                 |              | 新增违法建设 | 零增长 | | 3 |
                 | 可持续影响指标 | 长效管理机制 | 建立健全 | | 2 | V401
满意度指标（10分） | 服务对象满意度指标 | 群众满意度 | ≥80% | | 4 |
                   |                    | 被整治商户满意度 | ≥60% | | 3 | V405:satisfaction target below 80%
""",
        COLS,
    ),
    title="澄岭县综合行政执法局2025年项目支出绩效目标表（二）",
    extra={
        "budget_source": "年度资金总额 48.00；财政拨款 48.00；上年结转 0；其他资金 0（万元）",
        "allocation_table": ALLOC,
    },
)


def frame(t: Table, money: tuple[str, str, str, str]) -> Tab:
    b = Build(5)
    b.wide("项目名称", t.project)
    b.pair("主管部门", UNIT, "实施单位", "澄岭县环境卫生管理所" if t is T1 else UNIT)
    r = b.line("项目资金（万元）", "年度资金总额", "财政拨款", "上年结转", "其他资金")
    b.line("", *money)
    b.vspan(r, r + 1, 0)
    b.wide("年度目标", t.goal or "")
    b.line("一级指标", "二级指标", "三级指标", "指标值", "备注", head=True)
    return Tab(b.body(t.rows, ["l1", "l2", "l3", "value", "remark"]), widths=(40, 42, 80, 58, 50))


def allocation() -> Tab:
    from frame import Framed

    g = Grid(5)
    g.add("序号", "项目名称", "资金来源", "金额（万元）", "备注")
    g.header_rows = 1
    g.add("1", "城区市容环境卫生保洁服务", "财政拨款", "360.00", "政府购买服务")
    g.add("", "", "上年结转", "26.50", "")
    g.add("2", "占道经营及违法建设整治", "财政拨款", "48.00", "")
    g.add("合计", "", "", "434.50", "")
    g.span(1, 0, 2, 0)
    g.span(1, 1, 2, 1)
    return Tab(Framed(g), widths=(20, 90, 50, 50, 60))


def render(doc: Doc) -> bytes:
    blocks = [
        "# 澄岭县综合行政执法局2025年部门预算项目资金安排及绩效目标",
        "一、项目资金安排情况",
        "2025年我局安排项目支出434.50万元，其中城区环境卫生保洁服务由澄岭县环境卫生管理所具体实施。",
        "本局主要职责是负责城市管理领域相对集中行政处罚权，承担城区市容环境卫生、占道经营、违法建设"
        "等方面的执法工作，指导乡镇综合执法队伍建设。内设办公室、法制股、执法监督股，下设执法大队"
        "和环境卫生管理所。项目资金按照“先有目标、后有预算”的要求编制，绩效目标随预算一并批复。",
        allocation(),
        "二、项目支出绩效目标",
        "# " + (T1.title or ""),
        frame(T1, ("386.50", "360.00", "26.50", "0")),
        "# " + (T2.title or ""),
        frame(T2, ("48.00", "48.00", "0", "0")),
    ]
    return pdf_file(blocks, ruled=True, header="澄岭县综合行政执法局2025年部门预算公开", size=10)  # type: ignore[arg-type]


DOC = Doc(
    id="hj06_hainan_chengguan",
    file="hj06_海南澄岭县综合行政执法局_2025.pdf",
    unit=UNIT,
    year=2025,
    tags=tags(
        "pdf",
        "ruled",
        "海南",
        "城市管理",
        "allocation-before budget-lines label-notes:分值 sub-rows extra-columns:remark "
        "level1-once:merged several-tables goal-heading:年度目标 unit-year-framing:title+header",
        framework="产出/效益/满意度",
        noise="running header and page footer; a table over the page turn",
    ),
    tables=[T1, T2],
    render=render,
)
