"""陕西 · 岐阳县凤鸣街道办事处 2025: UTF-8 text with CRLF; the first table one cell per line with
the hierarchy shown by indentation, the other two pipe rows without outer pipes, padded; 其中
sub-rows, a `……` placeholder line, the third table in the 2021 tree with an unfilled template row
and a neighbouring street's name left in."""

from __future__ import annotations

from dsl import rows
from emit import Tab, indented_table, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table

UNIT = "岐阳县凤鸣街道办事处"
COLS = "l1 l2 l3 value spec codes"

T1 = Table(
    "project",
    "老旧小区环境整治",
    45.0,
    "完成辖区6个老旧小区环境整治，改造雨污管网2.5公里，粉刷楼体外立面18000平方米。",
    rows(
        """
产出指标 | 数量指标 | 整治老旧小区 | 6个 | 4 |
         |          | 其中：改造雨污管网 | ≥2.5公里 | 4 |
         |          | 粉刷楼体外立面 | ≥18000平方米 | 4 |
         | 质量指标 | 工程验收合格率 | 100% | 4 |
         | 时效指标 | 完工时间 | 2025年9月30日前 | 4 |
         | 成本指标 | 外立面粉刷单价 | ≤25元/平方米 | 4 |
效益指标 | 社会效益指标 | 小区居住环境 | 显著改善 | 2 | V401
         | 可持续影响指标 | 辖区社会治理水平 | 持续提升 | 2 | V401
满意度指标 | 服务对象满意度指标 | 小区居民满意度 | ≥90% | 4 |
""",
        COLS,
    ),
    title="岐阳县凤鸣街道办事处2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "社区网格化服务管理经费",
    28.8,
    "辖区划分网格42个，配备专职网格员42名，网格事件办结率95%以上。",
    rows(
        """
产出指标 | 数量指标 | 划分网格数 | 42个 | 4 |
         |          | 专职网格员 | 42名 | 4 |
         |          | 其中：兼职网格员 | ≥120名 | 4 |
         | 质量指标 | 网格事件办结率 | ≥95% | 4 |
         | 时效指标 | 网格事件响应时间 | ≤2小时 | 4 |
         | 成本指标 | 专职网格员补贴标准 | 1800元 | 3 | U301:a per-unit standard in bare 元 (per person and month missing)
效益指标 | 社会效益指标 | 矛盾纠纷就地化解率 | ≥90% | 4 |
         |              | 社区治理水平 | 有效提升 | 2 | V401
         | 可持续影响指标 | 辖区社会治理水平 | 持续提升 | 2 | V401
满意度指标 | 服务对象满意度指标 | 辖区居民满意度 | ≥90% | 4 |
""",
        COLS,
    ),
    title="岐阳县凤鸣街道办事处2025年项目支出绩效目标表",
    extra={"placeholders": [{"after_row": 8, "text": "……"}]},
)

T3 = Table(
    "project",
    "辖区困难群众临时救助",
    15.0,
    "对辖区遭遇突发性、紧迫性困难的群众及时给予临时救助，全年救助150人次以上。",
    rows(
        """
产出指标 | 数量指标 | 临时救助困难群众 | ≥150人次 | 4 |
         |          | 救助对象覆盖凤鸣、城关两个街道 | 2个 | 3 | T105:another street office (城关街道) left from the neighbour's table
         | 质量指标 | 救助对象认定准确率 | 100% | 4 |
         | 时效指标 | 救助资金发放时限 | 审批后5个工作日内 | 4 |
成本指标 | 经济成本指标 | 人均救助标准 | ≤1000元/人次 | 4 |
         | 社会成本指标 | 社会成本指标 | 无 | 1 | T107
效益指标 | 社会效益指标 | 困难群众基本生活 | 得到保障 | 2 | V401
         | 可持续影响指标 | 辖区社会治理水平 | 持续提升 | 2 | V401
满意度指标 | 服务对象满意度指标 | 救助对象满意度 | ≥95% | 4 |
""",
        COLS,
    ),
    title="岐阳县凤鸣街道办事处2025年项目支出绩效目标表",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render(doc: Doc) -> bytes:
    f2 = project_table(
        T2, UNIT, HEAD, KEYS, "项目资金（万元）", "28.80", after={8: [["", "", "……", ""]]}
    )
    f3 = project_table(T3, UNIT, HEAD, KEYS, "项目资金（万元）", "15.00")
    pipe = {"style": "pipe", "outer": False, "pad": 4}
    blocks = [
        "岐阳县凤鸣街道办事处2025年部门预算",
        "",
        indented_table(
            T1.title,
            [
                ("项目名称", T1.project),
                ("主管部门", UNIT),
                ("项目资金（万元）", "45.00"),
                ("年度绩效目标", T1.goal or ""),
            ],
            T1.rows,
        ),
        "",
        T2.title,
        Tab(f2, pipe),
        "",
        T3.title,
        Tab(f3, pipe),
        "",
        "注：2025年起成本指标按“经济成本、社会成本、生态环境成本”填报。",
    ]
    return text_file(blocks, newline="\r\n")  # type: ignore[arg-type]


DOC = Doc(
    id="hj12_shaanxi_jiedao",
    file="hj12_陕西岐阳县凤鸣街道办事处_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8 crlf",
        "陕西",
        "街道办事处",
        "indentation pipe-padded:no-outer sub-rows prefixes-placeholders:…… level1-once:first "
        "several-tables goal-heading:年度绩效目标 unit-year-framing:title",
        framework="t1/t2 产出/效益/满意度; t3 2021 (成本指标 一级)",
    ),
    tables=[T1, T2, T3],
    render=render,
    codes={
        "T101": "辖区社会治理水平 | 持续提升 in all three project tables, unrelated to the "
        "housing renovation and the relief fund"
    },
    extra={"t101_pairs": [["辖区社会治理水平", "持续提升", 3]]},
)
