"""hg05 — 吉林 · 辉河县交通运输局, 2025: text copied from a web page's attachment as pipe rows
padded with empty cells; both tables in the 2021 framework (成本指标 as 一级); the 二级 label is
repeated on every row; a table cut at the end of the excerpt."""

from __future__ import annotations

from emit import Block, Tab, text_file
from frame import HC, JC, JJ, MY, SC, SH, SL, ST, SX, ZL, C, E, P, S, project_table
from kit import U301, U307, V402, V404, codes, tags
from spec import Doc, R, Table

DEPT = "辉河县交通运输局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
KEYS = ["l1", "l2", "l3", "value", "basis"]

T1 = Table(
    "project",
    "农村公路日常养护",
    512.6,
    "对全县1286公里农村公路实施日常养护，路面病害及时修补，优良中等路率达到85%以上，"
    "保障农村群众安全便捷出行。",
    [
        R(P, SL, "日常养护农村公路里程", "1286公里", 5, basis="2024年农村公路统计年报"),
        R(P, SL, "修补路面坑槽面积", "≥9000平方米", 4, basis="2023年修补面积8760平方米"),
        R(P, ZL, "农村公路优良中等路率", "≥85%", 5, basis="2024年路况自动化检测结果83.6%"),
        R(P, ZL, "路面病害处置合格率", ">=95%", 4, basis="行业标准", c=codes(U307, V404)),
        R(P, SX, "病害处置时限", "发现后7日内", 4, basis="《农村公路养护管理办法》"),
        R(C, JC, "每公里年养护成本", "≤3986元", 4, basis="省定农村公路养护补助标准"),
        R(C, SC, "养护作业对通行的影响", "单次占道不超过4小时", 4, basis="养护作业规程"),
        R(C, HC, "养护作业扬尘污染", "无", 3, basis="环境保护要求"),
        R(
            E,
            JJ,
            "降低群众出行成本",
            "有所降低",
            2,
            basis="现实需求",
            c=codes({"V401": "direction or adjective without a criterion"}, V404),
        ),
        R(
            E,
            SH,
            "农村公路安全事故",
            "较上年下降",
            2,
            basis="历史数据",
            c={"V401": "direction or adjective without a criterion"},
        ),
        R(
            E,
            ST,
            "公路绿化养护里程",
            "≥210公里",
            4,
            basis="绿化台账",
            c={"C206": "an output count placed under a 效益 二级"},
        ),
        R(S, MY, "沿线群众满意度", "≥90%", 4, basis="问卷调查"),
    ],
    title="辉河县交通运输局2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "农村客运班线运营补贴",
    96.0,
    "安排补贴资金120万元，对全县32条农村客运班线给予运营补贴，保障建制村通客车率保持100%。",
    [
        R(P, SL, "补贴客运班线", "32条", 5, basis="农村客运班线经营许可清单"),
        R(P, SL, "补贴客运车辆", "≥58辆", 4, basis="历史数据"),
        R(P, ZL, "建制村通客车率", "100%", 4, basis="交通运输部考核要求"),
        R(P, SX, "补贴资金发放时间", "2025年12月底前", 4, basis="工作计划", c=V404),
        R(C, JC, "单车年补贴标准", "1.65万元", 4, basis="县政府常务会议纪要"),
        R(C, JC, "班线补贴标准", "3000元", 3, basis="县政府常务会议纪要", c=U301),
        R(
            E,
            SH,
            "群众出行条件",
            "进一步改善",
            2,
            basis="现实需求",
            c=codes({"V401": "direction or adjective without a criterion"}, V404),
        ),
        R(E, SH, "服务农村人口", "按工作计划及时完成", 2, basis="工作计划", c=codes(V402, V404)),
    ],
    title="辉河县交通运输局2025年项目支出绩效目标表",
    codes={"B502": "the goal states 120万元, the budget line 96.00万元"},
    extra={"cut_off": {"after_row": 8, "partial": "满意度指标 | 服务对象满意度指标 | 乘客满意"}},
)


def _tab(t: Table, money: str, **opts: object) -> Tab:
    f = project_table(t, DEPT, HEAD, KEYS, "资金总额（万元）", money, merge=("l1",))
    return Tab(f, {"style": "pipe", "pad": 4, "outer": False, **opts})


def render(doc: Doc) -> bytes:
    blocks: list[Block] = [
        "辉河县交通运输局2025年部门预算公开",
        "第四部分  项目支出绩效目标",
        "",
        T1.title,
        _tab(T1, "512.60（其中省级补助资金 300.00）"),
        "",
        T2.title,
        _tab(T2, "96.00"),
        "满意度指标 | 服务对象满意度指标 | 乘客满意",
        "",
        "（以上内容摘自部门预算公开文本附件）",
    ]
    return text_file(blocks, encoding="utf-8", newline="\n")


DOC = Doc(
    "hg05_jilin_jiaotong",
    "hg05_jilin_jiaotong.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "utf-8",
        "吉林",
        "交通",
        "pipe-padded level2-missing-or-repeated cut-off several-tables level1-once",
    ),
    [T1, T2],
    render=render,
)
