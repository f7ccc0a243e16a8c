"""he04 — 江西 锦溪县水利局, 2024, DOCX saved by WPS: soft line breaks in cells, stray empty
paragraphs, runs split inside cells; mid-term and annual targets side by side (each with its
own 二级/三级/值 columns), a budget block in 元 with 其中 lines, 一级 labels broken over two lines."""

from __future__ import annotations

from typing import Any

from emit import Tab, docx_file
from frame import CB, MY, SH, SL, ST, SX, ZL, E, Framed, P, S, header, indicator_body
from grid import Grid
from kit import V401, tags
from spec import Doc, R, Row, Table

UNIT = "锦溪县水利局"
AGENCY = "锦溪县河湖保护中心"
BROKEN = {P: "产出\n指标", E: "效益\n指标", S: "满意度\n指标"}
KEYS = ["l1", "mid_level2", "mid_level3", "mid_value", "l2", "l3", "value"]


def m(
    l1: str,
    l2: str,
    l3: str,
    value: str,
    spec: int,
    mid: tuple[str, str, str],
    **kw: Any,
) -> Row:
    x = {
        "mid_term": {"level2": mid[0], "level3": mid[1], "value": mid[2]},
        "printed_l1": BROKEN[l1],
    }
    return R(l1, l2, l3, value, spec, x=x, note="一级 printed broken over two lines", **kw)


T1 = Table(
    "project",
    "县级河湖长制及河道日常保洁",
    236.0,
    "对全县38条县级河道共计412公里开展日常保洁，河道保洁覆盖率100%，"
    "完成河长制信息平台年度运维，全年巡河不少于4800人次。",
    [
        m(
            P,
            SL,
            "日常保洁河道长度",
            "412公里",
            5,
            (SL, "累计保洁河道长度", "1236公里"),
        ),
        m(P, SL, "河湖巡查人次", "≥4800人次", 4, (SL, "累计巡查人次", "≥14400人次")),
        m(P, SL, "清理河道垃圾量", "≥1500吨", 4, (SL, "累计清理河道垃圾量", "≥4500吨")),
        m(P, ZL, "河道保洁覆盖率", "100%", 4, (ZL, "河道保洁覆盖率", "100%")),
        m(P, ZL, "巡河发现问题整改率", "≥95%", 4, (ZL, "问题整改销号率", "≥98%")),
        m(
            P,
            SX,
            "保洁经费拨付时间",
            "每季度首月15日前",
            4,
            (SX, "保洁经费按期拨付率", "100%"),
        ),
        m(
            P,
            CB,
            "每公里年保洁经费",
            "≤5200元/公里",
            4,
            (CB, "每公里保洁经费", "≤5200元/公里·年"),
        ),
        m(
            E,
            SH,
            "河湖“清四乱”问题动态清零",
            "动态清零",
            3,
            (SH, "河湖“四乱”问题存量", "0处"),
        ),
        m(
            E,
            ST,
            "县级河道水环境质量",
            "持续改善",
            2,
            (ST, "县控断面水质达标率", "≥95%"),
            c=V401,
        ),
        m(
            E,
            ST,
            "县控断面水质达到Ⅲ类及以上比例",
            "≥92%",
            4,
            (ST, "县控断面水质达标率", "≥95%"),
        ),
        m(S, MY, "沿河群众满意度", "≥90%", 4, (MY, "沿河群众满意度", "≥92%")),
    ],
    title="锦溪县2024年县级河湖长制及河道日常保洁项目绩效目标申报表",
    extra={
        "mid_term_goal": "2024—2026年全县县级河道保洁全覆盖，河湖“四乱”问题动态清零，县控断面水质达标率95%以上。",
        "mid_term_budget_wan": 708.0,
        "budget_source": {
            "unit": "元",
            "年度资金总额": "2,360,000.00",
            "其中：财政拨款": "2,200,000.00",
            "上年结转": "160,000.00",
            "其他资金": "0.00",
        },
    },
)


def table(t: Table) -> Framed:
    g = Grid(7)
    f = Framed(g)
    g.wide("项目名称", t.project)
    r = g.add("主管部门", UNIT, "", "", "实施单位", AGENCY)
    g.span(r, 1, r, 3)
    g.span(r, 5, r, 6)
    r = g.add(
        "项目资金\n（元）",
        "中期资金总额",
        "年度资金总额",
        "其中：财政拨款",
        "上年结转",
        "其他资金",
    )
    g.add("", "7,080,000.00", "2,360,000.00", "2,200,000.00", "160,000.00", "0.00")
    g.span(r, 0, r + 1, 0)
    r = g.add("总体\n目标", "中期目标（2024—2026年）", "", "", "年度目标")
    g.add("", str(t.extra["mid_term_goal"]), "", "", t.goal or "")
    for row in (r, r + 1):
        g.span(row, 1, row, 3)
        g.span(row, 4, row, 6)
    g.span(r, 0, r + 1, 0)
    h = header(g, "一级\n指标", "中期指标", "", "", "年度指标")
    header(g, "", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.span(h, 1, h, 3)
    g.span(h, 4, h, 6)
    g.span(h, 0, h + 1, 0)
    indicator_body(f, t.rows, KEYS, merge=("l1", "mid_level2", "l2"))
    return f


def render(doc: Doc) -> bytes:
    f = table(T1)
    first = f.body[0]
    blocks: list[Any] = [
        "附件3",
        "# " + T1.title,
        "填报单位（盖章）：锦溪县水利局　　　　　　　　　　　　填报日期：2024年1月",
        Tab(f, trailing_empty=[(first, 2), (first + 3, 5), (first + 8, 6)]),
        "填表人：　　　　联系电话：　　　　",
    ]
    return docx_file(blocks, wps=True, split_runs=True)


DOC = Doc(
    "he04_jiangxi_shuili",
    "he04_锦溪县水利局2024年项目绩效目标申报表.docx",
    UNIT,
    2024,
    tags(
        "docx",
        "wps",
        "江西",
        "水利",
        "midterm-annual budget-lines yuan broken-labels level1-once goal-heading unit-year-framing",
    ),
    [T1],
    render=render,
    codes={},
)
