"""易水县西陵镇人民政府 (河北): a township's disclosure copied out of the portal as tab-separated
text; a village road project with 其中 sub-rows and a 人居环境整治 table with one column per
village, amounts in 元, signature lines under each table."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import wan
from kit import sign, tags
from mframe import framed
from mnoise import portal_tail
from spec import Doc, Table

UNIT = "易水县西陵镇人民政府"
VILLAGES = ["东庄村", "南河村", "北峪村", "西陵村"]

T1 = Table(
    "project",
    "2025年村级道路维修项目",
    wan(386000),
    "对东庄村、北峪村两村破损村内道路进行维修，维修长度4.2公里，9月底前完工，方便沿线群众出行。",
    rows(
        """
产出指标 | 数量指标 | 维修村内道路长度 | ≥4.2公里 | 4 |
         |          | 其中：东庄村段   | 1.5公里 | 4 |
         |          | 其中：北峪村段   | 2.7公里 | 4 |
         | 质量指标 | 工程验收合格率   | 100%    | 4 |
         | 时效指标 | 完工时间         | 2025年9月底前 | 4 |
         | 成本指标 | 每公里维修成本   | ≤9万元  | 4 |
效益指标 | 社会效益指标 | 群众出行条件 | 明显改善 | 2 | V401
         | 可持续影响指标 | 道路使用年限 | ≥8年 | 4 |
满意度指标 | 服务对象满意度指标 | 沿线村民满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="西陵镇2025年村级道路维修项目绩效目标表",
    extra={"budget_source": "项目资金（元） 386,000.00 → 38.6 万元"},
)

T2 = Table(
    "project",
    "农村人居环境整治",
    wan(152400),
    "全镇4个村生活垃圾日产日清，改造户厕85户，村庄环境干净整洁。",
    rows(
        """
产出指标 | 数量指标 | 清运生活垃圾 | ≥2600吨 | 700吨 | 520吨 | 610吨 | 770吨 | 4 |
         |          | 改造户厕     | 85户    | 20户  | 15户  | 30户  | 20户  | 4 |
         |          | 保洁员人数   | 24个    | 6个   | 5个   | 7个   | 6个   | 3 | U301:people counted in 个
         | 质量指标 | 户厕改造验收合格率 | 100% | 100% | 100% | 100% | 100% | 4 |
         | 时效指标 | 垃圾日产日清率 | ≥95% | ≥95% | ≥95% | ≥95% | ≥95% | 4 |
         | 成本指标 | 保洁员补助标准 | 600元 | 600元 | 600元 | 600元 | 600元 | 3 | U301:a per-unit standard in bare 元 without its denominator (per person and month)
效益指标 | 生态效益指标 | 村庄环境 | 干净整洁 | 干净整洁 | 干净整洁 | 干净整洁 | 干净整洁 | 2 | V401
满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥75% | ≥75% | ≥75% | ≥75% | ≥75% | 3 | V405:satisfaction target below 80%
""",
        "l1 l2 l3 value " + " ".join(f"place:{v}" for v in VILLAGES) + " spec codes",
    ),
    title="西陵镇2025年农村人居环境整治项目绩效目标表",
    extra={
        "budget_source": "项目资金（元） 152,400.00 → 15.24 万元",
        "value_column": "全镇合计",
    },
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        6,
        T1.rows,
        ["l1", "l2", "l3", "value", "", ""],
        [["一级指标", "二级指标", "三级指标", "指标值", "备注", ""]],
        above=[
            ("项目名称", T1.project),
            ("项目资金（元）", "386,000.00"),
            ("年度目标", T1.goal or ""),
        ],
    )
    f2 = framed(
        8,
        T2.rows,
        ["l1", "l2", "l3", "value"] + [f"place:{v}" for v in VILLAGES],
        [["一级指标", "二级指标", "三级指标", "全镇合计", *VILLAGES]],
        above=[
            ("项目名称", T2.project),
            ("项目资金（元）", "152,400.00"),
            ("绩效目标", T2.goal or ""),
        ],
    )
    blocks = [
        "易水县西陵镇人民政府2025年部门预算公开",
        "发布时间：2025-02-14 09:30　来源：西陵镇党政办",
        "一、部门职责（略）",
        "七、项目支出绩效目标情况",
        "本镇2025年实行绩效目标管理的项目2个，涉及资金538,400.00元，绩效目标表如下。",
        "附件3-1",
        T1.title,
        "单位：元",
        Tab(f1, {"style": "tab"}),
        sign("刘建国", "高秀梅", "王立新", "0312-5561023"),
        "",
        "附件3-2",
        T2.title,
        Tab(f2, {"style": "spaces", "gap": "  "}),
        "注：各村指标值由村委会申报，镇农业农村办汇总。",
        sign("刘建国", "高秀梅", "王立新", "0312-5561023"),
        *portal_tail(318),
    ]
    return text_file(blocks)


DOC = Doc(
    "hm01_hebei_zhen",
    "hm01_河北易水县西陵镇人民政府_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8",
        "河北",
        "乡镇",
        "tab spaces level1-once sub-rows yuan per-place several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
