"""hd16 · 甘肃 洮阳县残疾人联合会 2023: a CMS page (UTF-8) with the unit's overall
self-evaluation of 2022 (部门整体支出绩效自评表) and a project table with no 三级 column (the
二级 followed directly by the target text) whose 效益 block is headed 效果指标."""

from __future__ import annotations

from frame import MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body, project_block
from grid import Grid
from kit import V401
from noise import cms_table, nested
from pages import p, page
from selfeval import self_eval_table, sx
from spec import Doc, R, Table

UNIT = "洮阳县残疾人联合会"
KC = "可持续影响指标"
CB = "成本指标"

T1 = Table(
    "self_evaluation",
    UNIT,
    412.6,
    "为150名以上残疾儿童提供康复救助，按月足额发放残疾人两项补贴，培训残疾人200人，残疾人基本辅助器具适配率85%以上。",
    [
        R(P, SL, "残疾儿童康复救助人数", "≥150人", 4, x=sx("162人", 10, 10)),
        R(P, SL, "发放残疾人两项补贴人数", "≥5800人", 4, x=sx("5912人", 10, 10)),
        R(
            P,
            SL,
            "残疾人职业技能培训人数",
            "≥200人",
            4,
            x=sx("168人", 10, 8, "部分培训班延期至次年举办"),
        ),
        R(P, ZL, "残疾人基本辅助器具适配率", "≥85%", 4, x=sx("90%", 10, 10)),
        R(P, SX, "两项补贴按月发放率", "100%", 4, x=sx("100%", 10, 10)),
        R(P, CB, "残疾人两项补贴标准", "≥80元/人·月", 4, x=sx("80元/人·月", 10, 10)),
        R(E, SH, "残疾人基本生活", "得到保障", 2, c=V401, x=sx("得到保障", 10, 10)),
        R(E, KC, "残疾人服务体系", "逐步完善", 2, c=V401, x=sx("逐步完善", 10, 10)),
        R(
            S,
            MY,
            "残疾人及家属满意度",
            "≥90%",
            4,
            c={"S802": "score 12 above the row's 10 points"},
            x=sx("93%", 10, 12),
        ),
    ],
    title="洮阳县残疾人联合会2022年度部门整体支出绩效自评表",
    extra={
        "scope": "overall",
        "year_evaluated": 2022,
        "actual_completion": "全年救助残疾儿童162人，发放两项补贴5912人，培训残疾人168人，辅助器具适配率90%。",
        "budget_source": "年初预算数398.20，全年预算数412.60，全年执行数396.10，执行率96.0%",
        "total_score": {"score_max": "100", "score": "99.60"},
    },
)

NO3 = "no 三级 column: the value follows the 二级"
T2 = Table(
    "project",
    "困难重度残疾人家庭无障碍改造",
    96.0,
    "完成120户困难重度残疾人家庭无障碍改造，方便残疾人居家生活。",
    [
        R(P, SL, "", "完成困难重度残疾人家庭无障碍改造120户", 4, note=NO3),
        R(P, ZL, "", "改造验收合格率100%", 4, note=NO3),
        R(P, SX, "", "2023年10月底前完成全部改造", 4, note=NO3),
        R(P, CB, "", "户均改造费用不超过0.8万元", 4, note=NO3),
        R(
            "效果指标",
            SH,
            "",
            "残疾人居家生活便利程度明显提高",
            2,
            c=V401,
            note=NO3 + "; 一级 printed as 效果指标",
        ),
        R(
            "效果指标",
            KC,
            "",
            "改造设施使用年限不少于5年",
            4,
            note=NO3 + "; 一级 printed as 效果指标",
        ),
        R(S, MY, "", "改造户满意度达到90%以上", 4, note=NO3),
    ],
    title="洮阳县残疾人联合会2023年项目支出绩效目标表",
)


def project_grid() -> Framed:
    f = Framed(Grid(3))
    project_block(f.grid, T2, UNIT, "项目资金（万元）", "96.00")
    header(f.grid, "一级指标", "二级指标", "指标值")
    indicator_body(f, T2.rows, ["l1", "l2", "value"], merge=("l1",))
    return f


def render_doc(doc: Doc) -> bytes:
    f1 = self_eval_table(
        T1,
        [("主管部门", UNIT, "单位代码", "417001")],
        "年度预算执行情况（万元）",
        [
            ("年度资金总额", "398.20", "412.60", "396.10", "10", "96.0%", "9.60"),
            ("其中：财政拨款", "398.20", "412.60", "396.10", "—", "—", "—"),
        ],
        T1.extra["actual_completion"],
        ("100", "99.60"),
    )
    inner = [
        p("现将我会2022年度部门整体支出绩效自评结果和2023年项目支出绩效目标予以公开。"),
        f'<p style="text-align:center"><b>{T1.title}</b></p>',
        '<p style="text-align:right">（2022年度）</p>',
        cms_table(f1.grid, pad_cols=(5, 6)),
        "<p>&nbsp;</p>",
        f'<p style="text-align:center"><b>{T2.title}</b></p>',
        cms_table(project_grid().grid, width="80%"),
        '<p><span style="color:#999">（责任编辑：县残联办公室）</span></p>',
    ]
    return page(
        "洮阳县残疾人联合会2023年部门预算公开",
        "洮阳县人民政府",
        "2023-02-10 09:12",
        [nested(inner)],
    )


DOC = Doc(
    "hd16_gansu_canlian",
    "hd16_gansu_canlian.html",
    UNIT,
    2023,
    {
        "format": "html",
        "encoding": "utf-8",
        "province": "甘肃",
        "sector": "残联",
        "framework": "产出/效益/满意度",
        "layout_patterns": "self-evaluation no-level3 nonstandard-names budget-lines several-tables",
    },
    [T1, T2],
    render=render_doc,
)
