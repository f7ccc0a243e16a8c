"""hh15 — 宁夏 罗泉县林业和草原局, 2023, a DOCX of three 绩效目标批复表 with no 一级 column
(only short 二级 names such as `数量` / `效果`), 指标性质 / 权重 / 指标方向 columns, `指标N：`
placeholder lines, split runs and Word's proofing marks; one fire-risk pair copied into all three
tables."""

from __future__ import annotations

from collections.abc import Sequence

from dsl import imply_l1, rows
from emit import Tab, docx_file
from frame import project_table
from kit import tags
from spec import Doc, Table

DEPT = "罗泉县林业和草原局"
COLS = "l1 l2 l3 nature value weight direction spec codes"
HEAD = ["二级指标", "三级指标", "指标性质", "指标值", "权重", "指标方向"]
KEYS = ["l2", "l3", "nature", "value", "weight", "direction"]
FIRE = "森林火灾受害率"

T1 = Table(
    "project",
    "2023年森林草原防火专项资金",
    146.0,
    "聘用专职扑火队员40名，建设防火检查站2处，森林火灾受害率控制在0.9‰以内，全年不发生重大森林草原火灾。",
    imply_l1(
        rows(
            """
产出指标 | 数量 | 聘用专职扑火队员 | 定量 | 40人 | 15 | 正向 | 4 |
 | | 建设防火检查站 | 定量 | 2处 | 10 | 正向 | 4 |
 | 质量 | 扑火队员上岗培训合格率 | 定量 | 100% | 10 | 正向 | 4 |
 | 时效 | 火情处置到场时间 | 定量 | ≤30分钟 | 10 | 反向 | 4 |
 | 成本 | 扑火队员年均工资 | 定量 | ≤2.8万元 | 10 | 反向 | 4 |
效益指标 | 效果 | 森林火灾受害率 | 定量 | ≤0.9‰ | 20 | 反向 | 4 |
 | | 重大森林草原火灾 | 定性 | 不发生 | 15 | 反向 | 3 |
满意度指标 | 满意度 | 周边群众满意度 | 定量 | ≥90% | 10 | 正向 | 4 |
""",
            COLS,
        )
    ),
    title="罗泉县2023年森林草原防火专项资金绩效目标批复表",
    extra={"approval": True, "placeholders": [{"text": "指标2：", "after_row": 4}]},
)

T2 = Table(
    "project",
    "2023年林业有害生物防治补助",
    62.0,
    "完成松材线虫病、春尺蠖等林业有害生物防治作业3.6万亩，成灾率控制在3‰以下。",
    imply_l1(
        rows(
            """
产出指标 | 数量 | 有害生物防治作业面积 | 定量 | ≥3.6万亩 | 20 | 正向 | 4 |
 | | 监测调查面积 | 定量 | ≥42万亩 | 10 | 正向 | 4 |
 | 质量 | 防治作业验收合格率 | 定量 | ≥95% | 10 | 正向 | 4 |
 | 时效 | 春季防治完成时间 | 定量 | 5月底前 | 10 | 正向 | 4 |
 | 成本 | 亩均防治成本 | 定量 | ≤17元/亩 | 10 | 反向 | 4 |
效益指标 | 效果 | 林业有害生物成灾率 | 定量 | ≤3‰ | 20 | 反向 | 4 |
 | | 森林火灾受害率 | 定量 | ≤0.9‰ | 10 | 反向 | 4 |
满意度指标 | 满意度 | 林农满意度 | 定量 | ≥90% | 10 | 正向 | 4 |
""",
            COLS,
        )
    ),
    title="罗泉县2023年林业有害生物防治补助绩效目标批复表",
    extra={"approval": True},
)

T3 = Table(
    "project",
    "2023年草原生态保护补助奖励资金",
    1218.0,
    "落实草原禁牧补助和草畜平衡奖励政策，禁牧面积118万亩、草畜平衡面积52万亩，草原综合植被盖度稳定在55%以上。",
    imply_l1(
        rows(
            """
产出指标 | 数量 | 草原禁牧面积 | 定量 | 118万亩 | 15 | 正向 | 4 |
 | | 草畜平衡面积 | 定量 | 52万亩 | 10 | 正向 | 4 |
 | 质量 | 补奖资金发放准确率 | 定量 | 100% | 10 | 正向 | 4 |
 | 时效 | 补奖资金兑付时间 | 定性 | 年底前 | 5 | 正向 | 4 |
 | 成本 | 禁牧补助标准 | 定量 | 7.5元/亩·年 | 10 | 正向 | 4 |
 | | 草畜平衡奖励标准 | 定量 | 2.5元 | 5 | 正向 | 3 | U301:a per-mu award in bare 元 (no 亩·年)
效益指标 | 效果 | 草原综合植被盖度 | 定量 | ≥55% | 15 | 正向 | 4 |
 | | 森林火灾受害率 | 定量 | ≤0.9‰ | 10 | 反向 | 4 | T105:a forest-fire measure in a grassland subsidy table (copied from the fire-prevention table)
 | | 农牧民政策性收入 | 定性 | 稳定增加 | 10 | 正向 | 2 | V401
满意度指标 | 满意度 | 农牧民满意度 | 定量 | ≥90% | 10 | 正向 | 4 |
""",
            COLS,
        )
    ),
    title="罗泉县2023年草原生态保护补助奖励资金绩效目标批复表",
    extra={"approval": True},
)
for r in T1.rows + T2.rows + T3.rows:
    r.note = (r.note or "") + "; 二级 printed as a short name"


def render(doc: Doc) -> bytes:
    blocks: list[object] = ["# 罗泉县林业和草原局2023年项目绩效目标批复表"]
    for i, (t, money) in enumerate(((T1, "146.00"), (T2, "62.00"), (T3, "1218.00")), 1):
        after: dict[int, Sequence[Sequence[str]]] | None = (
            {4: [("", "指标2：")]} if i == 1 else None
        )
        f = project_table(
            t, DEPT, HEAD, KEYS, "批复金额（万元）", money, "年度绩效目标", after=after
        )
        blocks += [f"附表{i}", Tab(f, trailing_empty=[(5, 1)])]
    blocks.append("罗泉县财政局　2023年3月")
    return docx_file(blocks, wps=False, split_runs=True, proof=True)  # type: ignore[arg-type]


DOC = Doc(
    "hh15_ningxia_linye",
    "hh15_宁夏罗泉县林业和草原局_2023.docx",
    DEPT,
    2023,
    tags(
        "docx",
        "",
        "宁夏",
        "林草",
        "level1-missing-or-unfilled nonstandard-names approval prefixes-placeholders extra-columns "
        "several-tables",
    ),
    [T1, T2, T3],
    render=render,
    codes={
        "T101": "(森林火灾受害率, ≤0.9‰) in all three tables, unrelated to the grassland subsidy"
    },
    extra={"t101_pairs": [{"level3": FIRE, "value": "≤0.9‰", "tables": [1, 2, 3]}]},
)
