"""hi18 江西 · 袁溪县粮食和物资储备局 2025: WPS DOCX with a running header. A fund-allocation table
per storage depot, then the region's transfer-payment table (区域绩效目标表) with a 全县合计 column
and one column per depot, then a project table."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from frame import project_table
from iframe import headed_table, plain_grid
from kit import tags
from spec import Doc, Table

UNIT = "袁溪县粮食和物资储备局"
DEPOTS = ["城关粮库", "樟树岭粮库"]

T1 = Table(
    "transfer",
    "省级粮食安全保障调控和应急设施补助资金（地方储备粮保管费）",
    80.0,
    "落实县级储备粮10000吨的保管和轮换，储备粮数量真实、质量良好、储存安全。",
    rows(
        """
产出指标 | 数量指标 | 地方储备粮保管规模 | ＝10000吨 | 6000吨 | 4000吨 | 4 |
         |          | 储备粮轮换数量 | ≥3300吨 | 2000吨 | 1300吨 | 4 |
         | 质量指标 | 储备粮质量达标率 | 100% | 100% | 100% | 4 |
         |          | 储备粮品质宜存率 | ≥95% | ≥95% | ≥95% | 4 |
         | 时效指标 | 轮换完成时间 | 2025年10月底前 | 2025年10月底前 | 2025年9月底前 | 4 |
         | 成本指标 | 每吨年保管费补助标准 | ≤80元 | ≤80元 | ≤80元 | 4 |
效益指标 | 社会效益指标 | 粮食应急保障能力 | 有效提升 | 有效提升 | 有效提升 | 2 | V401
         | 经济效益指标 | 储备粮年均损耗率 | ≤0.2% | ≤0.2% | ≤0.2% | 4 |
满意度指标 | 服务对象满意度指标 | 承储企业满意度 | ≥90% | ≥90% | ≥90% | 4 |
""",
        "l1 l2 l3 value " + " ".join("place:" + d for d in DEPOTS) + " spec codes",
    ),
    title="2025年袁溪县粮食安全保障资金区域绩效目标表",
    extra={
        "region": "袁溪县",
        "value_column": "全县合计",
        "allocation_table": {
            "城关粮库": "6000吨 / 48.00万元",
            "樟树岭粮库": "4000吨 / 32.00万元",
            "合计": "10000吨 / 80.00万元",
        },
    },
)

T2 = Table(
    "project",
    "粮食应急保供网点建设",
    18.0,
    "在6个乡镇新建粮食应急供应网点，配备必要的储存和配送设施，应急状态下保障群众口粮供应。",
    rows(
        """
产出指标 | 数量指标 | 新建粮食应急供应网点 | ≥6个 | 《袁溪县粮食应急保障网点建设方案（2025—2027年）》年度任务 | 5 |
         |          | 网点应急储存成品粮油 | ≥30吨 | 每个网点按服务人口5日口粮测算 | 5 |
         | 质量指标 | 网点设施达标率 | 100% | 行业标准 | 4 | V404
         | 时效指标 | 网点挂牌时间 | 2025年9月底前 | 计划标准 | 4 | V404
         | 成本指标 | 单个网点建设补助 | ≤3万元 | 县财政局预算批复 | 4 |
效益指标 | 社会效益指标 | 应急状态下粮油供应 | 保障到位 | 工作需要 | 2 | V401 V404
         |              | 应急供应网点乡镇覆盖率 | ≥50% | 全县12个乡镇中6个设点 | 5 |
""",
        "l1 l2 l3 value basis spec codes",
    ),
    title="袁溪县粮食和物资储备局2025年项目支出绩效目标表",
    codes={"C203": "no 满意度 row although the outlets serve the residents of six townships"},
)


def render(doc: Doc) -> bytes:
    alloc = plain_grid(
        [
            ["承储库点", "储备规模（吨）", "保管费补助（万元）"],
            ["城关粮库", "6000", "48.00"],
            ["樟树岭粮库", "4000", "32.00"],
            ["合计", "10000", "80.00"],
        ]
    )
    f1 = headed_table(
        T1,
        [
            ("专项资金名称", T1.project),
            ("省级主管部门", "江西省粮食和物资储备局"),
            ("资金总额（万元）", "80.00"),
            ("年度目标", T1.goal or ""),
        ],
        ["一级指标", "二级指标", "三级指标", "全县合计", *DEPOTS],
        ["l1", "l2", "l3", "value", *("place:" + d for d in DEPOTS)],
        label_cols=2,
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["l1", "l2", "l3", "value", "basis"],
        "项目资金（万元）",
        "18.00",
    )
    return docx_file(
        [
            "# 袁溪县粮食和物资储备局2025年部门预算绩效目标",
            "一、地方储备粮保管费补助资金分配表",
            Tab(alloc),
            "二、" + (T1.title or ""),
            Tab(f1),
            "三、" + (T2.title or ""),
            Tab(f2),
        ],
        wps=True,
        running_header="袁溪县粮食和物资储备局",
    )


DOC = Doc(
    id="hi18_jiangxi_liangshi",
    file="hi18_江西袁溪县粮食和物资储备局_2025.docx",
    unit=UNIT,
    year=2025,
    tags=tags(
        "docx",
        "wps",
        "江西",
        "粮食和物资储备",
        "allocation-before transfer per-place several-tables level1-once",
    ),
    tables=[T1, T2],
    render=render,
)
