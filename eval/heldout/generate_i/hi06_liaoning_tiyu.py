"""hi06 辽宁 · 柳溪县体育事业发展中心 2025: a ruled PDF (portrait) with a running header and page
footer on every page; the first table runs over the page turn. The 2021 framework (成本指标 as
一级 with 经济/社会/生态环境成本), `其中：` sub-rows, header labels broken over two lines, an
unfilled 社会成本 template row and a 生态环境成本 row stating 无."""

from __future__ import annotations

from dsl import rows
from emit import Tab, pdf_file
from frame import project_table
from kit import tags
from spec import Doc, Table

COLS = "l1 l2 l3 value spec codes note"
UNIT = "柳溪县体育事业发展中心"
SUB = "其中 sub-row of the row above"

T1 = Table(
    "project",
    "全民健身设施更新及维护",
    96.0,
    "更新全民健身路径18套（其中农村12套），维护城区健身场地25处，器材完好率保持在95%以上。",
    rows(
        f"""
产出指标 | 数量指标 | 更新全民健身路径 | ≥18套 | 4 | |
         |          | 其中：农村健身路径 | ≥12套 | 4 | | {SUB}
         |          | 维护城区健身场地 | ≥25处 | 4 | |
         | 质量指标 | 新装器材验收合格率 | 100% | 4 | |
         |          | 器材完好率 | ≥95% | 4 | |
         | 时效指标 | 器材安装完成时间 | 2025年8月底前 | 4 | |
成本指标 | 经济成本指标 | 单套健身路径采购安装成本 | ≤4.2万元/套 | 4 | |
         |              | 器材年度维护费 | ≤20万元 | 4 | |
         | 社会成本指标 | 社会成本指标 | 无 | 1 | T107 |
         | 生态环境成本指标 | 施工期扬尘污染 | 无 | 3 | |
效益指标 | 社会效益指标 | 经常参加体育锻炼人数比例 | ≥42% | 4 | |
         |              | 群众健身便利度 | 显著提高 | 2 | V401 |
         | 可持续影响指标 | 器材使用年限 | ≥8年 | 4 | |
满意度指标 | 服务对象满意度指标 | 健身群众满意度 | ≥90% | 4 | |
""",
        COLS,
    ),
    title="柳溪县体育事业发展中心2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "柳溪县第八届全民运动会",
    45.0,
    "举办全县第八届全民运动会，设15个以上比赛项目，参赛运动员1800人以上，赛事安全有序；同步举办全民健身成果展演和体育用品展销。",
    rows(
        f"""
产出指标 | 数量指标 | 比赛项目数 | ≥15项 | 4 | |
         |          | 参赛运动员人数 | ≥1800人 | 4 | |
         |          | 其中：青少年组运动员 | ≥600人 | 4 | | {SUB}
         | 质量指标 | 赛事安全事故 | 0起 | 4 | |
         | 时效指标 | 运动会举办时间 | 2025年9月 | 4 | |
成本指标 | 经济成本指标 | 运动员伙食补助标准 | ≤100元 | 3 | U301:a per-person daily standard in bare 元 without its denominator |
效益指标 | 社会效益指标 | 全民健身氛围 | 日益浓厚 | 2 | V401 |
         |              | 带动参与全民健身活动人次 | ≥2万人次 | 4 | |
满意度指标 | 服务对象满意度指标 | 参赛运动员满意度 | ≥70% | 3 | V405:satisfaction target below 80% |
""",
        COLS,
    ),
    title="柳溪县体育事业发展中心2025年项目支出绩效目标表",
    codes={"G701": "the fitness show and the sports-goods fair of the goal have no indicator"},
)

HEAD = ["一级\n指标", "二级\n指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金\n（万元）", "96.00")
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金\n（万元）", "45.00")
    widths = (28, 40, 70, 40)
    return pdf_file(
        [
            "附件5",
            "# " + T1.title,
            "一、全民健身设施更新及维护",
            Tab(f1, widths=widths),
            "二、柳溪县第八届全民运动会",
            Tab(f2, widths=widths),
            "说明：成本指标按财政部2021年印发的指标体系填列。",
        ],
        ruled=True,
        header="柳溪县体育事业发展中心2025年部门预算",
        wide=False,
        size=11,
    )


DOC = Doc(
    id="hi06_liaoning_tiyu",
    file="hi06_辽宁柳溪县体育事业发展中心_2025.pdf",
    unit=UNIT,
    year=2025,
    tags=tags(
        "pdf",
        "ruled",
        "辽宁",
        "体育",
        "sub-rows broken-labels level1-once several-tables unit-year-framing",
        framework="2021",
    ),
    tables=[T1, T2],
    render=render,
    extra={"page_turn": "table 2 continues on page 2 under the running header (after row 5)"},
)
