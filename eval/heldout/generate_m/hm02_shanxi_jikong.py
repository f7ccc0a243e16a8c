"""涑水县疾病预防控制中心 (山西): a CMS page with two project tables whose value is split into
符号 | 数值 | 单位 under one glossed header, with 指标性质 and 权重 columns and （必填） marks in the
二级 names."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from kit import parts3, tags
from mframe import framed
from spec import Doc, Table

UNIT = "涑水县疾病预防控制中心"
COLS = "l1 l2 l3 value nature weight spec codes"

T1 = Table(
    "project",
    "国家免疫规划疫苗接种",
    26.5,
    "完成全县适龄儿童免疫规划疫苗接种21000剂次以上，以乡镇为单位接种率保持在90%以上，冷链设备运转正常。",
    parts3(
        rows(
            """
产出指标 | 数量指标（必填） | 适龄儿童免疫规划疫苗接种剂次 | ≥21000剂次 | 定量 | 10 | 4 |
         |                  | 冷链设备巡检次数 | ≥12次 | 定量 | 5 | 4 |
         | 质量指标（必填） | 以乡镇为单位免疫规划疫苗接种率 | ≥90% | 定量 | 10 | 4 |
         |                  | 疑似预防接种异常反应报告及时率 | ≥100% | 定量 | 5 | 3 | U302:a lower bound of 100% on a rate
         | 时效指标 | 接种信息录入时限 | ≤24小时 | 定量 | 5 | 4 |
         | 成本指标 | 单剂次接种服务补助 | ≤12元 | 定量 | 5 | 4 |
效益指标 | 社会效益指标（必填） | 疫苗针对传染病发病水平 | 控制在较低水平 | 定性 | 20 | 2 | V401
         | 可持续影响指标 | 预防接种门诊规范化建设 | 持续推进 | 定性 | 10 | 2 | V401
满意度指标 | 服务对象满意度指标（必填） | 儿童家长满意度 | ≥90% | 定量 | 10 | 4 |
""",
            COLS,
        )
    ),
    title="涑水县疾病预防控制中心2025年项目支出绩效目标表（一）",
    extra={"value_header": "指标值（目标值，定量指标须填写符号、数值和单位）"},
)

T2 = Table(
    "project",
    "慢性病及其危险因素监测",
    8.2,
    "在3个国家级监测点完成1200人入户调查，按季度上报监测数据，为全县慢性病防控提供依据。",
    parts3(
        rows(
            """
产出指标 | 数量指标（必填） | 慢性病监测点数 | =3个 | 定量 | 10 | 4 |
         |                  | 入户调查人数 | ≥1200人 | 定量 | 10 | 4 |
         | 质量指标（必填） | 监测数据审核通过率 | ≥95% | 定量 | 10 | 4 |
         |                  | 开展质控督导 | ≥4次 | 定量 | 5 | 3 | C202:a count of supervision visits placed under 质量
         | 时效指标 | 监测数据上报 | 按季度上报 | 定性 | 5 | 3 |
         | 成本指标 | 监测工作经费 | ≤12万元 | 定量 | 5 | 3 | B501:cost ceiling 12万元 above the table's 8.2万元 budget
效益指标 | 社会效益指标（必填） | 为慢性病防控决策提供依据 | 有效支撑 | 定性 | 20 | 2 | V401
满意度指标 | 服务对象满意度指标（必填） | 调查对象满意度 | ≥85% | 定量 | 10 | 4 |
""",
            COLS,
        )
    ),
    title="涑水县疾病预防控制中心2025年项目支出绩效目标表（二）",
    extra={"value_header": "指标值（目标值，定量指标须填写符号、数值和单位）"},
)

HEAD = [
    [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值（目标值，定量指标须填写符号、数值和单位）",
        "",
        "",
        "权重（%）",
    ],
    ["", "", "", "", "符号", "数值", "单位", ""],
]
SPANS = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6), (0, 7, 1, 7)]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight"]


def table(t: Table, money: str) -> Tab:
    f = framed(
        8,
        t.rows,
        KEYS,
        HEAD,
        above=[
            ("项目名称", t.project, "主管部门", "涑水县卫生健康局"),
            ("实施单位", UNIT, "项目资金（万元）", money),
            ("总体目标", t.goal or ""),
        ],
        head_spans=SPANS,
    )
    return Tab(f, {"pad_cols": (2,)})


def render(doc: Doc) -> bytes:
    blocks = [
        "根据《涑水县财政局关于做好2025年部门预算公开工作的通知》要求，现将我中心2025年项目支出绩效目标公开如下：",
        T1.title,
        table(T1, "26.50"),
        "填报人：赵晓燕　　审核人：李福生",
        T2.title,
        table(T2, "8.20"),
        "注：定性指标在“数值”栏填写文字描述。",
        "涑水县疾病预防控制中心　2025年2月",
    ]
    return html_file(
        blocks,
        "涑水县疾病预防控制中心2025年项目支出绩效目标公开",
        "涑水县人民政府",
        "2025-02-20 16:05",
    )


DOC = Doc(
    "hm02_shanxi_jikong",
    "hm02_山西涑水县疾病预防控制中心_2025.html",
    UNIT,
    2025,
    tags(
        "html",
        "utf-8",
        "山西",
        "疾病预防控制",
        "split-value extra-columns label-notes value-header-gloss several-tables goal-heading",
    ),
    [T1, T2],
    render=render,
)
