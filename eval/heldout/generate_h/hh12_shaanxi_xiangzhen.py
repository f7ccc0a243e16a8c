"""hh12 — 陕西 渭阳县城关镇人民政府, 2025, text copied out of a township's Word/PDF files (UTF-8,
CRLF): the first table one cell per line with the hierarchy shown by indentation, 一级 with their
points in brackets and a 二级 broken over two lines; the second with lone pipes for merged cells;
the third with its cells run together."""

from __future__ import annotations

from dsl import rows
from emit import Tab, indented_table, text_file
from frame import project_table
from grid import Text
from kit import tags
from spec import Doc, Table

DEPT = "渭阳县城关镇人民政府"

T1 = Table(
    "project",
    "2025年城关镇农村人居环境整治经费",
    126.0,
    "对全镇14个行政村开展村庄清洁行动，生活垃圾日产日清，新建改建卫生厕所320座，"
    "村庄保洁覆盖率达到100%。",
    rows(
        """
产出指标（50分） | 数量指标 | 开展村庄清洁行动行政村数 | 14个 | 4 |
 | | 新建改建卫生厕所 | ≥320座 | 4 |
 | | 配备村级保洁员 | ≥70人 | 4 |
 | 质量指标 | 垃圾清运及时率 | ≥95% | 4 |
 | | 改厕验收合格率 | 100% | 4 |
 | 时效指标 | 垃圾清运及时率 | 日产日清 | 3 | U301:a rate given as words (日产日清) without a rate unit
 | 成本指标 | 户厕改造补助标准 | ≤1800元/座 | 4 |
效益指标（30分） | 社会效益指标 | 村庄保洁覆盖率 | 100% | 4 |
 | | 农村卫生厕所普及率 | ≥85% | 4 |
 | 生态效益指标 | 村容村貌 | 明显改善 | 2 | V401
满意度指标（10分） | 服务对象满意度指标 | 村民满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
        note="一级 printed with its points",
    ),
    title="城关镇2025年项目支出绩效目标表（一）",
    codes={"C204": "垃圾清运及时率 twice in one table (质量 and 时效)"},
    extra={"duplicate_rows": {"垃圾清运及时率": [4, 6]}},
)
for r in T1.rows:
    if r.l2 == "社会效益指标":
        r.x["printed_l2"] = "社会效益\n指标"

T2 = Table(
    "project",
    "2025年城关镇村级组织运转经费",
    98.0,
    "保障14个行政村“两委”干部报酬和村级组织办公经费按时足额发放，村级组织正常运转。",
    rows(
        """
产出指标 | 数量指标 | 保障行政村数 | 14个 | 4 |
 | | 享受报酬村干部人数 | 86人 | 4 |
 | 质量指标 | 报酬足额发放率 | 100% | 4 |
 | 时效指标 | 报酬发放时间 | 按季度发放 | 3 |
 | 成本指标 | 村级办公经费标准 | 2万元/村·年 | 4 |
效益指标 | 社会效益指标 | 村级组织运转 | 正常运转 | 2 | V401
满意度指标 | 服务对象满意度指标 | 村干部满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="城关镇2025年项目支出绩效目标表（二）",
)

T3 = Table(
    "project",
    "2025年城关镇河道保洁经费",
    12.0,
    "聘用河道保洁员8名，对镇域内渭阳河支流18公里河道开展日常保洁，河面无明显漂浮物。",
    rows(
        """
产出指标 | 数量指标 | 聘用河道保洁员 | 8名 | 4 |
 | | 保洁河道长度 | 18公里 | 4 |
 | 质量指标 | 河面漂浮物清理 | 无明显漂浮物 | 3 |
 | 成本指标 | 保洁员月工资 | 1250元 | 4 |
效益指标 | 生态效益指标 | 河道水环境 | 持续改善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥85% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="城关镇2025年项目支出绩效目标表（三）",
)


def render(doc: Doc) -> bytes:
    keys = ["l1", "l2", "l3", "value"]
    head = ["一级指标", "二级指标", "三级指标", "指标值"]
    f2 = project_table(T2, DEPT, head, keys, "项目资金（万元）", "98.00", "年度目标")
    f3 = project_table(T3, DEPT, head, keys, "项目资金（万元）", "12.00", "年度目标")

    def intro(t: Text) -> None:
        t.add("渭阳县城关镇人民政府2025年部门预算", "", "五、项目绩效目标")

    blocks: list[object] = [
        intro,
        indented_table(
            T1.title,
            [("项目名称", T1.project), ("项目资金", "126.00万元"), ("年度目标", T1.goal or "")],
            T1.rows,
        ),
        "",
        T2.title,
        Tab(f2, {"style": "lone_pipe"}),
        "",
        T3.title,
        Tab(f3, {"style": "together"}),
        "",
        "城关镇人民政府",
        "2025年2月",
    ]
    return text_file(blocks, newline="\r\n")  # type: ignore[arg-type]


DOC = Doc(
    "hh12_shaanxi_xiangzhen",
    "hh12_陕西渭阳县城关镇_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "utf-8 crlf",
        "陕西",
        "乡镇",
        "indentation lone-pipes run-together broken-labels label-notes several-tables",
    ),
    [T1, T2, T3],
    render=render,
)
