"""hf16 · Henan, 豫川县残疾人联合会, a 2024 project self-evaluation in a ruled PDF (2025
disclosure): 一级 names as short forms, 分值 printed before the target."""

from __future__ import annotations

from emit import Tab, pdf_file
from frame import CB, KC, MY, SH, SL, SX, ZL
from kit import U301, V401, codes, tags
from selfeval import self_eval_table, sx
from spec import Doc, R, Table

UNIT = "豫川县残疾人联合会"
SHORT = "一级 printed as a short form"

T1 = Table(
    "self_evaluation",
    "残疾人基本康复服务",
    183.6,
    "为全县1700名持证残疾人提供基本康复服务，其中0-6岁残疾儿童康复救助260人，"
    "辅助器具适配600件，残疾人基本康复服务覆盖率达到85%。",
    [
        R("产出", SL, "持证残疾人基本康复服务人数", "≥1700人", 4, x=sx("1736人", 15, 15)),
        R(
            "产出",
            SL,
            "0-6岁残疾儿童康复救助人数",
            "≥260人",
            4,
            x=sx("241人", 15, 15),
            c={
                "S801": "full points on a missed target (241 against ≥260)",
                "S804": "missed target without a deviation reason",
            },
        ),
        R("产出", SL, "辅助器具适配件数", "≥600件", 4, x=sx("624件", 10, 10)),
        R("产出", ZL, "残疾人基本康复服务覆盖率", "≥85%", 4, x=sx("86.2%", 10, 10)),
        R(
            "产出",
            SX,
            "康复救助资金拨付时间",
            "2024年9月底前",
            4,
            x=sx("2024年11月", 5, 3, "省级资金下达较晚，导致拨付延迟"),
        ),
        R("产出", CB, "残疾儿童康复救助标准", "≤1.8万元", 3, c=codes(U301), x=sx("1.8万元", 5, 5)),
        R("效益", SH, "残疾人康复状况", "明显改善", 2, c=codes(V401), x=sx("明显改善", 15, 15)),
        R("效益", KC, "康复服务网络", "进一步健全", 2, c=codes(V401), x=sx("进一步健全", 5, 5)),
        R("满意度", MY, "康复服务对象满意度", "≥90%", 4, x=sx("93%", 10, 10)),
    ],
    title="项目支出绩效自评表",
    extra={
        "year_evaluated": 2024,
        "actual_completion": "全年为1736名持证残疾人提供基本康复服务，救助残疾儿童241人，适配辅助器具624件。",
        "budget_source": "年初预算数 176.00 全年预算数 183.60 全年执行数 180.10 执行率 98.1% 分值 10 得分 9.81",
        "total_score": {"score_max": "100", "score": "97.81"},
        "execution_score": {"score_max": "10", "score": "9.81"},
    },
)
for r in T1.rows:
    r.note = SHORT

KEYS = ["l1", "l2", "l3", "score_max", "value", "actual", "score", "deviation"]
BUDGET = [
    ("年度资金总额", "176.00", "183.60", "180.10", "10", "98.1%", "9.81"),
    ("其中：中央补助", "120.00", "127.60", "127.60", "—", "—", "—"),
    ("县级资金", "56.00", "56.00", "52.50", "—", "—", "—"),
]


def render(doc: Doc) -> bytes:
    f = self_eval_table(
        T1,
        [("主管部门", UNIT, "实施单位", "豫川县残疾人康复中心")],
        "项目资金（万元）",
        BUDGET,
        str(T1.extra["actual_completion"]),
        ("100", "97.81"),
        keys=KEYS,
    )
    return pdf_file(
        [
            "# 豫川县残疾人联合会2024年度项目支出绩效自评表",
            "（2024年度）",
            Tab(f, widths=[24, 28, 58, 16, 34, 34, 16, 63]),
            "填表人：李红梅　　联系电话：0371-5526183　　填报日期：2025年3月12日",
        ],
        ruled=True,
        size=8,
    )


DOC = Doc(
    "hf16_henan_canlian",
    "hf16_henan_canlian.pdf",
    UNIT,
    2025,
    tags("pdf", "ruled", "河南", "残联", "self-evaluation nonstandard-names budget-lines"),
    [T1],
    render=render,
)
