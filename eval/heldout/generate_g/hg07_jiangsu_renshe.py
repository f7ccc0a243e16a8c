"""hg07 — 江苏 · 淮浦县人力资源和社会保障局: a 2023 project self-evaluation (绩效自评表) in the 2024
disclosure, a Word table flattened to one cell per line with blank lines between cells (UTF-8
with BOM, CRLF)."""

from __future__ import annotations

from emit import Block, Tab, text_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, P, S
from kit import V401, tags
from selfeval import self_eval_table, sx
from spec import Doc, R, Table

DEPT = "淮浦县人力资源和社会保障局"
S801 = {"S801": "full points on a missed target (64% against ≥70%)"}
S804 = {"S804": "missed target without a deviation reason"}

T1 = Table(
    "self_evaluation",
    "职业技能提升行动",
    320.0,
    "开展职业技能培训1200人次以上，培训合格率90%以上，取证人员就业率70%以上，发放创业担保贷款150笔以上，"
    "带动新增城镇就业。",
    [
        R(P, SL, "职业技能培训人数", "≥1200人", 4, x=sx("1265人", 10, 10)),
        R(
            P,
            SL,
            "创业担保贷款发放笔数",
            "≥150笔",
            4,
            x=sx("138笔", 10, 8, "部分申请人征信不符合条件，未获贷款"),
        ),
        R(P, ZL, "培训合格率", "≥90%", 4, x=sx("93.2%", 10, 10)),
        R(P, ZL, "取证人员就业率", "≥70%", 4, x=sx("64%", 10, 10), c={**S801, **S804}),
        R(P, SX, "补贴资金拨付及时率", "100%", 4, x=sx("100%", 10, 10)),
        R(P, CB, "人均培训补贴", "≤1500元", 4, x=sx("1420元", 10, 10)),
        R(E, SH, "新增城镇就业人数", "≥2600人", 4, x=sx("2712人", 10, 10)),
        R(E, SH, "促进就业效果", "明显", 2, x=sx("明显", 10, 10), c=V401),
        R(E, KC, "劳动者技能水平", "持续提升", 2, x=sx("提升", 5, 5), c=V401),
        R(S, MY, "参训学员满意度", "≥90%", 4, x=sx("95.1%", 5, 5)),
    ],
    title="项目支出绩效自评表",
    extra={
        "actual_completion": "全年培训1265人次，培训合格率93.2%，发放创业担保贷款138笔，新增城镇就业2712人。",
        "budget_source": "年初预算数 300.00，全年预算数 320.00，全年执行数 305.60，执行率 95.5%（万元）",
        "execution_score": {"score_max": 10, "score": 9.55},
        "total_score": {"score_max": 100, "score": 97.55},
        "year_evaluated": 2023,
    },
)


def render(doc: Doc) -> bytes:
    f = self_eval_table(
        T1,
        [("主管部门", DEPT, "实施单位", "淮浦县就业服务中心")],
        "项目资金（万元）",
        [
            ("年度资金总额", "300.00", "320.00", "305.60", "10", "95.5%", "9.55"),
            ("其中：当年财政拨款", "300.00", "320.00", "305.60", "—", "95.5%", "—"),
            ("其他资金", "0", "0", "0", "—", "—", "—"),
        ],
        str(T1.extra["actual_completion"]),
        ("100", "97.55"),
    )
    blocks: list[Block] = [
        "淮浦县人力资源和社会保障局2024年部门预算",
        "",
        "附件：2023年度项目支出绩效自评表",
        "（2023年度）",
        "",
        Tab(f, {"style": "cell_blank"}),
        "",
        "填表人：        联系电话：",
    ]
    return text_file(blocks, encoding="utf-8", newline="\r\n", bom=True)


DOC = Doc(
    "hg07_jiangsu_renshe",
    "hg07_jiangsu_renshe.txt",
    DEPT,
    2024,
    tags(
        "txt",
        "utf-8-bom crlf",
        "江苏",
        "人社",
        "cell-per-line-blank self-evaluation budget-lines goal-heading",
    ),
    [T1],
    render=render,
)
