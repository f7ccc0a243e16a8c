"""hk14 广东 · 鉴江县卫生健康局: text (GB18030, LF) copied from a web page: a table with cells
separated by runs of spaces whose first rows print no 二级, a Word table flattened to one cell per
line with blank lines, and a table on one long line that stops mid-row where the excerpt ends."""

from dsl import rows
from emit import Tab, text_file
from grid import Text
from kit import ptab, tags
from spec import Doc
from textual import render_one_line

DEPT = "鉴江县卫生健康局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
COLS = "l1 l2 l3 value spec codes note"
NO_L2 = "二级 not printed on this row (the table starts without it)"

T1_ROWS = rows(
    f"""
产出指标 | - | 农村部分计划生育家庭奖励扶助人数 | ≥5200人 | 4 | | {NO_L2}
 | - | 计划生育特别扶助人数 | ≥380人 | 4 | | {NO_L2}
 | 质量指标 | 扶助对象资格确认准确率 | 100% | 4 |
 | | 扶助资金发放准确率 | 100% | 4 |
 | 时效指标 | 扶助资金发放时间 | 2025年6月底前 | 4 |
 | 成本指标 | 奖励扶助标准 | 960元/人·年 | 4 |
 | | 特别扶助标准 | 7800元 | 3 | U301
效益指标 | 社会效益指标 | 计划生育家庭生活水平 | 稳步提高 | 2 | V401
 | | 扶助政策知晓率 | ≥95% | 4 |
 | 可持续影响指标 | 计划生育家庭扶助制度 | 长期坚持 | 2 | V401
满意度指标 | 服务对象满意度指标 | 扶助对象满意度 | ≥90% | 4 |
""",
    COLS,
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | 冷链设备配置接种单位数 | =24个 | 4 |
 | | 预防接种门诊规范化建设 | ≥6个 | 4 |
 | 质量指标 | 疫苗储存温度监测合格率 | 100% | 4 |
 | 时效指标 | 设备安装完成时间 | 2025年6月30日前 | 4 |
 | 成本指标 | 单台医用冰箱采购成本 | ≤2.8万元 | 4 |
效益指标 | 社会效益指标 | 疫苗针对传染病发病率 | 保持较低水平 | 2 | V401
 | | 适龄儿童免疫规划疫苗接种率 | ≥95% | 4 |
""",
    COLS,
)

T3_ROWS = rows(
    """
产出指标 | 数量指标 | 病媒生物监测点 | ≥32个 | 4 |
 | | 开展集中灭鼠灭蚊活动 | ≥4次 | 4 |
 | 质量指标 | 鼠密度控制水平 | 达到国家C级标准 | 4 |
 | 时效指标 | 登革热疫情处置时间 | ≤24小时 | 4 |
 | 成本指标 | 消杀药品采购成本 | ≤13万元 | 4 |
""",
    COLS,
)

T1, F1 = ptab(
    "计划生育家庭奖励扶助资金",
    850.2,
    "落实农村部分计划生育家庭奖励扶助和计划生育特别扶助政策，扶助资金6月底前发放到位。",
    T1_ROWS,
    DEPT,
    HEAD,
    KEYS,
    "资金总额（万元）",
    "850.20",
    title="鉴江县卫生健康局2025年项目支出绩效目标表",
    budget_source="资金总额（万元） 850.20",
)
T2, F2 = ptab(
    "预防接种冷链设备更新",
    67.2,
    "为24个接种单位配置冷链设备，规范化建设预防接种门诊6个。",
    T2_ROWS,
    DEPT,
    HEAD,
    KEYS,
    "资金总额（万元）",
    "67.20",
    title="鉴江县卫生健康局2025年项目支出绩效目标表",
    codes={"C203": "no 满意度 row in a project that serves children and their parents"},
    budget_source="资金总额（万元） 67.20",
)
T3, F3 = ptab(
    "病媒生物防制经费",
    26.0,
    "用于病媒生物防制经费支出。",
    T3_ROWS,
    DEPT,
    HEAD,
    KEYS,
    "资金总额（万元）",
    "26.00",
    title="鉴江县卫生健康局2025年项目支出绩效目标表",
    codes={"T104": "the goal only restates the use of the funds"},
    budget_source="资金总额（万元） 26.00",
    cut_off="the page excerpt ends after `效益指标 社会效益指标 登革热` (row 6 incomplete); 5 complete rows",
)
F3.grid.add("效益指标", "社会效益指标", "登革热", "")


def one_line(text: Text) -> None:
    render_one_line(text, F3, prefix="鉴江县卫生健康局2025年项目支出绩效目标表")


def render(doc: Doc) -> bytes:
    return text_file(
        [
            "鉴江县卫生健康局2025年项目支出绩效目标表",
            Tab(F1, {"style": "spaces", "gap": "   "}),
            "",
            "鉴江县卫生健康局2025年项目支出绩效目标表",
            "",
            Tab(F2, {"style": "cell_blank"}),
            one_line,
        ],
        encoding="gb18030",
    )


DOC = Doc(
    "hk14_guangdong_weijian",
    "hk14_广东鉴江县卫生健康局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "gb18030",
        "广东",
        "卫生健康",
        "spaces cell-per-line-blank one-line level2-missing-or-repeated cut-off several-tables",
    ),
    [T1, T2, T3],
    render,
)
