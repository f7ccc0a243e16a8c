"""hi02 天津 · 津沽区档案馆 2025: a TRS-editor portal page (UTF-8). Two project tables with the
value split into 符号 | 数值 | 计量单位 (the 符号 cell empty on plain values, 定性 rows print their
text in the unit cell), 指标性质 and 权重 columns, header labels broken over two lines, merged
一级/二级 cells (rowspan)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import project_table
from kit import parts_by_nature, tags
from spec import Doc, Table

COLS = "l1 l2 l3 nature weight value spec codes"
UNIT = "天津市津沽区档案馆"

T1 = Table(
    "project",
    "馆藏档案数字化加工",
    85.0,
    "完成馆藏民国及建国初期纸质档案120万画幅数字化扫描和8万条目录著录，建成可在线查阅的数字档案资源库。",
    parts_by_nature(
        rows(
            """
产出指标 | 数量指标 | 馆藏纸质档案数字化扫描 | 定量 | 15 | ≥120万画幅 | 4 |
         |          | 档案目录著录条目 | 定量 | 10 | ≥8万条 | 4 |
         | 质量指标 | 数字化成果抽检合格率 | 定量 | 10 | ≥98% | 4 |
         |          | 档案实体损坏率 | 定量 | 5 | ≤0.01% | 4 |
         | 时效指标 | 数字化加工完成时限 | 定性 | 10 | 2025年10月31日前 | 4 |
         | 成本指标 | 每画幅数字化加工单价 | 定量 | 10 | ≤0.55元 | 4 |
效益指标 | 社会效益指标 | 档案利用查询便捷程度 | 定性 | 10 | 显著提升 | 2 | V401
         |              | 年度档案利用人次 | 定量 | 10 | ≥3000人次 | 4 |
         | 可持续影响指标 | 档案数字资源安全保存 | 定性 | 10 | 长期保存 | 2 | V401
满意度指标 | 服务对象满意度指标 | 查档群众满意度 | 定量 | 10 | ≥90% | 4 |
""",
            COLS,
        )
    ),
    title="津沽区档案馆2025年项目支出绩效目标表（一）",
)

T2 = Table(
    "project",
    "档案库房安全运维及消防设施维护",
    23.5,
    "保障6个档案库房恒温恒湿和消防设施正常运行，全年不发生档案安全事故。",
    parts_by_nature(
        rows(
            """
产出指标 | 数量指标 | 库房温湿度监测点位 | 定量 | 10 | ＝36个 | 4 |
         |          | 消防设施维保次数 | 定量 | 10 | ≥12次 | 4 |
         | 质量指标 | 库房温湿度达标率 | 定量 | 15 | ≥95% | 4 |
         |          | 消防设施完好率 | 定量 | 10 | 100% | 4 |
         | 时效指标 | 设备故障响应时间 | 定量 | 10 | ≤2小时 | 4 |
         | 成本指标 | 运维服务费 | 定量 | 15 | ≤23.5万元 | 4 |
效益指标 | 社会效益指标 | 档案安全事故发生起数 | 定量 | 10 | 0起 | 4 |
         |              | 档案安全保障水平 | 定性 | 10 | 有效保障 | 2 | V401
满意度指标 | 服务对象满意度指标 | 馆内职工满意度 | 定量 | 10 | ≥80% | 4 |
""",
            COLS,
        )
    ),
    title="津沽区档案馆2025年项目支出绩效目标表（二）",
)

HEAD = [
    "一级\n指标",
    "二级\n指标",
    "三级指标",
    "指标\n性质",
    "符号",
    "数值",
    "计量\n单位",
    "权重\n（%）",
]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight"]


def render(doc: Doc) -> bytes:
    blocks: list = []
    for t, money in ((T1, "85.00"), (T2, "23.50")):
        f = project_table(t, UNIT, HEAD, KEYS, "预算金额（万元）", money, "绩效目标")
        blocks += [t.title, "单位：万元", Tab(f)]
    return html_file(
        ["附件3", *blocks, "注：指标性质为定性的，数值栏不填。"],
        "津沽区档案馆2025年部门预算项目绩效目标公开",
        "天津市津沽区人民政府",
        "2025-02-14 09:30",
        style="trs",
    )


DOC = Doc(
    id="hi02_tianjin_dangan",
    file="hi02_天津津沽区档案馆_2025.html",
    unit=UNIT,
    year=2025,
    tags=tags(
        "html",
        "utf-8",
        "天津",
        "档案",
        "split-value extra-columns broken-labels level1-once several-tables unit-year-framing",
    ),
    tables=[T1, T2],
    render=render,
)
