"""把边县曼岗乡人民政府 (云南): UTF-8 text with a BOM copied out of a PDF; the drinking-water
table with cells separated by runs of spaces and each merged label printed on the middle row of
its block, and a tea-industry table one cell per line ending in a pipe, with a leftover from
another township and a satisfaction 二级 under 效益."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from kit import sign, tags
from mframe import framed
from spec import Doc, Table

UNIT = "把边县曼岗乡人民政府"

T1 = Table(
    "project",
    "农村饮水安全巩固提升",
    96.0,
    "新建蓄水池4座、铺设输水管道12公里，解决曼岗村、南朗村等5个自然村1150人饮水问题，9月底前通水。",
    rows(
        """
产出指标 | 数量指标 | 新建蓄水池 | 4座 | 4
         |          | 铺设输水管道 | 12公里 | 4
         |          | 受益人口 | ≥1150人 | 4
         | 质量指标 | 农村自来水普及率 | ≥92% | 4
         |          | 水质检测合格率 | ≥90% | 4
         | 时效指标 | 通水时间 | 2025年9月30日前 | 4
         | 成本指标 | 人均工程投资 | ≤800元 | 4
效益指标 | 社会效益指标 | 群众饮水保障水平 | 明显提高 | 2 | V401
         | 可持续影响指标 | 工程设计使用年限 | ≥15年 | 4
满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="曼岗乡2025年农村饮水安全巩固提升项目绩效目标表",
)

T2 = Table(
    "project",
    "茶叶产业提质增效",
    40.0,
    "改造低产茶园2000亩，培训茶农500人次，带动茶农增收。",
    rows(
        """
产出指标 | 数量指标 | 改造低产茶园面积 | 2000亩 | 4
         |          | 培训茶农 | ≥500人次 | 4
         |          | 勐宋乡茶叶初制所改造 | 2个 | 3 | T105:a processing plant of another township (勐宋乡) in 曼岗乡's table
         | 质量指标 | 茶园改造验收合格率 | ≥95% | 4
         | 时效指标 | 改造完成时间 | 2025年11月底前 | 4
效益指标 | 经济效益指标 | 茶农户均增收 | ≥1500元 | 4
         | 服务对象满意度指标 | 茶农满意度 | ≥90% | 3 | C201:服务对象满意度指标 under 效益指标
""",
        "l1 l2 l3 value spec codes",
    ),
    title="曼岗乡2025年茶叶产业提质增效项目绩效目标表",
    extra={
        "c203_excused": "the satisfaction row stands under 效益 (C201); the table is not also C203"
    },
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        4,
        T1.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        above=[("项目名称", T1.project), ("项目资金", "96.00万元"), ("年度目标", T1.goal or "")],
    )
    f2 = framed(
        4,
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        above=[("项目名称", T2.project), ("项目资金", "40.00万元"), ("年度目标", T2.goal or "")],
    )
    blocks = [
        "把边县曼岗乡人民政府2025年部门预算",
        "（七）项目绩效目标",
        T1.title,
        Tab(f1, {"style": "spaces", "where": "middle", "gap": "   "}),
        sign("岩温", "玉香", "李国庆", "0879-7213345"),
        "— 12 —",
        T2.title,
        Tab(f2, {"style": "cell_pipe"}),
        sign("岩温", "玉香", "李国庆", "0879-7213345"),
    ]
    return text_file(blocks, bom=True)


DOC = Doc(
    "hm19_yunnan_xiang",
    "hm19_云南把边县曼岗乡人民政府_2025.txt",
    UNIT,
    2025,
    tags(
        "txt", "utf-8-sig", "云南", "乡镇", "spaces cell-per-line-pipe level1-once several-tables"
    ),
    [T1, T2],
    render=render,
)
