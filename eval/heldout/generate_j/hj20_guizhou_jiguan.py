"""贵州 · 务岭县机关事务服务中心 2025: GB18030 text with CRLF copied from a web page; the first
table printed on one long line (cells separated by single spaces), the second one cell per line
with the hierarchy shown by indentation; both projects carry the same slogan goal."""

from __future__ import annotations

from dsl import rows
from emit import indented_table, text_file
from frame import project_table
from grid import Text
from kit import tags
from spec import Doc, Table
from textual import render_one_line

UNIT = "务岭县机关事务服务中心"
GOAL = "保障机关正常运转，提升服务保障水平。"
G702 = {"G702": "slogan goal with no scope, quantity or time"}

T1 = Table(
    "project",
    "公务用车运行维护及公共机构节能",
    32.0,
    GOAL,
    rows(
        """
产出指标 | 数量指标 | 保障公务用车 | 18辆 | 4 |
         |          | 公共机构节能改造单位 | ≥5家 | 4 |
         | 质量指标 | 车辆安全行驶事故 | 0起 | 4 |
         |          | 公务用车使用登记率 | ≥100% | 3 | U302:a lower bound of 100% on a proportion
         | 时效指标 | 节能改造完成时间 | 2025年10月底前 | 4 |
         | 成本指标 | 单车年运行维护费 | ≤1.2万元/辆 | 4 |
效益指标 | 经济效益指标 | 公共机构人均综合能耗下降 | ≥2% | 4 |
         | 生态效益指标 | 减少碳排放 | 明显 | 2 | V401
满意度指标 | 服务对象满意度指标 | 用车单位满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="务岭县机关事务服务中心2025年项目支出绩效目标表",
    codes=dict(G702),
)

T2 = Table(
    "project",
    "机关集中办公区物业服务",
    66.0,
    GOAL,
    rows(
        """
产出指标 | 数量指标 | 物业服务面积 | 4.2万平方米 | 4 |
         |          | 安保值守岗位 | 12个 | 4 |
         | 质量指标 | 物业服务考核合格率 | ≥90% | 4 |
         | 时效指标 | 报修响应时间 | ≤30分钟 | 4 |
         | 成本指标 | 物业服务单价 | ≤13元/平方米·月 | 3 | B501:4.2万平方米 × 13元 × 12个月 ≈ 655万元, far above the 66万元 budget
效益指标 | 社会效益指标 | 办公秩序 | 良好 | 2 | V401
         | 服务对象满意度指标 | 入驻单位满意度 | ≥90% | 4 | C201:服务对象满意度指标 under 效益指标
""",
        "l1 l2 l3 value spec codes",
    ),
    title="务岭县机关事务服务中心2025年项目支出绩效目标表",
    codes=dict(G702),
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        UNIT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "项目资金（万元）",
        "32.00",
    )

    def one_line(t: Text) -> None:
        render_one_line(t, f1, prefix=T1.title)

    blocks = [
        "务岭县机关事务服务中心2025年部门预算公开",
        "信息来源：务岭县机关事务服务中心　发布时间：2025-02-26",
        "",
        one_line,
        "",
        indented_table(
            T2.title,
            [
                ("项目名称", T2.project),
                ("主管部门", UNIT),
                ("项目资金（万元）", "66.00"),
                ("年度绩效目标", GOAL),
            ],
            T2.rows,
            indent=(1, 2, 3, 0),
        ),
        "",
        "相关链接：务岭县财政局",
    ]
    return text_file(blocks, encoding="gb18030", newline="\r\n")  # type: ignore[arg-type]


DOC = Doc(
    id="hj20_guizhou_jiguan",
    file="hj20_贵州务岭县机关事务服务中心_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "gb18030 crlf",
        "贵州",
        "机关事务",
        "one-line indentation level1-once:first several-tables goal-heading:年度绩效目标 "
        "unit-year-framing:发布时间",
        framework="产出/效益/满意度",
    ),
    tables=[T1, T2],
    render=render,
    codes={"T103": "the same goal text in both project tables"},
    extra={"t103_groups": [["公务用车运行维护及公共机构节能", "机关集中办公区物业服务"]]},
)
