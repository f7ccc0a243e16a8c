"""广东 · 连滘县供销合作社联合社 2025: GB18030 text with CRLF, pipe rows with outer pipes padded
with empty cells, merged 一级/二级 printed on the block's middle row, `指标1：` prefixes and
placeholder lines, the second table cut off in the middle of a row at the end of the excerpt."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from grid import Text
from kit import tags
from spec import Doc, Table

UNIT = "连滘县供销合作社联合社"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
COLS = "l1 l2 l3 value spec codes"

T1 = Table(
    "project",
    "农村电商服务站点建设补助",
    60.0,
    "新建村级电商服务站25个，培训农村电商从业人员300人次，带动农产品网销额1500万元以上。",
    rows(
        """
产出指标 | 数量指标 | 指标1：新建村级电商服务站 | ≥25个 | 4 |
         |          | 指标2：培训农村电商从业人员 | ≥300人次 | 4 |
         | 质量指标 | 指标1：服务站验收合格率 | ≥95% | 4 |
         | 时效指标 | 指标1：站点建成时间 | 2025年10月前 | 4 |
         | 成本指标 | 指标1：单个站点建设补助 | 2万元 | 4 |
效益指标 | 经济效益指标 | 指标1：农产品网销额 | ≥1500万元 | 4 |
         | 社会效益指标 | 指标1：带动农户增收 | 明显 | 2 | V401
         |              | 指标2：开展电商培训场次 | ≥10场 | 4 | C206:training sessions (an output count) under 社会效益
满意度指标 | 服务对象满意度指标 | 指标1：站点经营户满意度 | ≥90% | 4 |
""",
        COLS,
    ),
    title="连滘县供销合作社联合社2025年项目支出绩效目标表",
    extra={"placeholders": [{"after_row": 4, "text": "指标2："}, {"after_row": 9, "text": "……"}]},
)

T2 = Table(
    "project",
    "春耕化肥储备贴息",
    40.0,
    "储备春耕化肥8000吨以上，2月底前到位，稳定春耕期间化肥供应和价格。",
    rows(
        """
产出指标 | 数量指标 | 指标1：春耕化肥储备量 | ≥8000吨 | 4 |
         |          | 指标2：储备网点数 | 12个 | 4 |
         | 质量指标 | 指标1：储备化肥质量抽检合格率 | 100% | 4 |
         | 时效指标 | 指标1：储备到位时间 | 2025年2月底前 | 4 |
         | 成本指标 | 指标1：每吨贴息标准 | ≤50元/吨 | 4 |
效益指标 | 社会效益指标 | 指标1：春耕期间化肥零售价格涨幅 | ≤5% | 4 |
""",
        COLS,
    ),
    title="连滘县供销合作社联合社2025年项目支出绩效目标表",
    extra={
        "cut_off": {"after_row": 6, "partial": "满意度指标 | 服务对象满意度指标 | 指标1：农户满"}
    },
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        UNIT,
        HEAD,
        KEYS,
        "项目资金（万元）",
        "60.00",
        after={4: [["", "", "指标2：", ""]], 9: [["", "", "……", ""]]},
    )
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "40.00")
    opts = {"style": "pipe", "where": "middle", "pad": 3}

    def cut(t: Text) -> None:
        t.add("| 满意度指标 | 服务对象满意度指标 | 指标1：农户满")

    blocks = [
        "连滘县供销合作社联合社2025年部门预算（摘录）",
        "四、项目支出绩效目标",
        "",
        T1.title,
        Tab(f1, opts),
        "",
        T2.title,
        Tab(f2, opts),
        cut,
        "（以下内容略）",
    ]
    return text_file(blocks, encoding="gb18030", newline="\r\n")  # type: ignore[arg-type]


DOC = Doc(
    id="hj04_guangdong_gongxiao",
    file="hj04_广东连滘县供销合作社联合社_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "gb18030 crlf",
        "广东",
        "供销社",
        "pipe-padded level1-once:middle prefixes-placeholders:指标1/指标2：/…… cut-off "
        "several-tables goal-heading:年度绩效目标 unit-year-framing:title",
        framework="产出/效益/满意度",
    ),
    tables=[T1, T2],
    render=render,
)
