"""hg12 — 山东 · 汶南县马庄镇人民政府, 2024: a legacy XLS (BIFF8) department-wide table of the town's
projects, budgets in 元 stored as numbers, department subtotal lines between the projects."""

from __future__ import annotations

from deptwide import Group, dept_wide
from emit import Tab, xls_file
from frame import CB, MY, SH, SL, ST, SX, ZL, E, P, S, wan
from kit import C206, U301, V401, V404, codes, tags
from spec import Doc, R, Row, Table

UNIT = "汶南县马庄镇人民政府"
HEAD = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "指标值确定依据",
]
KEYS = ["l1", "l2", "l3", "value", "basis"]


def proj(unit_line: str, name: str, yuan: float, goal: str, rows: list[Row]) -> Table:
    return Table(
        "project",
        name,
        wan(yuan),
        goal,
        rows,
        unit_line=unit_line,
        extra={"budget_source": f"预算数 {yuan:,.2f} 元"},
    )


T1 = proj(
    "301001-汶南县马庄镇人民政府",
    "农村人居环境整治",
    1_380_000.0,
    "对全镇28个行政村开展村庄清洁行动，生活垃圾收运处置体系覆盖所有自然村，完成改厕问题排查整改360户。",
    [
        R(P, SL, "覆盖行政村数量", "28个", 5, basis="全镇行政村名录"),
        R(P, SL, "改厕问题整改户数", "≥360户", 5, basis="2023年改厕问题排查台账"),
        R(
            P,
            SL,
            "配备保洁员人数",
            "≥140个",
            3,
            basis="保洁员花名册",
            c={"U301": "people counted in 个"},
        ),
        R(P, ZL, "生活垃圾无害化处理率", "≥95%", 4, basis="市考核要求"),
        R(P, SX, "保洁服务费支付时间", "按季度支付", 3, basis="保洁服务合同"),
        R(P, CB, "保洁员补助标准", "800元", 3, basis="镇党委会议纪要", c=U301),
        R(E, ST, "村庄环境面貌", "明显改善", 2, basis="工作需要", c=codes(V401, V404)),
        R(E, SH, "召开村民动员会", "≥56场", 4, basis="工作计划", c=codes(C206, V404)),
        R(S, MY, "村民满意度", "≥90%", 4, basis="入户调查"),
    ],
)
T2 = proj(
    "301001-汶南县马庄镇人民政府",
    "村级组织运转经费",
    1_596_000.0,
    "保障28个行政村村级组织正常运转，落实XX名村干部基本报酬和村级办公经费。",
    [
        R(P, SL, "保障行政村数量", "28个", 5, basis="全镇行政村名录"),
        R(P, SL, "享受基本报酬村干部人数", "≥112人", 5, basis="村干部报酬发放名册"),
        R(P, SX, "报酬发放时间", "每月10日前", 4, basis="县委组织部文件"),
        R(P, CB, "每村年办公经费", "≥1.5万元", 4, basis="县级标准"),
        R(E, SH, "村级组织服务群众能力", "持续提升", 2, basis="工作需要", c=codes(V401, V404)),
        R(S, MY, "村干部满意度", "≥90%", 4, basis="问卷调查"),
    ],
)
T2.codes = {"T107": "XX placeholder left in the goal (落实XX名村干部)"}
T3 = proj(
    "302001-汶南县马庄镇便民服务中心",
    "镇村道路日常维护",
    420_000.0,
    "对镇域内36公里镇村道路开展日常维护，路面坑槽及时修补，保障群众出行安全。",
    [
        R(P, SL, "维护道路里程", "36公里", 5, basis="镇村道路台账"),
        R(P, ZL, "维护路段合格率", "≥95%", 4, basis="历史数据"),
        R(P, SX, "坑槽修补时限", "发现后10日内", 4, basis="维护合同"),
        R(P, CB, "每公里年维护费用", "≤1.15万元", 4, basis="道路维护合同"),
        R(S, MY, "沿线群众满意度", "≥90%", 4, basis="问卷调查"),
    ],
)
T3.codes = {"C203": "no 效益 row at all"}

GROUPS = [
    Group("301-汶南县马庄镇人民政府", "2,976,000.00", [(T1, "1,380,000.00"), (T2, "1,596,000.00")]),
    Group("302-汶南县马庄镇便民服务中心", "420,000.00", [(T3, "420,000.00")]),
]


def render(doc: Doc) -> bytes:
    f, numbers = dept_wide(HEAD, KEYS, GROUPS)
    return xls_file(
        [
            (
                "绩效目标",
                [
                    "汶南县马庄镇2024年部门项目支出绩效目标申报表",
                    "金额单位：元",
                    Tab(f, numbers=numbers),
                ],
            )
        ]
    )


DOC = Doc(
    "hg12_shandong_xiangzhen",
    "hg12_shandong_xiangzhen.xls",
    UNIT,
    2024,
    tags("xls", "", "山东", "乡镇", "department-wide yuan unit-year-framing"),
    [T1, T2, T3],
    render=render,
    extra={
        "subtotal_rows": [
            {"label": "301-汶南县马庄镇人民政府", "amount_yuan": 2976000.0},
            {"label": "302-汶南县马庄镇便民服务中心", "amount_yuan": 420000.0},
        ]
    },
)
