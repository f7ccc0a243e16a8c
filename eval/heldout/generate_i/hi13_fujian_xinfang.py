"""hi13 福建 · 屏溪县信访局 2025: UTF-8 text with CRLF. Three project tables: tab rows; runs of
spaces with a `其中：` sub-row; cells run together without separators in a table that has no 三级
column and short 一级 labels."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table

COLS = "l1 l2 l3 value spec codes note"
UNIT = "屏溪县信访局"

T1 = Table(
    "project",
    "信访积案化解专项经费",
    40.0,
    "化解信访积案35件以上，律师参与接访240天，信访事项按期办结率98%以上。",
    rows(
        """
产出指标 | 数量指标 | 化解信访积案件数 | ≥35件 | 4 | |
         |          | 律师参与接访天数 | ≥240天 | 4 | |
         | 质量指标 | 信访事项按期办结率 | ≥98% | 4 | |
         |          | 初信初访一次性化解率 | ≥85% | 4 | |
         | 时效指标 | 信访事项受理告知时间 | ≤15日 | 4 | |
         | 成本指标 | 律师参与接访补贴 | ≤300元 | 3 | U301:a per-day allowance in bare 元 without its denominator |
效益指标 | 社会效益指标 | 重复信访 | 明显下降 | 2 | V401 |
         |              | 进京赴省越级访 | 0人次 | 4 | |
满意度指标 | 服务对象满意度指标 | 信访群众满意度 | ≥80% | 4 | |
""",
        COLS,
    ),
    title="屏溪县信访局2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "网上信访及12345热线转办件办理",
    18.0,
    "畅通群众诉求渠道，维护社会和谐稳定。",
    rows(
        """
产出指标 | 数量指标 | 网上信访件办理 | ≥1200件 | 4 | |
         |          | 其中：领导督办件 | ≥60件 | 4 | | 其中 sub-row of the row above
         | 质量指标 | 网上信访及时受理率 | 100% | 4 | |
         |          | 漳北县网上信访件按期办结率 | ≥95% | 3 | T105:another county's name (漳北县) in a 屏溪县 table |
         | 时效指标 | 网上信访办结时限 | ≤60日 | 4 | |
         | 成本指标 | 平台运维费 | ≤18万元 | 4 | |
效益指标 | 社会效益指标 | 群众诉求表达渠道 | 更加畅通 | 2 | V401 |
满意度指标 | 服务对象满意度指标 | 网上信访参评满意率 | ≥90% | 4 | |
""",
        COLS,
    ),
    title="屏溪县信访局2025年项目支出绩效目标表",
    codes={"G702": "slogan goal without scope, quantity or time"},
)

T3 = Table(
    "project",
    "信访干部业务培训",
    6.0,
    "举办信访业务培训班2期，培训全县信访干部120人次。",
    rows(
        """
产出 | 数量指标 | | 举办信访业务培训班2期，培训信访干部≥120人次 | 4 | |
     | 质量指标 | | 培训考核合格率≥95% | 4 | |
     | 时效指标 | | 2025年6月底前完成 | 4 | |
     | 成本指标 | | 人均培训费≤500元 | 4 | |
效益 | 社会效益指标 | | 信访干部依法按政策解决问题能力进一步增强 | 2 | V401 |
满意度 | 服务对象满意度指标 | | 参训学员满意度≥90% | 4 | |
""",
        COLS,
        note="no 三级 column: the 二级 is followed by the whole target text",
    ),
    title="屏溪县信访局2025年项目支出绩效目标表",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目预算（万元）", "40.00")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目预算（万元）", "18.00")
    f3 = project_table(
        T3,
        UNIT,
        ["一级指标", "二级指标", "指标内容及指标值"],
        ["l1", "l2", "value"],
        "项目预算（万元）",
        "6.00",
    )
    return text_file(
        [
            "屏溪县信访局2025年部门预算公开",
            "",
            "1." + T1.title,
            Tab(f1, {"style": "tab"}),
            "",
            "2." + T2.title,
            Tab(f2, {"style": "spaces", "gap": "   "}),
            "",
            "3." + T3.title,
            Tab(f3, {"style": "together"}),
            "",
            "屏溪县信访局",
            "2025年2月",
        ],
        newline="\r\n",
    )


DOC = Doc(
    id="hi13_fujian_xinfang",
    file="hi13_福建屏溪县信访局_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8 crlf",
        "福建",
        "信访",
        "tab spaces run-together sub-rows no-level3 nonstandard-names several-tables level1-once",
    ),
    tables=[T1, T2, T3],
    render=render,
)
