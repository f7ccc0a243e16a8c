"""青海 · 共青团湟峡县委员会 2025: UTF-8 text copied from a web page; a project table as one cell
per line with blank lines between cells, the self-evaluation of a 2024 project printed on one long
line, and a third table whose cells run together without any separator."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from grid import Text
from kit import tags
from selfeval import self_eval_table
from spec import Doc, Table
from textual import render_one_line

UNIT = "共青团湟峡县委员会"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]

T1 = Table(
    "project",
    "青少年心理健康服务及“12355”热线运行",
    15.0,
    "保障“12355”青少年服务台全年运行，接听咨询1500人次以上，开展心理健康进校园活动20场以上。",
    rows(
        """
产出指标 | 数量指标 | 热线接听咨询量 | ≥1500人次 | 4 |
         |          | 心理健康进校园活动 | ≥20场 | 4 |
         | 质量指标 | 咨询回访满意率 | ≥90% | 4 | C202:a satisfaction rate under 质量 (belongs to 满意度)
         | 时效指标 | 热线服务时间 | 工作日8:30—17:30 | 4 |
         | 成本指标 | 热线运行费 | ≤6万元 | 4 |
效益指标 | 社会效益指标 | 青少年心理危机干预成功率 | ≥95% | 4 |
         |              | 青少年心理健康水平 | 不断提高 | 2 | V401
满意度指标 | 服务对象满意度指标 | 服务青少年满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="共青团湟峡县委员会2025年项目支出绩效目标表",
)

ACTUAL = "资助困难学生112人，10月15日发放完毕，受助学生无辍学。"
T2 = Table(
    "self_evaluation",
    "希望工程圆梦助学",
    10.0,
    "资助家庭经济困难学生100人以上，9月底前发放助学金。",
    rows(
        """
产出指标 | 数量指标 | 资助困难学生 | ≥100人 | 112人 | 20 | 20 | | 4 |
         | 质量指标 | 资助对象识别准确率 | 100% | 100% | 10 | 10 | | 4 |
         | 时效指标 | 助学金发放时间 | 2024年9月底前 | 2024年10月15日 | 10 | 10 | | 4 | S801 S804
         | 成本指标 | 人均资助标准 | 1000元/人 | 1000元/人 | 10 | 10 | | 4 |
效益指标 | 社会效益指标 | 受助学生辍学率 | 0 | 0 | 20 | 20 | | 3 | U304
满意度指标 | 服务对象满意度指标 | 受助学生及家长满意度 | ≥90% | 96% | 20 | 19 | | 4 |
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    title="共青团湟峡县委员会2024年度项目支出绩效自评表",
    extra={
        "actual_completion": ACTUAL,
        "budget_source": "年度资金总额: 年初预算数 10.00, 全年预算数 10.00, 全年执行数 10.00, 分值 10, 执行率 100%, 得分 10",
        "execution_score": 10,
        "total_score": 99,
        "year_evaluated": 2024,
    },
)

T3 = Table(
    "project",
    "基层团组织“活力提升”工程",
    6.0,
    "建设“青年之家”3个，培训基层团干部120人次。",
    rows(
        """
产出指标 | 数量指标 | 建设“青年之家” | 3个 | 4 |
         |          | 团干部培训人次 | ≥120人次 | 4 |
         | 质量指标 | “青年之家”建设达标率 | 100% | 4 |
         | 时效指标 | 完成时间 | 2025年11月底前 | 4 |
效益指标 | 社会效益指标 | 团组织凝聚力 | 明显增强 | 2 | V401
         |              | 开展志愿服务活动 | ≥30场 | 4 | C206:activities held (an output count) under 社会效益
满意度指标 | 服务对象满意度指标 | 团员青年满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="共青团湟峡县委员会2025年项目支出绩效目标表",
)


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "15.00")
    f2 = self_eval_table(
        T2,
        [("主管部门", UNIT, "实施单位", UNIT)],
        "项目资金（万元）",
        [("年度资金总额", "10.00", "10.00", "10.00", "10", "100%", "10")],
        ACTUAL,
        ("100", "99"),
    )
    f3 = project_table(T3, UNIT, HEAD, KEYS, "项目资金（万元）", "6.00")

    def one_line(t: Text) -> None:
        render_one_line(t, f2, prefix=T2.title)

    blocks = [
        "共青团湟峡县委员会2025年部门预算公开",
        "来源：湟峡县财政局 发布日期：2025-02-20 浏览次数：136",
        "",
        T1.title,
        Tab(f1, {"style": "cell_blank"}),
        "",
        one_line,
        "",
        T3.title,
        Tab(f3, {"style": "together"}),
        "",
        "【打印】【关闭】",
    ]
    return text_file(blocks)  # type: ignore[arg-type]


DOC = Doc(
    id="hj14_qinghai_gongqingtuan",
    file="hj14_青海共青团湟峡县委员会_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8",
        "青海",
        "共青团",
        "cell-per-line-blank one-line run-together self-evaluation budget-lines level1-once:first "
        "several-tables goal-heading:年度绩效目标+预期目标/实际完成情况 unit-year-framing:发布日期",
        framework="产出/效益/满意度",
    ),
    tables=[T1, T2, T3],
    render=render,
)
