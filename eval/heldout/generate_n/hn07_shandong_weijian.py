"""hn07 — 山东 弥河县卫生健康局: a page of the county portal copied to text (UTF-8 with BOM): the
central transfer's regional target table for basic public health services in padded pipe rows,
a county project in runs of spaces, and the finance bureau's evaluation-indicator system for the
same fund printed on one long line (分值 per criterion, 总分)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from nkit import framed, tags, total_row, ungraded
from spec import Doc, Table
from textual import render_one_line

UNIT = "弥河县卫生健康局"

T1 = Table(
    "transfer",
    "基本公共卫生服务补助资金（中央和省级）",
    2386.5,
    "为辖区常住居民免费提供12类基本公共卫生服务，重点人群健康管理率稳步提高。",
    rows(
        """
产出指标 | 数量指标 | 适龄儿童国家免疫规划疫苗接种率 | ≥90% | 4 |
         |          | 0-6岁儿童健康管理率 | ≥85% | 4 |
         |          | 65岁及以上老年人城乡社区规范健康管理服务率 | ≥62% | 4 |
         | 质量指标 | 高血压患者基层规范管理服务率 | ≥62% | 4 |
         |          | 2型糖尿病患者基层规范管理服务率 | ≥62% | 4 |
         | 时效指标 | 资金下达时限 | 收到上级资金后30日内 | 4 |
效益指标 | 社会效益指标 | 城乡居民公共卫生差距 | 不断缩小 | 2 | V401
         | 可持续影响指标 | 基本公共卫生服务水平 | 不断提高 | 2 | V401
满意度指标 | 服务对象满意度指标 | 城乡居民对基本公共卫生服务满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="2025年基本公共卫生服务补助资金区域绩效目标表",
    extra={"region": "弥河县", "budget_source": "中央资金1890万元、省级资金496.5万元"},
)
T2 = Table(
    "project",
    "农村订单定向医学生培养",
    48.0,
    "提高基层医疗服务能力，为健康弥河建设提供人才支撑。",
    rows(
        """
产出指标 | 数量指标 | 委托培养人数 | 12人 | 4 |
         | 质量指标 | 学生毕业取得执业助理医师资格比例 | ≥80% | 4 |
         | 时效指标 | 培养经费拨付时间 | 每学年开学后1个月内 | 4 |
         | 成本指标 | 生均培养补助 | 4万元/年 | 4 |
         |          | 培养经费总额 | ≤480万元 | 3 | B501:12 students at 4万元 a year is 48万元; the ceiling of 480万元 is ten times the budget
效益指标 | 社会效益指标 | 基层医疗卫生人才短缺 | 有所缓解 | 2 | V401
满意度指标 | 服务对象满意度指标 | 定向培养学生满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    codes={
        "G702": "slogan goal: no scope, quantity or time (the 12 students appear only in the rows)"
    },
)
T3 = Table(
    "evaluation_system",
    "基本公共卫生服务补助资金重点绩效评价",
    2386.5,
    None,
    ungraded(
        rows(
            """
决策 | 项目立项 | 立项依据充分性 | | 5 | 项目立项符合国家法律法规、国民经济发展规划和相关政策
     | 绩效目标 | 绩效目标合理性 | | 5 | 目标与实际工作内容具有相关性
过程 | 资金管理 | 资金到位率 | | 5 | 实际到位资金/计划投入资金×100%
     |          | 资金使用合规性 | | 10 | 资金使用符合财经制度规定
产出 | 产出数量 | 重点人群健康管理率 | | 20 | 各类重点人群管理率达到上级下达目标
效益 | 项目效益 | 居民健康素养水平 | | 15 | 与上年相比的变化情况
     | 满意度 | 服务对象满意度 | | 10 | 问卷调查满意度≥85%得满分
""",
            "l1 l2 l3 value weight desc",
        )
    ),
    extra={
        "total_row": "总分 70",
        "note": "the printed excerpt stops after seven criteria; 总分 is printed as 70",
    },
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        4,
        [
            ("转移支付（专项）名称", T1.project),
            ("县级主管部门", UNIT),
            ("资金情况（万元）", "年度金额：2386.5　其中：中央1890　省级496.5"),
            ("年度绩效目标", T1.goal or ""),
        ],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T1.rows,
        ["l1", "l2", "l3", "value"],
    )
    f2 = framed(
        4,
        [("项目名称", T2.project), ("项目资金（万元）", "48"), ("年度目标", T2.goal or "")],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        T2.rows,
        ["l1", "l2", "l3", "value"],
    )
    f3 = framed(
        5,
        [],
        [["一级指标", "二级指标", "三级指标", "分值", "指标解释"]],
        T3.rows,
        ["l1", "l2", "l3", "weight", "desc"],
    )
    total_row(f3, ["总分", "", "", "70", ""], 2)

    def one_line(t):
        render_one_line(t, f3, prefix="附：" + T3.project + "指标体系")

    blocks = [
        "弥河县卫生健康局2025年转移支付及项目绩效目标公开",
        "发布日期：2025-03-20　　浏览次数：312",
        T1.title or "",
        Tab(f1, {"style": "pipe", "pad": 3}),
        "",
        "弥河县卫生健康局2025年项目支出绩效目标表",
        Tab(f2, {"style": "spaces", "gap": "   "}),
        "",
        one_line,
        "【打印本页】　【关闭窗口】",
    ]
    return text_file(blocks, bom=True)


DOC = Doc(
    "hn07_shandong_weijian",
    "hn07_弥河县卫生健康局_转移支付及项目绩效目标_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8-sig",
        "山东",
        "卫生健康（转移支付、重点评价）",
        """pipe-padded spaces one-line transfer evaluation-system level1-once several-tables
        goal-heading unit-year-framing""",
    ),
    [T1, T2, T3],
    render,
)
