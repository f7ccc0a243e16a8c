"""浙江 · 飞云县农业机械化发展中心: a DOCX exported by WPS (soft line breaks, stray empty
paragraphs in cells, a two-row column header with merged cells). A subsidy table with one column per township and the
evaluation-indicator system of the 农机安全生产监管 work with its 总分 line."""

from __future__ import annotations

from dsl import rows
from emit import Tab, docx_file
from frame import E, P, S
from kit import build, tags
from spec import Doc, Table

DEPT = "飞云县农业机械化发展中心"
PLACES = ["江口镇", "云岩镇", "桐溪乡", "青坑乡"]

T1 = Table(
    kind="project",
    project="农机购置与应用补贴",
    budget_wan=220.0,
    goal="对全县购置补贴范围内农机具的农户和农业经营主体给予补贴，补贴农机具650台（套）以上，推动主要农作物耕种收综合机械化率达到82%。",
    rows=rows(
        f"""
{P} | 数量指标 | 补贴农机具台套数 | ≥650台 | 260台 | 180台 | 130台 | 80台 | 4 |
    |          | 受益农户数 | ≥500户 | 200户 | 140户 | 100户 | 60户 | 4 |
    | 质量指标 | 补贴机具核验合格率 | 100% | 100% | 100% | 100% | 100% | 4 |
    | 时效指标 | 补贴资金兑付时间 | 申请后60个工作日内 | — | — | — | — | 4 |
    | 成本指标 | 单台平均补贴额 | ≤3300元 | — | — | — | — | 4 |
{E} | 经济效益指标 | 主要农作物耕种收综合机械化率 | ≥82% | 85% | 83% | 80% | 76% | 4 |
    | 生态效益指标 | 秸秆机械化还田面积 | ≥3万亩 | 1.2万亩 | 0.9万亩 | 0.6万亩 | 0.3万亩 | 4 |
{S} | 服务对象满意度指标 | 购机农户满意度 | ≥90% | — | — | — | — | 4 |
""",
        "l1 l2 l3 value " + " ".join(f"place:{p}" for p in PLACES) + " spec codes",
    ),
    extra={"value_column": "全县"},
)

T2 = Table(
    kind="evaluation_system",
    project="农机安全生产监管工作",
    budget_wan=None,
    goal=None,
    rows=rows(
        """
决策（15分） | 项目立项 | 立项依据充分性 | 5 | 项目立项是否符合国家法律法规及部门职责 | 符合得5分，否则酌情扣分
             | 绩效目标 | 绩效目标合理性 | 5 | 绩效目标是否与实际工作内容相关 | 合理得5分，不合理不得分
             | 资金投入 | 预算编制科学性 | 5 | 预算编制是否经过科学论证 | 科学得5分，否则酌情扣分
过程（25分） | 资金管理 | 资金到位率 | 5 | 实际到位资金/计划投入资金×100% | 到位率×5分
             | 资金管理 | 资金使用合规性 | 10 | 资金使用是否符合财务管理制度 | 发现一项违规扣2分，扣完为止
             | 组织实施 | 制度执行有效性 | 10 | 是否按规定开展拖拉机年检和安全检查 | 未按规定执行的酌情扣分
产出（30分） | 产出数量 | 拖拉机年检率 | 10 | 年检拖拉机数/登记拖拉机数×100% | ≥90%得满分，每低1个百分点扣1分
             | 产出质量 | 农机合作社安全检查覆盖率 | 10 | 检查合作社数/合作社总数×100% | 100%得满分，每低5个百分点扣2分
             | 产出时效 | 隐患整改及时率 | 10 | 按期整改隐患数/隐患总数×100% | 100%得满分，每低1个百分点扣0.5分
效益（30分） | 社会效益 | 农机安全事故起数 | 20 | 全年发生的农机安全事故起数 | 较上年下降得满分，持平得10分，上升不得分
             | 满意度 | 农机手满意度 | 10 | 抽样问卷调查农机手满意程度 | ≥90%得满分，每低1个百分点扣1分
""",
        "l1 l2 l3 weight desc std",
    ),
    extra={"total_row": "总分 | 100"},
)


def render(doc: Doc) -> bytes:
    f1 = build(
        T1.rows,
        ["l1", "l2", "l3", "value", *(f"place:{p}" for p in PLACES)],
        [
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "全县",
                "分乡镇目标值",
                "分乡镇目标值",
                "分乡镇目标值",
                "分乡镇目标值",
            ],
            ["一级指标", "二级指标", "三级指标", "全县", *PLACES],
        ],
        top=[("项目名称", T1.project), ("资金规模", "220万元"), ("绩效目标", T1.goal or "")],
        label_cols=2,
    )
    f2 = build(
        T2.rows,
        ["l1", "l2", "l3", "weight", "desc", "std"],
        [["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准"]],
    )
    r = f2.grid.add("总分", "", "", "100", "", "")
    f2.grid.span(r, 0, r, 2)
    b1 = f1.body[0]
    return docx_file(
        [
            "# 飞云县农业机械化发展中心2025年度项目绩效目标",
            "一、农机购置与应用补贴分乡镇绩效目标",
            Tab(f1, trailing_empty=[(b1, 2), (b1 + 3, 3), (b1 + 5, 0)]),
            "二、农机安全生产监管工作绩效评价指标体系",
            Tab(f2, trailing_empty=[(f2.body[0] + 4, 5)]),
        ],
        mode="wps",
    )


DOC = Doc(
    id="ho08_zhejiang_nongji",
    file="ho08_浙江飞云县农业机械化发展中心_2025.docx",
    unit=DEPT,
    year=2025,
    tags=tags(
        "docx",
        "wps",
        "浙江",
        "农业机械化",
        "per-place evaluation-system several-tables",
        noise="WPS: soft breaks, stray empty paragraphs, two-row merged header",
    ),
    tables=[T1, T2],
    render=render,
)
