"""hk17 云南 · 哀牢县林业和草原局: text (UTF-8, LF) from a page converter: the natural-forest table
one cell per line with a lone `|` for each empty (merged or unfilled) cell and an 一级 column that
was never filled; the grassland table with cells separated by runs of spaces and the header and
some 二级 labels broken over two lines."""

from dsl import imply_l1, rows
from emit import Tab, text_file
from kit import ptab, tags
from spec import Doc

DEPT = "哀牢县林业和草原局"

T1_ROWS = imply_l1(
    rows(
        """
产出指标 | 数量指标 | 天然林管护面积 | ≥86.4万亩 | 4 |
 | | 聘用天然林管护人员 | ≥240人 | 4 |
 | 质量指标 | 管护区域森林资源案件查处率 | 100% | 4 |
 | 时效指标 | 管护补助发放 | 按季度发放 | 3 |
 | 成本指标 | 天然林管护补助标准 | 10元/亩·年 | 4 |
效益指标 | 生态效益指标 | 天然林面积 | 不减少 | 3 |
满意度指标 | 服务对象满意度指标 | 管护人员满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    printed="",
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | | 退化草原修复治理面积 | ≥1.2万亩 | 4 |
 | 质量指标 | | 补播草种出苗率 | ≥70% | 4 |
 | 时效指标 | | 项目完成时间 | 2025年10月底前 | 4 |
效益指标 | 生态效益指标 | 生态效益\\n指标 | 项目区草原综合植被盖度 | 提高5个百分点 | 4 |
 | 可持续影响指标 | 可持续影响\\n指标 | 草原生态 | 持续向好 | 2 | V401
满意度指标 | 服务对象满意度指标 | 服务对象\\n满意度指标 | 项目区农牧民满意度 | ≥90% | 4 |
""",
    "l1 l2 printed_l2 l3 value spec codes",
)

T1, F1 = ptab(
    "天然林保护修复工程管护补助",
    864.0,
    "管护天然林86.4万亩，聘用管护人员240人，天然林面积不减少。",
    T1_ROWS,
    DEPT,
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["l1", "l2", "l3", "value"],
    "资金总额（万元）",
    "864.00",
    title="哀牢县林业和草原局2025年项目支出绩效目标表",
    budget_source="资金总额（万元） 864.00",
    printed_level1="an empty 一级 column",
)
T2, F2 = ptab(
    "退化草原生态修复治理",
    180.0,
    "完成退化草原修复治理1.2万亩，项目区草原综合植被盖度提高5个百分点。",
    T2_ROWS,
    DEPT,
    ["一级\n指标", "二级\n指标", "三级指标", "指标值"],
    ["l1", "l2", "l3", "value"],
    "资金总额（万元）",
    "180.00",
    title="哀牢县林业和草原局2025年项目支出绩效目标表",
    budget_source="资金总额（万元） 180.00",
)


def render(doc: Doc) -> bytes:
    return text_file(
        [
            "哀牢县林业和草原局2025年项目支出绩效目标表",
            Tab(F1, {"style": "lone_pipe"}),
            "",
            "哀牢县林业和草原局2025年项目支出绩效目标表",
            Tab(F2, {"style": "spaces", "gap": "    "}),
            "",
            "（本表由哀牢县林业和草原局负责解释）",
        ]
    )


DOC = Doc(
    "hk17_yunnan_linye",
    "hk17_云南哀牢县林业和草原局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "utf-8",
        "云南",
        "林业和草原",
        "lone-pipes spaces broken-labels level1-missing-or-unfilled several-tables unit-year-framing",
    ),
    [T1, T2],
    render,
)
