"""hh02 — 湖北 漳源县卫生健康局, 2025, a portal page (UTF-8): a 部门整体 table with 履职产出 /
履职效能 and the 二级 repeated on every row, then two project tables with a 备注 column; colgroup,
tbody and a div per cell, the whole inside the portal's layout tables."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import project_table
from hframe import lined_table
from kit import tags
from spec import Doc, Table

DEPT = "漳源县卫生健康局"

T1 = Table(
    "overall",
    DEPT,
    3486.2,
    "1.完成基本公共卫生服务12类项目，居民电子健康档案建档率保持在90%以上；\n"
    "2.推进紧密型县域医共体建设，县域内就诊率达到90%；\n3.做好重大传染病防控，无甲类传染病暴发。",
    rows(
        """
履职产出 | 数量指标 | 家庭医生签约服务重点人群人数 | ≥6.8万人 | 4 |
 | 数量指标 | 65岁及以上老年人健康管理人数 | ≥2.1万人 | 4 |
 | 质量指标 | 居民电子健康档案建档率 | ≥90% | 4 |
 | 质量指标 | 适龄儿童国家免疫规划疫苗接种率 | ≥95% | 4 |
 | 时效指标 | 基本公共卫生服务资金拨付及时率 | 100% | 4 |
 | 成本指标 | 人均基本公共卫生服务经费补助标准 | 94元 | 4 |
履职效能 | 社会效益指标 | 县域内就诊率 | ≥90% | 4 |
 | 社会效益指标 | 甲类传染病暴发疫情 | 不发生 | 3 |
 | 社会效益指标 | 群众健康素养水平 | 稳步提升 | 2 | V401
 | 可持续影响指标 | 医共体运行机制 | 健全 | 2 | V401
满意度 | 服务对象满意度指标 | 签约居民满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="漳源县卫生健康局2025年部门整体绩效目标表",
    extra={
        "budget_source": {
            "资金总额（万元）": "3486.20",
            "其中：财政拨款": "3310.20",
            "其他资金": "176.00",
        }
    },
)
T1.rows[10].note = "一级 printed as the short form 满意度"

KEYS = ["l1", "l2", "l3", "value", "remark"]
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]
T2 = Table(
    "project",
    "2025年基层医疗卫生机构能力提升项目",
    420.0,
    "为8个乡镇卫生院配置DR、全自动生化分析仪等设备16台（套），年内完成安装验收并投入使用，"
    "乡镇卫生院门急诊人次较上年增长5%。",
    rows(
        """
产出指标 | 数量指标 | 配置医疗设备数量 | 16台（套） | 4 | |
 | | 受益乡镇卫生院数 | 8个 | 4 | |
 | 质量指标 | 设备安装验收合格率 | 100% | 4 | |
 | 时效指标 | 设备投入使用时间 | 2025年9月底前 | 4 | |
 | 成本指标 | 设备采购成本 | ≤420万元 | 4 | | 政府采购预算
效益指标 | 社会效益指标 | 乡镇卫生院门急诊人次增长率 | ≥5% | 4 | | 以2024年门急诊人次为基数
 | | 群众看病就医便捷程度 | 有效提升 | 2 | V401 |
 | 可持续影响指标 | 设备使用年限 | ≥8年 | 4 | |
满意度指标 | 服务对象满意度指标 | 患者满意度 | ≥75% | 3 | V405:satisfaction target below 80% |
""",
        "l1 l2 l3 value spec codes remark",
    ),
    title="2025年基层医疗卫生机构能力提升项目绩效目标表",
)

T3 = Table(
    "project",
    "2025年计划生育家庭特别扶助金",
    158.64,
    "按月足额发放计划生育特别扶助金，保障1102名特扶对象基本生活。",
    rows(
        """
产出指标 | 数量指标 | 特别扶助对象人数 | 1102人 | 4 | |
 | | 扶助金发放金额 | 158.64万元 | 4 | C202:an amount of money under 数量 (belongs to 成本) |
 | 质量指标 | 扶助金足额发放率 | 100% | 4 | |
 | 时效指标 | 扶助金发放时间 | 按月发放 | 3 | |
 | 成本指标 | 伤残家庭扶助标准 | 590元/人·月 | 4 | | 省定标准
 | | 死亡家庭扶助标准 | 720元/人·月 | 4 | | 省定标准
效益指标 | 社会效益指标 | 特扶家庭生活水平 | 有所提高 | 2 | V401 |
 | | 政策知晓率 | ≥90% | 4 | |
满意度指标 | 服务对象满意度指标 | 特扶对象满意度 | ≥95% | 4 | |
""",
        "l1 l2 l3 value spec codes remark",
    ),
    title="2025年计划生育家庭特别扶助金绩效目标表",
)


def render(doc: Doc) -> bytes:
    t1 = lined_table(
        [
            ("部门（单位）名称", DEPT),
            ("资金总额（万元）", "3486.20"),
            ("其中：财政拨款", "3310.20"),
            ("其他资金", "176.00"),
            ("年度履职目标", T1.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T1.rows,
        ["l1", "l2", "l3", "value"],
        merge=("l1",),
    )
    blocks: list[object] = ["一、部门整体绩效目标", T1.title, Tab(t1), "二、项目支出绩效目标"]
    for t, money in ((T2, "420.00"), (T3, "158.64")):
        f = project_table(t, DEPT, HEAD, KEYS, "项目资金（万元）", money, "年度目标")
        blocks += [t.title, Tab(f)]
    blocks.append("（本表由部门编报，县财政局审核后公开）")
    return html_file(
        blocks,  # type: ignore[arg-type]
        "漳源县卫生健康局2025年部门预算绩效目标公开",
        "漳源县人民政府",
        "2025-02-14 10:22",
        style="portal",
    )


DOC = Doc(
    "hh02_hubei_weijian",
    "hh02_湖北漳源县卫生健康局_2025.html",
    DEPT,
    2025,
    tags(
        "html",
        "utf-8",
        "湖北",
        "卫健",
        "level2-missing-or-repeated nonstandard-names several-tables budget-lines goal-heading "
        "extra-columns",
    ),
    [T1, T2, T3],
    render=render,
)
