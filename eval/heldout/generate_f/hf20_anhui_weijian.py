"""hf20 · Anhui, 淝南县卫生健康局, 2025 text out of a PDF (GB18030, LF): a project's approval table
(批复表) as pipe rows without outer pipes padded with empty cells, then a table without an 一级 column
flattened one cell per line with blank lines between cells that stops at the end of the excerpt."""

from __future__ import annotations

from emit import Tab, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import V401, V402, V404, codes, tags
from spec import Doc, R, Table

UNIT = "淝南县卫生健康局"
IMPLIED = "一级 implied from the 二级 (no 一级 column)"

T1 = Table(
    "project",
    "紧密型县域医共体建设",
    560.0,
    "推进2个紧密型县域医共体建设，建成县域医学影像、检验、心电3个共享中心，"
    "县域内就诊率达到90%，基层医疗卫生机构诊疗量占比达到65%。",
    [
        R(P, SL, "建成县域共享中心数", "3个", 4, basis="《淝南县紧密型县域医共体建设实施方案》"),
        R(P, SL, "接入共享中心的乡镇卫生院数", "21家", 4, basis="全县乡镇卫生院名录"),
        R(P, SL, "县级医院下派专家人次", "≥360人次", 4, basis="医共体帮扶协议"),
        R(
            P,
            ZL,
            "远程影像诊断报告按时出具率",
            "≥98%",
            5,
            basis="影像共享中心系统统计（2小时内出具）",
        ),
        R(P, SX, "共享中心建成时间", "2025年9月底前", 4, basis="实施方案"),
        R(P, CB, "共享中心信息化建设成本", "≤420万元", 4, basis="信息化项目预算评审报告"),
        R(E, SH, "县域内就诊率", "≥90%", 5, basis="省卫生健康统计直报系统"),
        R(E, SH, "基层医疗卫生机构诊疗量占比", "≥65%", 4, basis="行业标准", c=codes(V404)),
        R(E, KC, "医共体运行机制", "健全完善", 2, basis="工作需要", c=codes(V401, V404)),
        R(S, MY, "患者满意度", "≥90%", 5, basis="第三方满意度调查"),
    ],
    title="淝南县2025年项目支出绩效目标批复表",
    unit_line="单位：万元",
    extra={
        "approval": True,
        "budget_source": "年度资金总额：560.00 其中：财政拨款：560.00 上年结转：0.00 其他资金：0.00",
    },
)
T2 = Table(
    "project",
    "老年人健康体检",
    129.6,
    "为全县65岁及以上常住老年人约3.6万人提供一次免费健康体检，体检率达到70%。",
    [
        R(P, SL, "免费体检老年人数", "≥2.52万人", 4, note=IMPLIED),
        R(P, ZL, "体检结果反馈率", "100%", 4, note=IMPLIED),
        R(P, SX, "体检工作完成时间", "2025年10月底前", 4, note=IMPLIED),
        R(P, CB, "人均体检费用", "≤51元", 4, note=IMPLIED),
        R(E, SH, "老年人健康管理水平", "有所提高", 2, c=codes(V401), note=IMPLIED),
        R(E, KC, "老年人健康体检工作", "持续开展", 2, c=codes(V402), note=IMPLIED),
    ],
    title="淝南县卫生健康局2025年项目支出绩效目标表",
    unit_line="单位：万元",
    extra={"cut_off": {"after_row": 6, "partial": "服务对象满意度指标 体检老年人满意"}},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]


def render(doc: Doc) -> bytes:
    t1 = project_table(
        T1,
        UNIT,
        HEAD,
        KEYS,
        "项目资金（万元）",
        "年度资金总额：560.00 其中：财政拨款：560.00 上年结转：0.00 其他资金：0.00",
        agency="淝南县人民医院医共体",
    )
    t2 = project_table(T2, UNIT, HEAD[1:4], KEYS[1:4], "项目资金（万元）", "129.60", merge=("l2",))
    t2.grid.add("服务对象满意度指标", "体检老年人满意", "")
    return text_file(
        [
            "淝南县财政局关于批复2025年部门预算的通知（附件4）",
            T1.title,
            "单位：万元",
            Tab(t1, {"style": "pipe", "pad": 3, "outer": False}),
            "",
            T2.title,
            "单位：万元",
            Tab(t2, {"style": "cell_blank"}),
        ],
        encoding="gb18030",
    )


DOC = Doc(
    "hf20_anhui_weijian",
    "hf20_anhui_weijian.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "gb18030",
        "安徽",
        "卫健",
        "pipe-padded cell-per-line-blank approval cut-off level1-missing-or-unfilled budget-lines several-tables",
    ),
    [T1, T2],
    render=render,
)
