"""hk20 新疆 · 伊吾河县住房和城乡建设局: text (GB18030, CRLF) copied out of a PDF with `pdftotext`
(a form feed at the top of each new page): a rural-housing table one cell per line with lone pipes
and `指标1：` prefixes plus placeholder lines, a gas-safety table whose hierarchy is shown by
indentation, and the 2024 self-evaluation printed on one long line."""

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from grid import Text
from kit import tags
from knoise import new_page
from selfeval import self_eval_table
from spec import Doc, Table
from textual import render_indented, render_one_line

DEPT = "伊吾河县住房和城乡建设局"

T1_ROWS = rows(
    """
产出指标 | 数量指标 | 指标1：农村低收入群体危房改造户数 | ≥65户 | 4 |
 | 质量指标 | 指标1：改造房屋竣工验收合格率 | 100% | 4 |
 | 时效指标 | 指标1：改造任务完成时间 | 2025年10月底前 | 4 |
 | 成本指标 | 指标1：户均补助标准 | 3.5万元 | 4 |
效益指标 | 社会效益指标 | 指标1：农村低收入群体住房安全保障 | 得到保障 | 2 | V401
满意度指标 | 服务对象满意度指标 | 指标1：改造户满意度 | ≥95% | 4 |
""",
    "l1 l2 l3 value spec codes",
)

T2_ROWS = rows(
    """
产出指标 | 数量指标 | 城镇燃气安全隐患排查户数 | ≥9600户 | 4 |
 | 质量指标 | 隐患整改率 | ≥100% | 3 | U302
 | 时效指标 | 排查整治完成时间 | 2025年6月底前 | 4 |
效益指标 | 社会效益指标 | 燃气安全事故 | ≥0起 | 3 | U305
效益指标 | 服务对象满意度指标 | 用户满意度 | ≥90% | 4 | C201:服务对象满意度指标 under 效益指标
""",
    "l1 l2 l3 value spec codes",
)

T3_ROWS = rows(
    """
产出指标 | 数量指标 | 完成农村危房改造户数 | ≥70户 | 70户 | 20 | 20 | | 4 |
 | 质量指标 | 竣工验收合格率 | 100% | 100% | 20 | 20 | | 4 |
 | 时效指标 | 完工时间 | 2024年10月底前 | 2024年11月15日 | 10 | 8 | 受冬季提前降温影响 | 4 |
效益指标 | 社会效益指标 | 改造户住房安全 | 有效保障 | 有效保障 | 20 | 20 | | 2 | V401
满意度指标 | 服务对象满意度指标 | 改造户满意度 | ≥95% | 92% | 20 | 20 | | 4 | S801 S804
""",
    "l1 l2 l3 value actual score_max score deviation spec codes",
)

T1 = Table(
    "project",
    "农村低收入群体等重点对象危房改造",
    227.5,
    "完成农村低收入群体危房改造65户，10月底前竣工验收。",
    T1_ROWS,
    title="伊吾河县住房和城乡建设局2025年项目支出绩效目标表",
    extra={
        "budget_source": "年度资金（万元） 227.50",
        "placeholders": ["指标2： after rows 1, 4 and 6", "…… after row 6"],
    },
)
BLANK = ("", "", "指标2：", "")
F1 = project_table(
    T1,
    DEPT,
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["l1", "l2", "l3", "value"],
    "年度资金（万元）",
    "227.50",
    after={1: [BLANK], 4: [BLANK], 6: [BLANK, ("", "", "……", "")]},
)
T2 = Table(
    "project",
    "城镇燃气安全专项整治",
    18.0,
    "排查城镇燃气用户9600户，隐患整改率100%。",
    T2_ROWS,
    title="伊吾河县住房和城乡建设局2025年项目支出绩效目标表",
    extra={"budget_source": "年度资金：18.00万元"},
)
T3 = Table(
    "self_evaluation",
    "2024年农村危房改造",
    245.0,
    "完成农村危房改造70户，竣工验收合格率100%。",
    T3_ROWS,
    title="项目支出绩效自评表（2024年度）",
    extra={
        "year_evaluated": 2024,
        "actual_completion": "完成改造70户，全部通过竣工验收。",
        "budget_source": "年初预算数 245.00；全年预算数 245.00；全年执行数 245.00；执行率 100%",
        "execution_score": 10,
        "total_score": 98,
    },
)
F3 = self_eval_table(
    T3,
    [("主管部门", DEPT, "实施单位", "伊吾河县村镇建设服务中心")],
    "项目资金（万元）",
    [("年度资金总额", "245.00", "245.00", "245.00", "10", "100%", "10")],
    T3.extra["actual_completion"],
    ("100", "98"),
)


def gas(text: Text) -> None:
    text.add(
        new_page("伊吾河县住房和城乡建设局2025年项目支出绩效目标表"),
        "项目名称：城镇燃气安全专项整治",
        "年度资金：18.00万元",
        "年度目标：" + (T2.goal or ""),
    )
    render_indented(text, T2.rows, (1, 3, 5, 5))


def self_eval(text: Text) -> None:
    text.add(new_page("六、2024年度项目支出绩效自评情况"))
    render_one_line(text, F3, prefix="项目支出绩效自评表（2024年度）")


def render(doc: Doc) -> bytes:
    return text_file(
        [
            "伊吾河县住房和城乡建设局2025年项目支出绩效目标表",
            Tab(F1, {"style": "lone_pipe"}),
            gas,
            self_eval,
        ],
        encoding="gb18030",
        newline="\r\n",
    )


DOC = Doc(
    "hk20_xinjiang_zhujian",
    "hk20_新疆伊吾河县住房和城乡建设局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "gb18030 crlf",
        "新疆",
        "住房和城乡建设",
        "lone-pipes indentation one-line prefixes-placeholders self-evaluation several-tables "
        "unit-year-framing",
    ),
    [T1, T2, T3],
    render,
)
