"""hh08 — 四川 邛溪县住房和城乡建设局, 2023, a county portal page in GBK pasted from Word
(paragraph per cell line, split spans, `<o:p>`): a fund allocation table per residential
compound before the 批复表 of the old-compound renovation, then a second project table."""

from __future__ import annotations

from dsl import rows
from emit import Tab, html_file
from frame import Framed, header, project_table
from grid import Grid
from kit import tags
from spec import Doc, Table

DEPT = "邛溪县住房和城乡建设局"
ALLOC = [
    ["序号", "小区名称", "改造户数（户）", "补助资金（万元）"],
    ["1", "城关镇粮站宿舍小区", "126", "214.00"],
    ["2", "城关镇水电局家属院", "88", "152.00"],
    ["3", "河西街道供销社小区", "214", "356.00"],
    ["4", "河西街道农机厂小区", "164", "258.00"],
    ["", "合计", "592", "980.00"],
]

T1 = Table(
    "project",
    "2023年城镇老旧小区改造项目",
    980.0,
    "完成4个老旧小区592户改造，改造供排水管网6.8公里、加装电梯12部、新增停车位260个，"
    "2023年11月底前全部完工。",
    rows(
        """
产出指标 | 数量指标 | 改造老旧小区数量 | 4个 | 4 |
 | | 惠及居民户数 | 592户 | 4 |
 | | 改造供排水管网长度 | ≥6.8公里 | 4 |
 | | 加装电梯数量 | 12部 | 4 |
 | | 新增停车位 | ≥260个 | 4 |
 | 质量指标 | 工程验收合格率 | 100% | 4 |
 | 时效指标 | 项目完工时间 | 2023年11月底前 | 4 |
 | 成本指标 | 户均改造补助 | ≤1.66万元/户 | 4 |
效益指标 | 社会效益指标 | 小区居住环境 | 显著改善 | 2 | V401
 | | 改造小区物业管理覆盖率 | ≥80% | 4 |
 | 可持续影响指标 | 改造设施使用年限 | ≥20年 | 4 |
满意度指标 | 服务对象满意度指标 | 小区居民满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="邛溪县2023年城镇老旧小区改造项目绩效目标批复表",
    extra={"approval": True, "allocation_table": [" | ".join(r) for r in ALLOC]},
)

T2 = Table(
    "project",
    "2023年城镇燃气安全专项整治经费",
    58.0,
    "开展城镇燃气安全隐患排查整治，入户安全检查不少于2.6万户，整改隐患动态清零，全年不发生较大燃气安全事故。",
    rows(
        """
产出指标 | 数量指标 | 入户安全检查户数 | ≥2.6万户 | 4 |
 | | 燃气企业检查次数 | 100% | 3 | U301:a count of inspections given in %
 | 质量指标 | 排查隐患整改率 | 100% | 4 |
 | 时效指标 | 隐患整改完成时限 | 发现后30日内 | 4 |
 | 成本指标 | 入户检查成本 | ≤58万元 | 4 |
效益指标 | 社会效益指标 | 较大及以上燃气安全事故 | 0起 | 4 |
 | | 群众燃气安全意识 | 普遍提高 | 2 | V401
 | | 全省燃气安全事故起数 | 下降 | 2 | V401 T105:全省 in a county table (wrong level)
满意度指标 | 服务对象满意度指标 | 用户满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="2023年城镇燃气安全专项整治经费绩效目标表",
)


def alloc_table() -> Framed:
    f = Framed(Grid(4))
    header(f.grid, *ALLOC[0])
    for line in ALLOC[1:]:
        f.grid.add(*line)
    return f


def render(doc: Doc) -> bytes:
    keys = ["l1", "l2", "l3", "value"]
    head = ["一级指标", "二级指标", "三级指标", "指标值"]
    f1 = project_table(T1, DEPT, head, keys, "批复资金（万元）", "980.00", "年度绩效目标")
    f2 = project_table(T2, DEPT, head, keys, "项目资金（万元）", "58.00", "年度绩效目标")
    blocks: list[object] = [
        "根据《邛溪县财政局关于批复2023年部门预算的通知》，现将本部门项目绩效目标批复情况公开如下：",
        "表1  2023年城镇老旧小区改造资金分配表",
        Tab(alloc_table()),
        "表2  " + T1.title,
        Tab(f1),
        "表3  " + T2.title,
        Tab(f2),
    ]
    return html_file(
        blocks,  # type: ignore[arg-type]
        "邛溪县住房和城乡建设局2023年项目绩效目标批复公开",
        "邛溪县人民政府门户网站",
        "2023-03-28",
        charset="gbk",
        style="word",
    )


DOC = Doc(
    "hh08_sichuan_zhujian",
    "hh08_四川邛溪县住房和城乡建设局_2023.html",
    DEPT,
    2023,
    tags(
        "html",
        "gbk",
        "四川",
        "住建",
        "approval allocation-before several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
