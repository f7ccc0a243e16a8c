"""江西 · 蜀水县公共资源交易中心: a UTF-8 portal page. One table was pasted out of a spreadsheet as
tab-separated text into a `<pre>` block (a multi-line cell in double quotes); the other sits inside the cell of a layout table, its value split into
指标值类型 | 目标值 | 度量单位, and the page shows only its first rows (cut off)."""

from __future__ import annotations

from dsl import rows, with_parts
from emit import Tab, html_file, tsv_table
from frame import E, P, S
from kit import build, tags
from spec import Doc, Table

DEPT = "蜀水县公共资源交易中心"

T1 = Table(
    kind="project",
    project="电子交易平台运维经费",
    budget_wan=35.0,
    goal="保障公共资源电子交易平台全年稳定运行，进场交易项目1500个以上，推行全流程不见面开标。",
    rows=rows(
        f"""
{P} | 数量指标 | 平台进场交易项目 | ≥1500个 | 近三年年均进场项目1420个 | 5 |
    |          | CA数字证书办理数量 | ≥800张 | 2024年办理760张 | 5 |
    | 质量指标 | 平台系统正常运行率 | ≥99.5% | 运维服务合同\\n（2024—2026年） | 5 |
    |          | 电子档案归档率 | 100% | 《公共资源交易档案管理办法》 | 5 |
    | 时效指标 | 系统故障响应时间 | ≤30分钟 | 运维服务合同 | 5 |
    | 成本指标 | 平台年运维费 | ≤35万元 | 运维服务合同 | 4 |
{E} | 经济效益指标 | 为市场主体节约交易成本 | ≥300万元 | 测算 | 4 |
    | 社会效益指标 | 不见面开标率 | ≥90% | 行业标准 | 4 | V404
{S} | 服务对象满意度指标 | 市场主体满意度 | ≥95% | 年度问卷调查 | 5 |
""",
        "l1 l2 l3 value basis spec codes",
    ),
)

T2 = Table(
    kind="project",
    project="交易场所及见证服务经费",
    budget_wan=20.0,
    goal="为全市工程建设、政府采购等项目提供开评标场所和全过程见证服务。",
    codes={"T105": "全市 (another administrative level) in a county centre's goal"},
    rows=with_parts(
        rows(
            f"""
{P} | 数量指标 | 见证开评标场次 | ≥1200场 | 4 |
    |          | 场地预约服务次数 | ≥1300次 | 4 |
    | 质量指标 | 见证记录完整率 | 100% | 4 |
    |          | 异常情况处置率 | 100% | 4 |
    | 时效指标 | 场地预约响应 | 及时 | 2 | V401
    | 成本指标 | 单场次见证服务成本 | ≤160元 | 4 |
""",
            "l1 l2 l3 value spec codes",
        ),
        qualitative="定性",
    ),
    extra={
        "cut_off": "the page shows the table down to the 成本 row; the next line (效益指标 | 社会效益指标) has no 三级 or value",
        "c203_excused": "cut off before the 效益 and 满意度 rows",
    },
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value", "basis"],
        [["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]],
        top=[("项目名称", T1.project), ("预算数（万元）", "35.00"), ("年度目标", T1.goal or "")],
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "p0", "p1", "p2"],
        [["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位"]],
        top=[("项目名称", T2.project), ("预算数（万元）", "20.00"), ("年度目标", T2.goal or "")],
    )
    f2.grid.add("效益指标", "社会效益指标", "", "", "", "")

    pre = tsv_table(f1)

    return html_file(
        [
            "蜀水县公共资源交易中心2025年项目绩效目标",
            "表1 电子交易平台运维经费绩效目标表",
            pre,
            Tab(f2, {"html": "incell", "caption": "表2 交易场所及见证服务经费绩效目标表"}),
        ],
        title="蜀水县公共资源交易中心2025年部门预算公开",
        site="蜀水县人民政府门户网站",
        published="2025-02-27 16:40:12",
    )


DOC = Doc(
    id="ho11_jiangxi_jiaoyizhongxin",
    file="ho11_江西蜀水县公共资源交易中心_2025.html",
    unit=DEPT,
    year=2025,
    tags=tags(
        "html",
        "utf-8",
        "江西",
        "公共资源交易",
        "tab split-value cut-off several-tables",
        noise="tab-separated text in <pre>; a table nested in a layout table's cell",
    ),
    tables=[T1, T2],
    render=render,
)
