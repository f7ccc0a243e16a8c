"""hf07 · Qinghai, 柴河县人力资源和社会保障局, text copied from a web page (UTF-8, CRLF): a 2023
project self-evaluation printed as one long line (a web page's text), then a 2024 target table
whose cells run together without separators."""

from __future__ import annotations

from emit import Tab, text_file
from frame import CB, JJ, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import S804, V401, V402, codes, tags
from selfeval import self_eval_table, sx
from spec import Doc, R, Table
from textual import render_one_line

UNIT = "柴河县人力资源和社会保障局"

T1 = Table(
    "self_evaluation",
    "城乡居民基本养老保险基础养老金县级补助",
    412.5,
    "对全县60周岁以上城乡居民养老保险待遇领取人员每人每月增发县级基础养老金25元，按月足额发放。",
    [
        R(P, SL, "待遇领取人数", "≥13750人", 4, x=sx("13812人", 20, 20)),
        R(P, ZL, "待遇按时足额发放率", "100%", 4, x=sx("100%", 20, 20)),
        R(P, SX, "待遇发放时间", "每月15日前", 4, x=sx("每月15日前", 10, 10)),
        R(P, CB, "县级增发基础养老金标准", "25元/人·月", 4, x=sx("25元/人·月", 10, 10)),
        R(E, SH, "参保人员养老待遇水平", "稳步提高", 2, c=codes(V401), x=sx("稳步提高", 10, 10)),
        R(E, KC, "城乡居民养老保险参保率", "≥95%", 4, x=sx("93.6%", 10, 8)),
        R(S, MY, "待遇领取人员满意度", "≥90%", 4, x=sx("95%", 10, 10)),
    ],
    title="柴河县2023年度项目支出绩效自评表",
    codes={},
    extra={
        "actual_completion": "全年为13812名待遇领取人员按月足额增发县级基础养老金。",
        "budget_source": "年初预算数 412.50 全年预算数 412.50 全年执行数 412.50 执行率 100% 分值 10 得分 10",
        "total_score": {"score_max": "100", "score": "98"},
        "year_evaluated": 2023,
        "execution_score": {"score_max": "10", "score": "10"},
    },
)
T1.rows[5].codes = codes(S804)
T1.rows[5].spec = 4
T2 = Table(
    "project",
    "公益性岗位开发补贴",
    268.8,
    "开发乡村公益性岗位320个，安置脱贫劳动力和就业困难人员就业，按每人每月700元标准发放岗位补贴。",
    [
        R(P, SL, "开发公益性岗位数", "≥320个", 4),
        R(P, SL, "安置脱贫劳动力人数", "≥260人", 4),
        R(P, ZL, "岗位人员在岗率", "≥95%", 4),
        R(P, SX, "补贴按季度发放", "每季度末前", 4),
        R(P, CB, "岗位补贴标准", "700元/人·月", 4),
        R(E, JJ, "上岗人员人均月增收", "≥700元", 4),
        R(E, SH, "就业困难人员就业", "稳定就业", 2, c=codes(V401)),
        R(E, KC, "政策实施", "持续发挥作用", 2, c=codes(V402)),
        R(S, MY, "岗位人员满意度", "≥90%", 4),
    ],
    title="柴河县人力资源和社会保障局2024年项目支出绩效目标表",
    unit_line="单位：万元",
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
BUDGET = [
    ("年度资金总额", "412.50", "412.50", "412.50", "10", "100%", "10"),
    ("其中：财政拨款", "412.50", "412.50", "412.50", "—", "100%", "—"),
]


def render(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "实施单位", "柴河县社会保险事业服务中心")],
        "项目资金（万元）",
        BUDGET,
        str(T1.extra["actual_completion"]),
        ("100", "98"),
    )
    f2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "268.80")
    return text_file(
        [
            "首页 > 信息公开 > 财政资金 > 绩效自评",
            T1.title,
            "（2023年度）",
            lambda t: render_one_line(t, f1, prefix="单位：万元"),
            "",
            "分享到： 打印 关闭",
            T2.title,
            "单位：万元",
            Tab(f2, {"style": "together"}),
        ],
        newline="\r\n",
    )


DOC = Doc(
    "hf07_qinghai_renshe",
    "hf07_qinghai_renshe.txt",
    UNIT,
    2024,
    tags(
        "txt", "utf-8 crlf", "青海", "人社", "one-line run-together self-evaluation several-tables"
    ),
    [T1, T2],
    render=render,
)
