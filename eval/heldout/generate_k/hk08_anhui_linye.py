"""hk08 安徽 · 歙岭县林业局: text (UTF-8 with BOM, LF) of two project tables: pipe rows with outer
pipes padded by empty cells, and one cell per line ending in a pipe with rows not marked."""

from dsl import rows
from emit import Tab, text_file
from kit import ptab, tags
from spec import Doc

DEPT = "歙岭县林业局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]
KEYS = ["l1", "l2", "l3", "value", "remark"]
COLS = "l1 l2 l3 value remark spec codes"

T1_ROWS = rows(
    """
产出指标 | 数量指标 | 专业扑火队员人数 | ≥60人 | 4支队伍 | 4 |
 | | 防火检查站运行数量 | =12个 | | 4 |
 | | 防火宣传培训 | ≥20场次 | | 4 |
 | 质量指标 | 森林火灾受害率 | ≤0.9‰ | 省考核指标 | 4 |
 | 时效指标 | 火情报告时间 | 发现后30分钟内 | | 4 |
 | 成本指标 | 扑火队员人均补助 | ≤3.6万元/人·年 | | 4 |
效益指标 | 生态效益指标 | 森林资源安全 | 得到保障 | | 2 | V401
 | 社会效益指标 | 重特大森林火灾发生次数 | ≥0次 | | 3 | U305
 | | 森林防火意识 | 明显增强 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 林区群众满意度 | ≥90% | | 4 |
""",
    COLS,
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | 国家级公益林补偿面积 | ≥21.4万亩 | | 4 |
 | | 省级公益林补偿面积 | ≥8.7万亩 | | 4 |
 | | 聘用生态护林员人数 | ≥160人 | | 4 |
 | 质量指标 | 补偿资金兑现准确率 | 100100% | | 1 | U303:digit doubling (100100%)
 | 时效指标 | 补偿资金兑现时间 | 2025年10月底前 | | 4 |
 | 成本指标 | 国家级公益林补偿标准 | 15元/亩 | | 4 |
 | | 护林员管护补助 | 10000元 | | 3 | U301
效益指标 | 生态效益指标 | 森林覆盖率 | ≥78.5% | | 4 |
 | 经济效益指标 | 林农补偿收入 | 稳步增长 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 林权权利人满意度 | ≥85% | | 4 |
""",
    COLS,
)

T1, F1 = ptab(
    "森林防火经费",
    286.0,
    "切实做好森林防火工作，保障森林资源安全。",
    T1_ROWS,
    DEPT,
    HEAD,
    KEYS,
    "年度预算（万元）",
    "286.00",
    title="歙岭县林业局2025年项目支出绩效目标表",
    codes={"G702": "slogan goal with no scope, quantity or time"},
    budget_source="年度预算（万元） 286.00",
)
T2, F2 = ptab(
    "森林生态效益补偿资金",
    538.5,
    "对30.1万亩公益林落实生态效益补偿，聘用生态护林员160人，森林覆盖率保持78.5%以上。",
    T2_ROWS,
    DEPT,
    HEAD,
    KEYS,
    "年度预算（万元）",
    "538.50",
    title="歙岭县林业局2025年项目支出绩效目标表",
    budget_source="年度预算（万元） 538.50",
)


def render(doc: Doc) -> bytes:
    return text_file(
        [
            "附件4",
            "歙岭县林业局2025年项目支出绩效目标表",
            Tab(F1, {"style": "pipe", "pad": 3, "outer": True}),
            "",
            "歙岭县林业局2025年项目支出绩效目标表",
            Tab(F2, {"style": "cell_pipe"}),
        ],
        bom=True,
    )


DOC = Doc(
    "hk08_anhui_linye",
    "hk08_安徽歙岭县林业局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "utf-8-sig",
        "安徽",
        "林业",
        "pipe-padded cell-per-line-pipe extra-columns level1-once several-tables unit-year-framing",
    ),
    [T1, T2],
    render,
)
