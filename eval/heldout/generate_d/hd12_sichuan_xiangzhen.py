"""hd12 · 四川 青衣县白鹤镇人民政府 2025: text (UTF-8) with one cell per line, each line
ending in a pipe and rows not marked. A town's overall table whose first rows print no 二级, and
a village-level project table with a total and one column per village, with a `其中：` sub-row."""

from __future__ import annotations

from frame import CB, MY, SH, SL, SX, ZL, E, Framed, P, S, header, indicator_body, project_block
from grid import Grid, Text
from kit import V401
from spec import Doc, R, Row, Table
from textual import render

UNIT = "青衣县白鹤镇人民政府"
VILLAGES = ("白鹤村", "新民村", "石桥社区")
NO_L2 = "二级 not printed on this row (the document leaves it empty)"

T1 = Table(
    "overall",
    UNIT,
    1286.5,
    "保障镇机关和14个村（社区）正常运转，落实耕地保护、城乡环境综合整治和各项惠民资金兑付，"
    "信访积案化解率达到90%以上。",
    [
        R(P, "", "辖区村（社区）公共服务运行保障数", "14个", 4, note=NO_L2),
        R(P, "", "城乡环境综合整治覆盖村数", "14个", 4, note=NO_L2),
        R(P, ZL, "耕地保护目标完成率", "100%", 4),
        R(P, SX, "各项惠民资金兑付及时率", "100%", 4),
        R(P, CB, "“三公”经费支出", "≤8.6万元", 4),
        R(E, SH, "辖区信访积案化解率", "≥90%", 4),
        R(E, SH, "群众获得感", "进一步增强", 2, c=V401),
        R(S, MY, "辖区群众满意度", "≥9090%", 1, c={"U303": "garbled value (digits doubled)"}),
    ],
    title="青衣县白鹤镇人民政府2025年部门整体绩效目标表",
)


def v(
    l1: str, l2: str, l3: str, value: str, places: tuple[str, ...], spec: int, **kw: object
) -> Row:
    return R(
        l1, l2, l3, value, spec, x={"per_place": dict(zip(VILLAGES, places, strict=True))}, **kw
    )


T2 = Table(
    "project",
    "村级公益事业一事一议财政奖补",
    84.0,
    "在白鹤村、新民村、石桥社区实施一事一议项目6个，硬化村组道路3.6公里，改善4200名群众出行条件。",
    [
        v(P, SL, "实施一事一议项目个数", "6个", ("2个", "2个", "2个"), 4),
        v(P, SL, "硬化村组道路长度", "≥3.6公里", ("1.5公里", "1.3公里", "0.8公里"), 4),
        v(
            P,
            SL,
            "其中：新修入户便道",
            "≥1.2公里",
            ("0.5公里", "0.4公里", "0.3公里"),
            4,
            note="其中 sub-row",
        ),
        v(P, ZL, "工程验收合格率", "100%", ("100%", "100%", "100%"), 4),
        v(P, SX, "项目完工时间", "2025年9月底前", ("2025年9月底前",) * 3, 4),
        v(P, CB, "每公里道路硬化成本", "≤18万元", ("≤18万元",) * 3, 4),
        v(E, SH, "受益群众人数", "≥4200人", ("1500人", "1600人", "1100人"), 4),
        v(S, MY, "受益群众满意度", "≥90%", ("≥90%",) * 3, 4),
    ],
    title="青衣县白鹤镇2025年项目支出绩效目标表",
    extra={"value_column": "合计"},
)


def overall_grid() -> Framed:
    f = Framed(Grid(4))
    f.grid.wide("单位名称", UNIT)
    f.grid.wide("年度预算（万元）", "1286.50")
    f.grid.wide("年度绩效目标", T1.goal or "")
    header(f.grid, "一级指标", "二级指标", "三级指标", "指标值")
    indicator_body(f, T1.rows, ["l1", "l2", "l3", "value"])
    return f


def village_grid() -> Framed:
    f = Framed(Grid(7))
    project_block(f.grid, T2, UNIT, "资金总额（万元）", "84.00")
    header(f.grid, "一级指标", "二级指标", "三级指标", "合计", *VILLAGES)
    keys = ["l1", "l2", "l3", "value"] + [f"place:{n}" for n in VILLAGES]
    indicator_body(f, T2.rows, keys)
    return f


def render_doc(doc: Doc) -> bytes:
    text = Text()
    text.add("青衣县白鹤镇人民政府", "2025年部门预算公开", "", "第四部分  绩效目标", "")
    text.add(T1.title + " |")
    render(text, overall_grid(), "cell_pipe")
    text.add("", T2.title + " |", "金额单位：万元 |")
    render(text, village_grid(), "cell_pipe")
    text.add("", "白鹤镇人民政府", "2025年2月")
    return text.data()


DOC = Doc(
    "hd12_sichuan_xiangzhen",
    "hd12_sichuan_xiangzhen.txt",
    UNIT,
    2025,
    {
        "format": "txt",
        "encoding": "utf-8",
        "province": "四川",
        "sector": "乡镇",
        "framework": "产出/效益/满意度",
        "layout_patterns": "cell-per-line-pipe level2-missing-or-repeated:missing per-place sub-rows "
        "several-tables",
    },
    [T1, T2],
    render=render_doc,
)
