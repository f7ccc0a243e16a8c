"""hf12 · Yunnan, 南汀县勐班镇人民政府, 2023 township targets copied out of a browser (UTF-8):
runs of spaces between cells with non-breaking spaces and a trailing full-width space, a total
column and one column per village, 其中： sub-rows; then a table shown by indentation."""

from __future__ import annotations

from collections.abc import Callable

from emit import indented_table, text_file
from frame import CB, JJ, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from kit import V401, V404, V405_SAT, codes, tags
from rough import browser_copy
from spec import Doc, R, Table
from textual import render

UNIT = "南汀县勐班镇人民政府"
VILLAGES = ("曼卡村", "那岗村", "回弄村", "芒洪村")
SUB = "其中： sub-row of the row above"


def pp(*vals: str) -> dict[str, object]:
    return {"per_place": dict(zip(VILLAGES, vals, strict=True))}


T1 = Table(
    "project",
    "村级公益事业建设一事一议财政奖补",
    148.0,
    "在4个村实施村内道路硬化、产业路和小型水利设施建设，硬化村内道路6.8公里，惠及农户1260户。",
    [
        R(
            P,
            SL,
            "村内道路硬化里程",
            "6.8公里",
            4,
            x=pp("2.1公里", "1.6公里", "1.8公里", "1.3公里"),
        ),
        R(
            P,
            SL,
            "其中：产业路",
            "2.4公里",
            4,
            note=SUB,
            x=pp("0.8公里", "0.6公里", "0.6公里", "0.4公里"),
        ),
        R(P, SL, "新建小型灌溉沟渠", "3.2公里", 4, x=pp("—", "1.5公里", "—", "1.7公里")),
        R(P, SL, "受益农户数", "1260户", 4, x=pp("380户", "296户", "342户", "242户")),
        R(P, ZL, "工程验收合格率", "100%", 4, x=pp("100%", "100%", "100%", "100%")),
        R(
            P,
            SX,
            "项目完工时间",
            "2023年11月底前",
            4,
            x=pp("2023年10月", "2023年11月", "2023年10月", "2023年11月"),
        ),
        R(
            P,
            CB,
            "村内道路硬化每公里造价",
            "≤18万元",
            4,
            x=pp("≤18万元", "≤18万元", "≤18万元", "≤18万元"),
        ),
        R(
            E,
            SH,
            "群众出行条件",
            "有效改善",
            2,
            c=codes(V401),
            x=pp("有效改善", "有效改善", "有效改善", "有效改善"),
        ),
        R(S, MY, "受益群众满意度", "≥90%", 4, x=pp("≥90%", "≥90%", "≥90%", "≥90%")),
    ],
    title="勐班镇2023年一事一议财政奖补项目绩效目标表",
    unit_line="单位：万元",
)
T2 = Table(
    "project",
    "镇村环境卫生保洁",
    36.0,
    "安排资金32万元，聘用保洁员40名，做好集镇和8个村委会驻地的日常保洁，生活垃圾日产日清。",
    [
        R(P, SL, "聘用保洁员人数", "40人", 4, basis="保洁员聘用合同"),
        R(P, SL, "保洁覆盖村委会驻地", "8个", 4, basis="镇村名录"),
        R(P, ZL, "生活垃圾日产日清率", "≥95%", 4, basis="镇环卫所检查台账"),
        R(P, SX, "保洁员工资发放", "按月发放", 3, basis="保洁员聘用合同"),
        R(P, CB, "保洁员月均工资", "≤750元/人·月", 4, basis="镇党委会议纪要"),
        R(E, JJ, "脱贫人口保洁员人均年务工收入", "≥9000元", 4, basis="保洁员工资发放名册"),
        R(E, KC, "镇村环境卫生", "持续向好", 2, basis="工作需要", c=codes(V401, V404)),
        R(S, MY, "群众满意度", "≥75%", 3, basis="问卷调查", c=codes(V405_SAT)),
    ],
    title="勐班镇2023年镇村环境卫生保洁项目绩效目标",
    codes={"B502": "the goal states 32万元, the budget line 36.00万元"},
)

HEAD = ["一级指标", "二级指标", "三级指标", "全镇指标值", *VILLAGES]
KEYS = ["l1", "l2", "l3", "value", *(f"place:{v}" for v in VILLAGES)]


def copied(f: object) -> Callable[[Text], None]:
    def write(text: Text) -> None:
        start = len(text.lines)
        render(text, f, "spaces")  # type: ignore[arg-type]
        for i in range(start, len(text.lines)):
            text.lines[i] = browser_copy(text.lines[i])

    return write


def render_doc(doc: Doc) -> bytes:
    t1 = project_table(
        T1, UNIT, HEAD, KEYS, "资金总额（万元）", "148.00（中央奖补100.00，县级配套48.00）"
    )
    head = [
        ("项目名称", T2.project),
        ("实施单位", UNIT),
        ("资金总额（万元）", "36.00"),
        ("年度目标", T2.goal or ""),
    ]
    return text_file(
        [
            "南汀县人民政府门户网站 > 乡镇动态 > 勐班镇",
            T1.title,
            "单位：万元",
            copied(t1),
            "",
            "阅读次数：215",
            indented_table(T2.title, head, T2.rows, tail_keys=("basis",)),
        ]
    )


T1.extra["budget_source"] = "148.00（中央奖补100.00，县级配套48.00）"
DOC = Doc(
    "hf12_yunnan_xiangzhen",
    "hf12_yunnan_xiangzhen.txt",
    UNIT,
    2023,
    tags(
        "txt",
        "utf-8 browser",
        "云南",
        "乡镇",
        "spaces per-place sub-rows indentation several-tables",
    ),
    [T1, T2],
    render=render_doc,
)
