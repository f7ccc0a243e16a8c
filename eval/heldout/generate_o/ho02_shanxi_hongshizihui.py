"""山西 · 昕水县红十字会: Word "save as web page" pasted into a GBK portal page (spans per run,
`<o:p>`, empty mso paragraphs around the tables), 一级 merged with its points in brackets."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from kit import build, proj_top, tags
from spec import Doc, Table

P, E, S = "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）"
DEPT = "昕水县红十字会"

T1 = Table(
    kind="project",
    project="应急救护培训项目",
    budget_wan=12.0,
    goal="面向学校、交通运输、旅游景区等重点行业开展应急救护培训，全年普及培训6000人次，培训持证救护员800人。",
    rows=rows(
        f"""
{P} | 数量指标 | 普及性应急救护培训人次 | ≥6000人次 | 年度培训计划 | 4 |
    |          | 救护员持证培训人数 | ≥800人 | 省红十字会下达任务 | 5 |
    | 质量指标 | 救护员考核合格率 | ≥90% | 《红十字救护员培训考核办法》 | 5 |
    | 时效指标 | 培训完成时间 | 2025年11月底前 | 年度培训计划 | 4 |
    | 成本指标 | 救护员培训人均成本 | ≤150元 | 培训成本测算表 | 5 |
{E} | 社会效益指标 | 公众自救互救能力 | 有效提升 | 工作需要 | 2 | V401 V404
    |              | 重点行业从业人员救护员持证率 | ≥30% | 2024年实际持证率26% | 5 |
{S} | 服务对象满意度指标 | 参训人员满意度 | ≥95% | 培训后问卷调查 | 5 |
""",
        "l1 l2 l3 value basis spec codes",
    ),
)

T2 = Table(
    kind="project",
    project="“博爱送万家”人道救助项目",
    budget_wan=15.0,
    goal="弘扬人道、博爱、奉献的红十字精神。",
    codes={
        "G702": "slogan goal: no scope, quantity or time",
        "C204": "救助对象符合条件率 twice (rows 3 and 7)",
    },
    extra={"duplicate_rows": {"救助对象符合条件率": [3, 7]}},
    rows=rows(
        f"""
{P} | 数量指标 | 救助困难群众户数 | ≥500户 | 4 |
    |          | 发放救助物资批次 | 2批次 | 4 |
    | 质量指标 | 救助对象符合条件率 | 100% | 4 |
    | 时效指标 | 春节前物资发放完成率 | 100% | 4 |
    | 成本指标 | 户均救助标准 | ≤300元 | 4 |
{E} | 社会效益指标 | 困难群众基本生活 | 得到保障 | 2 | V401
    |              | 救助对象符合条件率 | 100% | 3 | C202:an eligibility (quality) rate under 社会效益
    | 可持续影响指标 | 红十字会社会影响力 | ≥90% | 3 | U301:% on something that is not a ratio (影响力)
{S} | 服务对象满意度指标 | 受助群众满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value", "basis"],
        [["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]],
        top=proj_top(T1.project, DEPT, "预算金额（万元）", "12.00", "绩效目标", T1.goal or ""),
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "value"],
        [["一级指标", "二级指标", "三级指标", "指标值"]],
        top=proj_top(T2.project, DEPT, "预算金额（万元）", "15.00", "绩效目标", T2.goal or ""),
    )
    return html_file(
        [
            "昕水县红十字会2025年项目支出绩效目标表",
            "表一",
            Tab(f1, {"html": "word"}),
            "表二",
            Tab(f2, {"html": "word"}),
            "（本栏目信息由昕水县红十字会提供）",
        ],
        title="昕水县红十字会2025年部门预算公开",
        site="昕水县人民政府",
        published="2025-02-14 10:21",
        charset="gbk",
    )


DOC = Doc(
    id="ho02_shanxi_hongshizihui",
    file="ho02_山西昕水县红十字会_2025.html",
    unit=DEPT,
    year=2025,
    tags=tags(
        "html",
        "gbk",
        "山西",
        "红十字会",
        "level1-once label-notes several-tables unit-year-framing",
        noise="Word save-as-web-page: spans per run, o:p, empty mso paragraphs",
    ),
    tables=[T1, T2],
    render=render,
)
