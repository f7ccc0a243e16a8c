"""辽宁 · 细河县总工会: GB18030 text with CRLF. A table pasted out of a spreadsheet (tab rows,
multi-line cells wrapped in double quotes), short 二级 names (`数量`, `满意度`), 指标性质 and
权重 columns; a 2024 self-evaluation copied from a page converter (one lone pipe per cell)."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file, tsv_table
from kit import build, sign, tags
from selfeval import self_eval_table
from spec import Doc, Table

DEPT = "细河县总工会"

T1 = Table(
    kind="project",
    project="困难职工帮扶救助资金",
    budget_wan=30.0,
    goal="对全县在档困难职工开展常态化帮扶，春节、中秋前走访慰问，金秋助学资助困难职工子女80人以上。",
    rows=rows(
        """
产出 | 数量 | 帮扶困难职工户数 | ≥260户 | 定量 | 15 | 4 |
     |      | 金秋助学受助学生人数 | ≥80人 | 定量 | 10 | 4 |
     | 质量 | 帮扶对象精准识别率 | 100% | 定量 | 10 | 4 |
     | 时效 | 救助资金发放时间 | 春节、中秋前 | 定性 | 10 | 3 | | 含一次性\\n临时救助
     | 成本 | 户均帮扶金额 | ≤1000元 | 定量 | 10 | 4 |
效益 | 社会效益 | 困难职工生活水平 | 稳步提高 | 定性 | 20 | 2 | V401
     | 可持续影响 | 职工队伍稳定 | 长期 | 定性 | 5 | 2 | V401
满意度 | 满意度 | 受助职工满意度 | ≥95% | 定量 | 10 | 4 |
""",
        "l1 l2 l3 value nature weight spec codes remark",
    ),
)

T2 = Table(
    kind="self_evaluation",
    project="职工书屋建设项目",
    budget_wan=12.0,
    goal="新建基层职工书屋8个，配送图书4000册以上，2024年9月底前建成开放。",
    rows=rows(
        """
产出指标 | 数量指标 | 新建职工书屋数量 | 8个 | 8个 | 10 | 10 | | 4 |
         |          | 配送图书册数 | ≥4000册 | 4200册 | 10 | 10 | | 4 |
         | 质量指标 | 书屋验收合格率 | 100% | 100% | 10 | 10 | | 4 |
         | 时效指标 | 建设完成时间 | 2024年9月底前 | 2024年11月完成 | 10 | 10 | | 4 | S801 S804
         | 成本指标 | 单个书屋建设成本 | ≤1.5万元 | 1.4万元 | 10 | 10 | | 4 |
效益指标 | 社会效益指标 | 职工阅读活动参与人次 | ≥2000人次 | 2300人次 | 15 | 15 | | 3 | C206:participant count (an output) under 社会效益
         | 可持续影响指标 | 书屋持续开放率 | ≥90% | 92% | 10 | 10 | | 4 |
满意度指标 | 服务对象满意度指标 | 职工满意度 | ≥90% | 93% | 15 | 15 | | 4 |
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    extra={
        "year_evaluated": 2024,
        "actual_completion": "建成职工书屋8个，配送图书4200册，受季节性施工影响于2024年11月全部开放。",
        "execution_score": 9.5,
        "total_score": 99.5,
        "budget_source": "年初预算数 12.00，全年预算数 12.00，全年执行数 11.40，执行率 95%",
    },
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value", "nature", "weight", "remark"],
        [["一级指标", "二级指标", "三级指标", "指标值", "指标性质", "权重", "备注"]],
        top=[
            ("项目名称", T1.project),
            ("预算单位", DEPT),
            ("预算金额（万元）", "30.00"),
            ("绩效目标", T1.goal or ""),
        ],
    )
    f2 = self_eval_table(
        T2,
        [("主管部门", DEPT, "实施单位", DEPT)],
        "项目资金（万元）",
        [
            ("年度资金总额", "12.00", "12.00", "11.40", "10", "95%", "9.5"),
            ("其中：财政拨款", "12.00", "12.00", "11.40", "—", "—", "—"),
        ],
        T2.extra["actual_completion"],
        ("100", "99.5"),
    )
    return text_file(
        [
            "细河县总工会2025年部门预算公开说明",
            "八、预算绩效情况",
            "（一）项目绩效目标",
            tsv_table(f1, ["表8  细河县总工会2025年项目支出绩效目标表"]),
            sign("于春生", "陈丽", "高岩", "0419-5512××"),
            "",
            "（二）上年度绩效自评结果",
            "附件3",
            "细河县总工会2024年度项目支出绩效自评表",
            Tab(f2, {"style": "lone_pipe"}),
            "",
            "发布时间：2025年2月20日",
        ],
        encoding="gb18030",
        newline="\r\n",
    )


DOC = Doc(
    id="ho04_liaoning_zonggonghui",
    file="ho04_辽宁细河县总工会_2025.txt",
    unit=DEPT,
    year=2025,
    tags=tags(
        "txt",
        "gb18030 crlf",
        "辽宁",
        "工会",
        """tab lone-pipes nonstandard-names extra-columns self-evaluation several-tables
        unit-year-framing""",
        noise="spreadsheet clipboard: tab rows, quoted multi-line cells",
    ),
    tables=[T1, T2],
    render=render,
)
