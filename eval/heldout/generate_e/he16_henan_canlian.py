"""he16 — 河南 汝岭县残疾人联合会, 2025 budget disclosure, PDF without rules (text only): the
2024 overall self-evaluation (部门整体支出绩效自评表, whose 总分 is not the sum of its scores),
then a 2025 project table without a 三级 column (the 二级 is followed by the target text)."""

from __future__ import annotations

from typing import Any

from emit import Tab, pdf_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from kit import V401, tags
from selfeval import self_eval_table, sx
from spec import Doc, R, Table

UNIT = "汝岭县残疾人联合会"
NO3 = "no 三级 column: the 二级 is followed by the target text"
ACTUAL = "全年为1412名残疾人提供基本康复服务，发放困难残疾人生活补贴4236人，残疾人培训后就业98人。"

T1 = Table(
    "self_evaluation",
    UNIT,
    402.5,
    "为1350名以上残疾人提供基本康复服务，按时足额发放困难残疾人生活补贴，残疾人就业培训后实现就业120人以上。",
    [
        R(P, SL, "残疾人基本康复服务人数", "≥1350人", 4, x=sx("1412人", 15, 15)),
        R(P, SL, "困难残疾人生活补贴发放人数", "≥4200人", 4, x=sx("4236人", 10, 10)),
        R(P, ZL, "残疾儿童康复救助覆盖率", "≥95%", 4, x=sx("96.2%", 10, 10)),
        R(P, SX, "补贴资金发放及时率", "100%", 4, x=sx("100%", 10, 10)),
        R(
            P,
            CB,
            "部门预算执行率",
            "≥95%",
            4,
            x=sx("96.67%", 5, 5),
            c={"C202": "a fund-execution rate under 成本"},
        ),
        R(
            E,
            SH,
            "残疾人培训后就业人数",
            "≥120人",
            4,
            x=sx("98人", 15, 12, "受企业用工需求下降影响，下年度拓展订单式培训"),
        ),
        R(
            E,
            KC,
            "残疾人服务机构规范化建设",
            "持续推进",
            2,
            x=sx("持续推进", 10, 10),
            c=V401,
        ),
        R(S, MY, "残疾人及家属满意度", "≥90%", 4, x=sx("93%", 15, 15)),
    ],
    title="汝岭县残疾人联合会2024年度部门整体支出绩效自评表",
    codes={
        "S803": "the 总分 line says 98.7 but the row scores (87) and the execution score (9.7) add up to 96.7"
    },
    extra={
        "scope": "overall",
        "year_evaluated": 2024,
        "actual_completion": ACTUAL,
        "budget_source": {
            "年初预算数": "386.20",
            "全年预算数": "402.50",
            "全年执行数": "389.10",
            "执行率": "96.67%",
            "unit": "万元",
        },
        "total_score": {"score_max": "100", "score": "98.7"},
        "execution_score": {"score_max": "10", "score": "9.7"},
    },
)

T2 = Table(
    "project",
    "残疾人辅助器具适配",
    45.0,
    "为300名持证残疾人免费适配基本型辅助器具，提高残疾人生活自理和社会参与能力。",
    [
        R(P, SL, "", "为300名残疾人免费适配基本型辅助器具", 4, note=NO3),
        R(P, ZL, "", "辅助器具适配合格率达到98%以上", 4, note=NO3),
        R(P, SX, "", "2025年10月底前完成适配", 4, note=NO3),
        R(P, CB, "", "人均适配费用不超过1500元", 4, note=NO3),
        R(E, SH, "", "残疾人生活自理能力得到提高", 2, note=NO3, c=V401),
        R(S, MY, "", "受助残疾人满意度90%以上", 4, note=NO3),
    ],
    title="汝岭县残疾人联合会2025年残疾人辅助器具适配项目绩效目标表",
)


def render(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "实施单位", UNIT)],
        "部门资金\n（万元）",
        [
            ("年度资金总额", "386.20", "402.50", "389.10", "10", "96.67%", "9.7"),
            ("其中：基本支出", "248.70", "251.30", "251.30", "—", "—", "—"),
            ("项目支出", "137.50", "151.20", "137.80", "—", "—", "—"),
        ],
        ACTUAL,
        ("100", "98.7"),
        stacked=True,
    )
    f2 = project_table(
        T2,
        UNIT,
        ["一级指标", "二级指标", "指标值"],
        ["l1", "l2", "value"],
        "项目资金（万元）",
        "45.00",
        merge=("l1",),
    )
    blocks: list[Any] = [
        "# 汝岭县残疾人联合会2025年部门预算",
        "五、2024年度部门整体支出绩效自评情况",
        "# " + T1.title,
        Tab(f1, widths=(30, 30, 52, 24, 24, 14, 14, 85)),
        "\f",
        "六、2025年重点项目绩效目标",
        "# " + T2.title,
        Tab(f2, widths=(60, 60, 150)),
    ]
    return pdf_file(blocks, ruled=False, size=9)


DOC = Doc(
    "he16_henan_canlian",
    "he16_汝岭县残联2025部门预算.pdf",
    UNIT,
    2025,
    tags(
        "pdf",
        "unruled",
        "河南",
        "残联",
        "spaces self-evaluation no-level3 budget-lines goal-heading several-tables",
    ),
    [T1, T2],
    render=render,
)
