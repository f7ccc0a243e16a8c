"""鉴江县中心幼儿园 (广东): an XLSX from the budget system's template; an allocation sheet, then the
indicator sheet with the value split into 符号 | 指标值 | 计量单位, 指标性质 and 指标方向性 columns and
the 二级 repeated on every row; the second project is cut off where the export stopped."""

from __future__ import annotations

from dsl import rows
from emit import Tab, xlsx_file
from kit import parts3, tags
from mframe import framed
from spec import Doc, Table

UNIT = "鉴江县中心幼儿园"
COLS = "l1 l2 l3 value direction nature spec codes"

T1 = Table(
    "project",
    "学前教育保育教育费补助",
    73.2,
    "保障在园幼儿610人保育教育活动正常开展，落实普惠性幼儿园保教费补助。",
    parts3(
        rows(
            """
产出指标 | 数量指标 | 在园幼儿人数 | ≥610人 | 正向 | 定量 | 4
         | 数量指标 | 配备专任教师 | 42人 | 正向 | 定量 | 4
         | 质量指标 | 专任教师持证上岗率 | 100% | 正向 | 定量 | 4
         | 质量指标 | 幼儿园安全责任事故 | ≤1起 | 反向 | 定量 | 3 | V405:a ceiling of one safety accident a year is no target for a kindergarten
         | 时效指标 | 补助资金拨付 | 2025年12月底前 | 正向 | 定性 | 4
         | 成本指标 | 生均保教费补助标准 | 1200元 | 反向 | 定量 | 4
效益指标 | 社会效益指标 | 学前三年毛入园率 | ≥98% | 正向 | 定量 | 4
         | 社会效益指标 | 入园难问题 | 有效缓解 | 正向 | 定性 | 2 | V401
满意度指标 | 服务对象满意度指标 | 幼儿家长满意度 | ≥95% | 正向 | 定量 | 4
""",
            COLS,
        )
    ),
    title="鉴江县中心幼儿园2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "园舍安全及设施设备改造",
    28.0,
    "改造幼儿户外活动场地1200平方米，更换老旧大型玩具6套。",
    parts3(
        rows(
            """
产出指标 | 数量指标 | 改造户外活动场地面积 | 1200平方米 | 正向 | 定量 | 4
         | 数量指标 | 更换大型玩具 | 6套 | 正向 | 定量 | 4
         | 质量指标 | 玩具设备安全检测合格率 | ≥100% | 正向 | 定量 | 3 | U302:a lower bound of 100% on a rate
         | 时效指标 | 改造完成时间 | 2025年8月20日前 | 正向 | 定性 | 4
""",
            COLS,
        )
    ),
    title="鉴江县中心幼儿园2025年项目支出绩效目标表（二）",
    extra={
        "cut_off": "the sheet ends after the next row's name (成本指标 | 成本指标 | 改造综合成本) with no value; complete rows only",
        "c203_excused": "效益 and 满意度 rows lie beyond the cut",
    },
)

HEAD = [
    ["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位", "指标方向性", "指标性质"]
]
KEYS = ["l1", "l2", "l3", "p0", "p1", "p2", "direction", "nature"]


def render(doc: Doc) -> bytes:
    alloc = framed(
        5,
        [],
        [],
        [["项目名称", "资金来源", "年初预算（万元）", "其中：省级资金", "其中：县级资金"]],
        below=[
            ["学前教育保育教育费补助", "一般公共预算", "73.20", "30.00", "43.20"],
            ["园舍安全及设施设备改造", "一般公共预算", "28.00", "0", "28.00"],
            ["合计", "", "101.20", "30.00", "71.20"],
        ],
    )
    f1 = framed(
        8,
        T1.rows,
        KEYS,
        HEAD,
        merge=("l1",),
        above=[
            ("项目名称", T1.project, "项目单位", UNIT),
            ("项目金额（万元）", "73.20"),
            ("项目绩效目标", T1.goal or ""),
        ],
    )
    f2 = framed(
        8,
        T2.rows,
        KEYS,
        HEAD,
        merge=("l1",),
        above=[
            ("项目名称", T2.project, "项目单位", UNIT),
            ("项目金额（万元）", "28.00"),
            ("项目绩效目标", T2.goal or ""),
        ],
        below=[["", "成本指标", "改造综合成本", "", "", "", "", ""]],
    )
    return xlsx_file(
        [
            ("资金安排", ["鉴江县中心幼儿园2025年项目资金安排表", Tab(alloc)]),
            ("绩效目标", [T1.title, Tab(f1), T2.title, Tab(f2)]),
        ],
        choice_col="H",
        choices=("定量", "定性"),
        note="",
    )


DOC = Doc(
    "hm16_guangdong_youeryuan",
    "hm16_广东鉴江县中心幼儿园_2025.xlsx",
    UNIT,
    2025,
    tags(
        "xlsx",
        "",
        "广东",
        "幼儿园",
        "split-value extra-columns level2-missing-or-repeated allocation-before cut-off several-tables",
    ),
    [T1, T2],
    render=render,
)
