"""hi15 山东 · 沂滨县中医医院 2025: an older CMS page (UTF-8) with `<font>` cells and zero-width
spaces in the header labels. A fund-allocation table, then the evaluation-indicator system of the
basic public health project (分值 and 评分标准 per indicator, some without a target, a 总分 line),
then a project table with 指标解释 and 评（扣）分标准 columns."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import project_table
from iframe import headed_table, plain_grid
from kit import tags
from spec import Doc, Table

UNIT = "沂滨县中医医院"
NO_TARGET = "evaluation criterion without a target value"

T1 = Table(
    "evaluation_system",
    "基本公共卫生服务项目（中医药健康管理）",
    None,
    None,
    rows(
        f"""
决策 | 项目立项 | 立项依据充分性 | 3 | | 立项符合国家政策和单位职能的得3分，否则酌情扣分 | | | {NO_TARGET}
     | 绩效目标 | 绩效目标合理性 | 3 | | 目标明确、细化量化的得3分，否则扣1—3分 | | | {NO_TARGET}
     | 资金投入 | 预算编制科学性 | 4 | | 预算编制有测算依据的得4分 | | | {NO_TARGET}
过程 | 资金管理 | 资金到位率 | 5 | 100% | 到位率100%得5分，每低1个百分点扣0.5分 | 4 | |
     |          | 资金使用合规性 | 5 | | 无截留、挤占、挪用的得5分，发现一例扣2分 | | | {NO_TARGET}
     | 组织实施 | 管理制度健全性 | 5 | | 制度健全并有效执行的得5分 | | | {NO_TARGET}
产出 | 产出数量 | 65岁及以上老年人中医药健康管理率 | 15 | ≥75% | 达到目标值得满分，每低1个百分点扣1分 | 4 | |
     |          | 0—36个月儿童中医药健康管理率 | 10 | ≥77% | 同上 | 4 | |
     | 产出质量 | 健康管理档案规范率 | 10 | ≥90% | 抽查档案规范率达到目标值得满分 | 4 | |
     | 产出时效 | 年度任务完成时间 | 5 | 2025年12月底前 | 按时完成得5分 | 4 | |
效益 | 社会效益 | 居民中医药健康素养 | 10 | 明显提升 | 有提升的得满分 | 2 | V401 |
     | 可持续影响 | 服务机制 | 10 | 长效 | 机制健全的得满分 | 2 | V401 |
满意度 | 服务对象满意度 | 服务对象满意度 | 15 | ≥85% | 85%以上得满分，每低1个百分点扣1分 | 4 | |
""",
        "l1 l2 l3 score_max value std spec codes note",
    ),
    title="沂滨县2025年基本公共卫生服务项目（中医药健康管理）绩效评价指标体系",
    extra={
        "total_row": "总分 100",
        "allocation_table": {
            "中央补助": "38.40",
            "省级补助": "12.80",
            "县级配套": "10.80",
            "合计": "62.00",
        },
    },
)

T2 = Table(
    "project",
    "中医特色专科建设（针灸康复科）",
    120.0,
    "购置针灸康复设备18台（套），开展中医适宜技术20项以上，全年针灸康复门诊1.2万人次。",
    rows(
        """
产出指标 | 数量指标 | 购置针灸康复设备 | ≥18台（套） | 购置电针治疗仪、中频治疗仪、牵引床等康复设备数量 | 少1台扣1分 | 4 |
         |          | 开展中医适宜技术项目 | ≥20项 | 开展中医适宜技术项目 | 每少1项扣0.5分 | 4 | V403
         | 质量指标 | 设备验收合格率 | 100% | 设备验收合格率 | 不合格不得分 | 4 | V403
         |          | 针灸治疗不良事件发生率 | ≤0.1% | 发生不良事件例数÷治疗总人次×100%，以院感质控科月报为准 | 超出不得分 | 5 |
         |          | 康复设备使用率 | ≥85% | 计划使用台次÷实际使用台次×100% | 低于85%按比例扣分 | 3 | R601
         |          | 中医药适宜技术推广人员 | ≥5人 | 门诊中药饮片处方占门诊处方总数的比例 | 未达到不得分 | 3 | C205:described as the share of herbal prescriptions, not the number of staff
         | 时效指标 | 设备采购完成时间 | 2025年7月底前 | 以设备验收单日期为准 | 每延迟1个月扣1分 | 4 |
         | 成本指标 | 设备购置费 | ≤85万元 | 设备采购合同金额 | 超支不得分 | 4 |
效益指标 | 社会效益指标 | 针灸康复门诊人次 | ≥1.2万人次 | 全年针灸康复科门诊人次，以HIS系统统计为准 | 未达到按比例扣分 | 4 | C206:outpatient visits are an output count placed under 社会效益
         |              | 中医服务能力 | 显著提升 | 中医服务能力 | 定性评价 | 2 | V401 V403
满意度指标 | 服务对象满意度指标 | 患者满意度 | ≥90% | 第三方问卷调查患者满意度 | 低于90%不得分 | 5 |
""",
        "l1 l2 l3 value desc std spec codes",
    ),
    title="沂滨县中医医院2025年项目支出绩效目标表",
)


def render(doc: Doc) -> bytes:
    alloc = plain_grid(
        [
            ["资金来源", "金额（万元）", "备注"],
            ["中央补助", "38.40", "鲁财社指〔2024〕XX号提前下达"],
            ["省级补助", "12.80", ""],
            ["县级配套", "10.80", ""],
            ["合计", "62.00", ""],
        ]
    )
    f1 = headed_table(
        T1,
        [],
        ["一级指标", "二级指标", "三级指标", "分值", "指标值", "评分标准"],
        ["l1", "l2", "l3", "score_max", "value", "std"],
        total=["总分", "", "", "100", "", ""],
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标解释", "评（扣）分标准"],
        ["l1", "l2", "l3", "value", "desc", "std"],
        "项目资金（万元）",
        "120.00",
    )
    return html_file(
        [
            "沂滨县中医医院2025年部门预算",
            "表一 2025年基本公共卫生服务补助资金分配表（中医药健康管理部分）",
            Tab(alloc),
            "表二 " + (T1.title or ""),
            Tab(f1),
            "表三 " + (T2.title or ""),
            Tab(f2),
        ],
        "沂滨县中医医院2025年部门预算公开",
        "沂滨县卫生健康局",
        "2025-02-20",
        style="font",
    )


DOC = Doc(
    id="hi15_shandong_yiyuan",
    file="hi15_山东沂滨县中医医院_2025.html",
    unit=UNIT,
    year=2025,
    tags=tags(
        "html",
        "utf-8",
        "山东",
        "医院",
        "evaluation-system allocation-before extra-columns nonstandard-names several-tables level1-once",
    ),
    tables=[T1, T2],
    render=render,
    codes={
        "T107": "XX placeholder left in the document number of the allocation table (鲁财社指〔2024〕XX号)"
    },
    extra={"text_leftovers": ["鲁财社指〔2024〕XX号 in the allocation table's 备注"]},
)
