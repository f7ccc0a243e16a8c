"""河南 · 睢川县统计局 2025: two project tables as tab rows copied out of Word, the column
headers broken over two lines (`一级` / `指标`), a 备注 column, a 其中 sub-row."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table

UNIT = "睢川县统计局"
HEAD = ["一级\n指标", "二级\n指标", "三级指标", "指标值", "备注"]
KEYS = ["l1", "l2", "l3", "value", "remark"]
COLS = "l1 l2 l3 value remark spec codes"

T1 = Table(
    "project",
    "经济普查成果开发及统计年鉴编印",
    18.6,
    "完成第五次全国经济普查县级数据开发，形成分析报告不少于6篇；编印《睢川统计年鉴2025》300册，"
    "9月底前向县直部门和乡镇发放。",
    rows(
        """
产出指标 | 数量指标 | 普查数据分析报告篇数 | ≥6篇 | | 4 |
         |          | 统计年鉴编印册数 | 300册 | 含电子版 | 4 |
         |          | 其中：电子版光盘 | 50套 | | 4 |
         | 质量指标 | 年鉴数据差错率 | ≤0.5% | 抽检 | 4 |
         |          | 分析报告质量 | 提高 | | 2 | V401
         | 时效指标 | 年鉴出版时间 | 2025年9月底前 | | 4 |
         | 成本指标 | 年鉴印刷单册成本 | ≤160元/册 | | 4 |
效益指标 | 社会效益指标 | 统计资料被县直部门引用次数 | ≥20次 | | 4 |
         |          | 统计数据开放共享水平 | 有效提升 | | 2 | V401
         | 可持续影响指标 | 普查成果利用 | 长期 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 数据使用单位满意度 | ≥90% | 问卷 | 4 |
""",
        COLS,
    ),
    title="睢川县统计局2025年项目支出绩效目标表",
)

T2 = Table(
    "project",
    "住户调查及农业生产调查劳务补助",
    24.0,
    "保障120户城乡住户记账和30个样本村农业生产调查正常开展，按季度发放辅助调查员和记账户补助。",
    rows(
        """
产出指标 | 数量指标 | 住户调查记账户数 | 120户 | | 4 |
         |          | 农业生产调查样本村数 | ≥30个 | | 4 |
         |          | 辅助调查员人数 | 45个 | | 3 | U301:persons counted in 个
         | 质量指标 | 调查数据上报合格率 | ≥98% | 国家统计局审核 | 4 |
         | 时效指标 | 补助发放时间 | 按季度 | | 3 |
         | 成本指标 | 记账户补助标准 | 100元 | | 3 | U301:a per-unit standard in bare 元 without its denominator (户·月)
效益指标 | 社会效益指标 | 调查数据按时报送率 | 100% | | 4 |
         |          | 调查户参与积极性 | 明显提高 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 记账户满意度 | ≥75% | | 3 | V405:satisfaction target below 80%
""",
        COLS,
    ),
    title="睢川县统计局2025年项目支出绩效目标表",
)


def render(doc: Doc) -> bytes:
    blocks: list[object] = ["附件3", "", "睢川县统计局2025年项目支出绩效目标表", "（2025年度）", ""]
    for i, (t, money) in enumerate(((T1, "18.60"), (T2, "24.00"))):
        f = project_table(t, UNIT, HEAD, KEYS, "项目资金（万元）", money, goal_label="年度目标")
        if i:
            blocks += ["", "", "睢川县统计局2025年项目支出绩效目标表", ""]
        blocks.append(Tab(f, {"style": "tab"}))
    blocks += ["", "注：本表由项目单位填报，县财政局审核。"]
    return text_file(blocks)  # type: ignore[arg-type]


DOC = Doc(
    id="hj01_henan_tongji",
    file="hj01_河南睢川县统计局_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "utf-8",
        "河南",
        "统计",
        "tab broken-labels:header level1-once:first sub-rows extra-columns:remark "
        "several-tables goal-heading:年度目标 unit-year-framing:title+附件",
        framework="产出/效益/满意度",
    ),
    tables=[T1, T2],
    render=render,
)
