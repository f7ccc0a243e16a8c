"""hg10 — 福建 · 鹭溪县文化体育和旅游局, 2024: a Word document (plain python-docx tables with Word's
spell-check and bookmark marks and cell text split over runs) with a project table whose 指标解释
column explains each indicator, and the 评价指标体系 of the same project's key evaluation
(分值 per criterion, 评分标准, a 合计 line)."""

from __future__ import annotations

from typing import Any

from emit import Block, Tab, docx_file
from frame import CB, KC, MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body, project_table
from grid import Grid
from kit import V401, V403, tags
from spec import Doc, R, Row, Table

DEPT = "鹭溪县文化体育和旅游局"
PROJECT = "乡镇综合文化站免费开放"

T1 = Table(
    "project",
    PROJECT,
    87.0,
    "保障全县11个乡镇综合文化站免费开放，每站每周开放不少于42小时，全年组织群众文化活动不少于330场次，"
    "开展文艺培训不少于110期。",
    [
        R(
            P,
            SL,
            "免费开放文化站数量",
            "11个",
            5,
            desc="按省定标准免费开放的乡镇综合文化站个数（文化站名录）",
        ),
        R(
            P,
            SL,
            "群众文化活动场次",
            "≥330场",
            5,
            desc="各文化站组织的文艺演出、展览、讲座等活动场次（活动台账）",
        ),
        R(P, SL, "文艺培训期数", "≥110期", 4, desc="文艺培训期数", c=V403),
        R(P, ZL, "每站每周开放时长", "≥42小时", 4, desc="文化站公示的每周开放时间"),
        R(P, SX, "补助资金下达时间", "2024年6月底前", 4, desc="县级配套资金下达到乡镇的时间"),
        R(P, CB, "每站年补助标准", "≥5万元/站", 4, desc="中央和省级补助加县级配套"),
        R(E, SH, "年服务群众人次", "≥6.5万人次", 4, desc="文化站进站人数统计"),
        R(E, SH, "群众文化生活", "更加丰富", 2, desc="群众文化生活丰富程度", c={**V401, **V403}),
        R(
            E,
            KC,
            "文化站长效运行机制",
            "持续发挥作用",
            2,
            desc="文化站长效运行机制",
            c={**V401, **V403},
        ),
        R(S, MY, "参与活动群众满意度", "≥90%", 4, desc="问卷调查满意人数/调查人数"),
    ],
    title="鹭溪县文化体育和旅游局2024年项目支出绩效目标表",
)


def c(
    l1: str, l2: str, l3: str, w: str, desc: str, std: str, value: str = "", spec: int | None = None
) -> Row:
    return R(l1, l2, l3, value, spec, desc=desc, std=std, x={"weight": w})


T2 = Table(
    "evaluation_system",
    PROJECT,
    None,
    None,
    [
        c(
            "决策",
            "项目立项",
            "立项依据充分性",
            "4",
            "项目立项是否符合法律法规、相关政策、发展规划及部门职责",
            "符合得4分，每发现一项不符合扣1分",
        ),
        c(
            "决策",
            "绩效目标",
            "绩效目标明确性",
            "4",
            "绩效目标是否细化分解为具体指标，是否清晰、可衡量",
            "目标细化量化得4分，部分量化得2分，未量化不得分",
        ),
        c(
            "决策",
            "资金投入",
            "预算编制科学性",
            "4",
            "预算编制是否经过论证，与项目内容是否匹配",
            "科学合理得4分，否则酌情扣分",
        ),
        c(
            "过程",
            "资金管理",
            "资金到位率",
            "5",
            "实际到位资金/计划投入资金×100%",
            "到位率×5分",
            "100%",
            4,
        ),
        c(
            "过程",
            "资金管理",
            "预算执行率",
            "5",
            "实际支出资金/实际到位资金×100%",
            "执行率×5分",
            "≥95%",
            4,
        ),
        c(
            "过程",
            "组织实施",
            "管理制度健全性",
            "6",
            "是否制定文化站免费开放管理制度并有效执行",
            "制度健全且执行有效得6分，缺一项扣2分",
        ),
        c(
            "产出",
            "产出数量",
            "群众文化活动场次完成率",
            "15",
            "实际活动场次/计划场次330场",
            "完成率×15分",
            "100%",
            5,
        ),
        c(
            "产出",
            "产出质量",
            "每周开放时长达标率",
            "10",
            "开放时长达标的文化站数/文化站总数",
            "达标率×10分",
            "100%",
            4,
        ),
        c(
            "产出",
            "产出时效",
            "资金下达及时性",
            "7",
            "是否于6月底前下达乡镇",
            "按时下达得7分，每推迟一个月扣2分",
        ),
        c(
            "效益",
            "社会效益",
            "年服务群众人次",
            "20",
            "文化站进站人数统计",
            "达到6.5万人次得20分，按比例扣分",
            "≥6.5万人次",
            5,
        ),
        c(
            "效益",
            "满意度",
            "群众满意度",
            "20",
            "抽样问卷调查",
            "≥90%得20分，每低1个百分点扣1分",
            "≥90%",
            4,
        ),
    ],
    title="附件2：乡镇综合文化站免费开放项目绩效评价指标体系",
    extra={"total_row": {"label": "合计", "weight": "100"}},
)
_ = Any


def _eval_table() -> Tab:
    f = Framed(Grid(7))
    header(f.grid, "一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "目标值")
    indicator_body(f, T2.rows, ["l1", "l2", "l3", "weight", "desc", "std", "value"])
    r = f.grid.add("合计", "", "", "100")
    f.grid.span(r, 0, r, 2)
    return Tab(f)


def render(doc: Doc) -> bytes:
    head = ["一级指标", "二级指标", "三级指标", "指标值", "指标解释"]
    f1 = project_table(
        T1,
        DEPT,
        head,
        ["l1", "l2", "l3", "value", "desc"],
        "资金总额（万元）",
        "87.00（中央补助55.00，省级补助22.00，县级配套10.00）",
    )
    blocks: list[Block] = [
        "# 鹭溪县文化体育和旅游局2024年部门预算项目绩效目标",
        "附件1：" + T1.title,
        Tab(f1),
        "",
        "# " + T2.title,
        "说明：本项目纳入2024年县级财政重点绩效评价范围，评价指标体系如下。",
        _eval_table(),
    ]
    return docx_file(blocks, wps=False, split_runs=True, proof=True)


DOC = Doc(
    "hg10_fujian_wenlv",
    "hg10_fujian_wenlv.docx",
    DEPT,
    2024,
    tags(
        "docx",
        "",
        "福建",
        "文旅",
        "evaluation-system several-tables extra-columns unit-year-framing",
    ),
    [T1, T2],
    render=render,
)
