"""四川 · 蓥溪县体育运动服务中心 2025: a Word "save as web page" HTML in GBK; a project table
with 中期目标 and 年度目标 side by side (each with its own 二级/三级/值 columns, a glossed value
header), then the project's 评价指标体系 with 分值, 目标值, 评分标准 and a 合计 line."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from jframe import Build
from kit import tags
from spec import Doc, Table

UNIT = "蓥溪县体育运动服务中心"
PROJECT = "全民健身设施补短板工程（2024—2026年）"

T1 = Table(
    "project",
    PROJECT,
    85.0,
    "2025年新建社区健身路径20个、笼式多功能运动场3个，改造乡镇全民健身中心2个，11月底前完工。",
    rows(
        """
产出指标 | 数量指标 | 新建社区健身路径 | ≥60个 | ≥20个 | 4 |
         |          | 新建笼式多功能运动场 | ≥9个 | 3个 | 4 |
         |          | 改造乡镇全民健身中心 | 5个 | 2个 | 4 |
         | 质量指标 | 健身器材验收合格率 | 100% | 100% | 4 |
         | 时效指标 | 年度项目完工时间 | 2026年底前 | 2025年11月底前 | 4 |
         | 成本指标 | 单个笼式运动场建设成本 | ≤45万元/个 | ≤45万元/个 | 3 | B501:3 courts at up to 45万元 each (135万元) exceed the 85万元 annual budget
效益指标 | 社会效益指标 | 人均体育场地面积 | ≥2.6平方米 | ≥2.3平方米 | 4 |
         |              | 经常参加体育锻炼人数比例 | ≥40% | ≥38% | 4 |
满意度指标 | 服务对象满意度指标 | 健身群众满意度 | ≥90% | ≥90% | 4 |
""",
        "l1 l2 l3 mid_value value spec codes",
    ),
    title="蓥溪县体育运动服务中心2025年项目支出绩效目标表",
    extra={
        "mid_term_goal": "2024—2026年新建社区健身路径60个、笼式多功能运动场9个，改造乡镇全民健身中心5个，"
        "人均体育场地面积达到2.6平方米。",
        "mid_term_budget_wan": 240.0,
    },
)

T2 = Table(
    "evaluation_system",
    PROJECT,
    None,
    None,
    rows(
        """
决策 | 项目立项 | 立项依据充分性 | | 5 | 符合全民健身实施计划和县级规划的，得5分；否则不得分 | |
     | 绩效目标 | 绩效目标明确性 | | 5 | 目标细化、量化且与预算匹配的，得5分；每缺一项扣1分 | |
过程 | 资金管理 | 资金到位率 | 100% | 5 | 到位率×5分 | 4 |
     |          | 预算执行率 | ≥90% | 5 | 执行率达到90%得满分，每低1个百分点扣0.5分 | 4 |
     | 组织实施 | 管理制度健全性 | | 5 | 制度健全且有效执行的，得5分 | |
产出 | 产出数量 | 新建社区健身路径个数 | ≥20个 | 10 | 按完成比例得分 | 4 |
     |          | 新建笼式运动场个数 | 3个 | 10 | 按完成比例得分 | 4 |
     | 产出质量 | 健身器材验收合格率 | 100% | 10 | 合格率×10分 | 4 |
     | 产出时效 | 完工及时性 | 2025年11月底前 | 10 | 按期完工得10分，每逾期一个月扣2分 | 4 |
效益 | 社会效益 | 经常参加体育锻炼人数比例 | ≥38% | 20 | 达到目标得20分，未达到按比例扣分 | 4 |
     | 满意度 | 健身群众满意度 | ≥90% | 15 | 满意度≥90%得15分，每低1个百分点扣1分 | 4 |
""",
        "l1 l2 l3 value weight std spec codes",
    ),
    title="全民健身设施补短板工程绩效评价指标体系",
    extra={"total_row": "合计 | 100"},
)


def render(doc: Doc) -> bytes:
    b = Build(7)
    b.wide("项目名称", PROJECT)
    b.pair("主管部门", "蓥溪县文化广播电视和体育局", "实施单位", UNIT)
    b.line(
        "中期资金总额（万元）",
        "240.00",
        "",
        "",
        "年度资金总额（万元）",
        "85.00",
        spans=[(1, 3), (5, 6)],
    )
    b.line(
        "中期目标",
        T1.extra["mid_term_goal"],
        "",
        "",
        "年度目标",
        T1.goal or "",
        spans=[(1, 3), (5, 6)],
    )
    r = b.line("一级指标", "中期指标", "", "", "年度指标", spans=[(1, 3), (4, 6)], head=True)
    b.line(
        "",
        "二级指标",
        "三级指标",
        "指标值",
        "二级指标",
        "三级指标",
        "指标值（含计量单位）",
        head=True,
    )
    b.vspan(r, r + 1, 0)
    f1 = b.body(T1.rows, ["l1", "mid_l2", "mid_l3", "mid_value", "l2", "l3", "value"])
    c = Build(6)
    c.line("一级指标", "二级指标", "三级指标", "目标值", "分值", "评分标准", head=True)
    f2 = c.body(T2.rows, ["l1", "l2", "l3", "value", "weight", "std"])
    r = c.line("合计", "", "", "", "100", "", spans=[(0, 3)])
    blocks = [
        "附件1",
        T1.title,
        Tab(f1),
        "附件2",
        T2.title,
        Tab(f2),
    ]
    return html_file(
        blocks,  # type: ignore[arg-type]
        "蓥溪县体育运动服务中心2025年项目支出绩效目标公开",
        "蓥溪县人民政府门户网站",
        "2025-03-05",
        charset="gbk",
        style="word",
    )


DOC = Doc(
    id="hj08_sichuan_tiyu",
    file="hj08_四川蓥溪县体育运动服务中心_2025.html",
    unit=UNIT,
    year=2025,
    tags=tags(
        "html",
        "gbk",
        "四川",
        "体育",
        "midterm-annual value-header-gloss evaluation-system extra-columns:weight+scoring "
        "level1-once:merged several-tables goal-heading:中期目标+年度目标 unit-year-framing:附件+title",
        framework="产出/效益/满意度; evaluation system 决策/过程/产出/效益",
        noise="Word save-as-web-page HTML",
    ),
    tables=[T1, T2],
    render=render,
)
