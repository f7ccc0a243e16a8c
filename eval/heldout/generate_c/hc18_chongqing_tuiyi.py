"""Chongqing, county veterans affairs bureau, 2025 disclosure (XLSX, two sheets): the fund
allocation table, then the 2024 project self-evaluation with 分值 printed before the target."""

from __future__ import annotations

from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S
from office import new_xlsx, xlsx_bytes, xlsx_grid
from selfeval import self_eval_table, sx
from spec import Doc, R, Table

DEPT = "渝岭县退役军人事务局"
ACTUAL = "走访慰问优抚对象1850人，发放光荣牌320块，村级退役军人服务站规范化建设率90%。"
KEYS = ["l1", "l2", "l3", "score_max", "value", "actual", "score", "deviation"]

T1 = Table(
    "self_evaluation",
    "2024年优抚对象慰问及服务保障",
    68.0,
    "春节、八一期间走访慰问优抚对象1800人以上，为退役军人家庭发放光荣牌300块，村级退役军人服务站规范化建设率达到95%。",
    [
        R(P, SL, "春节、八一走访慰问优抚对象人数", "≥1800人", 4, x=sx("1850人", 10, 10)),
        R(P, SL, "发放光荣牌数量", "≥300块", 4, x=sx("320块", 10, 10)),
        R(P, ZL, "慰问金发放准确率", "100%", 4, x=sx("100%", 10, 10)),
        R(P, SX, "春节慰问完成时间", "2024年2月9日前", 4, x=sx("2024年2月8日", 10, 10)),
        R(P, CB, "人均慰问标准", "≤300元/人", 4, x=sx("300元/人", 10, 10)),
        R(
            E,
            SH,
            "村级退役军人服务站规范化建设率",
            "≥95%",
            4,
            x=sx("90%", 10, 8, "2个村级服务站场地未落实，2025年上半年完成"),
        ),
        R(
            E,
            SH,
            "全市拥军优属氛围",
            "进一步浓厚",
            2,
            c={
                "T105": "全市 (the municipality) in a county table",
                "V401": "进一步浓厚 with no criterion",
            },
            x=sx("进一步浓厚", 10, 10),
        ),
        R(
            E,
            KC,
            "优抚对象服务保障长效机制",
            "健全",
            2,
            c={"V401": "健全 with no criterion"},
            x=sx("健全", 10, 10),
        ),
        R(S, MY, "优抚对象满意度", "≥95%", 4, x=sx("96%", 10, 10)),
    ],
    title="项目支出绩效自评表（2024年度）",
    codes={
        "S803": "the rows give 88 points plus 9.74 for budget execution (97.74), the 总分 line says 99.74"
    },
    extra={
        "year_evaluated": 2024,
        "actual_completion": ACTUAL,
        "budget_source": {
            "年度资金总额": ["60.00", "68.00", "66.20", "10", "97.35%", "9.74"],
            "其中：财政拨款": ["60.00", "68.00", "66.20", "—", "—", "—"],
            "其他资金": ["0.00", "0.00", "0.00", "—", "—", "—"],
        },
        "total_score": {"score_max": "100", "score": "99.74"},
        "allocation_table": {
            "sheet": "资金分配表",
            "rows": [
                ["优抚对象慰问及服务保障", "年初预算", "60.00"],
                ["优抚对象慰问及服务保障", "年中追加", "8.00"],
            ],
        },
    },
)


def render_doc(doc: Doc) -> bytes:
    wb = new_xlsx()
    ws = wb.active
    ws.title = "资金分配表"
    ws.append(["渝岭县退役军人事务局2024年项目资金分配表"])
    ws.append(["项目名称", "资金来源", "金额（万元）", "备注"])
    ws.append(["优抚对象慰问及服务保障", "年初预算", 60.0, "渝岭财社〔2024〕2号"])
    ws.append(["优抚对象慰问及服务保障", "年中追加", 8.0, "渝岭财社〔2024〕37号"])
    ws.append(["合计", "", 68.0, ""])
    ws2 = wb.create_sheet("绩效自评表")
    ws2.cell(row=1, column=1, value=T1.title)
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    budget = [[k, *v] for k, v in T1.extra["budget_source"].items()]
    f = self_eval_table(
        T1,
        [("主管部门", DEPT, "实施单位", DEPT)],
        "项目资金（万元）",
        budget,
        ACTUAL,
        ("100", "99.74"),
        keys=KEYS,
    )
    xlsx_grid(ws2, f.grid, 2)
    for col, width in zip("ABCDEFGH", (12, 14, 28, 8, 14, 14, 8, 30)):
        ws2.column_dimensions[col].width = width
    return xlsx_bytes(wb)


DOC = Doc(
    id="hc18_chongqing_tuiyi",
    file="hc18_chongqing_tuiyi.xlsx",
    unit=DEPT,
    year=2025,
    tags={
        "format": "xlsx",
        "province": "重庆",
        "sector": "退役军人",
        "layout_patterns": "self-evaluation allocation-before budget-lines extra-columns level1-once",
    },
    tables=[T1],
    render=render_doc,
)
