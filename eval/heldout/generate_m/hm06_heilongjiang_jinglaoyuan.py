"""呼玛河县中心敬老院 (黑龙江): UTF-8 text with a BOM copied out of a Word file; the supply project
one cell per line ending in a pipe with its budget line 年度资金总额 | 其中：财政拨款 | 上年结转 |
其他资金; the 2024 self-evaluation as pipe rows padded with empty cells; a small table with no
三级 column as a page converter leaves merged cells (lone pipes)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from kit import sign, tags
from mframe import framed
from selfeval import self_eval_table
from spec import Doc, Table

UNIT = "呼玛河县中心敬老院"

T1 = Table(
    "project",
    "特困人员集中供养",
    132.8,
    "为集中供养的86名特困人员提供吃、穿、住、医、葬保障，全年不发生安全责任事故。",
    rows(
        """
产出指标 | 数量指标 | 集中供养特困人员 | 86人 | 4
         |          | 护理人员配备 | ≥12人 | 4
         | 质量指标 | 失能特困人员护理覆盖率 | 100% | 4
         |          | 院内安全责任事故 | ≤0.5起 | 3 | U306:a fraction of an accident
         | 时效指标 | 供养金发放 | 按月 | 3
         | 成本指标 | 人均年供养标准 | ≥15000元 | 4
效益指标 | 社会效益指标 | 特困人员基本生活 | 有效保障 | 2 | V401
满意度指标 | 服务对象满意度指标 | 供养对象满意度 | ≥95% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="呼玛河县中心敬老院2025年项目绩效目标表",
    extra={
        "budget_source": "年度资金总额 132.80 = 财政拨款 120.00 + 上年结转 12.80 + 其他资金 0（万元）"
    },
)

T2 = Table(
    "self_evaluation",
    "敬老院取暖及设施维修",
    38.0,
    "完成院内供暖管网改造和4栋宿舍维修，保障冬季室温不低于18℃。",
    rows(
        """
产出指标 | 数量指标 | 改造供暖管网长度 | ≥600米 | 4 | 600米 | 15 | 15
         |          | 维修宿舍栋数 | 4栋 | 4 | 3栋 | 15 | 15 | S801:full points on a missed target S804:missed target without a deviation reason
         | 质量指标 | 冬季室内温度 | ≥18℃ | 4 | 19℃ | 10 | 10
         | 时效指标 | 完工时间 | 2024年10月15日前 | 4 | 2024年10月28日 | 10 | 8 | | 管网材料到货延迟，今后提前采购
效益指标 | 社会效益指标 | 入住老人冬季生活条件 | 明显改善 | 2 | 已改善 | 20 | 20 | V401
满意度指标 | 服务对象满意度指标 | 入住老人满意度 | ≥90% | 4 | 96% | 20 | 20
""",
        "l1 l2 l3 value spec actual score_max score codes deviation",
    ),
    title="2024年度项目支出绩效自评表",
    extra={
        "year_evaluated": 2024,
        "actual_completion": "完成供暖管网改造600米，维修宿舍3栋，冬季室温保持在19℃。",
        "execution_score": 9.7,
        "total_score": 97.7,
        "budget_source": "全年预算数 38.00 万元; 年初预算数 38.00, 全年执行数 36.86, 执行率 97%",
    },
)

T3 = Table(
    "project",
    "入住老人健康体检",
    3.6,
    "为全部入住老人每年体检1次。",
    rows(
        """
产出指标 | 数量指标 | | 体检老人120人次 | 4
         | 时效指标 | | 2025年6月底前完成 | 4
效益指标 | 社会效益指标 | | 老年疾病早发现早治疗 | 2 | V402:a phrase that fits any health project
满意度指标 | 服务对象满意度指标 | | 满意度≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="入住老人健康体检项目绩效目标",
    extra={"no_level3": "the table has no 三级 column; the 二级 cell is followed by the target"},
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        4,
        T1.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        above=[
            ("项目名称", T1.project),
            ["年度资金总额", "其中：财政拨款", "上年结转", "其他资金"],
            ["132.80", "120.00", "12.80", "0"],
            ("年度目标", T1.goal or ""),
        ],
    )
    f2 = self_eval_table(
        T2,
        [("主管部门", "呼玛河县民政局", "实施单位", UNIT)],
        "项目资金（万元）",
        [["年度资金总额", "38.00", "38.00", "36.86", "10", "97%", "9.7"]],
        T2.extra["actual_completion"],
        ("100", "97.7"),
    )
    f3 = framed(
        3,
        T3.rows,
        ["l1", "l2", "value"],
        [["一级指标", "二级指标", "指标值"]],
        above=[("项目名称", T3.project), ("资金（万元）", "3.60"), ("目标", T3.goal or "")],
    )
    blocks = [
        "呼玛河县中心敬老院2025年单位预算",
        "第四部分　项目绩效目标",
        "（一）" + T1.title,
        Tab(f1, {"style": "cell_pipe"}),
        sign("李春山", "王淑芬", "张宏", "0457-3512208"),
        "（二）" + T3.title,
        Tab(f3, {"style": "lone_pipe"}),
        "第五部分　上年度项目绩效自评结果",
        T2.title,
        "（2024年度）",
        Tab(f2, {"style": "pipe", "pad": 3, "outer": False}),
        "自评结论：优。",
    ]
    return text_file(blocks, bom=True)


DOC = Doc(
    "hm06_heilongjiang_jinglaoyuan",
    "hm06_黑龙江呼玛河县中心敬老院_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8-sig",
        "黑龙江",
        "敬老院",
        "cell-per-line-pipe pipe-padded lone-pipes self-evaluation budget-lines no-level3",
    ),
    [T1, T3, T2],
    render=render,
)
