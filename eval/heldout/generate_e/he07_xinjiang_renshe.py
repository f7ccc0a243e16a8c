"""he07 — 新疆 乌伦县人力资源和社会保障局, 2023 self-evaluation in the 2023 final-accounts
disclosure, plain text (UTF-8, CRLF) flattened from Word: one cell per line, cells separated by
blank lines; budget block with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分."""

from __future__ import annotations

from typing import Any

from emit import Tab, text_file
from frame import CB, MY, SH, SL, SX, ZL, E, P, S
from kit import tags
from selfeval import self_eval_table, sx
from spec import Doc, R, Table

UNIT = "乌伦县人力资源和社会保障局"
S801 = {"S801": "actual 1050人 misses the target ≥1200人 yet the row gets full points"}
S804 = {"S804": "actual 76% misses ≥80% and loses 2 points with no deviation reason"}
ACTUAL = (
    "全年开展职业技能培训1620人次，培训合格率93.5%，取证率76%；新增城镇就业1050人，"
    "培训补贴全部按时发放。"
)

T1 = Table(
    "self_evaluation",
    "职业技能提升培训补贴",
    120.0,
    "开展农牧民富余劳动力和城镇失业人员职业技能培训1500人次以上，培训合格率90%以上，"
    "取证率80%以上，新增城镇就业1200人。",
    [
        R(P, SL, "职业技能培训人数", "≥1500人次", 4, x=sx("1620人次", 15, 15)),
        R(P, SL, "新增城镇就业人数", "≥1200人", 4, x=sx("1050人", 10, 10), c=S801),
        R(P, ZL, "培训合格率", "≥90%", 4, x=sx("93.5%", 10, 10)),
        R(P, ZL, "职业资格（技能等级）取证率", "≥80%", 4, x=sx("76%", 10, 8), c=S804),
        R(P, SX, "培训补贴发放及时率", "100%", 4, x=sx("100%", 10, 10)),
        R(P, CB, "人均培训补贴标准", "≤800元/人", 4, x=sx("760元/人", 10, 10)),
        R(
            E,
            SH,
            "参训人员培训后就业率",
            "≥60%",
            4,
            x=sx("58%", 15, 13, "部分学员返乡务农，下年度增加订单式培训"),
        ),
        R(S, MY, "参训学员满意度", "≥90%", 4, x=sx("95%", 10, 10)),
    ],
    title="项目支出绩效自评表",
    extra={
        "actual_completion": ACTUAL,
        "budget_source": {
            "年初预算数": "120.00",
            "全年预算数": "120.00",
            "全年执行数": "116.40",
            "执行率": "97.00%",
            "unit": "万元",
        },
        "total_score": {"score_max": "100", "score": "95.7"},
        "execution_score": {"score_max": "10", "score": "9.7"},
    },
)


def render(doc: Doc) -> bytes:
    f = self_eval_table(
        T1,
        [("主管部门", UNIT, "实施单位", "乌伦县就业服务中心")],
        "项目资金\n（万元）",
        [
            ("年度资金总额", "120.00", "120.00", "116.40", "10", "97.00%", "9.7"),
            ("其中：当年财政拨款", "120.00", "120.00", "116.40", "—", "—", "—"),
            ("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"),
            ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—"),
        ],
        ACTUAL,
        ("100", "95.7"),
    )
    blocks: list[Any] = [
        "乌伦县人力资源和社会保障局2023年度部门决算",
        "",
        "第四部分  2023年度项目绩效自评结果",
        "",
        "项目支出绩效自评表",
        "（2023年度）",
        "",
        Tab(f, {"style": "cell_blank"}),
        "填表人：古丽        联系电话：0990-6213xxx        填报日期：2024年3月12日",
    ]
    return text_file(blocks, newline="\r\n")


DOC = Doc(
    "he07_xinjiang_renshe",
    "he07_乌伦县人社局2023决算绩效自评.txt",
    UNIT,
    2023,
    tags(
        "txt",
        "utf-8 CRLF",
        "新疆",
        "人社",
        "cell-per-line-blank self-evaluation budget-lines goal-heading",
    ),
    [T1],
    render=render,
)
