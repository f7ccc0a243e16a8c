"""hi03 河北 · 滏阳县气象局 2025: WPS DOCX with a running header and page footer. Amounts in 元
with the budget lines 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金, goals under 总体目标,
一级/二级 labels carrying （必填）, 三级 names numbered `指标1：` and unfilled `指标n：` lines."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from frame import wan
from iframe import headed_table
from kit import tags
from spec import Doc, Table

COLS = "l1 l2 l3 value spec codes"
UNIT = "滏阳县气象局"
NOTE = "三级 printed with its 指标n： prefix"

T1 = Table(
    "project",
    "人工影响天气作业经费",
    wan(356000),
    "开展春季抗旱增雨、夏季防雹作业，全年作业不少于25次，减轻冰雹等灾害对全县9个乡镇农作物的损失。",
    rows(
        """
产出指标（必填） | 数量指标（必填） | 指标1：人工增雨（雪）作业次数 | ≥25次 | 4 |
                 |                  | 指标2：火箭弹采购数量 | ≥80枚 | 4 |
                 | 质量指标（必填） | 指标1：作业安全事故发生次数 | 0次 | 4 |
                 |                  | 指标2：作业记录规范率 | 100% | 4 |
                 | 时效指标（必填） | 指标1：作业时效 | 适时开展 | 2 | V401
                 | 成本指标（必填） | 指标1：火箭弹单价 | ≤4000元/枚 | 4 |
效益指标（必填） | 经济效益指标 | 指标1：减少冰雹灾害农作物损失 | ≥500万元 | 4 |
                 | 社会效益指标 | 指标1：人工影响天气服务覆盖乡镇 | 9个 | 4 |
                 | 生态效益指标 | 指标1：增加地表水资源 | 明显增加 | 2 | V401
满意度指标（必填） | 服务对象满意度指标 | 指标1：农户满意度 | ≥85% | 4 |
""",
        COLS,
        note=NOTE,
    ),
    title="滏阳县2025年县级项目支出绩效目标申报表",
    extra={
        "budget_source": "356,000.00 元 (年度资金总额)",
        "budget_lines": {"财政拨款": "356,000.00", "上年结转": "0.00", "其他资金": "0.00"},
        "placeholders": ["指标3： after row 4 (empty)", "指标2： after row 9 (empty)"],
    },
)

T2 = Table(
    "project",
    "气象灾害预警信息发布系统运维",
    wan(128500),
    "保障全县146台预警信息显示终端和短信发布平台稳定运行，预警信息10分钟内发布到户。",
    rows(
        """
产出指标（必填） | 数量指标（必填） | 指标1：预警信息发布终端维护数量 | ≥146台 | 4 |
                 |                  | 指标2：预警短信发布条次 | ≥120万条 | 4 |
                 | 质量指标（必填） | 指标1：终端正常运行率 | ≥95% | 4 |
                 |                  | 指标2：预警信息发布准确率 | ≥110% | 3 | U302
                 | 时效指标（必填） | 指标1：预警信息发布时效 | ≤10分钟 | 4 |
                 | 成本指标（必填） | 指标1：单台终端年运维费 | ≤880元 | 4 |
效益指标（必填） | 社会效益指标 | 指标1：气象灾害预警覆盖率 | ≥98% | 4 |
                 |              | 指标2：防灾减灾能力 | 不断提升 | 2 | V401
                 | 可持续影响指标 | 指标1：预警发布系统持续发挥作用 | 持续发挥 | 2 | V401
满意度指标（必填） | 服务对象满意度指标 | 指标1：社会公众气象服务满意度 | ≥90% | 4 |
""",
        COLS,
        note=NOTE,
    ),
    title="滏阳县2025年县级项目支出绩效目标申报表",
    extra={
        "budget_source": "128,500.00 元 (年度资金总额)",
        "budget_lines": {"财政拨款": "98,500.00", "上年结转": "30,000.00", "其他资金": "0.00"},
        "placeholders": ["指标3： after row 2 (empty)"],
    },
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def frame(t: Table, lines: list[tuple[str, str]], after: dict) -> Tab:  # type: ignore[type-arg]
    f = headed_table(
        t,
        [
            ("项目名称", t.project),
            ("主管部门及代码", "141-滏阳县气象局"),
            *lines,
            ("总体目标", t.goal or ""),
        ],
        HEAD,
        KEYS,
        after=after,
    )
    return Tab(f)


def render(doc: Doc) -> bytes:
    lines1 = [
        ("年度资金总额（元）", "356,000.00"),
        ("其中：财政拨款", "356,000.00"),
        ("上年结转", "0.00"),
        ("其他资金", "0.00"),
    ]
    lines2 = [
        ("年度资金总额（元）", "128,500.00"),
        ("其中：财政拨款", "98,500.00"),
        ("上年结转", "30,000.00"),
        ("其他资金", "0.00"),
    ]
    return docx_file(
        [
            "# 滏阳县气象局2025年部门预算项目绩效目标",
            "金额单位：元",
            T1.title,
            frame(T1, lines1, {4: [["", "", "指标3：", ""]], 9: [["", "", "指标2：", ""]]}),
            T2.title,
            frame(T2, lines2, {2: [["", "", "指标3：", ""]]}),
            "填报说明：三级指标可根据项目实际增加行次。",
        ],
        wps=True,
        running_header="滏阳县气象局2025年部门预算公开",
    )


DOC = Doc(
    id="hi03_hebei_qixiang",
    file="hi03_河北滏阳县气象局_2025.docx",
    unit=UNIT,
    year=2025,
    tags=tags(
        "docx",
        "wps",
        "河北",
        "气象",
        "label-notes prefixes-placeholders yuan budget-lines goal-heading level1-once several-tables",
    ),
    tables=[T1, T2],
    render=render,
)
