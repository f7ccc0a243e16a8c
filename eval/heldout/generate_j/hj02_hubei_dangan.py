"""湖北 · 丹岭县档案馆 2025: an HTML page of a county portal whose two project tables were pasted
from Excel (`x:num` cells, `<col>` widths) into a TRS editor block; amounts in 元, the value split
into 符号 | 数值 | 单位 under a glossed header, `（必填）` after every 二级."""

from __future__ import annotations

from dsl import rows, with_parts
from emit import Tab, html_file
from jframe import Build
from kit import tags
from spec import Doc, Row, Table

UNIT = "丹岭县档案馆"


def dated(rs: list[Row]) -> list[Row]:
    """A deadline is printed whole after the 定性 mark, not split at its year."""
    for r in rs:
        if "年" in r.value and r.value.endswith("前"):
            r.x["parts"] = ["定性", "", r.value]
    return rs


COLS = "l1 l2 l3 value spec codes"

T1 = Table(
    "project",
    "馆藏档案数字化加工",
    35.6,
    "完成馆藏文书档案数字化扫描120万页、著录条目8万条，11月底前完成数据挂接并通过省档案馆验收，"
    "实现馆藏档案网上查阅。",
    dated(
        with_parts(
            rows(
                """
产出指标 | 数量指标（必填） | 馆藏档案数字化扫描页数 | ≥120万页 | 4 |
         |                  | 文书档案著录条目数 | ≥8万条 | 4 |
         | 质量指标（必填） | 扫描图像合格率 | ≧99% | 4 | U307
         |                  | 数据挂接准确率 | =100% | 4 |
         | 时效指标（必填） | 项目完成时间 | 2025年11月30日前 | 4 |
         | 成本指标（必填） | 每页扫描加工单价 | ≤0.28元/页 | 4 |
效益指标 | 社会效益指标（必填） | 档案查阅平均等待时间 | ≤10分钟 | 4 |
         |                      | 档案利用服务水平 | 显著提升 | 2 | V401
         | 可持续影响指标（必填） | 数字档案安全保存 | 长期 | 2 | V401
满意度指标 | 服务对象满意度指标（必填） | 查档群众满意度 | ≥95% | 4 |
""",
                COLS,
            ),
            "定性",
        )
    ),
    title="2025年度项目支出绩效目标表",
    extra={"budget_source": "项目资金（元）356,000.00"},
)

T2 = Table(
    "project",
    "档案库房安全运行维护",
    12.8,
    "做好16个库房监测点位日常运维和2次消防设施检测，确保馆藏档案安全。",
    dated(
        with_parts(
            rows(
                """
产出指标 | 数量指标（必填） | 库房温湿度监测点位 | 16个 | 4 |
         |                  | 消防设施检测次数 | 2次 | 4 |
         | 质量指标（必填） | 库房温湿度达标率 | ≥95% | 4 |
         |                  | 档案安全事故 | 0起 | 4 |
         | 时效指标（必填） | 设备故障响应时间 | ≤24小时 | 4 |
         | 成本指标（必填） | 运维服务费 | ≤20万元 | 3 | B501:cost ceiling 20万元 above the 12.8万元 budget
效益指标 | 社会效益指标（必填） | 馆藏档案安全保管 | 得到保障 | 2 | V401
         | 生态效益指标（必填） | 库房空调能耗下降率 | ≥5% | 4 |
满意度指标 | 服务对象满意度指标（必填） | 档案移交单位满意度 | ≥90% | 4 |
""",
                COLS,
            ),
            "定性",
        )
    ),
    title="2025年度项目支出绩效目标表",
    extra={"budget_source": "项目资金（元）128,000.00"},
)


def frame(t: Table, money: str) -> Tab:
    b = Build(6)
    b.wide("项目名称", t.project)
    b.pair("主管部门", "中共丹岭县委办公室", "实施单位", UNIT)
    b.line("项目资金（元）", money, spans=[(1, 5)])
    b.wide("年度目标", t.goal or "")
    r = b.line(
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值（按“符号+数值+单位”填列）",
        spans=[(3, 5)],
        head=True,
    )
    b.line("", "", "", "符号", "数值", "单位", head=True)
    for c in range(3):
        b.vspan(r, r + 1, c)
    return Tab(b.body(t.rows, ["l1", "l2", "l3", "p0", "p1", "p2"]))


def render(doc: Doc) -> bytes:
    blocks = [
        "附件2",
        "丹岭县档案馆2025年度项目支出绩效目标表",
        "金额单位：元",
        frame(T1, "356,000.00"),
        "金额单位：元",
        frame(T2, "128,000.00"),
    ]
    return html_file(
        blocks,  # type: ignore[arg-type]
        "丹岭县档案馆2025年部门预算公开",
        "丹岭县人民政府",
        "2025-02-14 16:30",
        style="excel",
    )


DOC = Doc(
    id="hj02_hubei_dangan",
    file="hj02_湖北丹岭县档案馆_2025.html",
    unit=UNIT,
    year=2025,
    tags=tags(
        "html",
        "utf-8",
        "湖北",
        "档案",
        "level1-once:merged label-notes:必填 split-value:符号/数值/单位 value-header-gloss "
        "yuan several-tables goal-heading:年度目标 unit-year-framing:附件+发布时间",
        framework="产出/效益/满意度",
        noise="excel-paste html in a TRS editor block",
    ),
    tables=[T1, T2],
    render=render,
)
