"""hh11 — 西藏 错嘎县应急管理局, 2024, a legacy XLS: a transfer-payment 区域绩效目标表 for the
county with a 中期指标值 column, the county value and one column per township, and `其中：`
sub-rows."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xls_file
from hframe import lined_table
from kit import tags
from spec import Doc, Table

DEPT = "错嘎县应急管理局"
PLACES = ["错嘎镇", "拉隆乡", "曲松乡"]
COLS = "l1 l2 l3 mid_value value place:错嘎镇 place:拉隆乡 place:曲松乡 spec codes"

T1 = Table(
    "transfer",
    "2024年自然灾害防治体系建设补助资金",
    265.0,
    "完成全县3个乡镇自然灾害综合风险隐患排查，建设乡镇应急物资储备点3个，培训基层灾害信息员96人次，"
    "年内因灾死亡失踪人数控制在0人。",
    rows(
        """
产出指标 | 数量指标 | 建设乡镇应急物资储备点 | 3个 | 3个 | 1个 | 1个 | 1个 | 4 |
 | | 培训基层灾害信息员 | ≥280人次 | ≥96人次 | 40人次 | 30人次 | 26人次 | 4 |
 | | 配备应急救援装备 | ≥150台（套） | ≥60台（套） | 24台（套） | 18台（套） | 18台（套） | 4 |
 | | 其中：卫星电话 | 9部 | 6部 | 2部 | 2部 | 2部 | 4 |
 | 质量指标 | 风险隐患排查覆盖率 | 100% | 100% | 100% | 100% | 100% | 4 |
 | | 物资储备点建设达标率 | 100% | 100% | 100% | 100% | 100% | 4 |
 | 时效指标 | 物资储备点建成时间 | 2026年9月前 | 2024年9月底前 | 2024年9月底前 | 2024年9月底前 | 2024年9月底前 | 4 |
效益指标 | 社会效益指标 | 因灾死亡失踪人数 | 0人 | 0人 | 0人 | 0人 | 0人 | 4 |
 | | 受灾群众基本生活救助时间 | ≤12小时 | ≤12小时 | ≤12小时 | ≤12小时 | ≤12小时 | 4 |
 | | 基层应急能力 | 显著增强 | 显著增强 | 显著增强 | 显著增强 | 显著增强 | 2 | V401
 | 可持续影响指标 | 储备点物资轮换机制 | 建立 | 建立 | 建立 | 建立 | 建立 | 3 |
满意度指标 | 服务对象满意度指标 | 受灾群众满意度 | ≥85% | ≥85% | ≥85% | ≥85% | ≥85% | 4 |
""",
        COLS,
    ),
    title="2024年自然灾害防治体系建设补助资金区域绩效目标表",
    extra={
        "region": "错嘎县",
        "mid_term_goal": "到2026年建成覆盖全县乡镇的应急物资储备网络，基层灾害信息员培训全覆盖。",
        "budget_source": {"年度金额": "265.00", "其中：中央补助": "200.00", "地方资金": "65.00"},
        "value_column": "年度指标值（全县）",
    },
)
T1.rows[3].note = "其中 sub-row: a row of its own"


def render(doc: Doc) -> bytes:
    f = lined_table(
        [
            ("转移支付名称", T1.project),
            ("中央主管部门", "应急管理部"),
            ("地方主管部门", DEPT),
            ("资金情况（万元）", "年度金额：265.00　其中：中央补助200.00　地方资金65.00"),
            ("中期目标（2024—2026年）", T1.extra["mid_term_goal"]),
            ("年度目标", T1.goal or ""),
        ],
        [
            ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值（全县）", *PLACES],
        ],
        T1.rows,
        ["l1", "l2", "l3", "mid_value", "value", *(f"place:{p}" for p in PLACES)],
        label_cols=2,
    )
    blocks: list[object] = [
        T1.title,
        "填报单位：错嘎县应急管理局　　　　　　　　　　　　　　　　　　　金额单位：万元",
        Tab(f),
        "说明：乡镇列为分解到各乡镇的年度指标值。",
    ]
    return xls_file([("区域绩效目标表", blocks)])  # type: ignore[list-item]


DOC = Doc(
    "hh11_xizang_yingji",
    "hh11_西藏错嘎县应急管理局_2024.xls",
    DEPT,
    2024,
    tags(
        "xls",
        "",
        "西藏",
        "应急",
        "transfer per-place midterm-annual sub-rows value-header-gloss budget-lines",
    ),
    [T1],
    render=render,
)
