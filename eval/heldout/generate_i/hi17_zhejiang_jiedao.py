"""hi17 浙江 · 仙溪县城南街道办事处 2025: legacy XLS with two sheets. Sheet 1 is the 批复表 of a
home-care project with one value column per community beside the 街道合计 column and no 一级
column; sheet 2 a project table with the value split into 符号 | 数值 | 单位 and the comparators
typed as ≧ / ≦."""

from __future__ import annotations

from dsl import imply_l1, rows, with_parts
from emit import Tab, xls_file
from frame import project_table
from kit import tags
from spec import Doc, Table

UNIT = "仙溪县城南街道办事处"
PLACES = ["城南社区", "河西社区", "新桥社区", "望江社区"]
U307 = "U307:≧/≦ instead of ≥/≤"

T1 = Table(
    "project",
    "社区居家养老服务中心运营补助",
    36.0,
    "保障辖区4个社区居家养老服务中心正常运营，全年助餐服务3.6万人次，为240名失能、高龄老人提供上门服务。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 居家养老服务中心运营数量 | 4个 | 1个 | 1个 | 1个 | 1个 | 4 |
         |          | 助餐服务人次 | ≥36000人次 | ≥12000人次 | ≥8000人次 | ≥9000人次 | ≥7000人次 | 4 |
         |          | 上门服务老人数 | ≥240人 | ≥80人 | ≥50人 | ≥60人 | ≥50人 | 4 |
         | 质量指标 | 服务安全事故 | 0起 | 0起 | 0起 | 0起 | 0起 | 4 |
         | 时效指标 | 运营补助拨付时间 | 每季度首月 | 每季度首月 | 每季度首月 | 每季度首月 | 每季度首月 | 3 |
         | 成本指标 | 每人次助餐补贴 | ≤5元 | ≤5元 | ≤5元 | ≤5元 | ≤5元 | 4 |
效益指标 | 社会效益指标 | 老年人助餐服务覆盖率 | ≥30% | ≥35% | ≥25% | ≥30% | ≥30% | 4 |
满意度指标 | 服务对象满意度指标 | 老年人满意度 | ≥90% | ≥90% | ≥90% | ≥90% | ≥90% | 4 |
""",
            "l1 l2 l3 value " + " ".join("place:" + p for p in PLACES) + " spec codes",
        )
    ),
    title="仙溪县2025年项目支出绩效目标批复表",
    extra={"approval": "批复表 (sheet title)", "value_column": "街道合计"},
)

T2 = Table(
    "project",
    "背街小巷环境整治",
    85.0,
    "整治城南片区背街小巷12条，改造雨污管网3.2公里，消除雨污混接点40处。",
    with_parts(
        rows(
            f"""
产出指标 | 数量指标 | 整治背街小巷 | ≧12条 | 4 | {U307}
         |          | 改造雨污管网长度 | ≧3.2公里 | 4 | {U307}
         | 质量指标 | 工程质量验收合格率 | 100% | 4 |
         |          | 工程质量验收合格率 | ≧98% | 3 | U307:≧ instead of ≥ V405:a building-work acceptance rate below 100%
         | 时效指标 | 整治完成时间 | 年内完成 | 2 | V401
         | 成本指标 | 每条小巷整治成本 | ≦7万元 | 4 | {U307}
效益指标 | 社会效益指标 | 居民出行条件 | 明显改善 | 2 | V401
         | 生态效益指标 | 雨污混接点消除 | ≧40处 | 4 | {U307}
满意度指标 | 服务对象满意度指标 | 沿街居民满意度 | ≧90% | 4 | {U307}
""",
            "l1 l2 l3 value spec codes",
        ),
        "定性",
    ),
    title="仙溪县2025年项目支出绩效目标表",
    codes={"C204": "工程质量验收合格率 twice (rows 3 and 4, 100% and ≧98%)"},
    extra={"duplicate_rows": {"工程质量验收合格率": [3, 4]}},
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        UNIT,
        ["二级指标", "三级指标", "街道合计", *PLACES],
        ["l2", "l3", "value", *("place:" + p for p in PLACES)],
        "批复金额（万元）",
        "36.00",
        "批复绩效目标",
        merge=("l2",),
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "符号", "数值", "单位"],
        ["l1", "l2", "l3", "p0", "p1", "p2"],
        "预算金额（万元）",
        "85.00",
    )
    return xls_file(
        [
            ("批复表", [T1.title, "单位：万元", Tab(f1)]),
            ("目标表", [T2.title, "单位：万元", Tab(f2)]),
        ]
    )


DOC = Doc(
    id="hi17_zhejiang_jiedao",
    file="hi17_浙江仙溪县城南街道办事处_2025.xls",
    unit=UNIT,
    year=2025,
    tags=tags(
        "xls",
        "",
        "浙江",
        "街道办事处",
        "per-place approval level1-missing-or-unfilled split-value several-tables",
    ),
    tables=[T1, T2],
    render=render,
)
