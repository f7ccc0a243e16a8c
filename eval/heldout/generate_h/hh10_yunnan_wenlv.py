"""hh10 — 云南 洱川县文化和旅游局, 2024, text copied out of a Word file (GB18030): the first table
flattened one cell per line with blank lines between, merged labels printed on the middle row of
their block, a `其中：` sub-row and a `……` placeholder line; the second table one cell per line
ending in a pipe, with no 三级 column (the 二级 followed by the whole target text)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table

DEPT = "洱川县文化和旅游局"

T1 = Table(
    "project",
    "2024年乡村旅游重点村建设补助",
    300.0,
    "2024年乡村旅游重点村建设补助。",
    rows(
        """
产出指标 | 数量指标 | 扶持乡村旅游重点村数量 | 5个 | 4 |
 | | 其中：省级乡村旅游重点村 | 2个 | 4 |
 | | 新建旅游厕所 | ≥10座 | 4 |
 | 质量指标 | 建设项目验收合格率 | 100% | 4 |
 | 时效指标 | 补助资金下达时间 | 2024年6月30日前 | 4 |
 | 成本指标 | 每村补助标准 | ≤60万元 | 4 |
效益指标 | 经济效益指标 | 重点村旅游接待人次增长率 | ≥10% | 4 |
 | | 带动村民增收 | 明显 | 2 | V401
 | 社会效益指标 | 带动当地群众就业人数 | ≥150人 | 4 |
满意度指标 | 服务对象满意度指标 | 游客满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="洱川县文化和旅游局2024年项目支出绩效目标表（一）",
    codes={"T104": "the goal only repeats the project name"},
    extra={"placeholders": [{"text": "……", "after_row": 9}]},
)
T1.rows[1].note = "其中 sub-row: a row of its own"

T2 = Table(
    "project",
    "2024年公共文化场馆免费开放补助",
    90.0,
    "保障县图书馆、文化馆、博物馆全年免费开放，举办公益性展览、讲座、培训活动120场次以上，"
    "培训非遗传承人200人次。",
    rows(
        """
产出指标 | 数量指标 | 图书馆、文化馆、博物馆3个场馆全年免费开放，每周开放不少于56小时 | 4 |
 | | 举办公益性展览、讲座、培训活动不少于120场次 | 4 |
 | 质量指标 | 场馆免费开放服务规范 | 2 | V401
 | 时效指标 | 2024年12月31日前完成年度免费开放任务 | 4 |
 | 成本指标 | 补助资金控制在预算之内 | 2 | V402
效益指标 | 社会效益指标 | 年接待群众不少于18万人次 | 4 |
满意度指标 | 服务对象满意度指标 | 群众满意度达到90%以上 | 4 |
""",
        "l1 l2 value spec codes",
        note="no 三级 column: the 二级 is followed by the whole target text",
    ),
    title="洱川县文化和旅游局2024年项目支出绩效目标表（二）",
    codes={"G701": "the goal's 培训非遗传承人200人次 has no indicator"},
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "300.00",
        "年度目标",
        after={9: [("", "", "……", "")]},
    )
    f2 = project_table(
        T2,
        DEPT,
        ["一级指标", "二级指标", "指标值"],
        ["l1", "l2", "value"],
        "资金总额（万元）",
        "90.00",
        "年度目标",
    )
    blocks: list[object] = [
        "洱川县文化和旅游局2024年部门预算公开说明",
        "",
        "四、绩效目标情况",
        T1.title,
        "",
        Tab(f1, {"style": "cell_blank", "where": "middle"}),
        T2.title,
        Tab(f2, {"style": "cell_pipe"}),
        "",
        "（以上绩效目标随部门预算一并批复）",
    ]
    return text_file(blocks, encoding="gb18030")  # type: ignore[arg-type]


DOC = Doc(
    "hh10_yunnan_wenlv",
    "hh10_云南洱川县文化和旅游局_2024.txt",
    DEPT,
    2024,
    tags(
        "txt",
        "gb18030",
        "云南",
        "文旅",
        "cell-per-line-blank cell-per-line-pipe level1-once sub-rows prefixes-placeholders "
        "no-level3 several-tables",
    ),
    [T1, T2],
    render=render,
)
