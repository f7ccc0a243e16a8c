"""hd10 · 安徽 潜溪县文化旅游体育局 2023: an unruled text-layer PDF (cells separated by runs of
spaces in its text). Short 一级 names (产出/效益/满意度), 二级 names broken over two lines in
their cells, a spaced-out header (绩 效 指 标) over the three label columns, and a second table
cut off at the end of the page with a partial row."""

from __future__ import annotations

from frame import Framed, header, indicator_body, project_block
from grid import Grid
from kit import V401
from pdfout import gap, para, pdf_bytes, pdf_table
from spec import Doc, R, Row, Table

UNIT = "潜溪县文化旅游体育局"
SHORT = "一级 printed in its short form, kept verbatim"


def b(l1: str, l2: str, l3: str, value: str, spec: int, **kw: object) -> Row:
    """A row whose 二级 prints broken over two lines (数量\\n指标)."""
    printed = l2[:-2] + "\n" + l2[-2:]
    return R(l1, l2, l3, value, spec, note=SHORT, x={"printed_l2": printed}, **kw)


T1 = Table(
    "project",
    "公共文化服务体系建设",
    128.0,
    "全县12个乡镇综合文化站全年免费开放，开展送戏下乡演出96场以上，公共图书馆年流通6万人次以上。",
    [
        b("产出", "数量指标", "乡镇综合文化站免费开放数", "12个", 4),
        b("产出", "数量指标", "送戏下乡演出场次", "≥96场", 4),
        b("产出", "数量指标", "公共图书馆年流通人次", "≥6万人次", 4),
        b("产出", "质量指标", "文化站免费开放达标率", "100%", 4),
        b("产出", "时效指标", "补助资金到位时间", "2023年6月底前", 4),
        b("产出", "成本指标", "每场送戏下乡演出补助", "≤0.5万元", 4),
        b("效益", "社会效益指标", "群众文化生活", "丰富", 2, c=V401),
        b(
            "效益",
            "社会效益指标",
            "参加文化活动群众人次",
            "≥8万人次",
            4,
            c={"C206": "an output count (participants) under 社会效益"},
        ),
        b("效益", "可持续影响指标", "公共文化服务水平", "长期", 2, c=V401),
        b("满意度", "服务对象满意度指标", "群众满意度", "≥90%", 4),
    ],
    title="潜溪县2023年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "文物保护利用",
    60.0,
    "对全县县级以上文物保护单位开展日常巡查，修缮不可移动文物2处。",
    [
        b("产出", "数量指标", "县级以上文物保护单位日常巡查次数", "≥48次", 4),
        b("产出", "数量指标", "修缮不可移动文物", "2处", 4),
        b(
            "产出",
            "质量指标",
            "文物修缮工程验收合格率",
            "≥85%",
            3,
            c={"V405": "a quality rate for building work below 100 %"},
        ),
        b("产出", "时效指标", "修缮工程完工时间", "2023年11月底前", 4),
    ],
    title="潜溪县2023年项目支出绩效目标表",
    extra={"cut_off": {"after_row": 4, "partial": "成本 指标 文物修缮"}},
)


def grid_of(t: Table, money: str, cut: bool = False) -> Framed:
    f = Framed(Grid(4))
    project_block(f.grid, t, UNIT, "项目资金（万元）", money)
    r = header(f.grid, "绩 效 指 标", "", "", "指标值")
    f.grid.span(r, 0, r, 2)
    header(f.grid, "一级指标", "二级指标", "三级指标", "")
    f.grid.span(r, 3, r + 1, 3)
    indicator_body(f, t.rows, ["l1", "l2", "l3", "value"])
    if cut:
        f.grid.add("", "成本\n指标", "文物修缮", "")
    return f


def render_doc(doc: Doc) -> bytes:
    widths = [28, 34, 110, 60]
    story = [
        para("潜溪县文化旅游体育局2023年部门预算", 14, align=1),
        gap(3),
        para("（三）项目支出绩效目标", 11),
        gap(2),
        para(T1.title, 11, align=1),
        pdf_table(grid_of(T1, "128.00").grid, widths, ruled=False, size=9),
        gap(6),
        para(T2.title, 11, align=1),
        pdf_table(grid_of(T2, "60.00", cut=True).grid, widths, ruled=False, size=9),
    ]
    return pdf_bytes(story, wide=True)


DOC = Doc(
    "hd10_anhui_wenlv",
    "hd10_anhui_wenlv.pdf",
    UNIT,
    2023,
    {
        "format": "pdf",
        "encoding": "unruled",
        "province": "安徽",
        "sector": "文旅",
        "framework": "产出/效益/满意度",
        "layout_patterns": "spaces broken-labels nonstandard-names cut-off several-tables level1-once",
    },
    [T1, T2],
    render=render_doc,
)
