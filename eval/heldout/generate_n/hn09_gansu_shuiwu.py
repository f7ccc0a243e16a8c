"""hn09 — 甘肃 祁丰县水务局: the final-accounts page copied to text (UTF-8, CRLF): a project
self-evaluation (2024) one cell per line ending in a pipe, the department-wide target table for
2025 flattened one cell per line with blank lines (no 一级 column: only the 二级 tells the block),
and a purchased-service project with split value columns written with lone pipes for merged cells."""

from __future__ import annotations

from dsl import imply_l1, rows, split_value
from emit import Tab, text_file
from nkit import framed, tags
from selfeval import self_eval_table
from spec import Doc, Table

UNIT = "祁丰县水务局"

T1 = Table(
    "self_evaluation",
    "2024年农村供水保障工程维修养护",
    186.0,
    "维修养护农村供水工程42处，农村自来水普及率保持在96%以上。",
    rows(
        """
产出指标 | 数量指标 | 维修养护供水工程数 | 42处 | 45处 | 20 | 20 | | 4 |
         | 质量指标 | 维修工程验收合格率 | 100% | 100% | 15 | 15 | | 4 |
         | 时效指标 | 完工时间 | 2024年10月底 | 2024年11月20日 | 10 | 10 | | 4 | S801 S804
         | 成本指标 | 单处维修养护平均成本 | ≤4.4万元 | 4.1万元 | 5 | 5 | | 4 |
效益指标 | 社会效益指标 | 农村自来水普及率 | ≥96% | 96.8% | 20 | 20 | | 4 |
         | 可持续影响指标 | 工程长效运行 | 长期 | 长期 | 10 | 10 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 92% | 10 | 9 | 个别村反映维修响应慢，将建立报修台账限时办结 | 4 |
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    extra={
        "year_evaluated": 2024,
        "budget_source": "年初预算数186.00万元，全年预算数186.00万元，全年执行数179.40万元",
        "actual_completion": "完成45处农村供水工程维修养护，农村自来水普及率96.8%。",
        "execution_score": 9.6,
        "total_score": 98.6,
    },
)
T2 = Table(
    "overall",
    "祁丰县水务局",
    3268.4,
    "保障全县防汛抗旱、农村饮水安全和水资源管理，完成河湖长制年度任务。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 巡河巡湖次数 | ≥1200次 | 4 |
         |          | 水资源取水许可监督检查 | ≥60户次 | 4 |
         | 质量指标 | 水旱灾害防御预案修订 | 按规定修订 | 3 |
         | 时效指标 | 防汛物资储备到位时间 | 汛前 | 3 |
效益指标 | 社会效益指标 | 因洪涝灾害死亡人数 | 0人 | 4 |
         | 生态效益指标 | 地表水考核断面水质达标率 | 100% | 4 |
         | 可持续影响指标 | 河湖管护长效机制 | 健全 | 2 | V401
满意度指标 | 服务对象满意度指标 | 社会公众满意度 | ≥90% | 4 |
""",
            "l1 l2 l3 value spec codes",
        )
    ),
    extra={"budget_source": "部门预算总额3268.40万元"},
)
T3 = Table(
    "project",
    "农村供水工程运行管护政府购买服务",
    72.0,
    "通过政府购买服务委托专业公司管护村级供水设施，保障供水稳定。",
    rows(
        """
产出指标 | 数量指标 | 管护村级供水设施 | 136处 | 4 |
         | 质量指标 | 水质月检合格率 | ≥98% | 4 |
         | 时效指标 | 故障响应时间 | ≤24小时 | 4 |
         | 成本指标 | 购买服务合同金额 | ≤72万元 | 4 |
效益指标 | 社会效益指标 | 供水保证率 | ≥95% | 4 |
满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    extra={"purchase_of_services": True},
)
for r in T3.rows:
    r.x["parts"] = split_value(r.value, "")


def render(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "实施单位", "祁丰县农村供水管理站")],
        "项目资金（万元）",
        [("年度资金总额", "186.00", "186.00", "179.40", "10", "96.5%", "9.6")],
        T1.extra["actual_completion"],
        ("100", "98.6"),
    )
    f2 = framed(
        3,
        [("部门名称", UNIT), ("部门预算（万元）", "3268.4"), ("年度履职目标", T2.goal or "")],
        [["二级指标", "三级指标", "指标值"]],
        T2.rows,
        ["l2", "l3", "value"],
        merge=("l2",),
    )
    f3 = framed(
        6,
        [("项目名称", T3.project), ("购买服务资金（万元）", "72"), ("年度目标", T3.goal or "")],
        [["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位"]],
        T3.rows,
        ["l1", "l2", "l3", "p0", "p1", "p2"],
    )
    blocks = [
        "祁丰县水务局2024年度部门决算公开附表",
        "项目支出绩效自评表",
        Tab(f1, {"style": "cell_pipe"}),
        "",
        "祁丰县水务局2025年部门整体绩效目标表",
        Tab(f2, {"style": "cell_blank"}),
        "祁丰县水务局2025年项目支出绩效目标表",
        Tab(f3, {"style": "lone_pipe"}),
    ]
    return text_file(blocks, newline="\r\n")


DOC = Doc(
    "hn09_gansu_shuiwu",
    "hn09_祁丰县水务局_绩效自评及目标表.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "utf-8 crlf",
        "甘肃",
        "水利（自评、整体、政府购买服务）",
        """cell-per-line-pipe cell-per-line-blank lone-pipes self-evaluation budget-lines
        level1-missing-or-unfilled split-value level1-once several-tables unit-year-framing goal-heading""",
    ),
    [T1, T2, T3],
    render,
)
