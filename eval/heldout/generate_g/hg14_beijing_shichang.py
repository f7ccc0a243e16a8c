"""hg14 — 北京 · 潮河区市场监督管理局: the 2023 部门整体绩效自评表 in the 2024 disclosure, copied
out of a web page so that the whole table stands on one long line (cells separated by single
spaces), with the text above and below it on lines of their own."""

from __future__ import annotations

from emit import Block, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S
from grid import Text
from kit import V401, tags
from selfeval import self_eval_table, sx
from spec import Doc, R, Table
from textual import render_one_line

UNIT = "潮河区市场监督管理局"
MISSED = {
    "S801": "full points on a missed target (97.3% against ≥98%)",
    "S804": "missed target without a deviation reason",
}

T1 = Table(
    "self_evaluation",
    UNIT,
    3286.4,
    "全年完成食品安全监督抽检2400批次以上，特种设备定期检验全覆盖，双随机抽查市场主体850户以上，"
    "投诉举报按时办结率98%以上，守住不发生区域性、系统性食品安全事故的底线。",
    [
        R(P, SL, "食品安全监督抽检批次", "≥2400批次", 4, x=sx("2468批次", 10, 10)),
        R(P, SL, "特种设备定期检验覆盖率", "100%", 4, x=sx("100%", 10, 10)),
        R(
            P,
            SL,
            "双随机抽查市场主体户数",
            "≥850户",
            4,
            x=sx("812户", 10, 8, "部分抽查对象已注销或吊销，无法检查"),
        ),
        R(P, ZL, "抽检不合格食品核查处置率", "100%", 4, x=sx("100%", 10, 10)),
        R(P, ZL, "投诉举报按时办结率", "≥98%", 4, x=sx("97.3%", 5, 5), c=MISSED),
        R(P, SX, "年度抽检任务完成时间", "2023年11月底前", 4, x=sx("2023年11月25日", 5, 5)),
        R(P, CB, "单批次食品抽检成本", "≤1800元", 4, x=sx("1760元", 5, 5)),
        R(E, SH, "较大及以上食品安全事故", "0起", 4, x=sx("0起", 10, 10)),
        R(E, SH, "辖区营商环境", "持续优化", 2, x=sx("持续优化", 10, 10), c=V401),
        R(E, KC, "市场监管长效机制", "健全", 2, x=sx("健全", 5, 5), c=V401),
        R(S, MY, "市场主体满意度", "≥90%", 4, x=sx("92.4%", 10, 10)),
    ],
    title="2023年度部门整体支出绩效自评表",
    extra={
        "scope": "overall",
        "actual_completion": "完成食品安全监督抽检2468批次，特种设备定期检验全覆盖，双随机抽查812户，投诉举报按时办结率97.3%，未发生较大及以上食品安全事故。",
        "budget_source": "年初预算数 3120.00，全年预算数 3286.40，全年执行数 3190.10，执行率 97.1%（万元）",
        "execution_score": {"score_max": 10, "score": 9.71},
        "total_score": {"score_max": 100, "score": 97.71},
        "year_evaluated": 2023,
    },
)


def render(doc: Doc) -> bytes:
    f = self_eval_table(
        T1,
        [("主管部门", "北京市潮河区人民政府", "单位代码", "321001")],
        "年度预算\n（万元）",
        [
            ("年度资金总额", "3120.00", "3286.40", "3190.10", "10", "97.1%", "9.71"),
            ("其中：财政拨款", "3120.00", "3286.40", "3190.10", "—", "97.1%", "—"),
        ],
        str(T1.extra["actual_completion"]),
        ("100", "97.71"),
        stacked=True,
    )

    def one_line(text: Text) -> None:
        render_one_line(text, f, prefix=T1.title + "（2023年度）")

    blocks: list[Block] = [
        "潮河区市场监督管理局2024年部门预算信息公开",
        "发布时间：2024-02-05  来源：区市场监管局",
        "附件4：上年度部门整体支出绩效自评情况",
        one_line,
        "说明：自评得分97.71分，等级为“优”。",
    ]
    return text_file(blocks, encoding="utf-8", newline="\n")


DOC = Doc(
    "hg14_beijing_shichang",
    "hg14_beijing_shichang.txt",
    UNIT,
    2024,
    tags("txt", "utf-8", "北京", "市场监管", "one-line self-evaluation budget-lines goal-heading"),
    [T1],
    render=render,
)
