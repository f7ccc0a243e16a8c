"""hk05 山东 · 汶阳县交通运输局: text copy (GB18030, CRLF) of three project tables: a Word table
flattened to one cell per line with blank lines between cells, a tab-separated one and one whose
cells run together without any separator."""

from dsl import rows
from emit import Tab, text_file
from kit import ptab, tags
from spec import Doc

DEPT = "汶阳县交通运输局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
COLS = "l1 l2 l3 value spec codes"

T1_ROWS = rows(
    """
产出指标 | 数量指标 | 县道日常养护里程 | ≥286公里 | 4 |
 | | 乡道日常养护里程 | ≥512公里 | 4 |
 | | 村道日常养护里程 | ≥1034公里 | 4 |
 | | 其中：列养农村公路桥梁 | ≥118座 | 4 |
 | | 公路养护人员 | ≥210个 | 3 | U301
 | 质量指标 | 县道优良中等路率 | ≥85% | 4 |
 | | 乡村道优良中等路率 | ≥75% | 4 |
 | | 养护工程质量 | 良好 | 2 | V401
 | 时效指标 | 水毁路段抢通时间 | ≤24小时 | 4 |
 | 成本指标 | 县道养护成本 | ≤1.0万元/公里·年 | 4 |
 | | 乡村道养护成本 | ≤0.5万元/公里·年 | 4 |
效益指标 | 社会效益指标 | 农村群众出行条件 | 明显改善 | 2 | V401
 | 可持续影响指标 | 农村公路管养长效机制 | 建立 | 3 |
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 4 |
""",
    COLS,
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | 补贴农村客运班线 | ≥46条 | 4 |
 | 质量指标 | 建制村通客车率 | 100% | 4 |
 | 时效指标 | 补贴资金发放时间 | 2025年9月底前 | 4 |
 | 成本指标 | 单车年补贴标准 | ≤1.2万元 | 4 |
效益指标 | 社会效益指标 | 农村客运班线停运条数 | ≥0条 | 3 | U305
 | 可持续影响指标 | 农村客运持续稳定运营 | 稳定 | 2 | V401
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 4 |
""",
    COLS,
)

T3_ROWS = rows(
    """
产出指标 | 数量指标 | 安装波形护栏长度 | ≥36公里 | 4 |
 | | 增设警示标志标牌 | ≥420块 | 4 |
 | 质量指标 | 工程交工验收合格率 | 100% | 4 |
 | 时效指标 | 工程完工时间 | 2025年9月底前 | 4 |
 | 成本指标 | 每公里护栏建设成本 | ≤18万元 | 4 | B501:36 km × 18万元 = 648万元, far above the 260万元 budget
效益指标 | 社会效益指标 | 道路交通事故死亡人数 | 下降 | 2 | V401
 | | 农村公路安全隐患整治 | ≥36公里 | 4 |
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 4 |
""",
    COLS,
)

T1, F1 = ptab(
    "农村公路日常养护",
    692.4,
    "完成县乡村道1832公里日常养护，县道优良中等路率85%以上，乡村道优良中等路率75%以上。",
    T1_ROWS,
    DEPT,
    HEAD,
    KEYS,
    "项目资金（万元）",
    "692.40",
    title="汶阳县交通运输局2025年项目绩效目标表（一）",
    budget_source="项目资金（万元） 692.40",
)
T2, F2 = ptab(
    "农村客运补贴",
    153.6,
    "对46条农村客运班线、128辆车辆给予运营补贴，保持建制村100%通客车。",
    T2_ROWS,
    DEPT,
    HEAD,
    KEYS,
    "项目资金（万元）",
    "153.60",
    title="汶阳县交通运输局2025年项目绩效目标表（二）",
    budget_source="项目资金（万元） 153.60",
)
T3, F3 = ptab(
    "农村公路安全生命防护工程",
    260.0,
    "对36公里临水临崖等危险路段实施安全生命防护工程。",
    T3_ROWS,
    DEPT,
    HEAD,
    KEYS,
    "项目资金（万元）",
    "260.00",
    title="汶阳县交通运输局2025年项目绩效目标表（三）",
    budget_source="项目资金（万元） 260.00",
)


def render(doc: Doc) -> bytes:
    return text_file(
        [
            "汶阳县交通运输局2025年项目绩效目标表（一）",
            "",
            Tab(F1, {"style": "cell_blank"}),
            "汶阳县交通运输局2025年项目绩效目标表（二）",
            Tab(F2, {"style": "tab"}),
            "",
            "汶阳县交通运输局2025年项目绩效目标表（三）",
            Tab(F3, {"style": "together"}),
            "",
        ],
        encoding="gb18030",
        newline="\r\n",
    )


DOC = Doc(
    "hk05_shandong_jiaotong",
    "hk05_山东汶阳县交通运输局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "gb18030 crlf",
        "山东",
        "交通运输",
        "cell-per-line-blank tab run-together sub-rows several-tables unit-year-framing",
    ),
    [T1, T2, T3],
    render,
    codes={
        "T101": "沿线群众满意度 | ≥90% repeated in all three tables, unrelated to the bus-subsidy project"
    },
    extra={
        "t101_pairs": [
            {"level3": "沿线群众满意度", "value": "≥90%", "tables": [1, 2, 3], "unrelated": [2]}
        ]
    },
)
