"""hg09 — 安徽 · 巢南县生态环境分局, 2024: text left by a page converter, one cell per line with a
lone pipe for every merged (empty) cell; the table has no 一级 column (一级 implied from the 二级);
备注 column; a second table printed as pipe rows padded with empty cells (CRLF)."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, text_file
from frame import CB, JJ, KC, MY, SH, SL, ST, SX, ZL, E, P, S, project_table
from kit import C202, U305, V401, V402, codes, tags
from spec import Doc, R, Row, Table

DEPT = "巢南县生态环境分局"
IMPLIED = "一级 not printed (the table has no 一级 column): implied from the 二级"


def r(l1: str, l2: str, l3: str, value: str, spec: int, **kw: Any) -> Row:
    return R(l1, l2, l3, value, spec, note=IMPLIED, **kw)


T1 = Table(
    "project",
    "大气污染防治专项",
    356.0,
    "开展全县餐饮油烟、工地扬尘和秸秆焚烧巡查，完成12家重点企业挥发性有机物治理设施提升，"
    "全年PM2.5平均浓度控制在36微克/立方米以内，优良天数比例达到80%以上。",
    [
        r(P, SL, "挥发性有机物治理企业", "12家", 4, x={"remark": "县大气办下达清单"}),
        r(P, SL, "餐饮油烟在线监控安装", "≥60户", 4),
        r(P, SL, "扬尘巡查次数", "≥240次", 4, x={"remark": "每周不少于5次"}),
        r(P, ZL, "治理设施验收合格率", "100%", 4),
        r(P, SX, "治理设施提升完成时间", "2024年10月底前", 4),
        r(P, CB, "单家企业治理补助", "≤18万元/家", 4),
        r(P, CB, "预算执行率", "≥95%", 4, c=C202),
        r(E, ST, "PM2.5年均浓度", "≤36微克/立方米", 4, x={"remark": "省下达目标"}),
        r(E, ST, "空气质量优良天数比例", "≥80%", 4),
        r(E, ST, "重污染天数", "≥0天", 3, c=U305),
        r(E, SH, "群众环境信访投诉", "明显减少", 2, c=V401),
        r(S, MY, "周边群众满意度", "≥85%", 4),
    ],
    title="巢南县生态环境分局2024年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "农村生活污水治理设施运维",
    128.0,
    "对全县38座农村生活污水处理站开展第三方运维，出水达标率90%以上。",
    [
        r(P, SL, "运维污水处理站数量", "38座", 4),
        r(P, ZL, "出水水质达标率", "≥90%", 4),
        r(P, SX, "运维考核频次", "每季度1次", 4),
        r(E, JJ, "减少群众污水处理费用", "按计划完成", 2, c=V402),
        r(E, KC, "设施正常运行率", "≥90%", 4),
        r(S, MY, "受益村民满意度", "≥90%", 4),
    ],
    title="巢南县生态环境分局2024年项目支出绩效目标表",
)
_ = codes, SH


def render(doc: Doc) -> bytes:
    head = ["二级指标", "三级指标", "指标值", "备注"]
    keys = ["l2", "l3", "value", "remark"]
    f1 = project_table(T1, DEPT, head, keys, "项目金额（万元）", "356.00", merge=("l2",))
    f2 = project_table(T2, DEPT, head, keys, "项目金额（万元）", "128.00", merge=("l2",))
    blocks: list[Block] = [
        "巢南县生态环境分局2024年部门预算 |",
        "|",
        "六、项目支出绩效目标 |",
        T1.title + " |",
        Tab(f1, {"style": "lone_pipe"}),
        "第 12 页 |",
        T2.title,
        Tab(f2, {"style": "pipe", "outer": True, "pad": 3}),
    ]
    return text_file(blocks, encoding="utf-8", newline="\r\n")


DOC = Doc(
    "hg09_anhui_shengtai",
    "hg09_anhui_shengtai.txt",
    DEPT,
    2024,
    tags(
        "txt",
        "utf-8 crlf",
        "安徽",
        "生态环境",
        "lone-pipes pipe-padded level1-missing-or-unfilled extra-columns several-tables",
    ),
    [T1, T2],
    render=render,
)
