"""长白岗县动物疫病预防控制中心 (吉林): a WPS-style DOCX; indicator names numbered `指标1：…`
with unfilled `指标N：` placeholder lines, 其中 sub-rows, points after the 一级 names and a 二级
broken over two lines inside its cell; the value split into 符号 | 数值 | 单位."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from kit import parts3, sign, tags
from mframe import framed
from spec import Doc, Table

UNIT = "长白岗县动物疫病预防控制中心"
COLS = "l1 l2 l3 value spec codes printed_l2"

T1 = Table(
    "project",
    "重大动物疫病强制免疫",
    48.6,
    "全年完成猪、牛、羊、禽强制免疫，应免畜禽免疫密度常年保持在90%以上，免疫抗体合格率70%以上，全县不发生区域性重大动物疫情。",
    parts3(
        rows(
            """
产出指标（40分） | 数量指标 | 指标1：强制免疫畜禽总数 | ≥260万头（只） | 4
                 |          | 其中：口蹄疫免疫牲畜 | ≥31万头 | 4
                 |          | 其中：高致病性禽流感免疫家禽 | ≥225万只 | 4
                 | 质量指标 | 指标1：应免畜禽免疫密度 | ≥90% | 4
                 |          | 指标2：免疫抗体合格率 | ≥70% | 4
                 | 时效指标 | 指标1：春秋两季集中免疫完成时间 | 2025年5月、10月底前 | 4
                 | 成本指标 | 指标1：村级防疫员劳务补助 | 1200元 | 3 | U301:a per-unit standard in bare 元 without its denominator
效益指标（30分） | 社会效益指标 | 指标1：区域性重大动物疫情 | 不发生 | 3 | | 社会效益\\n指标
                 | 经济效益指标 | 指标1：养殖户因疫病损失 | 明显减少 | 2 | V401
满意度指标（10分） | 服务对象满意度指标 | 指标1：养殖场户满意度 | ≥90% | 4
""",
            COLS,
        )
    ),
    title="长白岗县2025年重大动物疫病强制免疫项目绩效目标表",
    extra={"placeholders": ["指标2：", "指标2：", "指标2："]},
)

T2 = Table(
    "project",
    "病死畜禽无害化处理",
    21.0,
    "收集处理病死猪等畜禽，无害化处理率100%，防止病死畜禽流入市场。",
    parts3(
        rows(
            """
产出指标（40分） | 数量指标 | 指标1：收集处理病死猪 | ≥5200头 | 4
                 |          | 指标2：收集处理其他病死畜禽 | ≥1.2万只 | 4
                 | 质量指标 | 指标1：病死畜禽无害化处理率 | 100% | 4
                 | 时效指标 | 指标1：接报后收集时限 | ≤24小时 | 4
                 | 成本指标 | 指标1：每头病死猪处理补助 | 80元 | 4
效益指标（30分） | 生态效益指标 | 指标1：对养殖环境的影响 | 有效改善 | 2 | V401 | 生态效益\\n指标
                 | 社会效益指标 | 指标1：病死畜禽流入市场 | 0起 | 4 | | 社会效益\\n指标
满意度指标（10分） | 服务对象满意度指标 | 指标1：养殖户满意度 | ≥95% | 4
""",
            COLS,
        )
    ),
    title="长白岗县2025年病死畜禽无害化处理项目绩效目标表",
    extra={"placeholders": ["指标2：", "……"]},
)

HEAD = [
    ["一级指标", "二级指标", "三级指标", "指标值", "", ""],
    ["", "", "", "符号", "数值", "单位"],
]
SPANS = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)]
KEYS = ["l1", "l2", "l3", "p0", "p1", "p2"]


def tab(t: Table, money: str, after: dict[int, list[list[str]]]) -> Tab:
    f = framed(
        6,
        t.rows,
        KEYS,
        HEAD,
        above=[
            ("项目名称", t.project, "项目单位", UNIT),
            ("资金总额（万元）", money),
            ("年度目标", t.goal or ""),
        ],
        head_spans=SPANS,
        after=after,
    )
    return Tab(f, trailing_empty=[(5, 2), (7, 2)])


def render(doc: Doc) -> bytes:
    blank = ["", "", "指标2：", "", "", ""]
    blocks = [
        "# 长白岗县动物疫病预防控制中心2025年项目支出绩效目标",
        "附表1",
        T1.title,
        tab(T1, "48.60", {2: [], 4: [], 7: [blank], 8: [blank], 9: [blank]}),
        sign("孙德发", "吴丽华", "金明哲", "0433-8120556"),
        "附表2",
        T2.title,
        tab(T2, "21.00", {6: [["", "", "指标2：", "", "", ""]], 8: [["", "", "……", "", "", ""]]}),
        sign("孙德发", "吴丽华", "金明哲", "0433-8120556"),
    ]
    return docx_file(blocks, wps=True)


DOC = Doc(
    "hm05_jilin_dongyi",
    "hm05_吉林长白岗县动物疫病预防控制中心_2025.docx",
    UNIT,
    2025,
    tags(
        "docx",
        "",
        "吉林",
        "动物疫病预防控制",
        "prefixes-placeholders sub-rows broken-labels label-notes split-value",
    ),
    [T1, T2],
    render=render,
)
