"""hf09 · Zhejiang, 婺川县生态环境分局, 2024 targets in an unruled PDF (text only, 2021 framework
with 成本指标 as 一级): the 二级 repeated on every row, merged 一级 cells centred in their block,
and a second table cut off at the end of the excerpt."""

from __future__ import annotations

from emit import Tab, pdf_file
from frame import HC, JC, KC, MY, SC, SH, SL, ST, SX, ZL, C, E, P, S, project_table
from kit import U302, V401, V402, codes, tags
from spec import Doc, R, Table

UNIT = "婺川县生态环境分局"

T1 = Table(
    "project",
    "重点流域水环境质量监测",
    168.0,
    "对全县9个地表水断面开展每月1次的水质自动和人工监测，确保监测数据真实准确，"
    "县控以上断面水质达标率保持100%。",
    [
        R(P, SL, "地表水监测断面数", "9个", 4, desc="国控、省控、县控断面合计"),
        R(P, SL, "全年人工监测频次", "≥108次", 4, desc="9个断面×12个月"),
        R(
            P,
            ZL,
            "监测数据有效率",
            "≥95%",
            5,
            desc="有效监测数据/应获取数据，以省水质自动监测平台统计为准",
        ),
        R(P, ZL, "质控样品合格率", "≥120%", 3, desc="质控样品合格数/质控样品总数", c=codes(U302)),
        R(P, SX, "监测报告报送时间", "次月5日前", 4, desc="月度监测报告报送市局时间"),
        R(C, JC, "单断面年度监测成本", "≤18.7万元", 4, desc="项目总投入/监测断面数"),
        R(C, SC, "监测对周边群众生产生活影响", "无", 3, desc="采样作业对周边群众的影响"),
        R(C, HC, "监测废液规范处置率", "100%", 4, desc="实验室废液交有资质单位处置"),
        R(E, ST, "县控以上断面水质达标率", "100%", 4, desc="达到水功能区目标的断面比例"),
        R(E, SH, "水环境预警能力", "显著提升", 2, desc="水质异常预警响应", c=codes(V401)),
        R(E, KC, "监测工作", "长期发挥作用", 2, desc="持续开展监测工作", c=codes(V402)),
        R(S, MY, "公众对水环境质量满意度", "≥85%", 4, desc="年度公众生态环境满意度调查"),
    ],
    title="婺川县生态环境分局2024年项目支出绩效目标表",
    unit_line="单位：万元",
)
T2 = Table(
    "project",
    "农村生活污水处理设施第三方运维监管",
    96.0,
    "对全县412个农村生活污水处理终端开展季度巡查和出水抽检，终端正常运行率达到90%以上。",
    [
        R(P, SL, "监管处理终端数量", "412个", 4, desc="全县已建成农村生活污水处理终端"),
        R(P, SL, "出水水质抽检终端数", "≥100个", 4, desc="日处理能力20吨以上终端全覆盖抽检"),
        R(P, ZL, "终端正常运行率", "≥90%", 4, desc="季度巡查中正常运行终端占比"),
        R(
            P,
            ZL,
            "全市农村污水终端出水达标率",
            "≥80%",
            4,
            desc="抽检达标终端占比",
            c=codes({"T105": "全市 (the city level) in a county table"}),
        ),
        R(P, SX, "季度巡查完成时间", "每季度末前", 4, desc="第三方运维考核巡查"),
        R(C, JC, "单终端年均监管费用", "≤0.24万元", 4, desc="项目资金/监管终端数"),
    ],
    title="婺川县生态环境分局2024年项目支出绩效目标表",
    unit_line="单位：万元",
    extra={"cut_off": {"after_row": 6, "partial": "生态环境成本指标 | 巡查车辆尾气排放"}},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标解释", "指标值"]
KEYS = ["l1", "l2", "l3", "desc", "value"]
W = [24, 60, 58, 94, 36]


def render(doc: Doc) -> bytes:
    t1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "168.00", merge=("l1",))
    t2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "96.00", merge=("l1",))
    t2.grid.add("", "生态环境成本指标", "巡查车辆尾气排放", "", "")
    return pdf_file(
        [
            "# " + T1.title,
            "单位：万元",
            Tab(t1, widths=W),
            "\f",
            "# " + T2.title,
            "单位：万元",
            Tab(t2, widths=W),
        ],
        ruled=False,
    )


DOC = Doc(
    "hf09_zhejiang_shengtai",
    "hf09_zhejiang_shengtai.pdf",
    UNIT,
    2024,
    tags(
        "pdf",
        "unruled",
        "浙江",
        "生态环境",
        "level2-missing-or-repeated level1-once cut-off several-tables unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
