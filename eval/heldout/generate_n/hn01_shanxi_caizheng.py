"""hn01 — 山西 岚漳县财政局: the finance bureau's compilation of the county departments' key
project targets (本级部门重点项目绩效目标汇总), copied out of the budget system as text: one wide
tab-separated table for two departments (元, subtotal lines), then a 专项债 project on its own in
pipe rows padded with empty cells."""

from __future__ import annotations

from deptwide import Group, dept_wide
from dsl import rows
from emit import Tab, text_file
from frame import wan
from nkit import framed, sign, tags
from spec import Doc, Table

COLS = "l1 l2 l3 value spec codes"
UNIT = "岚漳县财政局"

T1 = Table(
    "project",
    "农村义务教育学校取暖设施改造",
    wan(1286000),
    "完成8所农村学校燃煤锅炉改空气源热泵，采暖季室温不低于18℃。",
    rows(
        """
产出指标 | 数量指标 | 改造学校数 | 8所 | 4 |
         | 质量指标 | 室内采暖温度 | ≥18℃ | 4 |
         | 时效指标 | 改造完成时间 | 2025年10月15日前 | 4 |
效益指标 | 生态效益指标 | 减少燃煤使用量 | ≥620吨 | 4 |
         | 可持续影响指标 | 长效管理机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 4 |
""",
        COLS,
    ),
    unit_line="岚漳县教育科技局",
)
T2 = Table(
    "project",
    "基本公共卫生服务项目县级配套",
    wan(2150000),
    "按常住人口人均配套10元，保障14类基本公共卫生服务项目开展。",
    rows(
        """
产出指标 | 数量指标 | 65岁以上老年人健康管理人数 | ≥2.1万人 | 4 |
         |          | 高血压患者规范管理率 | ≥65% | 4 | C202:a management rate (quality) under 数量指标
         | 成本指标 | 人均配套标准 | 10元 | 4 |
效益指标 | 社会效益指标 | 居民健康素养水平 | 提高 | 2 | V401
         | 可持续影响指标 | 长效管理机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥85% | 4 |
""",
        COLS,
    ),
    unit_line="岚漳县卫生健康局",
)
T3 = Table(
    "project",
    "村卫生室运行补助",
    wan(864000),
    "补助216个村卫生室运行经费，每室每年4000元。",
    rows(
        """
产出指标 | 数量指标 | 补助村卫生室数 | 216个 | 4 |
         | 成本指标 | 每室补助标准 | 4000元/年 | 4 |
         | 时效指标 | 资金拨付时间 | 及时 | 2 | V401
效益指标 | 社会效益指标 | 村民就近就医 | 有效保障 | 2 | V401
         | 可持续影响指标 | 长效管理机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 村医满意度 | ≥90% | 4 |
""",
        COLS,
    ),
    unit_line="岚漳县卫生健康局",
)
T4 = Table(
    "project",
    "城区集中供热管网改造（专项债券）",
    38000.0,
    "改造城区老旧供热一次管网12.6公里、换热站9座，2025年采暖季前投运。",
    rows(
        """
产出指标 | 数量指标 | 改造一次管网长度 | ≥12.6公里 | 4 |
         |          | 新建换热站 | 9座 | 4 |
         | 质量指标 | 管网打压试验合格率 | 100% | 4 |
         | 时效指标 | 投运时间 | 2025年11月1日前 | 4 |
         | 成本指标 | 管网改造单位成本 | ≤28000万元/公里 | 3 | B501:12.6 km at up to 28000万元/公里 is about 352800万元, nine times the 38000万元 budget
效益指标 | 经济效益指标 | 热损失率下降 | ≥3个百分点 | 4 |
         | 社会效益指标 | 新增供热面积 | ≥45万平方米 | 4 | C206
         | 可持续影响指标 | 长效管理机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 热用户满意度 | ≥90% | 4 |
""",
        COLS,
    ),
)


def render(doc: Doc) -> bytes:
    head = [
        "单位名称",
        "项目名称",
        "预算数（元）",
        "年度目标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
    ]
    f, _ = dept_wide(
        head,
        ["l1", "l2", "l3", "value"],
        [
            Group("301-岚漳县教育科技局", "1,286,000.00", [(T1, "1,286,000.00")]),
            Group(
                "305-岚漳县卫生健康局", "3,014,000.00", [(T2, "2,150,000.00"), (T3, "864,000.00")]
            ),
        ],
    )
    g = framed(
        4,
        [
            ("项目名称", T4.project),
            ("资金来源", "新增地方政府专项债券38000万元"),
            ("年度目标", T4.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T4.rows,
        ["l1", "l2", "l3", "value"],
    )
    blocks = [
        "岚漳县2025年本级部门重点项目绩效目标汇总表",
        "编制单位：岚漳县财政局　　金额单位：元",
        Tab(f, {"style": "tab"}),
        sign(UNIT, "韩某", "0350-6127318", "2025年2月20日"),
        "",
        "岚漳县2025年新增专项债券项目绩效目标表",
        "金额单位：万元",
        Tab(g, {"style": "pipe", "pad": 4, "outer": False}),
        "注：专项债券项目绩效目标随债券发行信息同步公开。",
    ]
    return text_file(blocks)


DOC = Doc(
    "hn01_shanxi_caizheng",
    "hn01_岚漳县财政局_本级部门重点项目绩效目标汇总_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8",
        "山西",
        "财政（部门项目汇总、专项债）",
        """tab pipe-padded level1-once department-wide yuan several-tables goal-heading
        unit-year-framing""",
    ),
    [T1, T2, T3, T4],
    render,
    codes={
        "T101": "the pair 长效管理机制 | 健全 repeated in all four tables, unrelated to a one-off heating retrofit or a pipe-network build"
    },
    extra={
        "t101_pairs": [["长效管理机制", "健全"]],
        "subtotal_rows": ["301-岚漳县教育科技局 1,286,000.00", "305-岚漳县卫生健康局 3,014,000.00"],
        "compiled_by": "finance bureau: tables 1-3 belong to two departments (unit_line)",
    },
)
